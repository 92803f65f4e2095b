package org.himkit.pathway;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.ProgramType;
import org.himkit.ProgressionProgram;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;

/**
 * Exports pathways and the credential graph as Mermaid flowchart text, for a portal to draw.
 *
 * <pre>{@code
 * String chart = Mermaid.plan(plan);
 * // flowchart TD
 * //   start(["Where you stand"])
 * //   target(["hold RHIA"])
 * //   p1s1["complete a baccalaureate degree ... (typically 4 years)"]
 * //   ...
 * }</pre>
 *
 * <p>Labels are quoted, with double quotes written {@code #quot;}. Node ids are the entries' ids with
 * every character other than a letter or digit replaced by an underscore, prefixed by the kind of
 * node ({@code C_} credential, {@code P_} program type). This class is immutable and thread-safe.
 */
public final class Mermaid {
  private Mermaid() {}

  /**
   * Returns a flowchart of a plan's alternatives: one branch per pathway, from where the learner
   * stands to the target; an unreachable target's reasons hang from it as notes.
   *
   * @param plan the plan, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String plan(PathwayPlan plan) {
    StringBuilder sb = new StringBuilder("flowchart TD\n");
    sb.append("  start([").append(label("Where you stand")).append("])\n");
    sb.append("  target([").append(label(plan.target().describe())).append("])\n");
    List<Pathway> alternatives = plan.alternatives();
    for (int i = 0; i < alternatives.size(); i++) {
      Pathway p = alternatives.get(i);
      String previous = "start";
      for (int j = 0; j < p.steps().size(); j++) {
        String id = "p" + (i + 1) + "s" + (j + 1);
        sb.append("  ").append(id).append('[').append(label(p.steps().get(j).describe())).append("]\n");
        sb.append("  ").append(previous).append(" --> ").append(id).append('\n');
        previous = id;
      }
      String edge = p.isEmpty() ? " -->|already there| " : " -->|" + escape(p.durationWords()) + "| ";
      sb.append("  ").append(previous).append(edge).append("target\n");
    }
    for (int i = 0; i < plan.reasons().size(); i++) {
      String id = "why" + (i + 1);
      sb.append("  ").append(id).append('[').append(label(plan.reasons().get(i))).append("]\n");
      sb.append("  target -.- ").append(id).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns a flowchart of one pathway, from where the learner stands to the target.
   *
   * @param pathway the pathway, not null
   * @param target the target it leads to, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String pathway(Pathway pathway, Target target) {
    return plan(new PathwayPlan(target, List.of(pathway), List.of()));
  }

  /**
   * Returns a flowchart of a catalog's credentials and the program types that prepare for them:
   * programs prepare for credentials ({@code -->|prepares for|}), credentials required by another's
   * eligibility lead to it ({@code -->|route|}; for "a coding credential from another organization",
   * every such credential), progression programs lead from one credential to
   * another ({@code -.->|progression|}), and a credential replaces the ones it supersedes
   * ({@code -.->|replaces|}). Retired credentials are drawn with a {@code retired} class.
   *
   * @param catalog the catalog, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String credentialGraph(HimCatalog catalog) {
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    List<Credential> credentials = catalog.credentials().list();
    List<ProgramType> programs = catalog.programTypes().list();
    for (ProgramType t : programs) {
      String length = t.typicalLength().map(l -> ", " + Pathway.words(l)).orElse("");
      sb.append("  ").append(node("P", t.id().value())).append('[').append(label(t.name() + length)).append("]\n");
    }
    for (Credential c : credentials) {
      sb.append("  ").append(credentialNode(c.id())).append("([").append(label(c.id() + ": " + c.fullName()))
          .append("])");
      if (c.status() == CredentialStatus.RETIRED) {
        sb.append(":::retired");
      }
      sb.append('\n');
    }
    Set<String> edges = new LinkedHashSet<>();
    for (ProgramType t : programs) {
      for (CredentialId prepared : t.preparesFor()) {
        edges.add(node("P", t.id().value()) + " -->|prepares for| " + credentialNode(prepared));
      }
      for (ProgressionProgram pp : t.progressionPrograms()) {
        edges.add(credentialNode(pp.from()) + " -.->|progression| " + credentialNode(pp.to()));
      }
    }
    for (Credential c : credentials) {
      c.eligibility().ifPresent(tree -> tree.leaves().forEach(leaf -> {
        for (Credential from : credentials) {
          if (isHeldBy(leaf, from)) {
            edges.add(credentialNode(from.id()) + " -->|route| " + credentialNode(c.id()));
          }
        }
      }));
      for (CredentialId replaced : c.supersedes()) {
        edges.add(credentialNode(c.id()) + " -.->|replaces| " + credentialNode(replaced));
      }
    }
    edges.forEach(e -> sb.append("  ").append(e).append('\n'));
    sb.append("  classDef retired stroke-dasharray: 5 5\n");
    return sb.toString();
  }

  /** Whether holding the credential meets the leaf: it names the credential, or its domain from another issuer. */
  private static boolean isHeldBy(Requirement.Leaf leaf, Credential c) {
    return leaf.accept(new HeldBy(c));
  }

  /** Whether holding one credential meets a leaf; leaves that are not about credentials never are. */
  private static final class HeldBy implements Requirement.LeafVisitor<Boolean> {
    private final Credential held;

    HeldBy(Credential held) {
      this.held = held;
    }

    @Override
    public Boolean visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return leaf.credential().equals(held.id());
    }

    @Override
    public Boolean visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return held.domains().contains(leaf.domain()) && !held.issuer().equals(leaf.otherThan());
    }

    @Override
    public Boolean visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return false;
    }

    @Override
    public Boolean visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return false;
    }

    @Override
    public Boolean visitExperience(Requirement.Experience leaf) {
      return false;
    }

    @Override
    public Boolean visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return false;
    }

    @Override
    public Boolean visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return false;
    }

    @Override
    public Boolean visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return false;
    }

    @Override
    public Boolean visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return false;
    }
  }

  private static String credentialNode(CredentialId id) {
    return node("C", id.value());
  }

  private static String node(String kind, String id) {
    return kind + "_" + id.replaceAll("[^A-Za-z0-9]", "_");
  }

  private static String label(String text) {
    return "\"" + escape(text) + "\"";
  }

  private static String escape(String text) {
    return text.replace("\"", "#quot;").replace("|", "#124;").replace("\n", " ");
  }
}
