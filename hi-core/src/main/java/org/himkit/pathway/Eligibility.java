package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
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
 * r.unmet();            // what is still needed, alternatives kept as alternatives, for NOT_ELIGIBLE
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
 *   <li>a high-school diploma is the profile's flag or any completed education (a completed degree
 *       implies the diploma);
 *   <li>"a degree or the equivalent in college credits" is met by a completed degree of that level or
 *       above, in any field, or by the profile's {@linkplain LearnerProfile#collegeCredits() college
 *       credits};
 *   <li>coursework is met by the profile's credit hours under the leaf's code;
 *   <li>experience counted in hours is met by the profile's hours in the domain, or, where the leaf
 *       states a full-time equivalent, by the profile's months in the domain (months are full-time
 *       months); hours and months are not added together.
 * </ul>
 *
 * <p>Each question computes where the learner stands once (the credentials held with those they
 * supersede, the education completed, the experience by domain) and reads every leaf against it; the
 * routes of the catalog's trees are worked out once, when the checker is obtained. Obtain one checker
 * per catalog and reuse it.
 *
 * <p>Answers depend only on the profile, the catalog and the date given: adding education,
 * credentials, experience or trainings to a profile never turns ELIGIBLE into NOT_ELIGIBLE. This class
 * is immutable and thread-safe.
 */
public final class Eligibility {
  private final HimCatalog catalog;
  /** The routes of every tree of the catalog, by identity of the tree (hashing a tree would cost more). */
  private final IdentityHashMap<Requirement, List<List<Requirement.Leaf>>> routes;
  /** The credentials whose exam is offered and whose eligibility is known, in the catalog's order. */
  private final List<Credential> examsOffered;
  /** The roles with a typical entry, in the catalog's order. */
  private final List<Role> rolesWithEntry;

  private Eligibility(HimCatalog catalog) {
    this.catalog = catalog;
    IdentityHashMap<Requirement, List<List<Requirement.Leaf>>> byTree = new IdentityHashMap<>();
    ImmutableList.Builder<Credential> exams = ImmutableList.builder();
    for (Credential c : catalog.credentials().list()) {
      c.eligibility().ifPresent(t -> byTree.put(t, Routes.of(t)));
      if (c.status() == CredentialStatus.ACTIVE && c.eligibility().isPresent()) {
        exams.add(c);
      }
    }
    ImmutableList.Builder<Role> roles = ImmutableList.builder();
    for (Role r : catalog.roles().list()) {
      r.typicalEntry().ifPresent(t -> {
        byTree.put(t, Routes.of(t));
        roles.add(r);
      });
    }
    this.routes = byTree;
    this.examsOffered = exams.build();
    this.rolesWithEntry = roles.build();
  }

