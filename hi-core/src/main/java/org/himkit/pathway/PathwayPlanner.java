package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.Availability;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.ProgramType;
import org.himkit.ProgressionProgram;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.catalog.HimCatalog;

/**
 * Finds the shortest sequences of steps from a learner to a target: eligibility for a credential's
 * exam, the credential itself, or a role's typical entry.
 *
 * <pre>{@code
 * PathwayPlanner planner = PathwayPlanner.of(HimCatalog.builtIn());
 * PathwayPlan plan = planner.plan(learner, Target.credential(CredentialId.of("RHIA")), LocalDate.of(2026, 11, 24));
 * plan.best().ifPresent(p -> System.out.print(p.describe()));
 * // 1. complete a baccalaureate degree in health information management from a program accredited by CAHIIM (typically 4 years)
 * // 2. pass the RHIA exam and earn RHIA (duration unknown)
 * }</pre>
 *
 * <p>The planner reads the requirement trees route by route. For each route it proposes a step for
 * every condition the learner does not meet: complete a program of the level, field and accreditor
 * named (its typical length from the catalog's program types, the seed's two and four years, or the
 * time left to a program the learner is enrolled in), gain the missing months of experience, complete
 * a training, or earn a required credential (planned the same way, recursively). Every pathway is
 * checked by applying its steps to the profile, each credential only once its own eligibility is met;
 * steps that are not needed are dropped, and a pathway that takes every step of another and more is
 * not returned. Alternatives are ranked by the number of steps of unknown duration (an unknown
 * duration may be long: a master's degree of unknown length does not come before a four-year
 * bachelor's), then by total known duration, then by the number of steps.
 *
 * <p>A post-baccalaureate certificate or a graduate degree is taken to follow a baccalaureate degree
 * (a planning choice: the sources give no admission rules): a pathway through one of them first
 * completes a baccalaureate degree, unless the learner has one.
 *
 * <p>The planner does not propose early testing (it counts only for a learner already in the last
 * term) or graduating abroad under a reciprocity agreement. Steps are taken to be done on the date of
 * the plan: it says what to do, not when each step ends. This class is immutable and thread-safe.
 */
public final class PathwayPlanner {
  private static final int MAX_OPTIONS = 24;
  private static final int MAX_ALTERNATIVES = 10;

  private final HimCatalog catalog;
  private final Eligibility eligibility;

  private PathwayPlanner(HimCatalog catalog) {
    this.catalog = catalog;
    this.eligibility = Eligibility.of(catalog);
  }

  /**
   * Obtains a planner over a catalog.
   *
   * @param catalog the catalog, not null
   * @return the planner, not null
   */
  public static PathwayPlanner of(HimCatalog catalog) {
    return new PathwayPlanner(catalog);
  }

  /**
   * Plans the pathways from a learner to a target.
   *
   * @param profile the learner, not null
   * @param target the target, not null
   * @param asOf the date of the plan, not null
   * @return the plan: one empty pathway if the learner is already there, none and the reasons if the
   *     target cannot be reached, not null
   * @throws org.himkit.UnknownEntryException if the catalog has no such credential or role
   */
  public PathwayPlan plan(LearnerProfile profile, Target target, LocalDate asOf) {
    checkKnown(target);
    if (reached(profile, target, asOf)) {
      return new PathwayPlan(target, List.of(new Pathway(List.of())), List.of());
    }
    Set<String> reasons = new LinkedHashSet<>();
    List<List<Step>> candidates;
    if (target instanceof Target.Enters) {
      Role role = catalog.getRole(((Target.Enters) target).role());
      Optional<Requirement> entry = role.typicalEntry();
      if (entry.isEmpty()) {
        reasons.add("the catalog records no typical entry for the role " + role.id());
      }
      candidates = entry.map(e -> options(e, profile, asOf, Set.of(), reasons)).orElse(List.of());
    } else if (target instanceof Target.EligibleFor) {
      Optional<Requirement> tree = eligibilityOf(((Target.EligibleFor) target).credential(), reasons);
      candidates = tree.map(t -> options(t, profile, asOf, Set.of(), reasons)).orElse(List.of());
    } else {
      candidates = credentialOptions(((Target.Holds) target).credential(), profile, asOf, Set.of(), reasons);
    }
    List<Pathway> pathways = finish(candidates, profile, target, asOf);
    return new PathwayPlan(target, pathways, pathways.isEmpty() ? ImmutableList.copyOf(reasons) : List.of());
  }

