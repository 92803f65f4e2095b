package org.himkit.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;

/**
 * A generator of learner profiles, and of the education, steps, targets and pathway answers that go
 * with them.
 *
 * <p>A profile has up to three education programs (of the configured levels and statuses, with or
 * without field, accreditor and date; for a catalog, half of them the programs its requirements name),
 * up to four credentials with the days earned, months of experience in up to three domains and hours in
 * up to two, college credits half of the time, credit hours of up to three courseworks, up to three
 * trainings, a high-school diploma half of the time and, one time in four, a foreign reciprocity
 * agreement. Amounts come up at their edges often: zero, the largest a profile accepts
 * ({@link LearnerProfile#MAX_EXPERIENCE_MONTHS}, {@link LearnerProfile#MAX_EXPERIENCE_HOURS},
 * {@link LearnerProfile#MAX_CREDITS}), and each amount a requirement asks for with the amounts one
 * below and one above it: by default 12 and 24 months, 1,950 hours, 60 credits and 6 credit hours;
 * for a {@linkplain #forCatalog(HimCatalog) catalog}, the amounts of its requirement trees. A profile
 * shrinks toward the empty profile: its diploma and college credits and its numbers of parts (programs,
 * credentials, domains of experience, courseworks, trainings) shrink one at a time, each part to the
 * simplest of its kind or not at all.
 *
 * <p>On its own, a profile names any credentials and organizations, and the training and coursework
 * codes of {@link RequirementGenerator}'s leaves; {@link #forCatalog(HimCatalog)} makes it name the
 * catalog's credentials, organizations, training and coursework codes instead, so that its answers
 * ({@link #eligibilityResults()}, {@link #pathwayPlans()}) vary.
 *
 * <pre>{@code
 * Generator<LearnerProfile> students = HimGenerators.learnerProfiles().forCatalog(HimCatalog.builtIn())
 *     .withEducationLevels(DegreeLevel.ASSOCIATE, DegreeLevel.BACCALAUREATE)
 *     .withEducationStatuses(EducationStatus.FINAL_TERM, EducationStatus.COMPLETED);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LearnerProfileGenerator implements Generator<LearnerProfile> {
  private static final List<Integer> MONTH_EDGES = List.of(12, 24);
  private static final List<Integer> HOUR_EDGES = List.of(1_950);
  private static final List<Integer> CREDIT_EDGES = List.of(60);
  private static final List<Integer> COURSEWORK_EDGES = List.of(6);

  private final List<DegreeLevel> levels;
  private final List<EducationStatus> statuses;
  private final Optional<HimCatalog> catalog;
  private final Pool<CredentialId> credentials;
  private final Pool<OrganizationId> organizations;
  private final List<String> trainings;
  private final List<String> coursework;
  private final DateGenerator dates;
  private final Amounts months;
  private final Amounts hours;
  private final Amounts credits;
  private final Amounts courseworkHours;
  /**
   * The programs the catalog's completed-program leaves and its final-term leaves name, as educations
   * of the configured levels: two lists, either possibly empty.
   */
  private final List<List<Education>> programs;

  private LearnerProfileGenerator(List<DegreeLevel> levels, List<EducationStatus> statuses,
      Optional<HimCatalog> catalog, Pool<CredentialId> credentials, Pool<OrganizationId> organizations,
      List<String> trainings, List<String> coursework, DateGenerator dates, Amounts months, Amounts hours,
      Amounts credits, Amounts courseworkHours) {
    this.levels = levels;
    this.statuses = statuses;
    this.catalog = catalog;
    this.credentials = credentials;
    this.organizations = organizations;
    this.trainings = trainings;
    this.coursework = coursework;
    this.dates = dates;
    this.months = months;
    this.hours = hours;
    this.credits = credits;
    this.courseworkHours = courseworkHours;
    this.programs = catalog.map(c -> programsOf(c, levels)).orElse(List.of()).stream().filter(l -> !l.isEmpty())
        .toList();
  }

  /**
   * The programs (level, field, accreditor) that the completed-program leaves and the final-term leaves
   * of a catalog name, in two lists.
   */
  private static List<List<Education>> programsOf(HimCatalog catalog, List<DegreeLevel> levels) {
    Set<Education> completed = new LinkedHashSet<>();
    Set<Education> finalTerm = new LinkedHashSet<>();
    for (Requirement tree : trees(catalog)) {
      tree.leaves().forEach(leaf -> {
        if (leaf instanceof Requirement.CompletedProgram p && levels.contains(p.level())) {
          completed.add(new Education(p.level(), p.field(), p.accreditor(), EducationStatus.COMPLETED, Optional.empty()));
        } else if (leaf instanceof Requirement.FinalTermEnrollment f && levels.contains(f.level())) {
          finalTerm.add(new Education(f.level(), f.field(), f.accreditor(), EducationStatus.COMPLETED, Optional.empty()));
        }
      });
    }
    return List.of(List.copyOf(completed), List.copyOf(finalTerm));
  }

  /** The requirement trees of a catalog: its credentials' eligibility and its roles' typical entries. */
  private static List<Requirement> trees(HimCatalog catalog) {
    return Stream.concat(catalog.credentials().stream().flatMap(c -> c.eligibility().stream()),
        catalog.roles().stream().flatMap(r -> r.typicalEntry().stream())).toList();
  }

  /** Returns the generator of profiles naming any credentials and organizations. */
  static LearnerProfileGenerator defaults() {
    return new LearnerProfileGenerator(List.of(DegreeLevel.values()), List.of(EducationStatus.values()),
        Optional.empty(), Pool.free(HimGenerators.credentialIds()), Pool.free(HimGenerators.organizationIds()),
        Words.TRAININGS, Words.COURSEWORK, DateGenerator.defaults(),
        Amounts.of(MONTH_EDGES, LearnerProfile.MAX_EXPERIENCE_MONTHS),
        Amounts.of(HOUR_EDGES, LearnerProfile.MAX_EXPERIENCE_HOURS), Amounts.of(CREDIT_EDGES, LearnerProfile.MAX_CREDITS),
        Amounts.of(COURSEWORK_EDGES, LearnerProfile.MAX_CREDITS));
  }

  /**
   * Returns a copy of this generator whose profiles name the credentials, organizations, training and
   * coursework codes of a catalog, and whose amounts come up around those its requirement trees (the
   * credentials' eligibility and the roles' typical entries) ask for. Its {@linkplain #targets()
   * targets} and answers are those of the catalog.
   *
   * @param himCatalog  the catalog, not null
   * @return the generator, not null
   */
  public LearnerProfileGenerator forCatalog(HimCatalog himCatalog) {
    Objects.requireNonNull(himCatalog, "himCatalog");
    List<Requirement.Leaf> leaves = trees(himCatalog).stream().flatMap(Requirement::leaves).toList();
    Set<String> trainingCodes = new TreeSet<>();
    Set<String> courseworkCodes = new TreeSet<>();
    Set<Integer> monthEdges = new TreeSet<>();
    Set<Integer> hourEdges = new TreeSet<>();
    Set<Integer> creditEdges = new TreeSet<>();
    Set<Integer> courseworkEdges = new TreeSet<>();
    for (Requirement.Leaf leaf : leaves) {
      if (leaf instanceof Requirement.CompletedTraining t) {
        trainingCodes.add(t.code());
      } else if (leaf instanceof Requirement.CompletedCoursework c) {
        courseworkCodes.add(c.code());
        courseworkEdges.add(c.creditHours());
      } else if (leaf instanceof Requirement.Experience e) {
        monthEdges.add(e.months());
      } else if (leaf instanceof Requirement.ExperienceHours h) {
        hourEdges.add(h.hours());
        h.fullTimeMonths().ifPresent(monthEdges::add);
      } else if (leaf instanceof Requirement.DegreeOrCollegeCredits d) {
        creditEdges.add(d.credits());
      }
    }
    List<CredentialId> ids = himCatalog.credentials().stream().map(Credential::id).toList();
    List<OrganizationId> orgs = himCatalog.organizations().stream().map(Organization::id).toList();
    return new LearnerProfileGenerator(levels, statuses, Optional.of(himCatalog), Pool.of(ids), Pool.of(orgs),
        trainingCodes.isEmpty() ? Words.TRAININGS : List.copyOf(trainingCodes),
        courseworkCodes.isEmpty() ? Words.COURSEWORK : List.copyOf(courseworkCodes), dates,
        Amounts.of(monthEdges.isEmpty() ? MONTH_EDGES : monthEdges, LearnerProfile.MAX_EXPERIENCE_MONTHS),
        Amounts.of(hourEdges.isEmpty() ? HOUR_EDGES : hourEdges, LearnerProfile.MAX_EXPERIENCE_HOURS),
        Amounts.of(creditEdges.isEmpty() ? CREDIT_EDGES : creditEdges, LearnerProfile.MAX_CREDITS),
        Amounts.of(courseworkEdges.isEmpty() ? COURSEWORK_EDGES : courseworkEdges, LearnerProfile.MAX_CREDITS));
  }

  /**
   * Returns a copy of this generator whose education programs are of the given levels only.
   *
   * @param educationLevels  the levels, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no level is given
   */
  public LearnerProfileGenerator withEducationLevels(DegreeLevel... educationLevels) {
    return new LearnerProfileGenerator(nonEmpty(educationLevels, "levels"), statuses, catalog, credentials,
        organizations, trainings, coursework, dates, months, hours, credits, courseworkHours);
  }

  /**
   * Returns a copy of this generator whose education programs have the given statuses only.
   *
   * @param educationStatuses  the statuses, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no status is given
   */
  public LearnerProfileGenerator withEducationStatuses(EducationStatus... educationStatuses) {
    return new LearnerProfileGenerator(levels, nonEmpty(educationStatuses, "statuses"), catalog, credentials,
        organizations, trainings, coursework, dates, months, hours, credits, courseworkHours);
  }

  /**
   * Returns a copy of this generator whose profiles hold only some of the given credentials, or none
   * if none is given.
   *
   * @param credentialIds  the credentials a profile may hold, possibly none
   * @return the generator, not null
   */
  public LearnerProfileGenerator withCredentials(CredentialId... credentialIds) {
    return new LearnerProfileGenerator(levels, statuses, catalog, Pool.of(distinct(credentialIds)), organizations,
        trainings, coursework, dates, months, hours, credits, courseworkHours);
  }

  /**
   * Returns a copy of this generator whose days earned, education dates and answer dates come from a
   * date generator.
   *
   * @param profileDates  the dates, such as {@code HimGenerators.dates().between(from, to)}, not null
   * @return the generator, not null
   */
  public LearnerProfileGenerator withDates(DateGenerator profileDates) {
    return new LearnerProfileGenerator(levels, statuses, catalog, credentials, organizations, trainings, coursework,
        Objects.requireNonNull(profileDates, "profileDates"), months, hours, credits, courseworkHours);
  }

  /**
   * Returns the education levels of the generated programs.
   *
   * @return the levels, not empty
   */
  public List<DegreeLevel> educationLevels() {
    return levels;
  }

  /**
   * Returns the dates of the generated profiles.
   *
   * @return the date generator, not null
   */
  public DateGenerator dates() {
    return dates;
  }

  private static <T> List<T> distinct(T[] values) {
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(values)));
  }

  private static <T> List<T> nonEmpty(T[] values, String what) {
    if (values.length == 0) {
      throw new IllegalArgumentException("at least one of the " + what + " must be given");
    }
    return distinct(values);
  }

  @Override
  public LearnerProfile next(RandomGenerator r) {
    // the scalars and the numbers of parts first, in fixed positions, so that shrinking one leaves the
    // others in place; then each part from its own details (two draws; the simplest part one time in 8)
    boolean diploma = r.nextBoolean();
    boolean hasCredits = r.nextBoolean();
    int collegeCredits = credits.next(r);
    int nEducation = Draws.between(r, 0, 3);
    int nCredentials = Draws.between(r, 0, 4);
    int nExperience = Draws.between(r, 0, 3);
    int nHours = Draws.between(r, 0, 2);
    int nCoursework = Draws.between(r, 0, 3);
    int nTrainings = Draws.between(r, 0, 3);
    boolean reciprocity = Draws.oneIn(r, 4);

    LearnerProfile.Builder b = LearnerProfile.builder().highSchoolDiploma(diploma)
        .collegeCredits(hasCredits ? collegeCredits : 0);
    for (int i = 0; i < nEducation; i++) {
      b.addEducation(education(detail(r)));
    }
    Map<CredentialId, LocalDate> held = new LinkedHashMap<>();
    for (int i = 0; i < nCredentials; i++) {
      RandomGenerator d = detail(r);
      credentials.one(d).ifPresent(id -> held.putIfAbsent(id, dates.next(d)));
    }
    b.putAllCredentials(held);
    Map<ExperienceDomain, Integer> experience = new EnumMap<>(ExperienceDomain.class);
    for (int i = 0; i < nExperience; i++) {
      RandomGenerator d = detail(r);
      experience.putIfAbsent(Draws.pick(d, ExperienceDomain.values()), months.next(d));
    }
    b.putAllExperience(experience);
    Map<ExperienceDomain, Integer> experienceHours = new EnumMap<>(ExperienceDomain.class);
    for (int i = 0; i < nHours; i++) {
      RandomGenerator d = detail(r);
      experienceHours.putIfAbsent(Draws.pick(d, ExperienceDomain.values()), hours.next(d));
    }
    b.putAllExperienceHours(experienceHours);
    Map<String, Integer> courses = new LinkedHashMap<>();
    for (int i = 0; i < nCoursework; i++) {
      RandomGenerator d = detail(r);
      courses.putIfAbsent(Draws.pick(d, coursework), courseworkHours.next(d));
    }
    b.putAllCoursework(courses);
    for (int i = 0; i < nTrainings; i++) {
      b.addTrainings(Draws.pick(detail(r), trainings));
    }
    if (reciprocity) {
      organizations.one(detail(r)).ifPresent(b::addForeignReciprocity);
    }
    return b.build();
  }

  /** The details of one part of a profile: the simplest one time in eight. */
  private static RandomGenerator detail(RandomGenerator r) {
    return Draws.detail(r, 8);
  }

  /**
   * Returns a generator of the education programs of the profiles: of the configured levels and
   * statuses, with or without field, accreditor and date; shrinks toward a program of the first level
   * and status without them.
   *
   * @return the generator, not null
   */
  public Generator<Education> educations() {
    return this::education;
  }

  private Education education(RandomGenerator r) {
    if (!programs.isEmpty() && r.nextBoolean()) {
      // a program a requirement of the catalog names, at any stage
      Education p = Draws.pick(r, Draws.pick(r, programs));
      return new Education(p.level(), p.field(), p.accreditor(), Draws.pick(r, statuses),
          Draws.maybe(r, () -> dates.next(r)));
    }
    return new Education(Draws.pick(r, levels), Draws.maybe(r, () -> Draws.pick(r, ProgramField.values())),
        r.nextBoolean() ? organizations.one(r) : Optional.empty(), Draws.pick(r, statuses),
        Draws.maybe(r, () -> dates.next(r)));
  }

  /**
   * Returns a generator of pathway steps of every kind, naming the credentials, training and
   * coursework codes the profiles name, with amounts around the same edges.
   *
   * @return the generator, not null
   */
  public Generator<Step> steps() {
    return r -> switch (r.nextInt(7)) {
      case 0 -> program(r);
      case 1 -> {
        int total = Math.max(1, months.next(r));
        yield new Step.GainExperience(Draws.pick(r, ExperienceDomain.values()), Draws.between(r, 1, total), total);
      }
      case 2 -> {
        CredentialId id = credentials.one(r).orElseGet(() -> CredentialId.of("C0"));
        yield new Step.EarnCredential(id, "Credential " + id, r.nextBoolean() ? id : Vocabulary.other(id),
            credentials.some(r, 2).stream().filter(c -> !c.equals(id)).toList(),
            r.nextBoolean() ? credentials.one(r).filter(c -> !c.equals(id)) : Optional.empty());
      }
      case 3 -> {
        String code = Draws.pick(r, trainings);
        yield new Step.CompleteTraining(code, Draws.phrase(r, Words.PROSE));
      }
      case 4 -> {
        int total = Math.max(1, credits.next(r));
        yield new Step.EarnCollegeCredits(Draws.between(r, 1, total), total);
      }
      case 5 -> {
        int total = Math.max(1, courseworkHours.next(r));
        yield new Step.CompleteCoursework(Draws.pick(r, coursework), Draws.pick(r, Words.TOPICS),
            Draws.between(r, 1, total), total);
      }
      default -> {
        int total = Math.max(1, hours.next(r));
        yield new Step.GainExperienceHours(Draws.pick(r, ExperienceDomain.values()), Draws.between(r, 1, total), total,
            Draws.maybe(r, () -> Period.ofMonths(Draws.between(r, 0, 60))));
      }
    };
  }

  private Step program(RandomGenerator r) {
    Optional<Period> duration = Draws.maybe(r, () -> Draws.pick(r, Period.ZERO, Period.ofMonths(6), Period.ofYears(2),
        Period.ofYears(4)));
    Optional<LocalDate> expectedEnd = duration.isPresent() && r.nextBoolean() ? Optional.of(dates.next(r))
        : Optional.empty();
    return new Step.CompleteProgram(Draws.pick(r, levels), Draws.maybe(r, () -> Draws.pick(r, ProgramField.values())),
        r.nextBoolean() ? organizations.one(r) : Optional.empty(),
        Draws.maybe(r, () -> HimGenerators.programTypeIds().next(r)), duration, expectedEnd,
        Draws.maybe(r, () -> Vocabulary.progression(r, Vocabulary.Refs.free())));
  }

  /**
   * Returns a generator of pathway targets: for a catalog, eligibility for or holding one of its
   * credentials, or entering one of its roles; otherwise targets of any ids.
   *
   * @return the generator, not null
   * @throws IllegalArgumentException if the catalog has neither credentials nor roles
   */
  public Generator<Target> targets() {
    if (catalog.isEmpty()) {
      return r -> {
        String title = Draws.phrase(r, Words.TOPICS);
        return switch (r.nextInt(3)) {
          case 0 -> new Target.EligibleFor(HimGenerators.credentialIds().next(r), title);
          case 1 -> new Target.Holds(HimGenerators.credentialIds().next(r), title);
          default -> new Target.Enters(HimGenerators.roleIds().next(r), title);
        };
      };
    }
    List<Credential> all = catalog.get().credentials().list();
    List<Role> roles = catalog.get().roles().list();
    if (all.isEmpty() && roles.isEmpty()) {
      throw new IllegalArgumentException("the catalog has no credential and no role");
    }
    return r -> {
      int kind = r.nextInt(3);
      if ((kind == 2 && !roles.isEmpty()) || all.isEmpty()) {
        return Target.enters(Draws.pick(r, roles));
      }
      Credential c = Draws.pick(r, all);
      return kind == 0 ? Target.eligibleFor(c) : Target.holds(c);
    };
  }

  /**
   * Returns a generator of the eligibility answers of this generator's catalog (the built-in one if
   * none was given): a profile, one of the catalog's credentials and a date drawn from
   * {@link #dates()}, checked by {@link Eligibility#check}.
   *
   * @return the generator, not null
   * @throws IllegalArgumentException if the catalog has no credential
   */
  public Generator<EligibilityResult> eligibilityResults() {
    LearnerProfileGenerator profiles = withCatalog();
    HimCatalog c = profiles.catalog.orElseThrow();
    List<CredentialId> ids = c.credentials().stream().map(Credential::id).toList();
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("the catalog has no credential");
    }
    Eligibility eligibility = Eligibility.of(c);
    return r -> {
      LearnerProfile profile = profiles.next(r);
      return eligibility.check(profile, Draws.pick(r, ids), dates.next(r));
    };
  }

  /**
   * Returns a generator of the routes of this generator's catalog (the built-in one if none was given):
   * a profile, one of the catalog's requirement trees (or, for a catalog without any, a generated tree
   * naming its entries) and a date drawn from {@link #dates()}, one of the routes
   * {@link Eligibility#routes} gives for them.
   *
   * @return the generator, not null
   */
  public Generator<Route> routes() {
    LearnerProfileGenerator profiles = withCatalog();
    HimCatalog c = profiles.catalog.orElseThrow();
    List<Requirement> trees = trees(c);
    Generator<Requirement> generated = RequirementGenerator.defaults().referencing(
        c.credentials().stream().map(Credential::id).toList(), c.organizations().stream().map(Organization::id).toList());
    Eligibility eligibility = Eligibility.of(c);
    return r -> {
      LearnerProfile profile = profiles.next(r);
      Requirement tree = trees.isEmpty() ? generated.next(r) : Draws.pick(r, trees);
      return Draws.pick(r, eligibility.routes(tree, profile, dates.next(r)));
    };
  }

  /**
   * Returns a generator of the pathway plans of this generator's catalog (the built-in one if none was
   * given): a profile, one of its {@linkplain #targets() targets} and a date drawn from
   * {@link #dates()}, planned by {@link PathwayPlanner#plan}.
   *
   * @return the generator, not null
   * @throws IllegalArgumentException if the catalog has neither credentials nor roles
   */
  public Generator<PathwayPlan> pathwayPlans() {
    LearnerProfileGenerator profiles = withCatalog();
    PathwayPlanner planner = PathwayPlanner.of(profiles.catalog.orElseThrow());
    Generator<Target> targets = profiles.targets();
    return r -> {
      LearnerProfile profile = profiles.next(r);
      return planner.plan(profile, targets.next(r), dates.next(r));
    };
  }

  private LearnerProfileGenerator withCatalog() {
    return catalog.isPresent() ? this : forCatalog(HimCatalog.builtIn());
  }

  @Override
  public String toString() {
    return "learner profiles" + catalog.map(c -> " of catalog " + c.version()).orElse("") + ", education " + levels
        + " " + statuses + ", " + dates;
  }

  /** Amounts from 0 to a largest, with 0, the largest and each threshold with its neighbours often. */
  private static final class Amounts {
    private final List<Integer> edges;
    private final int max;
    private final int everyday;

    private Amounts(List<Integer> edges, int max, int everyday) {
      this.edges = edges;
      this.max = max;
      this.everyday = everyday;
    }

    static Amounts of(java.util.Collection<Integer> thresholds, int max) {
      TreeSet<Integer> edges = new TreeSet<>(List.of(0, max));
      int largest = 0;
      for (int t : thresholds) {
        for (int e = t - 1; e <= t + 1; e++) {
          if (e >= 0 && e <= max) {
            edges.add(e);
          }
        }
        largest = Math.max(largest, t);
      }
      return new Amounts(List.copyOf(edges), max, Math.min(max, Math.max(1, 2 * largest)));
    }

    /** One in three any amount, one in three an edge, one in three up to twice the largest threshold. */
    int next(RandomGenerator r) {
      return switch (r.nextInt(3)) {
        case 0 -> Draws.between(r, 0, max);
        case 1 -> Draws.pick(r, edges);
        default -> Draws.between(r, 0, everyday);
      };
    }
  }
}
