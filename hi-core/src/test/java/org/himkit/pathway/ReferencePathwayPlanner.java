package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.himkit.catalog.OmissionTopic;

/**
 * The planner as it was before the fourth pass of issue 13 (each candidate walked with a new immutable
 * {@link Standing} per step), kept as the reference that {@link PlannerAgreementTest} compares
 * {@link PathwayPlanner} with: same alternatives, same order, same obstacles.
 */
final class ReferencePathwayPlanner {
  private static final int MAX_OPTIONS = 24;
  private static final int MAX_ALTERNATIVES = 10;

  private final HimCatalog catalog;
  private final Eligibility eligibility;
  /** For each credential, the credentials its eligibility can lead through, transitively. */
  private final Map<CredentialId, Set<CredentialId>> below;

  private ReferencePathwayPlanner(HimCatalog catalog) {
    this.catalog = catalog;
    this.eligibility = Eligibility.of(catalog);
    Map<CredentialId, List<CredentialId>> next = new HashMap<>();
    List<Credential> all = catalog.credentials().list();
    for (Credential c : all) {
      List<CredentialId> successors = new ArrayList<>();
      c.eligibility().ifPresent(tree -> tree.leaves().forEach(leaf -> {
        for (Credential candidate : all) {
          if (leaf.isMetByHolding(candidate)) {
            successors.add(candidate.id());
          }
        }
      }));
      next.put(c.id(), successors);
    }
    Map<CredentialId, Set<CredentialId>> reach = new HashMap<>();
    for (Credential c : all) {
      Set<CredentialId> found = new LinkedHashSet<>();
      List<CredentialId> pending = new ArrayList<>(next.get(c.id()));
      for (int i = 0; i < pending.size(); i++) {
        if (found.add(pending.get(i))) {
          pending.addAll(next.getOrDefault(pending.get(i), List.of()));
        }
      }
      reach.put(c.id(), ImmutableSet.copyOf(found));
    }
    this.below = reach;
  }