  private void checkKnown(Target target) {
    if (target instanceof Target.Enters) {
      catalog.getRole(((Target.Enters) target).role());
    } else if (target instanceof Target.EligibleFor) {
      catalog.getCredential(((Target.EligibleFor) target).credential());
    } else {
      catalog.getCredential(((Target.Holds) target).credential());
    }
  }

  /**
   * Returns whether a learner is at a target: eligible for the exam, holding the credential (or one
   * that supersedes it), or meeting the role's typical entry.
   *
   * @param profile the learner, not null
   * @param target the target, not null
   * @param asOf the date, not null
   * @return true if the learner is at the target
   * @throws org.himkit.UnknownEntryException if the catalog has no such credential or role
   */
  public boolean reached(LearnerProfile profile, Target target, LocalDate asOf) {
    if (target instanceof Target.Enters) {
      return catalog.getRole(((Target.Enters) target).role()).typicalEntry()
          .map(e -> eligibility.meets(e, profile, asOf)).orElse(false);
    } else if (target instanceof Target.EligibleFor) {
      return eligibility.check(profile, ((Target.EligibleFor) target).credential(), asOf).isEligible();
    }
    return eligibility.heldCredentials(profile, asOf).contains(((Target.Holds) target).credential());
  }

  // ---------------------------------------------------------------------------------------------
  // candidate step lists

  private Optional<Requirement> eligibilityOf(CredentialId id, Set<String> reasons) {
    Optional<Credential> c = catalog.findCredential(id);
    if (c.isEmpty()) {
      reasons.add("the catalog has no credential " + id);
      return Optional.empty();
    }
    if (c.get().status() == CredentialStatus.RETIRED) {
      reasons.add(c.get().issuer() + " no longer offers the " + id + " exam");
      return Optional.empty();
    }
    if (c.get().eligibility().isEmpty()) {
      reasons.add("the catalog has no eligibility data for " + id + ", so no pathway to it can be planned");
    }
    return c.get().eligibility();
  }

  private List<List<Step>> credentialOptions(CredentialId id, LearnerProfile profile, LocalDate asOf,
      Set<CredentialId> visiting, Set<String> reasons) {
    if (visiting.contains(id)) {
      return List.of();
    }
    Optional<Requirement> tree = eligibilityOf(id, reasons);
    if (tree.isEmpty()) {
      return List.of();
    }
    Step earn = earnStep(catalog.getCredential(id), profile, asOf);
    Set<CredentialId> deeper = ImmutableSet.<CredentialId>builder().addAll(visiting).add(id).build();
    List<List<Step>> out = new ArrayList<>();
    for (List<Step> before : options(tree.get(), profile, asOf, deeper, reasons)) {
      out.add(ImmutableList.<Step>builder().addAll(before).add(earn).build());
    }
    return out;
  }

  private Step earnStep(Credential c, LearnerProfile profile, LocalDate asOf) {
    Set<CredentialId> held = eligibility.heldCredentials(profile, asOf);
    List<CredentialId> replaced = c.supersedes().stream().filter(held::contains)
        .collect(ImmutableList.toImmutableList());
    Optional<CredentialId> designation = replaced.stream()
        .filter(r -> catalog.findCredential(r).map(x -> x.kind() == CredentialKind.APPRENTICE_DESIGNATION).orElse(false))
        .findFirst();
    CredentialId exam = c.id();
    if (c.kind() == CredentialKind.APPRENTICE_DESIGNATION) {
      exam = catalog.credentials().stream().filter(full -> full.supersedes().contains(c.id()))
          .map(Credential::id).findFirst().orElse(c.id());
    }
    return new Step.EarnCredential(c.id(), exam, replaced, designation);
  }

  /** Returns the step lists that each meet one route of the tree, best first, at most MAX_OPTIONS. */
  private List<List<Step>> options(Requirement tree, LearnerProfile profile, LocalDate asOf,
      Set<CredentialId> visiting, Set<String> reasons) {
    List<List<Step>> out = new ArrayList<>();
    for (Route route : eligibility.routes(tree, profile, asOf)) {
      List<List<List<Step>>> perLeaf = new ArrayList<>();
      boolean feasible = true;
      for (Unmet.Condition condition : route.unmet()) {
        List<List<Step>> leafOptions = leafOptions(condition.leaf(), profile, asOf, visiting, reasons);
        if (leafOptions.isEmpty()) {
          feasible = false;
          break;
        }
        perLeaf.add(leafOptions);
      }
      if (feasible) {
        out.addAll(product(perLeaf));
      }
    }
    out.sort(Comparator.comparing(Pathway::new, RANKING));
    return out.size() > MAX_OPTIONS ? ImmutableList.copyOf(out.subList(0, MAX_OPTIONS)) : out;
  }

