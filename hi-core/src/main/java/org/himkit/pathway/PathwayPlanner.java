package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.OmissionTopic;

/**
 * Finds the shortest sequences of steps from a learner to a target: eligibility for a credential's
 * exam, the credential itself, or a role's typical entry.
 *
 * <pre>{@code
 * HimCatalog catalog = HimCatalog.builtIn();
 * PathwayPlanner planner = PathwayPlanner.of(catalog);
 * PathwayPlan plan = planner.plan(learner, Target.holds(catalog.getCredential(CredentialId.of("RHIA"))),
 *     LocalDate.of(2026, 11, 24));
 * plan.best().ifPresent(p -> HimText.english().pathway(p).forEach(System.out::println));
 * // 1. complete a baccalaureate degree in health information management from a program accredited by CAHIIM (typically 4 years)
 * // 2. pass the RHIA exam and earn the Registered Health Information Administrator (RHIA) credential (duration unknown)
 * }</pre>
 *
 * <p>The planner reads the requirement trees route by route. For each route it proposes a step for
 * every condition the learner does not meet: complete a program of the level, field and accreditor
 * named (its typical length from the catalog's program types, the seed's two and four years, or the
 * time left to a program the learner is enrolled in), gain the missing months or hours of experience
 * (for hours with a full-time equivalent, the shorter of the missing months of full-time work and the
 * missing hours), complete a training or the missing credit hours of coursework, complete a degree or
 * earn the missing college credits (two alternatives, as "a degree or the equivalent" gives them), or
 * earn a required credential (planned the same way, recursively). Every pathway is
 * checked by applying its steps to where the learner stands, each credential only once its own
 * eligibility is met; steps that are not needed are dropped, and a pathway that takes every step of
 * another and more is not returned. Alternatives are ranked by the number of steps of unknown duration
 * (an unknown duration may be long: a master's degree of unknown length does not come before a
 * four-year bachelor's), then by total known duration, then by the number of steps, then in the order
 * of the requirement trees.
 *
 * <p>A post-baccalaureate certificate or a graduate degree is taken to follow a baccalaureate degree
 * (a planning choice: the sources give no admission rules): a pathway through one of them first
 * completes a baccalaureate degree, unless the learner has one.
 *
 * <p>The planner does not propose early testing (it counts only for a learner already in the last
 * term) or graduating abroad under a reciprocity agreement; an unreachable target's plan lists them as
 * obstacles. Steps are taken to be done on the date of the plan: it says what to do, not when each step
 * ends. A plan computes where the learner stands once and applies candidate steps to that standing.
 * This class is immutable and thread-safe.
 */
public final class PathwayPlanner {
  private static final int MAX_OPTIONS = 24;
  private static final int MAX_ALTERNATIVES = 10;

  private final HimCatalog catalog;
  private final Eligibility eligibility;
  /** For each credential, the credentials its eligibility can lead through, transitively. */
  private final Map<CredentialId, Set<CredentialId>> below;