  /**
   * Obtains a planner over a catalog.
   *
   * @param catalog the catalog, not null
   * @return the planner, not null
   * @throws NullPointerException if the catalog is null
   */
  static ReferencePathwayPlanner of(HimCatalog catalog) {
    return new ReferencePathwayPlanner(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Plans the pathways from a learner to a target.
   *
   * @param profile the learner, not null
   * @param target the target, not null
   * @param asOf the date of the plan, not null
   * @return the plan: one empty pathway if the learner is already there, none and the obstacles if the
   *     target cannot be reached, not null
   * @throws org.himkit.UnknownEntryException if the catalog has no such credential or role
   */
  PathwayPlan plan(LearnerProfile profile, Target target, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    Standing start = Standing.of(catalog, profile, asOf);
    if (reaches(start, target)) {
      return new PathwayPlan(target, List.of(new Pathway(List.of())), List.of());
    }
    Set<Obstacle> obstacles = new LinkedHashSet<>();
    Search search = new Search(start, obstacles);
    List<List<Step>> candidates = target.accept(new Target.Visitor<List<List<Step>>>() {
      @Override
      public List<List<Step>> visitEligibleFor(Target.EligibleFor t) {
        return search.eligibilityOf(t.credential()).map(tree -> search.options(tree, Set.of())).orElse(List.of());
      }

      @Override
      public List<List<Step>> visitHolds(Target.Holds t) {
        return search.credentialOptions(t.credential(), Set.of());
      }

      @Override
      public List<List<Step>> visitEnters(Target.Enters t) {
        Optional<Requirement> entry = catalog.getRole(t.role()).typicalEntry();
        if (entry.isEmpty()) {
          obstacles.add(Obstacle.noTypicalEntry());
        }
        return entry.map(e -> search.options(e, Set.of())).orElse(List.of());
      }
    });
    List<Pathway> pathways = keepValid(candidates, start, target);
    return new PathwayPlan(target, pathways, pathways.isEmpty() ? ImmutableList.copyOf(obstacles) : List.of());
  }

  /**
   * Returns whether a learner reaches a target as they are, with no step taken: eligible for the exam,
   * holding the credential (or one that supersedes it), or meeting the role's typical entry.
   *
   * @param profile the learner, not null
   * @param target the target, not null
   * @param asOf the date, not null
   * @return true if the learner is at the target
   * @throws org.himkit.UnknownEntryException if the catalog has no such credential or role
   */
  boolean reaches(LearnerProfile profile, Target target, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    return reaches(Standing.of(catalog, profile, asOf), target);
  }

  private boolean reaches(Standing standing, Target target) {
    return target.accept(new Target.Visitor<Boolean>() {
      @Override
      public Boolean visitEligibleFor(Target.EligibleFor t) {
        return examOpenTo(catalog.getCredential(t.credential()), standing);
      }

      @Override
      public Boolean visitHolds(Target.Holds t) {
        catalog.getCredential(t.credential());
        return standing.held().contains(t.credential());
      }

      @Override
      public Boolean visitEnters(Target.Enters t) {
        Optional<Requirement> entry = catalog.getRole(t.role()).typicalEntry();
        return entry.isPresent() && standing.meets(entry.get());
      }
    });
  }

  /** Whether the credential's exam is offered and its eligibility known and met. */
  private static boolean examOpenTo(Credential c, Standing standing) {
    return c.status() == CredentialStatus.ACTIVE && c.eligibility().isPresent()
        && standing.meets(c.eligibility().get());
  }

  // ---------------------------------------------------------------------------------------------
  // candidate step lists

  /**
   * The search for candidate step lists from one standing, collecting the obstacles met. A credential's
   * options are worked out once per plan for each set of credentials being planned above it.
   */
  private final class Search {
    private final Standing start;
    private final Set<Obstacle> obstacles;
    private final Map<List<Object>, List<List<Step>>> credentialMemo = new HashMap<>();

    Search(Standing start, Set<Obstacle> obstacles) {
      this.start = start;
      this.obstacles = obstacles;
    }

    Optional<Requirement> eligibilityOf(CredentialId id) {
      Credential c = catalog.getCredential(id);
      if (c.status() == CredentialStatus.RETIRED) {
        obstacles.add(Obstacle.examNotOffered(id, c.issuer()));
        return Optional.empty();
      }
      if (c.eligibility().isEmpty()) {
        obstacles.add(Obstacle.noEligibilityData(id, catalog.knownOmissionsAbout(id, OmissionTopic.ELIGIBILITY)));
      }
      return c.eligibility();
    }

    List<List<Step>> credentialOptions(CredentialId id, Set<CredentialId> visiting) {
      if (visiting.contains(id)) {
        return List.of();
      }
      Set<CredentialId> relevant = new HashSet<>(visiting);
      relevant.retainAll(below.getOrDefault(id, Set.of()));
      List<Object> key = List.of(id, relevant);
      List<List<Step>> known = credentialMemo.get(key);
      if (known == null) {
        known = computeCredentialOptions(id, visiting);
        credentialMemo.put(key, known);
      }
      return known;
    }

    private List<List<Step>> computeCredentialOptions(CredentialId id, Set<CredentialId> visiting) {
      Optional<Requirement> tree = eligibilityOf(id);
      if (tree.isEmpty()) {
        return List.of();
      }
      Step earn = earnStep(catalog.getCredential(id));
      Set<CredentialId> deeper = ImmutableSet.<CredentialId>builder().addAll(visiting).add(id).build();
      List<List<Step>> out = new ArrayList<>();
      for (List<Step> before : options(tree.get(), deeper)) {
        out.add(ImmutableList.<Step>builderWithExpectedSize(before.size() + 1).addAll(before).add(earn).build());
      }
      return out;
    }

    private Step earnStep(Credential c) {
      List<CredentialId> replaced = new ArrayList<>();
      Optional<CredentialId> designation = Optional.empty();
      for (CredentialId r : c.supersedes()) {
        if (start.held().contains(r)) {
          replaced.add(r);
          if (designation.isEmpty() && catalog.getCredential(r).kind() == CredentialKind.APPRENTICE_DESIGNATION) {
            designation = Optional.of(r);
          }
        }
      }
      CredentialId exam = c.id();
      if (c.kind() == CredentialKind.APPRENTICE_DESIGNATION) {
        for (Credential full : catalog.credentials().list()) {
          if (full.supersedes().contains(c.id())) {
            exam = full.id();
            break;
          }
        }
      }
      return new Step.EarnCredential(c.id(), c.fullName(), exam, replaced, designation);
    }

    /** Returns the step lists that each meet one route of the tree, best first, at most MAX_OPTIONS. */
    List<List<Step>> options(Requirement tree, Set<CredentialId> visiting) {
      if (start.meets(tree)) {
        return List.of(List.of());
      }
      List<List<Step>> out = new ArrayList<>();
      for (Route route : eligibility.routes(tree, start)) {
        List<List<List<Step>>> perLeaf = new ArrayList<>();
        boolean feasible = true;
        for (Unmet.Condition condition : route.unmet()) {
          List<List<Step>> leafOptions = condition.leaf().accept(new LeafSteps(condition, visiting));
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
      List<List<Step>> ranked = Ranked.sort(out);
      return ranked.size() > MAX_OPTIONS ? ImmutableList.copyOf(ranked.subList(0, MAX_OPTIONS)) : ranked;
    }

    /** The step lists that each meet one unmet leaf, empty where the planner proposes none. */
    private final class LeafSteps implements Requirement.LeafVisitor<List<List<Step>>> {
      private final Unmet.Condition condition;
      private final Set<CredentialId> visiting;

      LeafSteps(Unmet.Condition condition, Set<CredentialId> visiting) {
        this.condition = condition;
        this.visiting = visiting;
      }

      @Override
      public List<List<Step>> visitCompletedProgram(Requirement.CompletedProgram cp) {
        Step step = programStep(cp.level(), cp.field(), cp.accreditor());
        if (followsBaccalaureate(cp.level()) && !start.hasCompletedAtLeast(DegreeLevel.BACCALAUREATE)) {
          Step first = programStep(DegreeLevel.BACCALAUREATE, Optional.empty(), Optional.empty());
          return List.of(List.of(first, step));
        }
        return List.of(List.of(step));
      }

      @Override
      public List<List<Step>> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
        return List.of(List.of(Step.CompleteProgram.of(DegreeLevel.HIGH_SCHOOL, Optional.empty(), Optional.empty())));
      }

      @Override
      public List<List<Step>> visitExperience(Requirement.Experience x) {
        int missing = condition.missingMonths().orElseThrow();
        return List.of(List.of(new Step.GainExperience(x.domain(), missing, x.months())));
      }

      @Override
      public List<List<Step>> visitCompletedTraining(Requirement.CompletedTraining t) {
        return List.of(List.of(new Step.CompleteTraining(t.code(), t.description())));
      }

      @Override
      public List<List<Step>> visitHoldsCredential(Requirement.HoldsCredential leaf) {
        return credentialOptions(leaf.credential(), visiting);
      }

      @Override
      public List<List<Step>> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain d) {
        List<List<Step>> out = new ArrayList<>();
        for (Credential c : catalog.credentials().list()) {
          if (c.domains().contains(d.domain()) && !c.issuer().equals(d.otherThan())
              && c.status() == CredentialStatus.ACTIVE && c.eligibility().isPresent()) {
            out.addAll(credentialOptions(c.id(), visiting));
          }
        }
        return out;
      }

      @Override
      public List<List<Step>> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
        obstacles.add(Obstacle.notPlanned(ObstacleKind.EARLY_TESTING_NOT_PLANNED, leaf));
        return List.of();
      }

      @Override
      public List<List<Step>> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
        obstacles.add(Obstacle.notPlanned(ObstacleKind.RECIPROCITY_NOT_PLANNED, leaf));
        return List.of();
      }

      @Override
      public List<List<Step>> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
        return List.of(List.of());
      }

      /** Two alternatives, as the source gives them: complete a degree of the level, or earn the credits. */
      @Override
      public List<List<Step>> visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
        List<List<Step>> out = new ArrayList<>(visitCompletedProgram(Requirement.degree(leaf.level())));
        int missing = condition.missingAmount().orElseThrow();
        out.add(List.of(new Step.EarnCollegeCredits(missing, leaf.credits())));
        return out;
      }

