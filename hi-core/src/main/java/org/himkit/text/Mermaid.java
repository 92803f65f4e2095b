package org.himkit.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.ProgramType;
import org.himkit.ProgressionProgram;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.Target;

/**
 * Exports pathways and the credential graph as Mermaid flowchart text, for a portal to draw, with
 * labels from a {@link HimText} renderer.
 *
 * <pre>{@code
 * String chart = Mermaid.plan(plan);
 * // flowchart TD
 * //   start(["Where you stand"])
 * //   target(["hold the Registered Health Information Administrator (RHIA) credential"])
 * //   p1s1["complete a baccalaureate degree ... (typically 4 years)"]
 * //   ...
 * }</pre>
 *
 * <p>Labels are quoted, with double quotes written {@code #quot;} and vertical bars {@code #124;}. Node
 * ids are the entries' ids with every character other than a letter or digit replaced by an
 * underscore, prefixed by the kind of node ({@code C_} credential, {@code P_} program type). This class
 * is immutable and thread-safe.
 */
public final class Mermaid {
  private Mermaid() {}

  /**
   * Returns a flowchart of a plan's alternatives, in English: one branch per pathway, from where the
   * learner stands to the target; an unreachable target's obstacles hang from it as notes.
   *
   * @param plan  the plan, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String plan(PathwayPlan plan) {
    return plan(plan, HimText.english());
  }

  /**
   * Returns a flowchart of a plan's alternatives with the labels of a renderer.
   *
   * @param plan  the plan, not null
   * @param text  the renderer of the labels, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String plan(PathwayPlan plan, HimText text) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder("flowchart TD\n");
    sb.append("  start([").append(label(text.format("mermaid.start"))).append("])\n");
    sb.append("  target([").append(label(text.target(plan.target()))).append("])\n");
    List<Pathway> alternatives = plan.alternatives();
    for (int i = 0; i < alternatives.size(); i++) {
      Pathway p = alternatives.get(i);
      String previous = "start";
      for (int j = 0; j < p.steps().size(); j++) {
        String id = "p" + (i + 1) + "s" + (j + 1);
        sb.append("  ").append(id).append('[').append(label(text.step(p.steps().get(j)))).append("]\n");
        sb.append("  ").append(previous).append(" --> ").append(id).append('\n');
        previous = id;
      }
      sb.append("  ").append(previous).append(" -->|").append(escape(text.pathwayDuration(p))).append("| target\n");
    }
    List<String> obstacles = text.obstacles(plan);
    for (int i = 0; i < obstacles.size(); i++) {
      String id = "why" + (i + 1);
      sb.append("  ").append(id).append('[').append(label(obstacles.get(i))).append("]\n");
      sb.append("  target -.- ").append(id).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns a flowchart of one pathway, in English, from where the learner stands to the target.
   *
   * @param pathway  the pathway, not null
   * @param target  the target it leads to, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String pathway(Pathway pathway, Target target) {
    Objects.requireNonNull(pathway, "pathway");
    Objects.requireNonNull(target, "target");
    return plan(new PathwayPlan(target, List.of(pathway), List.of()));
  }

  /**
   * Returns a flowchart, in English, of a catalog's credentials and the program types that prepare for
   * them: programs prepare for credentials ({@code -->|prepares for|}), credentials required by
   * another's eligibility lead to it ({@code -->|route|}; for "a coding credential from another
   * organization", every such credential), progression programs lead from one credential to another
   * ({@code -.->|progression|}), and a credential replaces the ones it supersedes
   * ({@code -.->|replaces|}). Retired credentials are drawn with a {@code retired} class.
   *
   * @param catalog  the catalog, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String credentialGraph(HimCatalog catalog) {
    return credentialGraph(catalog, HimText.english());
  }

  /**
   * Returns a flowchart of a catalog's credentials and program types, as
   * {@link #credentialGraph(HimCatalog)} does, with the labels of a renderer.
   *
   * @param catalog  the catalog, not null
   * @param text  the renderer of the labels, not null
   * @return the Mermaid text, ending with a line break, not null
   */
  public static String credentialGraph(HimCatalog catalog, HimText text) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(text, "text");
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    List<Credential> credentials = catalog.credentials().list();
    List<ProgramType> programs = catalog.programTypes().list();
    for (ProgramType t : programs) {
      String words = text.format("mermaid.programType", t.name(), t.typicalLength().isPresent() ? 1 : 0,
          t.typicalLength().map(text::duration).orElse(""));
      sb.append("  ").append(node("P", t.id().value())).append('[').append(label(words)).append("]\n");
    }
    for (Credential c : credentials) {
      sb.append("  ").append(credentialNode(c.id())).append("([")
          .append(label(text.format("mermaid.credential", c.id().value(), c.fullName()))).append("])");
      if (c.status() == CredentialStatus.RETIRED) {
        sb.append(":::retired");
      }
      sb.append('\n');
    }
    String preparesFor = " -->|" + escape(text.format("mermaid.preparesFor")) + "| ";
    String route = " -->|" + escape(text.format("mermaid.route")) + "| ";
    String progression = " -.->|" + escape(text.format("mermaid.progression")) + "| ";
    String supersedes = " -.->|" + escape(text.format("mermaid.supersedes")) + "| ";
    Set<String> edges = new LinkedHashSet<>();
    for (ProgramType t : programs) {
      for (CredentialId prepared : t.preparesFor()) {
        edges.add(node("P", t.id().value()) + preparesFor + credentialNode(prepared));
      }
      for (ProgressionProgram pp : t.progressionPrograms()) {
        edges.add(credentialNode(pp.fromCredential()) + progression + credentialNode(pp.toCredential()));
      }
    }
    for (Credential c : credentials) {
      c.eligibility().ifPresent(tree -> tree.leaves().forEach(leaf -> {
        for (Credential from : credentials) {
          if (leaf.isMetByHolding(from)) {
            edges.add(credentialNode(from.id()) + route + credentialNode(c.id()));
          }
        }
      }));
      for (CredentialId replaced : c.supersedes()) {
        edges.add(credentialNode(c.id()) + supersedes + credentialNode(replaced));
      }
    }
    edges.forEach(e -> sb.append("  ").append(e).append('\n'));
    sb.append("  classDef retired stroke-dasharray: 5 5\n");
    return sb.toString();
  }

  private static String credentialNode(CredentialId id) {
    return node("C", id.value());
  }

  private static String node(String kind, String id) {
    StringBuilder sb = new StringBuilder(kind.length() + 1 + id.length()).append(kind).append('_');
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      sb.append((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
    }
    return sb.toString();
  }

  private static String label(String text) {
    return "\"" + escape(text) + "\"";
  }

  private static String escape(String text) {
    return text.replace("\"", "#quot;").replace("|", "#124;").replace("\n", " ");
  }
}
