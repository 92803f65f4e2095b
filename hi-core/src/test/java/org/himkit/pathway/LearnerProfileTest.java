package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.pathway.Learners.*;

import java.time.Period;
import java.util.List;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.HimValidationException;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;

class LearnerProfileTest {

  @Test
  void experienceIsBetweenZeroAndFiftyYears() {
    assertThatThrownBy(() -> learner().putExperience(ExperienceDomain.CODING, -1).build())
        .isInstanceOf(HimValidationException.class)
        .hasMessageContaining("learner profile")
        .hasMessageContaining("experience.CODING")
        .hasMessageContaining("must be from 0 to 600 months");
    assertThat(learner().putExperience(ExperienceDomain.CODING, 600).build().experienceMonths(ExperienceDomain.CODING))
        .isEqualTo(600);
    assertThat(LearnerProfile.empty().experienceMonths(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY)).isZero();
  }

  @Test
  void trainingCodesAreNotBlank() {
    assertThatThrownBy(() -> learner().addTraining(" ").build()).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("trainings");
  }

  @Test
  void stepsAreCheckedToo() {
    assertThatThrownBy(() -> new Step.GainExperience(ExperienceDomain.CODING, 0, 12))
        .isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> new Step.GainExperience(ExperienceDomain.CODING, 13, 12))
        .isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> new Step.CompleteTraining("x", "")).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> new Step.CompleteProgram(DegreeLevel.ASSOCIATE, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
        java.util.Optional.of(AS_OF), java.util.Optional.empty())).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("duration");
    assertThatThrownBy(() -> new Step.EarnCredential(CCA, " ", CCA, List.of(), java.util.Optional.empty()))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("title");
  }

  @Test
  void stepsApplyToAProfile() {
    LearnerProfile p = new Step.GainExperience(ExperienceDomain.CODING, 12, 24)
        .applyTo(coding(learner(), 12).build(), AS_OF);
    assertThat(p.experienceMonths(ExperienceDomain.CODING)).isEqualTo(24);
    LearnerProfile diploma = Step.CompleteProgram.of(DegreeLevel.HIGH_SCHOOL, java.util.Optional.empty(),
        java.util.Optional.empty()).applyTo(p, AS_OF);
    assertThat(diploma.highSchoolDiploma()).isTrue();
    assertThat(passExam(CCA).applyTo(diploma, AS_OF).holds(CCA, AS_OF)).isTrue();
    assertThat(new Step.CompleteTraining("t", "a training").applyTo(diploma, AS_OF).trainings()).containsExactly("t");
  }

  @Test
  void aPathwaySumsItsKnownDurations() {
    Pathway p = new Pathway(List.of(new Step.GainExperience(ExperienceDomain.CODING, 18, 18),
        new Step.GainExperience(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, 12, 12),
        passExam(CHPS)));
    assertThat(p.knownDuration()).isEqualTo(Period.of(2, 6, 0));
    assertThat(p.unknownDurations()).isEqualTo(1);
    assertThat(p.size()).isEqualTo(3);
    assertThat(new Pathway(List.of()).isEmpty()).isTrue();
    assertThat(new Pathway(List.of()).knownDuration()).isEqualTo(Period.ZERO);
  }

  @Test
  void routesOfAnAtLeastTreeAreItsCombinations() {
    Requirement.Leaf a = Requirement.holdsCredential(CCA);
    Requirement.Leaf b = Requirement.highSchoolDiploma();
    Requirement.Leaf c = Requirement.experienceYears(ExperienceDomain.CODING, 1);
    List<Route> routes = ELIGIBILITY.routes(Requirement.atLeast(2, a, b, c), highSchoolGraduate().build(), AS_OF);
    assertThat(routes).extracting(Route::leaves).containsExactly(List.of(a, b), List.of(a, c), List.of(b, c));
    assertThat(routes).extracting(r -> r.unmet().stream().map(Unmet.Condition::leaf).toList())
        .containsExactly(List.of(a), List.of(a, c), List.of(c));
    assertThat(routes.get(1).unmet().get(1).kind()).isEqualTo(UnmetKind.EXPERIENCE);
    assertThat(routes.get(1).unmet().get(1).missingMonths()).hasValue(12);
    assertThat(ELIGIBILITY.meets(Requirement.atLeast(2, a, b, c), coding(highSchoolGraduate(), 12).build(), AS_OF))
        .isTrue();
    assertThat(ELIGIBILITY.meets(Requirement.atLeast(2, a, b, c), highSchoolGraduate().build(), AS_OF)).isFalse();
  }
}
