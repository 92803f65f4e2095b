package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.pathway.Learners.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.ProgramField;
import org.himkit.RoleId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of eligibility and of planned pathways over random learners. */
class PathwayPropertiesTest {

  private static final List<CredentialId> CREDENTIALS = CATALOG.credentials().stream().map(Credential::id).toList();
  private static final List<String> TRAININGS = List.of("ccs-coding-training", "aapc-coding-course-80h", "aapc-practicode",
      "ncra-practicum");
  private static final String ANATOMY = "human-anatomy-physiology";
  private static final List<org.himkit.OrganizationId> ACCREDITORS = List.of(CAHIIM, org.himkit.OrganizationId.of("NCRA"));

  private static final List<ProgramField> FIELDS = List.of(ProgramField.values());

  static Gen<Education> educations() {
    return arbitrary().enumValues(DegreeLevel.class).zip(
        integers().between(0, FIELDS.size()),
        integers().between(0, ACCREDITORS.size()),
        arbitrary().enumValues(EducationStatus.class),
        (level, field, accredited, status) -> new Education(level,
            field == FIELDS.size() ? Optional.empty() : Optional.of(FIELDS.get(field)),
            accredited == ACCREDITORS.size() ? Optional.empty() : Optional.of(ACCREDITORS.get(accredited)), status,
            Optional.empty()));
  }

  /** College credits, anatomy credit hours, cancer registry hours and months, around ODS's 60, 6, 1,950 and 12. */
  static Gen<int[]> amounts() {
    return integers().between(0, 80).zip(integers().between(0, 8), integers().between(0, 2_500),
        integers().between(0, 14), (credits, anatomy, hours, months) -> new int[] {credits, anatomy, hours, months});
  }

  static Gen<LearnerProfile> profiles() {
    return basicProfiles().zip(amounts(), (p, a) -> LearnerProfile.builder().from(p).collegeCredits(a[0])
        .putCoursework(ANATOMY, a[1]).putExperienceHours(ExperienceDomain.CANCER_REGISTRY, a[2])
        .putExperience(ExperienceDomain.CANCER_REGISTRY, a[3]).build());
  }

  static Gen<LearnerProfile> basicProfiles() {
    return lists().of(educations()).ofSizeBetween(0, 2).zip(
        lists().of(arbitrary().pick(CREDENTIALS)).ofSizeBetween(0, 2),
        integers().between(0, 60),
        integers().between(0, 80),
        integers().between(0, 63),
        (education, credentials, coding, privacy, flags) -> {
          LearnerProfile.Builder b = LearnerProfile.builder().addAllEducation(education)
              .highSchoolDiploma((flags & 1) != 0)
              .putExperience(ExperienceDomain.CODING, coding)
              .putExperience(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, privacy);
          new HashSet<>(credentials).forEach(c -> b.putCredential(c, EARNED));
          if ((flags & 2) != 0 && (flags & 4) != 0) {
            b.addForeignReciprocity(AHIMA);
          }
          for (int i = 0; i < TRAININGS.size(); i++) {
            if ((flags & (4 << i)) != 0) {
              b.addTraining(TRAININGS.get(i));
            }
          }
          return b.build();
        });
  }