  private static List<List<Step>> product(List<List<List<Step>>> perLeaf) {
    List<List<Step>> acc = List.of(List.of());
    for (List<List<Step>> leafOptions : perLeaf) {
      List<List<Step>> next = new ArrayList<>();
      for (List<Step> prefix : acc) {
        for (List<Step> option : leafOptions) {
          Set<Step> joined = new LinkedHashSet<>(prefix);
          joined.addAll(option);
          next.add(ImmutableList.copyOf(joined));
          if (next.size() >= MAX_OPTIONS * 4) {
            break;
          }
        }
      }
      acc = next;
    }
    return acc;
  }

  private List<List<Step>> leafOptions(Requirement.Leaf leaf, LearnerProfile profile, LocalDate asOf,
      Set<CredentialId> visiting, Set<String> reasons) {
    return leaf.accept(new LeafSteps(profile, asOf, visiting, reasons));
  }

  /** The step lists that each meet one unmet leaf, empty where the planner proposes none. */
  private final class LeafSteps implements Requirement.LeafVisitor<List<List<Step>>> {
    private final LearnerProfile profile;
    private final LocalDate asOf;
    private final Set<CredentialId> visiting;
    private final Set<String> reasons;

    LeafSteps(LearnerProfile profile, LocalDate asOf, Set<CredentialId> visiting, Set<String> reasons) {
      this.profile = profile;
      this.asOf = asOf;
      this.visiting = visiting;
      this.reasons = reasons;
    }

    @Override
    public List<List<Step>> visitCompletedProgram(Requirement.CompletedProgram cp) {
      Step step = programStep(cp.level(), cp.field(), cp.accreditor(), profile, asOf);
      if (followsBaccalaureate(cp.level()) && !hasBaccalaureate(profile, asOf)) {
        Step first = programStep(DegreeLevel.BACCALAUREATE, Optional.empty(), Optional.empty(), profile, asOf);
        return List.of(List.of(first, step));
      }
      return List.of(List.of(step));
    }

    @Override
    public List<List<Step>> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return List.of(List.of(new Step.CompleteProgram(DegreeLevel.HIGH_SCHOOL, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty())));
    }

    @Override
    public List<List<Step>> visitExperience(Requirement.Experience x) {
      int have = profile.experienceMonths(x.domain());
      return List.of(List.of(new Step.GainExperience(x.domain(), x.months() - have, x.months())));
    }

    @Override
    public List<List<Step>> visitCompletedTraining(Requirement.CompletedTraining t) {
      return List.of(List.of(new Step.CompleteTraining(t.code(), t.description())));
    }

