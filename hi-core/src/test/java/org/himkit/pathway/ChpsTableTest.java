package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.pathway.EligibilityStatus.ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.NOT_ELIGIBLE;
import static org.himkit.pathway.Learners.*;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AHIMA's CHPS table: each education or credential row, at exactly its years and one month less. */
class ChpsTableTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        row("high-school diploma", 72, Learners::highSchoolGraduate),
        row("associate degree in any field", 48,
            () -> learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE))),
        row("CCA", 48, () -> holding(learner(), CCA)),
        row("CCS", 48, () -> holding(learner(), CCS)),
        row("CCS-P", 48, () -> holding(learner(), CCS_P)),
        row("RHIT", 48, () -> holding(learner(), RHIT)),
        row("baccalaureate degree", 24,
            () -> learner().addEducation(Education.completed(DegreeLevel.BACCALAUREATE, ProgramField.MEDICAL_CODING,
                CAHIIM))),
        row("RHIA", 24, () -> holding(learner(), RHIA)),
        row("master's degree", 12, () -> learner().addEducation(Education.completedDegree(DegreeLevel.MASTERS))),
        row("doctorate (a higher degree)", 12,
            () -> learner().addEducation(Education.completedDegree(DegreeLevel.DOCTORATE))));
  }

  private static Arguments row(String name, int months, Supplier<LearnerProfile.Builder> base) {
    return Arguments.of(name, months, base);
  }

  @ParameterizedTest(name = "{0}: {1} months")
  @MethodSource("rows")
  void exactlyTheRequiredYearsAreEnough(String name, int months, Supplier<LearnerProfile.Builder> base) {
    EligibilityResult r = check(privacy(base.get(), months).build(), CHPS);
    assertThat(r.status()).isEqualTo(ELIGIBLE);
  }

  @ParameterizedTest(name = "{0}: {1} months less one")
  @MethodSource("rows")
  void oneMonthLessIsNot(String name, int months, Supplier<LearnerProfile.Builder> base) {
    EligibilityResult r = check(privacy(base.get(), months - 1).build(), CHPS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void onlyPrivacyOrSecurityManagementExperienceCounts() {
    EligibilityResult r = check(coding(holding(learner(), RHIA), 120).build(), CHPS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    for (int years : new int[] {2, 6}) {
      Unmet.Condition c = conditionAbout(r, Requirement.experienceYears(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY,
          years));
      assertThat(c.kind()).isEqualTo(UnmetKind.EXPERIENCE);
      assertThat(c.experienceMonths()).hasValue(0);
      assertThat(c.missingMonths()).hasValue(years * 12);
    }
  }

  @Test
  void aHigherRowNeedsItsOwnEducation() {
    EligibilityResult r = check(privacy(learner(), 72).build(), CHPS);
    assertThat(r.unmet().orElseThrow()).isInstanceOfSatisfying(Unmet.Choice.class, c -> {
      assertThat(c.needed()).isEqualTo(1);
      assertThat(c.options()).as("every row's education or credential, the credentials of one row flattened")
          .hasSize(9).allMatch(o -> o instanceof Unmet.Condition);
    });
    assertThat(conditionAbout(r, Requirement.highSchoolDiploma()).kind()).isEqualTo(UnmetKind.HIGH_SCHOOL_DIPLOMA);
    assertThat(conditionAbout(r, Requirement.degree(DegreeLevel.ASSOCIATE)).kind()).isEqualTo(UnmetKind.PROGRAM);
    assertThat(conditionAbout(r, Requirement.degree(DegreeLevel.BACCALAUREATE)).kind()).isEqualTo(UnmetKind.PROGRAM);
    assertThat(conditions(r)).filteredOn(c -> c.leaf() instanceof Requirement.CompletedProgram p
        && p.level() == DegreeLevel.MASTERS).singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(UnmetKind.PROGRAM);
          assertThat(c.leaf().prose()).hasValueSatisfying(p -> assertThat(p).contains("or higher"));
        });
    assertThat(conditionAbout(r, Requirement.holdsCredential(RHIA)).kind()).isEqualTo(UnmetKind.CREDENTIAL);
    assertThat(conditions(r)).noneMatch(c -> c.kind() == UnmetKind.EXPERIENCE);
    assertThat(status(privacy(learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)), 24), CHPS))
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void aDegreeStillInProgressLacksItsCompletion() {
    Education studying = Education.enrolled(DegreeLevel.BACCALAUREATE, HIM, CAHIIM, EducationStatus.IN_PROGRESS);
    EligibilityResult r = check(privacy(learner().addEducation(studying), 24).build(), CHPS);
    Unmet.Condition c = conditionAbout(r, Requirement.degree(DegreeLevel.BACCALAUREATE));
    assertThat(c.kind()).isEqualTo(UnmetKind.COMPLETION);
    assertThat(c.program()).contains(studying);
  }
}