  /** An addition to a profile: a degree or program, a credential, or more experience. */
  record Addition(String what, UnaryOperator<LearnerProfile> apply) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Gen<Addition> additions() {
    Gen<Addition> degree = educations().map(e -> new Addition("add " + e,
        p -> LearnerProfile.builder().from(p).addEducation(e).build()));
    Gen<Addition> credential = arbitrary().pick(CREDENTIALS).map(c -> new Addition("add " + c,
        p -> passExam(c).applyTo(p, EARNED)));
    Gen<Addition> experience = arbitrary().enumValues(ExperienceDomain.class).zip(integers().between(1, 30),
        (domain, months) -> new Addition("add " + months + " months of " + domain, p -> {
          Map<ExperienceDomain, Integer> more = new EnumMap<>(ExperienceDomain.class);
          more.putAll(p.experience());
          more.merge(domain, months, Integer::sum);
          return LearnerProfile.builder().from(p).experience(more).build();
        }));
    Gen<Addition> amounts = amounts().map(a -> new Addition("add " + a[0] + " credits, " + a[1] + " anatomy hours, "
        + a[2] + " registry hours", p -> {
          LearnerProfile.Builder b = LearnerProfile.builder().from(p).collegeCredits(p.collegeCredits() + a[0]);
          Map<String, Integer> coursework = new java.util.HashMap<>(p.coursework());
          coursework.merge(ANATOMY, a[1], Integer::sum);
          Map<ExperienceDomain, Integer> hours = new EnumMap<>(ExperienceDomain.class);
          hours.putAll(p.experienceHours());
          hours.merge(ExperienceDomain.CANCER_REGISTRY, a[2], Integer::sum);
          return b.coursework(coursework).experienceHours(hours).build();
        }));
    return degree.mix(credential).mix(experience).mix(amounts);
  }

  @Test
  void addingADegreeACredentialOrExperienceNeverTurnsEligibleIntoNotEligible() {
    qt().withExamples(300).forAll(profiles(), additions()).checkAssert((profile, addition) -> {
      LearnerProfile more = addition.apply().apply(profile);
      for (CredentialId id : CREDENTIALS) {
        if (check(profile, id).isEligible()) {
          assertThat(check(more, id).status()).as("%s after %s", id, addition).isEqualTo(EligibilityStatus.ELIGIBLE);
        }
      }
      assertThat(ELIGIBILITY.reachableRoles(more, AS_OF)).containsAll(ELIGIBILITY.reachableRoles(profile, AS_OF));
      assertThat(ELIGIBILITY.heldCredentials(more, AS_OF)).containsAll(ELIGIBILITY.heldCredentials(profile, AS_OF));
    });
  }

  @Test
  void unknownStaysUnknownWhateverTheProfile() {
    qt().withExamples(100).forAll(profiles()).checkAssert(profile -> {
      for (CredentialId id : CREDENTIALS) {
        boolean hasData = CATALOG.getCredential(id).eligibility().isPresent();
        assertThat(check(profile, id).status() == EligibilityStatus.UNKNOWN).as("%s", id)
            .isEqualTo(!hasData && CATALOG.getCredential(id).status() == org.himkit.CredentialStatus.ACTIVE);
      }
    });
  }

  static Gen<Target> targets() {
    List<Target> all = new ArrayList<>();
    for (CredentialId id : CREDENTIALS) {
      all.add(eligibleTarget(id));
      all.add(holdsTarget(id));
    }
    CATALOG.roles().stream().map(Target::enters).forEach(all::add);
    return arbitrary().pick(all);
  }

  @Test
  void aPlannedPathwayAppliedToTheProfileReachesTheTarget() {
    qt().withExamples(200).forAll(profiles(), targets()).checkAssert((profile, target) -> {
      PathwayPlan plan = PLANNER.plan(profile, target, AS_OF);
      assertThat(plan.isReachable()).isEqualTo(plan.obstacles().isEmpty());
      for (Pathway p : plan.alternatives()) {
        assertThat(PLANNER.leadsTo(profile, p, target, AS_OF)).as("%s", p).isTrue();
        LearnerProfile after = p.applyTo(profile, AS_OF);
        assertThat(PLANNER.reached(after, target, AS_OF)).isTrue();
        if (target instanceof Target.EligibleFor exam) {
          assertThat(check(after, exam.credential()).isEligible()).isTrue();
        }
      }
      assertThat(plan.isAlreadyThere()).isEqualTo(PLANNER.reached(profile, target, AS_OF));
    });
  }

