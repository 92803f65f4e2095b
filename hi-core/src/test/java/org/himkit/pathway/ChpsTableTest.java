package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.pathway.EligibilityStatus.ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.NOT_ELIGIBLE;
import static org.himkit.pathway.Learners.*;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.himkit.DegreeLevel;
import org.himkit.ProgramField;
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
    assertThat(r.unmet()).contains("needs 2 years of healthcare privacy or security management experience",
        "needs 6 years of healthcare privacy or security management experience");
  }

  @Test
  void aHigherRowNeedsItsOwnEducation() {
    assertThat(check(privacy(learner(), 72).build(), CHPS).unmet())
        .contains("needs a high-school diploma or GED", "needs an associate degree", "needs a baccalaureate degree",
            "needs a master's degree or higher (for example JD, MD, PhD)", "needs the RHIA credential");
    assertThat(status(privacy(learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)), 24), CHPS))
        .isEqualTo(NOT_ELIGIBLE);
  }
}