      @Override
      public List<List<Step>> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
        int missing = condition.missingAmount().orElseThrow();
        return List.of(List.of(new Step.CompleteCoursework(leaf.code(), leaf.subject(), missing, leaf.creditHours())));
      }

      /**
       * The shorter of gaining the missing months of full-time experience, where the leaf states a
       * full-time equivalent, and gaining the missing hours (at full time, rounded up to whole months);
       * months for a learner who has recorded no hours, when both take as long.
       */
      @Override
      public List<List<Step>> visitExperienceHours(Requirement.ExperienceHours leaf) {
        int missingHours = condition.missingAmount().orElseThrow();
        if (leaf.fullTimeMonths().isEmpty()) {
          return List.of(List.of(new Step.GainExperienceHours(leaf.domain(), missingHours, leaf.hours(),
              Optional.empty())));
        }
        int fullTime = leaf.fullTimeMonths().getAsInt();
        int missingMonths = condition.missingMonths().orElseThrow();
        int hoursMonths = (int) ((missingHours * (long) fullTime + leaf.hours() - 1) / leaf.hours());
        boolean hasHours = condition.amount().orElseThrow() > 0;
        if (missingMonths < hoursMonths || (missingMonths == hoursMonths && !hasHours)) {
          return List.of(List.of(new Step.GainExperience(leaf.domain(), missingMonths, fullTime)));
        }
        return List.of(List.of(new Step.GainExperienceHours(leaf.domain(), missingHours, leaf.hours(),
            Optional.of(Period.ofMonths(hoursMonths).normalized()))));
      }
    }

    /**
     * The step of completing a program: the one the learner is enrolled in where it fits (a generic
     * degree is met by the learner's program of that level, whatever its field), with the time left to
     * its expected end, or else the typical length of the catalog's program type.
     */
    private Step programStep(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor) {
      LocalDate asOf = start.asOf();
      boolean generic = field.isEmpty() && accreditor.isEmpty();
      for (Education e : start.education()) {
        if (!e.isCompletedOn(asOf) && e.level() == level
            && (generic || (e.field().equals(field) && e.accreditor().equals(accreditor)))) {
          if (e.date().isPresent() && e.date().get().isAfter(asOf)) {
            return new Step.CompleteProgram(level, e.field(), e.accreditor(), Optional.empty(),
                Optional.of(Period.between(asOf, e.date().get())), e.date(), Optional.empty());
          }
          field = e.field();
          accreditor = e.accreditor();
          generic = field.isEmpty() && accreditor.isEmpty();
          break;
        }
      }
      Optional<ProgramType> type = Optional.empty();
      if (!generic) {
        for (ProgramType t : catalog.programTypes().list()) {
          if (t.level() == level && field.equals(Optional.of(t.field())) && accreditor.equals(t.accreditor())) {
            type = Optional.of(t);
            break;
          }
        }
      }
      Optional<ProgressionProgram> progression = Optional.empty();
      if (type.isPresent()) {
        for (ProgressionProgram pp : type.get().progressionPrograms()) {
          if (start.held().contains(pp.fromCredential()) && pp.availability() == Availability.AVAILABLE) {
            progression = Optional.of(pp);
            break;
          }
        }
      }
      return new Step.CompleteProgram(level, field, accreditor, type.map(ProgramType::id),
          type.flatMap(ProgramType::typicalLength), Optional.empty(), progression);
    }
  }

  private static List<List<Step>> product(List<List<List<Step>>> perLeaf) {
    List<List<Step>> acc = List.of(List.of());
    for (List<List<Step>> leafOptions : perLeaf) {
      List<List<Step>> next = new ArrayList<>();
      for (List<Step> prefix : acc) {
        for (List<Step> option : leafOptions) {
          List<Step> joined = new ArrayList<>(prefix.size() + option.size());
          joined.addAll(prefix);
          for (Step step : option) {
            if (!joined.contains(step)) {
              joined.add(step);
            }
          }
          next.add(joined);
          if (next.size() >= MAX_OPTIONS * 4) {
            break;
          }
        }
      }
      acc = next;
    }
    return acc;
  }

  /** Whether a program of the level is taken after a baccalaureate degree: a post-baccalaureate or graduate one. */
  private static boolean followsBaccalaureate(DegreeLevel level) {
    return level.compareTo(DegreeLevel.BACCALAUREATE) > 0;
  }

  // ---------------------------------------------------------------------------------------------
  // checking, trimming and ranking

  /**
   * A step list with its ranking key worked out once: steps of unknown duration, known duration in
   * days (a month counted as 31), number of steps, then its position among the candidates.
   */
  private static final class Ranked {
    private static final Comparator<Ranked> ORDER = Comparator.comparingInt((Ranked r) -> r.unknown)
        .thenComparingLong(r -> r.knownDays).thenComparingInt(r -> r.steps.size()).thenComparingInt(r -> r.position);

    final List<Step> steps;
    final int unknown;
    final long knownDays;
    final int position;

    @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths, the days apart
    Ranked(List<Step> steps, int position) {
      this.steps = steps;
      this.position = position;
      int unknownSteps = 0;
      Period known = Period.ZERO;
      for (Step s : steps) {
        Optional<Period> d = s.duration();
        if (d.isPresent()) {
          known = known.plus(d.get());
        } else {
          unknownSteps++;
        }
      }
      this.unknown = unknownSteps;
      this.knownDays = known.toTotalMonths() * 31 + known.getDays();
    }

    /** Sorts step lists best first, each key computed once. */
    static List<List<Step>> sort(List<List<Step>> candidates) {
      List<Ranked> ranked = new ArrayList<>(candidates.size());
      for (int i = 0; i < candidates.size(); i++) {
        ranked.add(new Ranked(candidates.get(i), i));
      }
      ranked.sort(ORDER);
      List<List<Step>> out = new ArrayList<>(ranked.size());
      for (Ranked r : ranked) {
        out.add(r.steps);
      }
      return out;
    }
  }

  /** Keeps the candidates that reach the target, each trimmed of steps it does not need, best first. */
  private List<Pathway> keepValid(List<List<Step>> candidates, Standing start, Target target) {
    List<List<Step>> valid = new ArrayList<>();
    Set<List<Step>> tried = new HashSet<>();
    for (List<Step> steps : candidates) {
      if (tried.add(steps) && reaches(steps, start, target)) {
        valid.add(trim(steps, start, target));
      }
    }
    List<Set<Step>> sets = new ArrayList<>(valid.size());
    for (List<Step> steps : valid) {
      sets.add(ImmutableSet.copyOf(steps));
    }
    List<List<Step>> kept = new ArrayList<>();
    Set<Set<Step>> seen = new HashSet<>();
    for (int i = 0; i < valid.size(); i++) {
      Set<Step> mine = sets.get(i);
      boolean dominated = false;
      for (Set<Step> other : sets) {
        if (mine.size() > other.size() && mine.containsAll(other)) {
          dominated = true;
          break;
        }
      }
      if (!dominated && seen.add(mine)) {
        kept.add(valid.get(i));
      }
    }
    List<List<Step>> best = Ranked.sort(kept);
    List<Pathway> out = new ArrayList<>(Math.min(best.size(), MAX_ALTERNATIVES));
    for (int i = 0; i < best.size() && i < MAX_ALTERNATIVES; i++) {
      out.add(new Pathway(best.get(i)));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Drops, last first, every step of a pathway that reaches the target without it. Removing a step
   * leaves the steps before it as they were, so where the learner stands after each of them is worked
   * out once.
   */
  private List<Step> trim(List<Step> steps, Standing start, Target target) {
    List<Step> trimmed = new ArrayList<>(steps);
    Standing[] before = new Standing[steps.size()];
    Standing s = start;
    for (int i = 0; i < steps.size(); i++) {
      before[i] = s;
      s = s.after(steps.get(i));
    }
    for (int i = trimmed.size() - 1; i >= 0; i--) {
      if (reaches(trimmed.subList(i + 1, trimmed.size()), before[i], target)) {
        trimmed.remove(i);
      }
    }
    return ImmutableList.copyOf(trimmed);
  }

  /**
   * Returns whether a learner reaches a target by a pathway, its steps applied in order, each
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
  boolean reaches(LearnerProfile profile, Pathway pathway, Target target, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(pathway, "pathway");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    return reaches(pathway.steps(), Standing.of(catalog, profile, asOf), target);
  }

  private boolean reaches(List<Step> steps, Standing start, Target target) {
    Standing s = start;
    for (Step step : steps) {
      if (!canTake(step, s)) {
        return false;
      }
      s = s.after(step);
    }
    return reaches(s, target);
  }

  /** Whether a step can be taken from a standing: a credential once its eligibility is met, a graduate program after a baccalaureate. */
  private boolean canTake(Step step, Standing standing) {
    return step.accept(new Step.Visitor<Boolean>() {
      @Override
      public Boolean visitCompleteProgram(Step.CompleteProgram s) {
        return !followsBaccalaureate(s.level()) || standing.hasCompletedAtLeast(DegreeLevel.BACCALAUREATE);
      }

      @Override
      public Boolean visitGainExperience(Step.GainExperience s) {
        return true;
      }

      @Override
      public Boolean visitEarnCredential(Step.EarnCredential s) {
        Optional<Requirement> tree = catalog.getCredential(s.credential()).eligibility();
        return tree.isPresent() && standing.meets(tree.get());
      }

      @Override
      public Boolean visitCompleteTraining(Step.CompleteTraining s) {
        return true;
      }

      @Override
      public Boolean visitEarnCollegeCredits(Step.EarnCollegeCredits s) {
        return true;
      }

      @Override
      public Boolean visitCompleteCoursework(Step.CompleteCoursework s) {
        return true;
      }

      @Override
      public Boolean visitGainExperienceHours(Step.GainExperienceHours s) {
        return true;
      }
    });
  }
}
