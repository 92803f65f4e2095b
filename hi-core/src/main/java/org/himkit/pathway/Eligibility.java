package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.OmissionTopic;

/**
 * Checks learners against the eligibility of a catalog's credentials and the typical entry of its
 * roles.
 *
 * <pre>{@code
 * Eligibility eligibility = Eligibility.of(HimCatalog.builtIn());
 * EligibilityResult r = eligibility.check(learner, CredentialId.of("RHIA"), LocalDate.of(2026, 11, 24));
 * r.status();           // ELIGIBLE, NOT_ELIGIBLE or UNKNOWN
 * r.satisfiedRoute();   // the route met, for ELIGIBLE
 * r.unmet();            // "needs a baccalaureate degree in health information management ...", for NOT_ELIGIBLE
 * }</pre>
 *
 * <p>How the leaves of a requirement tree are read:
 * <ul>
 *   <li>a credential counts from the day it was earned, and counts as holding every credential it
 *       {@linkplain Credential#supersedes() supersedes}, so an RHIA holder meets a requirement to hold
 *       RHIT and a CPC holder one to hold CPC-A (a documented choice: the sources say RHIA replaces
 *       RHIT for maintenance);
 *   <li>a generic degree requirement ("an associate degree") is met by a completed degree of that
 *       level or above, in any field; a program requirement (a field or an accreditor named) only by
 *       a completed program of exactly that level, field and accreditor;
 *   <li>early testing (a final-term requirement) is met by a program in its last term or with the
 *       course work finished, of exactly that level, field and accreditor;
 *   <li>a completed program counts from its completion date, if the profile gives one;
 *   <li>a high-school diploma is the profile's flag or a completed program of level
 *       {@link DegreeLevel#HIGH_SCHOOL}; a college degree does not imply it.
 * </ul>
 *
 * <p>Answers depend only on the profile, the catalog and the date given: adding education,
 * credentials, experience or trainings to a profile never turns ELIGIBLE into NOT_ELIGIBLE. This class
 * is immutable and thread-safe.
 */
public final class Eligibility {
  private final HimCatalog catalog;