  @Test
  void noReturnedPathwayIsLongerThanOneItContains() {
    qt().withExamples(200).forAll(profiles(), targets()).checkAssert((profile, target) -> {
      List<Pathway> alternatives = PLANNER.plan(profile, target, AS_OF).alternatives();
      for (Pathway p : alternatives) {
        for (int i = 0; i < p.size(); i++) {
          List<Step> without = new ArrayList<>(p.steps());
          without.remove(i);
          assertThat(PLANNER.leadsTo(profile, new Pathway(without), target, AS_OF))
              .as("%s without step %s", p, i + 1).isFalse();
        }
        Set<Step> mine = Set.copyOf(p.steps());
        for (Pathway other : alternatives) {
          Set<Step> theirs = Set.copyOf(other.steps());
          assertThat(mine.size() > theirs.size() && mine.containsAll(theirs)).as("%s contains %s", p, other).isFalse();
        }
      }
      for (int i = 1; i < alternatives.size(); i++) {
        assertThat(rank(alternatives.get(i - 1))).isLessThanOrEqualTo(rank(alternatives.get(i)));
      }
    });
  }

  static Gen<Step> steps() {
    Gen<Step> program = educations().map(e -> (Step) Step.CompleteProgram.of(e.level(), e.field(), e.accreditor()));
    Gen<Step> credential = arbitrary().pick(CREDENTIALS).map(c -> (Step) passExam(c));
    Gen<Step> experience = arbitrary().enumValues(ExperienceDomain.class).zip(integers().between(1, 30),
        (domain, months) -> (Step) new Step.GainExperience(domain, months, months));
    Gen<Step> training = arbitrary().pick(TRAININGS).map(t -> (Step) new Step.CompleteTraining(t, t));
    Gen<Step> credits = integers().between(1, 70).map(c -> (Step) new Step.EarnCollegeCredits(c, c));
    Gen<Step> coursework = integers().between(1, 8).map(h -> (Step) new Step.CompleteCoursework(ANATOMY, "anatomy", h, h));
    Gen<Step> hours = arbitrary().enumValues(ExperienceDomain.class).zip(integers().between(1, 2_500),
        (domain, h) -> (Step) new Step.GainExperienceHours(domain, h, h, Optional.empty()));
    return program.mix(credential).mix(experience).mix(training).mix(credits).mix(coursework).mix(hours);
  }

  @Test
  void aStandingAfterAStepIsTheStandingOfTheProfileAfterIt() {
    List<org.himkit.Requirement> trees = new ArrayList<>();
    CATALOG.credentials().stream().forEach(c -> c.eligibility().ifPresent(trees::add));
    CATALOG.roles().stream().forEach(r -> r.typicalEntry().ifPresent(trees::add));
    qt().withExamples(300).forAll(profiles(), steps()).checkAssert((profile, step) -> {
      Standing after = Standing.of(CATALOG, profile, AS_OF).after(step);
      Standing rebuilt = Standing.of(CATALOG, step.applyTo(profile, AS_OF), AS_OF);
      assertThat(after.held()).as("%s", step).isEqualTo(rebuilt.held());
      for (org.himkit.Requirement tree : trees) {
        assertThat(after.meets(tree)).as("%s then %s", step, tree).isEqualTo(rebuilt.meets(tree));
        assertThat(after.unmet(tree)).as("%s then %s", step, tree).isEqualTo(rebuilt.unmet(tree));
      }
    });
  }

  /** The rank of a pathway: steps of unknown duration, then known months (a pathway has no days here). */
  static long rank(Pathway p) {
    return p.unknownDurations() * 10_000L + p.knownDuration().toTotalMonths();
  }

  @Test
  void everyRoleWithATypicalEntryIsReachableFromAnyProfile() {
    List<RoleId> roles = CATALOG.roles().stream().filter(r -> r.typicalEntry().isPresent()).map(org.himkit.Role::id)
        .toList();
    assertThat(roles).hasSize(4);
    qt().withExamples(60).forAll(profiles()).checkAssert(profile -> {
      for (RoleId role : roles) {
        assertThat(PLANNER.plan(profile, Target.enters(CATALOG.getRole(role)), AS_OF).isReachable()).as("%s", role)
            .isTrue();
      }
    });
  }
}