    @Override
    public List<List<Step>> visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return credentialOptions(leaf.credential(), profile, asOf, visiting, reasons);
    }

    @Override
    public List<List<Step>> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain d) {
      List<List<Step>> out = new ArrayList<>();
      for (Credential c : catalog.credentials().list()) {
        if (c.domains().contains(d.domain()) && !c.issuer().equals(d.otherThan())
            && c.status() == CredentialStatus.ACTIVE && c.eligibility().isPresent()) {
          out.addAll(credentialOptions(c.id(), profile, asOf, visiting, reasons));
        }
      }
      return out;
    }

    @Override
    public List<List<Step>> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      reasons.add("early testing (" + leaf.describe() + ") counts only for a learner already in the last term, so "
          + "the planner does not propose it");
      return List.of();
    }

    @Override
    public List<List<Step>> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      reasons.add(leaf.describe() + " is not a step the planner proposes");
      return List.of();
    }

    @Override
    public List<List<Step>> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return List.of(List.of());
    }
  }

  /** Whether a program of the level is taken after a baccalaureate degree: a post-baccalaureate or graduate one. */
  private static boolean followsBaccalaureate(DegreeLevel level) {
    return level.compareTo(DegreeLevel.BACCALAUREATE) > 0;
  }

  private static boolean hasBaccalaureate(LearnerProfile profile, LocalDate asOf) {
    return profile.education().stream()
        .anyMatch(e -> e.isCompletedOn(asOf) && e.level().compareTo(DegreeLevel.BACCALAUREATE) >= 0);
  }

  private Step programStep(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
      LearnerProfile profile, LocalDate asOf) {
    boolean generic = field.isEmpty() && accreditor.isEmpty();
    Optional<Education> enrolled = profile.education().stream()
        .filter(e -> !e.isCompletedOn(asOf) && e.level() == level
            && (generic || (e.field().equals(field) && e.accreditor().equals(accreditor))))
        .findFirst();
    if (enrolled.isPresent() && enrolled.get().date().map(d -> d.isAfter(asOf)).orElse(false)) {
      LocalDate expected = enrolled.get().date().orElseThrow();
      return new Step.CompleteProgram(level, field, accreditor, Optional.of(Period.between(asOf, expected)),
          Optional.of("enrolled, expected to finish on " + expected));
    }
    Optional<ProgramType> type = generic ? Optional.empty() : catalog.programTypes().stream()
        .filter(t -> t.level() == level && field.equals(Optional.of(t.field())) && accreditor.equals(t.accreditor()))
        .findFirst();
    Optional<Period> length = type.flatMap(ProgramType::typicalLength);
    Set<CredentialId> held = eligibility.heldCredentials(profile, asOf);
    Optional<String> note = type.stream().flatMap(t -> t.progressionPrograms().stream())
        .filter(pp -> held.contains(pp.from()) && pp.availability() == Availability.AVAILABLE)
        .map(PathwayPlanner::progressionNote)
        .findFirst();
    return new Step.CompleteProgram(level, field, accreditor, length, note);
  }

  private static String progressionNote(ProgressionProgram pp) {
    return pp.from() + " to " + pp.to() + " programs are available to " + pp.from() + " holders (their length is not "
        + "known); holding " + pp.from() + " is not itself a route to " + pp.to();
  }

  // ---------------------------------------------------------------------------------------------
  // checking, trimming and ranking

  private static final Comparator<Pathway> RANKING = Comparator
      .comparingInt(Pathway::unknownDurations)
      .thenComparingLong((Pathway p) -> p.knownDuration().toTotalMonths() * 31 + p.knownDuration().getDays())
      .thenComparingInt(Pathway::size)
      .thenComparing(Pathway::describe);

  private List<Pathway> finish(List<List<Step>> candidates, LearnerProfile profile, Target target, LocalDate asOf) {
    List<List<Step>> valid = new ArrayList<>();
    for (List<Step> steps : candidates) {
      if (!reaches(steps, profile, target, asOf)) {
        continue;
      }
      List<Step> trimmed = new ArrayList<>(steps);
      for (int i = trimmed.size() - 1; i >= 0; i--) {
        List<Step> without = new ArrayList<>(trimmed);
        without.remove(i);
        if (reaches(without, profile, target, asOf)) {
          trimmed = without;
        }
      }
      valid.add(ImmutableList.copyOf(trimmed));
    }
    List<Set<Step>> sets = valid.stream().map(ImmutableSet::copyOf).collect(ImmutableList.toImmutableList());
    List<Pathway> out = new ArrayList<>();
    Set<Set<Step>> seen = new HashSet<>();
    for (int i = 0; i < valid.size(); i++) {
      Set<Step> mine = sets.get(i);
      boolean dominated = sets.stream().anyMatch(other -> mine.size() > other.size() && mine.containsAll(other));
      if (!dominated && seen.add(mine)) {
        out.add(new Pathway(valid.get(i)));
      }
    }
    out.sort(RANKING);
    return out.size() > MAX_ALTERNATIVES ? ImmutableList.copyOf(out.subList(0, MAX_ALTERNATIVES)) : ImmutableList.copyOf(out);
  }

  /**
   * Returns whether a pathway, its steps applied in order, takes a learner to a target, each
   * credential being earned only once its eligibility is met.
   *
   * @param profile the learner, not null
   * @param pathway the pathway, not null
   * @param target the target, not null
   * @param asOf the date the steps are taken to be done, not null
   * @return true if every step can be taken in turn (a credential once its eligibility is met, a
   *     post-baccalaureate or graduate program once a baccalaureate degree is completed) and the learner
   *     ends at the target
   * @throws org.himkit.UnknownEntryException if the pathway or target names a credential or role the
   *     catalog does not have
   */
  public boolean leadsTo(LearnerProfile profile, Pathway pathway, Target target, LocalDate asOf) {
    return reaches(pathway.steps(), profile, target, asOf);
  }

  private boolean reaches(List<Step> steps, LearnerProfile profile, Target target, LocalDate asOf) {
    LearnerProfile p = profile;
    for (Step s : steps) {
      if (s instanceof Step.CompleteProgram && followsBaccalaureate(((Step.CompleteProgram) s).level())
          && !hasBaccalaureate(p, asOf)) {
        return false;
      }
      if (s instanceof Step.EarnCredential) {
        CredentialId id = ((Step.EarnCredential) s).credential();
        Optional<Requirement> tree = catalog.getCredential(id).eligibility();
        if (tree.isEmpty() || !eligibility.meets(tree.get(), p, asOf)) {
          return false;
        }
      }
      p = s.applyTo(p, asOf);
    }
    return reached(p, target, asOf);
  }
}