  private Eligibility(HimCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Obtains an instance that checks learners against a catalog.
   *
   * @param catalog the catalog, not null
   * @return the checker, not null
   */
  public static Eligibility of(HimCatalog catalog) {
    return new Eligibility(catalog);
  }

  /**
   * Returns the catalog this checker reads.
   *
   * @return the catalog, not null
   */
  public HimCatalog catalog() {
    return catalog;
  }

  /**
   * Checks whether a learner may sit for a credential's exam on a date.
   *
   * <p>The answer is UNKNOWN where the catalog has no eligibility data for the credential; the
   * reasons then quote the catalog's known omissions about it. A retired credential's exam is no
   * longer offered: the answer is NOT_ELIGIBLE, with that reason.
   *
   * @param profile the learner, not null
   * @param credential the credential, not null
   * @param asOf the date of the check, not null
   * @return the result, not null
   * @throws org.himkit.UnknownEntryException if the catalog has no such credential
   */
  public EligibilityResult check(LearnerProfile profile, CredentialId credential, LocalDate asOf) {
    Credential c = catalog.getCredential(credential);
    EligibilityResult.Builder b = EligibilityResult.builder().credential(credential);
    if (c.status() == CredentialStatus.RETIRED) {
      return b.status(EligibilityStatus.NOT_ELIGIBLE)
          .addReason(c.issuer() + " no longer offers the " + credential + " exam").build();
    }
    Optional<Requirement> tree = c.eligibility();
    if (tree.isEmpty()) {
      b.status(EligibilityStatus.UNKNOWN).addReason("the catalog has no eligibility data for " + credential);
      catalog.knownOmissionsAbout(credential, OmissionTopic.ELIGIBILITY)
          .forEach(o -> b.addReason(o.subject() + ": " + o.reason()));
      return b.build();
    }
    List<Route> routes = routes(tree.get(), profile, asOf);
    return b.requirement(tree.get()).addAllRoutes(routes)
        .status(routes.stream().anyMatch(Route::isMet) ? EligibilityStatus.ELIGIBLE : EligibilityStatus.NOT_ELIGIBLE)
        .build();
  }

  /**
   * Returns the catalog's credentials the learner may sit for on a date and does not already hold
   * (directly or through a credential that supersedes it), in the catalog's order.
   *
   * @param profile the learner, not null
   * @param asOf the date of the check, not null
   * @return the ELIGIBLE results, possibly empty
   */
  public List<EligibilityResult> eligibleCredentials(LearnerProfile profile, LocalDate asOf) {
    Set<CredentialId> held = heldCredentials(profile, asOf);
    return catalog.credentials().stream()
        .filter(c -> !held.contains(c.id()))
        .map(c -> check(profile, c.id(), asOf))
        .filter(EligibilityResult::isEligible)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the catalog's roles whose typical entry the learner meets on a date, in the catalog's
   * order. Roles without a recorded typical entry are never included.
   *
   * @param profile the learner, not null
   * @param asOf the date of the check, not null
   * @return the roles, possibly empty
   */
  public List<Role> reachableRoles(LearnerProfile profile, LocalDate asOf) {
    return catalog.roles().stream()
        .filter(r -> r.typicalEntry().map(t -> meets(t, profile, asOf)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the credentials a learner holds on a date, with every credential they supersede (an RHIA
   * holder holds RHIT for the purpose of requirements).
   *
   * @param profile the learner, not null
   * @param asOf the date, not null
   * @return the credential ids, not null
   */
  public Set<CredentialId> heldCredentials(LearnerProfile profile, LocalDate asOf) {
    Set<CredentialId> held = new LinkedHashSet<>();
    Deque<CredentialId> pending = new ArrayDeque<>();
    profile.credentials().keySet().stream().filter(id -> profile.holds(id, asOf)).forEach(pending::add);
    while (!pending.isEmpty()) {
      CredentialId id = pending.removeFirst();
      if (held.add(id)) {
        catalog.findCredential(id).ifPresent(c -> pending.addAll(c.supersedes()));
      }
    }
    return ImmutableSet.copyOf(held);
  }

  /**
   * Returns whether a learner meets a requirement tree on a date.
   *
   * @param requirement the requirement, not null
   * @param profile the learner, not null
   * @param asOf the date, not null
   * @return true if the tree is met
   */
  public boolean meets(Requirement requirement, LearnerProfile profile, LocalDate asOf) {
    return meets(requirement, profile, heldCredentials(profile, asOf), asOf);
  }

  private boolean meets(Requirement r, LearnerProfile p, Set<CredentialId> held, LocalDate asOf) {
    return r.accept(new LeafCheck(p, held, asOf));
  }

  /**
   * Returns every route of a requirement tree (the conjuncts of its disjunctive form), checked
   * against a learner on a date, in the tree's order.
   *
   * @param requirement the requirement, not null
   * @param profile the learner, not null
   * @param asOf the date, not null
   * @return the routes, not empty
   */
  public List<Route> routes(Requirement requirement, LearnerProfile profile, LocalDate asOf) {
    Set<CredentialId> held = heldCredentials(profile, asOf);
    return routesOf(requirement).stream()
        .map(leaves -> new Route(leaves, leaves.stream().filter(l -> !leafMet(l, profile, held, asOf))
            .collect(ImmutableList.toImmutableList())))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the conjuncts of a tree's disjunctive form, each a list of distinct leaves. */
  static List<List<Requirement.Leaf>> routesOf(Requirement r) {
    return r.accept(ROUTES);
  }

  /** The routes of a tree: its disjunctive normal form. */
  private static final Requirement.Visitor<List<List<Requirement.Leaf>>> ROUTES = new Routes();

  private static final class Routes implements Requirement.Visitor<List<List<Requirement.Leaf>>> {
    @Override
    public List<List<Requirement.Leaf>> visitAllOf(Requirement.AllOf node) {
      return product(node.parts());
    }

    @Override
    public List<List<Requirement.Leaf>> visitAnyOf(Requirement.AnyOf node) {
      List<List<Requirement.Leaf>> all = new ArrayList<>();
      node.parts().forEach(c -> all.addAll(routesOf(c)));
      return all;
    }

    @Override
    public List<List<Requirement.Leaf>> visitAtLeast(Requirement.AtLeast node) {
      List<List<Requirement.Leaf>> all = new ArrayList<>();
      for (List<Requirement> chosen : combinations(node.parts(), node.count())) {
        all.addAll(product(chosen));
      }
      return all;
    }

    private static List<List<Requirement.Leaf>> leaf(Requirement.Leaf leaf) {
      return List.of(List.of(leaf));
    }

    @Override
    public List<List<Requirement.Leaf>> visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitExperience(Requirement.Experience leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return leaf(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return leaf(leaf);
    }
  }

  private static List<List<Requirement.Leaf>> product(List<Requirement> parts) {
    List<List<Requirement.Leaf>> acc = List.of(List.of());
    for (Requirement part : parts) {
      List<List<Requirement.Leaf>> next = new ArrayList<>();
      for (List<Requirement.Leaf> prefix : acc) {
        for (List<Requirement.Leaf> route : routesOf(part)) {
          Set<Requirement.Leaf> joined = new LinkedHashSet<>(prefix);
          joined.addAll(route);
          next.add(ImmutableList.copyOf(joined));
        }
      }
      acc = next;
    }
    return acc;
  }

  private static List<List<Requirement>> combinations(List<Requirement> parts, int count) {
    List<List<Requirement>> out = new ArrayList<>();
    combine(parts, count, 0, new ArrayList<>(), out);
    return out;
  }

  private static void combine(List<Requirement> parts, int count, int from, List<Requirement> chosen,
      List<List<Requirement>> out) {
    if (chosen.size() == count) {
      out.add(ImmutableList.copyOf(chosen));
      return;
    }
    for (int i = from; i < parts.size(); i++) {
      chosen.add(parts.get(i));
      combine(parts, count, i + 1, chosen, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  private boolean leafMet(Requirement.Leaf leaf, LearnerProfile p, Set<CredentialId> held, LocalDate asOf) {
    return leaf.accept(new LeafCheck(p, held, asOf));
  }

  /** Whether a learner meets a tree: inner nodes by their parts, leaves one by one. */
  private final class LeafCheck implements Requirement.Visitor<Boolean> {
    private final LearnerProfile p;
    private final Set<CredentialId> held;
    private final LocalDate asOf;

    LeafCheck(LearnerProfile p, Set<CredentialId> held, LocalDate asOf) {
      this.p = p;
      this.held = held;
      this.asOf = asOf;
    }

    @Override
    public Boolean visitAllOf(Requirement.AllOf node) {
      return node.parts().stream().allMatch(c -> c.accept(this));
    }

    @Override
    public Boolean visitAnyOf(Requirement.AnyOf node) {
      return node.parts().stream().anyMatch(c -> c.accept(this));
    }

    @Override
    public Boolean visitAtLeast(Requirement.AtLeast node) {
      return node.parts().stream().filter(c -> c.accept(this)).count() >= node.count();
    }

    @Override
    public Boolean visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return held.contains(leaf.credential());
    }

    @Override
    public Boolean visitCompletedProgram(Requirement.CompletedProgram cp) {
      boolean generic = cp.field().isEmpty() && cp.accreditor().isEmpty();
      if (generic && cp.level() == DegreeLevel.HIGH_SCHOOL) {
        return hasHighSchoolDiploma(p, asOf);
      }
      return p.education().stream().anyMatch(e -> e.isCompletedOn(asOf)
          && matches(e, cp.level(), cp.field(), cp.accreditor()));
    }

    @Override
    public Boolean visitFinalTermEnrollment(Requirement.FinalTermEnrollment ft) {
      return p.education().stream().anyMatch(e -> e.isEarlyTestingStage()
          && matches(e, ft.level(), ft.field(), ft.accreditor()));
    }

    @Override
    public Boolean visitExperience(Requirement.Experience x) {
      return p.experienceMonths(x.domain()) >= x.months();
    }

    @Override
    public Boolean visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return hasHighSchoolDiploma(p, asOf);
    }

    @Override
    public Boolean visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return p.foreignReciprocity().contains(leaf.agreementWith());
    }

    @Override
    public Boolean visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return p.trainings().contains(leaf.code());
    }

    @Override
    public Boolean visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain d) {
      return held.stream().map(catalog::findCredential).flatMap(Optional::stream)
          .anyMatch(c -> c.domains().contains(d.domain()) && !c.issuer().equals(d.otherThan()));
    }

    @Override
    public Boolean visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return true;
    }
  }

  /** The diploma itself, or any education completed at or above high school, which implies it. */
  private static boolean hasHighSchoolDiploma(LearnerProfile p, LocalDate asOf) {
    return p.highSchoolDiploma() || p.education().stream()
        .anyMatch(e -> e.isCompletedOn(asOf) && e.level().compareTo(DegreeLevel.HIGH_SCHOOL) >= 0);
  }

  private static boolean matches(Education e, DegreeLevel level, Optional<ProgramField> field,
      Optional<OrganizationId> accreditor) {
    if (field.isEmpty() && accreditor.isEmpty()) {
      return e.level().compareTo(level) >= 0;
    }
    return e.level() == level
        && field.map(f -> e.field().equals(Optional.of(f))).orElse(true)
        && accreditor.map(a -> e.accreditor().equals(Optional.of(a))).orElse(true);
  }
}