  private PathwayPlanner(HimCatalog catalog) {
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
  public static PathwayPlanner of(HimCatalog catalog) {
    return new PathwayPlanner(Objects.requireNonNull(catalog, "catalog"));
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
  public PathwayPlan plan(LearnerProfile profile, Target target, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    Standing start = Standing.of(catalog, profile, asOf);
    Goal goal = goal(target);
    if (goal.isReachedBy(start)) {
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
    List<Pathway> pathways = keepValid(candidates, start, goal);
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
  public boolean reaches(LearnerProfile profile, Target target, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    return goal(target).isReachedBy(Standing.of(catalog, profile, asOf));
  }

  /**
   * What reaching a target means for a standing, worked out once per question: holding a credential,
   * or meeting a tree (the exam's eligibility, if the exam is offered and its eligibility known, or the
   * role's typical entry, if it has one); neither if the target cannot be reached by any standing.
   */
  private record Goal(Optional<CredentialId> held, Optional<Requirement> tree) {
    boolean isReachedBy(StandingFacts standing) {
      return held.isPresent() ? standing.holds(held.get()) : tree.isPresent() && standing.meets(tree.get());
    }
  }

  private Goal goal(Target target) {
    return target.accept(new Target.Visitor<Goal>() {
      @Override
      public Goal visitEligibleFor(Target.EligibleFor t) {
        Credential c = catalog.getCredential(t.credential());
        return new Goal(Optional.empty(),
            c.status() == CredentialStatus.ACTIVE ? c.eligibility() : Optional.empty());
      }

      @Override
      public Goal visitHolds(Target.Holds t) {
        catalog.getCredential(t.credential());
        return new Goal(Optional.of(t.credential()), Optional.empty());
      }

      @Override
      public Goal visitEnters(Target.Enters t) {
        return new Goal(Optional.empty(), catalog.getRole(t.role()).typicalEntry());
      }
    });
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

    /**
     * Returns the step lists that each meet one route of the tree, best first, at most MAX_OPTIONS. The
     * options of a leaf are worked out once per call, for every route it is part of.
     */
    List<List<Step>> options(Requirement tree, Set<CredentialId> visiting) {
      if (start.meets(tree)) {
        return List.of(List.of());
      }
      List<List<Step>> out = new ArrayList<>();
      LeafSteps leafSteps = new LeafSteps(visiting);
      IdentityHashMap<Requirement.Leaf, List<List<Step>>> byLeaf = new IdentityHashMap<>(8);
      List<List<List<Step>>> perLeaf = new ArrayList<>();
      for (List<Requirement.Leaf> route : eligibility.routesOf(tree)) {
        perLeaf.clear();
        boolean feasible = true;
        for (int i = 0; i < route.size() && feasible; i++) {
          Requirement.Leaf leaf = route.get(i);
          if (!start.meets(leaf)) {
            List<List<Step>> leafOptions = byLeaf.get(leaf);
            if (leafOptions == null) {
              leafOptions = leaf.accept(leafSteps);
              byLeaf.put(leaf, leafOptions);
            }
            perLeaf.add(leafOptions);
            feasible = !leafOptions.isEmpty();
          }
        }
        if (feasible) {
          product(perLeaf, out);
        }
      }
      List<List<Step>> ranked = Ranked.sort(out);
      return ranked.size() > MAX_OPTIONS ? ImmutableList.copyOf(ranked.subList(0, MAX_OPTIONS)) : ranked;
    }

    /**
     * The step lists that each meet one unmet leaf, empty where the planner proposes none; what is
     * missing is read from the start only for the leaves counted in months, hours or credits.
     */
    private final class LeafSteps implements Requirement.LeafVisitor<List<List<Step>>> {
      private final Set<CredentialId> visiting;

      LeafSteps(Set<CredentialId> visiting) {
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
        int missing = start.shortfall(x).missingMonths().orElseThrow();
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
        int missing = start.shortfall(leaf).missingAmount().orElseThrow();
        out.add(List.of(new Step.EarnCollegeCredits(missing, leaf.credits())));
        return out;
      }

      @Override
      public List<List<Step>> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
        int missing = start.shortfall(leaf).missingAmount().orElseThrow();
        return List.of(List.of(new Step.CompleteCoursework(leaf.code(), leaf.subject(), missing, leaf.creditHours())));
      }

      /**
       * The shorter of gaining the missing months of full-time experience, where the leaf states a
       * full-time equivalent, and gaining the missing hours (at full time, rounded up to whole months);
       * months for a learner who has recorded no hours, when both take as long.
       */
      @Override
      public List<List<Step>> visitExperienceHours(Requirement.ExperienceHours leaf) {
        Unmet.Condition condition = start.shortfall(leaf);
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

  /** Adds to {@code out} every way of taking one option per leaf, each step once, at most 4 * MAX_OPTIONS. */
  private static void product(List<List<List<Step>>> perLeaf, List<List<Step>> out) {
    List<List<Step>> acc = List.of(List.of());
    for (List<List<Step>> leafOptions : perLeaf) {
      List<List<Step>> next = new ArrayList<>(Math.min(acc.size() * leafOptions.size(), MAX_OPTIONS * 4));
      for (List<Step> prefix : acc) {
        for (List<Step> option : leafOptions) {
          List<Step> joined = new ArrayList<>(prefix.size() + option.size());
          joined.addAll(prefix);
          for (int i = 0; i < option.size(); i++) {
            Step step = option.get(i);
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
    out.addAll(acc);
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
    private static final Comparator<Ranked> ORDER = new Order();

    final List<Step> steps;
    final int unknown;
    final long knownDays;
    final int position;

    @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths, the days apart
    Ranked(List<Step> steps, int position) {
      this.steps = steps;
      this.position = position;
      int unknownSteps = 0;
      long months = 0;
      long days = 0;
      for (int i = 0; i < steps.size(); i++) {
        Optional<Period> d = steps.get(i).duration();
        if (d.isPresent()) {
          months += d.get().toTotalMonths();
          days += d.get().getDays();
        } else {
          unknownSteps++;
        }
      }
      this.unknown = unknownSteps;
      this.knownDays = months * 31 + days;
    }

    /** Steps of unknown duration, known duration, number of steps, position. */
    private static final class Order implements Comparator<Ranked> {
      @Override
      public int compare(Ranked a, Ranked b) {
        int c = Integer.compare(a.unknown, b.unknown);
        if (c == 0) {
          c = Long.compare(a.knownDays, b.knownDays);
        }
        if (c == 0) {
          c = Integer.compare(a.steps.size(), b.steps.size());
        }
        return c != 0 ? c : Integer.compare(a.position, b.position);
      }
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

  /**
   * Keeps the candidates that reach the target, each trimmed of steps it does not need, best first.
   * Every walk is made on one working standing, taken back to the start after each candidate.
   */
  private List<Pathway> keepValid(List<List<Step>> candidates, Standing start, Goal goal) {
    // Steps are numbered by equality; candidates share most of their step objects, so each object is
    // hashed by equality once and found by identity after.
    IdentityHashMap<Step, Integer> byObject = new IdentityHashMap<>();
    Map<Step, Integer> ids = new HashMap<>();
    int[][] sequences = new int[candidates.size()][];
    for (int c = 0; c < candidates.size(); c++) {
      List<Step> steps = candidates.get(c);
      int[] sequence = new int[steps.size()];
      for (int i = 0; i < sequence.length; i++) {
        Step step = steps.get(i);
        Integer id = byObject.get(step);
        if (id == null) {
          id = ids.get(step);
          if (id == null) {
            id = ids.size();
            ids.put(step, id);
          }
          byObject.put(step, id);
        }
        sequence[i] = id;
      }
      sequences[c] = sequence;
    }
    WorkingStanding working = new WorkingStanding(start);
    int words = (ids.size() + 63) / 64;
    List<List<Step>> valid = new ArrayList<>();
    List<long[]> sets = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    boolean[] keep = new boolean[8];
    for (int c = 0; c < sequences.length; c++) {
      List<Step> steps = candidates.get(c);
      if (keep.length < steps.size()) {
        keep = new boolean[steps.size()];
      }
      if (isFirst(sequences, c) && reachesTrimming(steps, working, goal, keep)) {
        ImmutableList.Builder<Step> trimmed = ImmutableList.builderWithExpectedSize(steps.size());
        long[] set = new long[words];
        for (int i = 0; i < steps.size(); i++) {
          if (keep[i]) {
            trimmed.add(steps.get(i));
            set[sequences[c][i] >>> 6] |= 1L << sequences[c][i];
          }
        }
        valid.add(trimmed.build());
        sets.add(set);
        sizes.add(size(set));
      }
    }
    List<List<Step>> kept = new ArrayList<>();
    List<long[]> seen = new ArrayList<>();
    for (int i = 0; i < valid.size(); i++) {
      long[] mine = sets.get(i);
      boolean dominated = false;
      for (int j = 0; j < sets.size() && !dominated; j++) {
        dominated = sizes.get(i) > sizes.get(j) && containsAll(mine, sets.get(j));
      }
      if (!dominated && !contains(seen, mine)) {
        seen.add(mine);
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

  /** Whether no candidate before the c-th has the same steps in the same order. */
  private static boolean isFirst(int[][] sequences, int c) {
    for (int d = 0; d < c; d++) {
      if (Arrays.equals(sequences[d], sequences[c])) {
        return false;
      }
    }
    return true;
  }

  private static int size(long[] set) {
    int n = 0;
    for (long word : set) {
      n += Long.bitCount(word);
    }
    return n;
  }

  private static boolean containsAll(long[] set, long[] other) {
    for (int w = 0; w < set.length; w++) {
      if ((other[w] & ~set[w]) != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(List<long[]> sets, long[] set) {
    for (long[] other : sets) {
      if (Arrays.equals(other, set)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a pathway reaches the goal from the working standing's start and, if it does, marks
   * in {@code keep} the steps it needs: dropping, last first, every step without which the steps kept
   * after it still reach the goal from where the steps before it leave the learner. Leaves the working
   * standing at its start.
   */
  private static boolean reachesTrimming(List<Step> steps, WorkingStanding working, Goal goal, boolean[] keep) {
    int n = steps.size();
    for (int i = 0; i < n; i++) {
      if (!working.take(steps.get(i))) {
        working.undoTo(0);
        return false;
      }
    }
    if (!goal.isReachedBy(working)) {
      working.undoTo(0);
      return false;
    }
    for (int i = n - 1; i >= 0; i--) {
      working.undoTo(i);
      boolean reached = true;
      for (int j = i + 1; j < n && reached; j++) {
        reached = !keep[j] || working.take(steps.get(j));
      }
      keep[i] = !(reached && goal.isReachedBy(working));
    }
    working.undoTo(0);
    return true;
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
  public boolean reaches(LearnerProfile profile, Pathway pathway, Target target, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(pathway, "pathway");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(asOf, "asOf");
    Goal goal = goal(target);
    for (Step step : pathway.steps()) {
      if (step instanceof Step.EarnCredential earn) {
        catalog.getCredential(earn.credential());
      }
    }
    WorkingStanding working = new WorkingStanding(Standing.of(catalog, profile, asOf));
    for (Step step : pathway.steps()) {
      if (!working.take(step)) {
        return false;
      }
    }
    return goal.isReachedBy(working);
  }
}
