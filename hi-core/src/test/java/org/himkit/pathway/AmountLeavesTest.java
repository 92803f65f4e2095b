package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;

/**
 * The leaves counted in amounts (a degree or college credits, coursework credit hours, hours of
 * experience), the profile inputs that state them, the conditions and steps that carry them: each
 * validated, with a clear error for a bad value.
 */
class AmountLeavesTest {
  private static final ExperienceDomain REGISTRY = ExperienceDomain.CANCER_REGISTRY;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  @Test
  void theLeavesCheckTheirAmounts() {
    assertThatThrownBy(() -> Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 0))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("requirement degreeOrCollegeCredits")
        .hasMessageContaining("credits").hasMessageContaining("must be from 1 to 500");
    assertThatThrownBy(() -> Requirement.degreeOrCollegeCredits(DegreeLevel.HIGH_SCHOOL, 60))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be a postsecondary level");
    assertThatThrownBy(() -> Requirement.completedCoursework(" ", "Anatomy", 6))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> Requirement.completedCoursework("anatomy", "", 6))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("requirement completedCoursework anatomy")
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> Requirement.completedCoursework("anatomy", "Anatomy", 501))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("creditHours");
    assertThatThrownBy(() -> Requirement.experienceHours(REGISTRY, 0))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("hours").hasMessageContaining("(was 0)");
    assertThatThrownBy(() -> Requirement.experienceHours(REGISTRY, 100_001))
        .isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Requirement.experienceHours(REGISTRY, 1_950, 0))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("fullTimeMonths");
    assertThatThrownBy(() -> Requirement.experienceHours(REGISTRY, 1_950, 12).withProse(" "))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("prose");
    assertThat(Requirement.experienceHours(REGISTRY, 100_000, 600).fullTimeMonths()).hasValue(600);
    assertThat(Requirement.experienceHours(REGISTRY, 1).fullTimeMonths()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(Requirement.experienceHours(REGISTRY, 1_950, 12), Requirement.experienceHours(REGISTRY, 1_950, 12))
        .addEqualityGroup(Requirement.experienceHours(REGISTRY, 1_950))
        .addEqualityGroup(Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60))
        .addEqualityGroup(Requirement.completedCoursework("anatomy", "Anatomy", 6))
        .testEquals();
  }

  @Test
  void theProfileChecksItsAmounts() {
    assertThatThrownBy(() -> LearnerProfile.builder().collegeCredits(-1).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("learner profile")
        .hasMessageContaining("collegeCredits").hasMessageContaining("must be from 0 to 500");
    assertThatThrownBy(() -> LearnerProfile.builder().putExperienceHours(REGISTRY, 100_001).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("experienceHours.CANCER_REGISTRY");
    assertThatThrownBy(() -> LearnerProfile.builder().putCoursework("anatomy", -3).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("coursework.anatomy");
    assertThatThrownBy(() -> LearnerProfile.builder().putCoursework(" ", 3).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("coursework");
    LearnerProfile p = LearnerProfile.builder().collegeCredits(500).putExperienceHours(REGISTRY, 100_000)
        .putCoursework("anatomy", 6).build();
    assertThat(p.experienceHours(REGISTRY)).isEqualTo(100_000);
    assertThat(p.experienceHours(ExperienceDomain.CODING)).isZero();
    assertThat(p.courseworkCreditHours("anatomy")).isEqualTo(6);
    assertThat(p.courseworkCreditHours("statistics")).isZero();
    assertThat(LearnerProfile.empty().collegeCredits()).isZero();
  }

  @Test
  void aConditionCarriesExactlyTheAmountsItsKindNames() {
    Requirement.ExperienceHours hours = Requirement.experienceHours(REGISTRY, 1_950, 12);
    Unmet.Condition c = new Unmet.Condition(hours, UnmetKind.EXPERIENCE_HOURS, Optional.empty(), OptionalInt.of(11),
        OptionalInt.of(1_900));
    assertThat(c.missingAmount()).hasValue(50);
    assertThat(c.missingMonths()).hasValue(1);
    assertThatThrownBy(() -> new Unmet.Condition(hours, UnmetKind.EXPERIENCE_HOURS, Optional.empty(), OptionalInt.empty(),
        OptionalInt.of(1_900))).isInstanceOf(HimValidationException.class).hasMessageContaining("experienceMonths");
    assertThatThrownBy(() -> new Unmet.Condition(hours, UnmetKind.EXPERIENCE_HOURS, Optional.empty(), OptionalInt.of(0),
        OptionalInt.of(1_950))).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("must be from 0 to less than the amount the leaf asks, 1950");
    assertThatThrownBy(() -> new Unmet.Condition(hours, UnmetKind.EXPERIENCE_HOURS, Optional.empty(), OptionalInt.of(12),
        OptionalInt.of(0))).isInstanceOf(HimValidationException.class).hasMessageContaining("months the leaf asks, 12");
    // without a full-time equivalent the condition has no months
    Requirement.ExperienceHours plain = Requirement.experienceHours(REGISTRY, 100);
    assertThat(new Unmet.Condition(plain, UnmetKind.EXPERIENCE_HOURS, Optional.empty(), OptionalInt.empty(),
        OptionalInt.of(40)).missingMonths()).isEmpty();
    Requirement.DegreeOrCollegeCredits credits = Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60);
    assertThatThrownBy(() -> Unmet.Condition.of(credits, UnmetKind.COLLEGE_CREDITS))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> Unmet.Condition.of(credits, UnmetKind.PROGRAM))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be one the leaf can lack");
    assertThatThrownBy(() -> new Unmet.Condition(Requirement.highSchoolDiploma(), UnmetKind.HIGH_SCHOOL_DIPLOMA,
        Optional.empty(), OptionalInt.empty(), OptionalInt.of(1))).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("COLLEGE_CREDITS, COURSEWORK and EXPERIENCE_HOURS");
  }

  @Test
  void theStepsCheckAndApplyTheirAmounts() {
    assertThatThrownBy(() -> new Step.EarnCollegeCredits(0, 60)).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("step earnCollegeCredits");
    assertThatThrownBy(() -> new Step.EarnCollegeCredits(20, 501)).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> new Step.CompleteCoursework("anatomy", "Anatomy", 7, 6))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("creditHours");
    assertThatThrownBy(() -> new Step.CompleteCoursework(" ", "Anatomy", 6, 6))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> new Step.GainExperienceHours(REGISTRY, 60, 50, Optional.empty()))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("hours");
    assertThatThrownBy(() -> new Step.GainExperienceHours(REGISTRY, 50, 50, Optional.of(Period.ofMonths(-1))))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("duration");
    LearnerProfile before = LearnerProfile.builder().collegeCredits(45).putCoursework("anatomy", 3)
        .putExperienceHours(REGISTRY, 1_900).build();
    LearnerProfile after = new Pathway(java.util.List.of(new Step.EarnCollegeCredits(15, 60),
        new Step.CompleteCoursework("anatomy", "Anatomy", 3, 6),
        new Step.GainExperienceHours(REGISTRY, 50, 1_950, Optional.of(Period.ofMonths(1))))).applyTo(before, AS_OF);
    assertThat(after.collegeCredits()).isEqualTo(60);
    assertThat(after.courseworkCreditHours("anatomy")).isEqualTo(6);
    assertThat(after.experienceHours(REGISTRY)).isEqualTo(1_950);
    assertThat(new Step.GainExperienceHours(REGISTRY, 50, 1_950, Optional.empty()).duration()).isEmpty();
    assertThat(new Step.EarnCollegeCredits(15, 60).kind()).isEqualTo(StepKind.EARN_COLLEGE_CREDITS);
    assertThat(new Step.CompleteCoursework("anatomy", "Anatomy", 3, 6).kind()).isEqualTo(StepKind.COMPLETE_COURSEWORK);
    assertThat(new Step.GainExperienceHours(REGISTRY, 50, 1_950, Optional.empty()).kind())
        .isEqualTo(StepKind.GAIN_EXPERIENCE_HOURS);
    assertThat(Education.completed(DegreeLevel.ASSOCIATE, OrganizationId.of("NCRA")).field()).isEmpty();
  }
}