  /**
   * Obtains an instance that checks learners against a catalog.
   *
   * @param catalog the catalog, not null
   * @return the checker, not null
   * @throws NullPointerException if the catalog is null
   */
  public static Eligibility of(HimCatalog catalog) {
    return new Eligibility(Objects.requireNonNull(catalog, "catalog"));
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
   * <p>The answer is UNKNOWN where the catalog has no eligibility data for the credential; the result
   * then holds the catalog's known omissions about it. A retired credential's exam is no longer
   * offered: the answer is NOT_ELIGIBLE, for that reason.
   *
   * @param profile the learner, not null
   * @param credential the credential, not null
   * @param asOf the date of the check, not null
   * @return the result, not null
   * @throws org.himkit.UnknownEntryException if the catalog has no such credential
   */
  public EligibilityResult check(LearnerProfile profile, CredentialId credential, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(asOf, "asOf");
    Credential c = catalog.getCredential(credential);
    return check(c, Standing.of(catalog, profile, asOf));
  }

  EligibilityResult check(Credential c, Standing standing) {
    EligibilityResult.Builder b = EligibilityResult.builder().credential(c.id()).issuer(c.issuer());
    if (c.status() == CredentialStatus.RETIRED) {
      return b.reason(EligibilityReason.EXAM_NOT_OFFERED).build();
    }
    Optional<Requirement> tree = c.eligibility();
    if (tree.isEmpty()) {
      return b.reason(EligibilityReason.NO_ELIGIBILITY_DATA)
          .addAllOmissions(catalog.knownOmissionsAbout(c.id(), OmissionTopic.ELIGIBILITY)).build();
    }
    if (standing.meets(tree.get())) {
      return met(c, tree.get(), standing);
    }
    return b.requirement(tree.get()).reason(EligibilityReason.NO_ROUTE_MET)
        .unmet(standing.unmet(tree.get()).orElseThrow()).build();
  }

  /** The result for a credential whose eligibility tree the learner meets, with the first route met. */
  private EligibilityResult met(Credential c, Requirement tree, Standing standing) {
    return EligibilityResult.builder().credential(c.id()).issuer(c.issuer()).requirement(tree)
        .reason(EligibilityReason.ROUTE_MET).satisfiedRoute(firstRouteMet(tree, standing)).build();
  }

  private Route firstRouteMet(Requirement tree, Standing standing) {
    for (List<Requirement.Leaf> leaves : routesOf(tree)) {
      if (standing.meetsAll(leaves)) {
        return new Route(leaves, List.of());
      }
    }
    throw new IllegalStateException("a tree that is met has a route that is met");
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
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Standing standing = Standing.of(catalog, profile, asOf);
    List<EligibilityResult> out = new ArrayList<>();
    for (int i = 0; i < examsOffered.size(); i++) {
      Credential c = examsOffered.get(i);
      Requirement tree = c.eligibility().orElseThrow();
      if (!standing.holds(c.id()) && standing.meets(tree)) {
        out.add(met(c, tree, standing));
      }
    }
    return ImmutableList.copyOf(out);
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
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    Standing standing = Standing.of(catalog, profile, asOf);
    List<Role> out = new ArrayList<>();
    for (Role r : rolesWithEntry) {
      if (standing.meets(r.typicalEntry().orElseThrow())) {
        out.add(r);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the credentials a learner holds on a date, with every credential they supersede (an RHIA
   * holder holds RHIT for the purpose of requirements).
   *
   * @param profile the learner, not null
   * @param asOf the date, not null
   * @return the credential ids, the profile's first, not null
   */
  public Set<CredentialId> heldCredentials(LearnerProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    return Standing.of(catalog, profile, asOf).held();
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
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    return Standing.of(catalog, profile, asOf).meets(requirement);
  }

  /**
   * Returns what a learner still needs to meet a requirement tree on a date: the tree pruned to its
   * unmet parts, alternatives kept as alternatives.
   *
   * @param requirement the requirement, not null
   * @param profile the learner, not null
   * @param asOf the date, not null
   * @return the unmet structure, empty if the tree is met
   */
  public Optional<Unmet> unmet(Requirement requirement, LearnerProfile profile, LocalDate asOf) {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    return Standing.of(catalog, profile, asOf).unmet(requirement);
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
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    return routes(requirement, Standing.of(catalog, profile, asOf));
  }

  List<Route> routes(Requirement requirement, Standing standing) {
    List<List<Requirement.Leaf>> all = routesOf(requirement);
    List<Route> out = new ArrayList<>(all.size());
    for (List<Requirement.Leaf> leaves : all) {
      out.add(standing.route(leaves));
    }
    return ImmutableList.copyOf(out);
  }

  /** The conjuncts of a tree's disjunctive form: worked out once for the catalog's trees. */
  List<List<Requirement.Leaf>> routesOf(Requirement tree) {
    List<List<Requirement.Leaf>> known = routes.get(tree);
    return known != null ? known : Routes.of(tree);
  }

  /** A tree's disjunctive form, each route a list of distinct leaves in the tree's order. */
  private static final class Routes implements Requirement.Visitor<List<List<Requirement.Leaf>>> {
    private static final Routes INSTANCE = new Routes();

    static List<List<Requirement.Leaf>> of(Requirement tree) {
      return ImmutableList.copyOf(tree.accept(INSTANCE));
    }

    @Override
    public List<List<Requirement.Leaf>> visitAllOf(Requirement.AllOf node) {
      return product(node.parts());
    }

    @Override
    public List<List<Requirement.Leaf>> visitAnyOf(Requirement.AnyOf node) {
      List<List<Requirement.Leaf>> all = new ArrayList<>();
      node.parts().forEach(c -> all.addAll(c.accept(this)));
      return all;
    }

    @Override
    public List<List<Requirement.Leaf>> visitAtLeast(Requirement.AtLeast node) {
      List<List<Requirement.Leaf>> all = new ArrayList<>();
      combine(node.parts(), node.count(), 0, new ArrayList<>(), all);
      return all;
    }

    private List<List<Requirement.Leaf>> product(List<Requirement> parts) {
      List<List<Requirement.Leaf>> acc = List.of(List.of());
      for (Requirement part : parts) {
        List<List<Requirement.Leaf>> next = new ArrayList<>();
        for (List<Requirement.Leaf> prefix : acc) {
          for (List<Requirement.Leaf> route : part.accept(this)) {
            Set<Requirement.Leaf> joined = new LinkedHashSet<>(prefix);
            joined.addAll(route);
            next.add(ImmutableList.copyOf(joined));
          }
        }
        acc = next;
      }
      return acc;
    }

    /** Adds the routes of every choice of {@code count} parts, taken in order. */
    private void combine(List<Requirement> parts, int count, int from, List<Requirement> chosen,
        List<List<Requirement.Leaf>> out) {
      if (chosen.size() == count) {
        out.addAll(product(chosen));
        return;
      }
      for (int i = from; i < parts.size(); i++) {
        chosen.add(parts.get(i));
        combine(parts, count, i + 1, chosen, out);
        chosen.remove(chosen.size() - 1);
      }
    }

    private static List<List<Requirement.Leaf>> single(Requirement.Leaf leaf) {
      return List.of(List.of(leaf));
    }

    @Override
    public List<List<Requirement.Leaf>> visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitExperience(Requirement.Experience leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitExperienceHours(Requirement.ExperienceHours leaf) {
      return single(leaf);
    }

    @Override
    public List<List<Requirement.Leaf>> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return single(leaf);
    }
  }
}
