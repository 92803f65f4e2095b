package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.pathway.Learners.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.junit.jupiter.api.Test;

class PathwayPlannerTest {

  private static final RoleId MANAGER = RoleId.of("health-information-manager");
  private static final RoleId TECHNICIAN = RoleId.of("health-information-technician");

  private static PathwayPlan plan(LearnerProfile p, Target t) {
    return PLANNER.plan(p, t, AS_OF);
  }

  private static List<String> steps(Pathway p) {
    return p.steps().stream().map(Step::describe).toList();
  }

  @Test
  void aLearnerAlreadyThereGetsAnEmptyPath() {
    PathwayPlan eligible = plan(highSchoolGraduate().build(), Target.eligibleFor(CCA));
    assertThat(eligible.isAlreadyThere()).isTrue();
    assertThat(eligible.alternatives()).containsExactly(new Pathway(List.of()));
    LearnerProfile rhit = holding(withCahiim(learner(), DegreeLevel.ASSOCIATE), RHIT).build();
    assertThat(plan(rhit, Target.role(TECHNICIAN)).isAlreadyThere()).isTrue();
    assertThat(plan(holding(learner(), RHIA).build(), Target.credential(RHIT)).isAlreadyThere())
        .as("RHIA replaces RHIT").isTrue();
  }

  @Test
  void anEligibleLearnerPassesTheExam() {
    PathwayPlan p = plan(highSchoolGraduate().build(), Target.credential(CCA));
    assertThat(p.alternatives()).hasSize(1);
    assertThat(steps(p.best().orElseThrow())).containsExactly("pass the CCA exam and earn CCA (duration unknown)");
  }

  @Test
  void fromNothingToCca() {
    Pathway best = plan(LearnerProfile.empty(), Target.credential(CCA)).best().orElseThrow();
    assertThat(steps(best)).containsExactly("earn a high-school diploma or GED (duration unknown)",
        "pass the CCA exam and earn CCA (duration unknown)");
    assertThat(best.knownDuration()).isEqualTo(Period.ZERO);
    assertThat(best.unknownDurations()).isEqualTo(2);
  }

  @Test
  void aHighSchoolGraduateToTheManagerRole() {
    PathwayPlan p = plan(highSchoolGraduate().build(), Target.role(MANAGER));
    Pathway best = p.best().orElseThrow();
    assertThat(steps(best)).containsExactly(
        "complete a baccalaureate degree in health information management from a program accredited by CAHIIM "
            + "(typically 4 years)",
        "pass the RHIA exam and earn RHIA (duration unknown)");
    assertThat(best.knownDuration()).isEqualTo(Period.ofYears(4));
    assertThat(best.durationWords()).isEqualTo("4 years + 1 step of unknown duration");
    assertThat(p.alternatives()).anySatisfy(a -> assertThat(steps(a)).containsExactly(
        "complete a baccalaureate degree (duration unknown)",
        "complete a master's degree in health information management from a program accredited by CAHIIM "
            + "(duration unknown)",
        "pass the RHIA exam and earn RHIA (duration unknown)"));
  }

  @Test
  void aPostBaccalaureateCertificateFollowsABaccalaureate() {
    LearnerProfile graduate = learner().addEducation(Education.completedDegree(DegreeLevel.BACCALAUREATE)).build();
    assertThat(plan(graduate, Target.credential(RHIA)).alternatives()).extracting(PathwayPlannerTest::steps)
        .contains(List.of("complete a post-baccalaureate certificate in health information management from a program "
            + "accredited by CAHIIM (duration unknown)", "pass the RHIA exam and earn RHIA (duration unknown)"));
    Pathway skipsTheDegree = new Pathway(List.of(new Step.CompleteProgram(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE,
        Optional.of(HIM), Optional.of(CAHIIM), Optional.empty(), Optional.empty()), Step.EarnCredential.passExam(RHIA)));
    assertThat(PLANNER.leadsTo(graduate, skipsTheDegree, Target.credential(RHIA), AS_OF)).isTrue();
    assertThat(PLANNER.leadsTo(LearnerProfile.empty(), skipsTheDegree, Target.credential(RHIA), AS_OF)).isFalse();
  }

  @Test
  void anRhitToRhiaIsNotAnAutomaticUpgrade() {
    LearnerProfile rhit = holding(withCahiim(highSchoolGraduate(), DegreeLevel.ASSOCIATE), RHIT).build();
    Pathway best = plan(rhit, Target.credential(RHIA)).best().orElseThrow();
    assertThat(best.steps()).hasSize(2);
    assertThat(best.steps().get(0).describe())
        .startsWith("complete a baccalaureate degree in health information management from a program accredited by "
            + "CAHIIM (typically 4 years); RHIT to RHIA programs are available to RHIT holders");
    assertThat(best.steps().get(1)).isEqualTo(new Step.EarnCredential(RHIA, RHIA, List.of(RHIT), Optional.empty()));
    assertThat(best.steps().get(1).describe()).endsWith("; RHIA replaces RHIT");
  }

  @Test
  void aProgramInProgressTakesTheTimeLeft() {
    LearnerProfile student = learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM,
        EducationStatus.IN_PROGRESS).on(LocalDate.of(2027, 5, 24))).build();
    Pathway best = plan(student, Target.credential(RHIT)).best().orElseThrow();
    assertThat(best.steps().get(0).duration()).contains(Period.ofMonths(6));
    assertThat(best.steps().get(0).describe()).contains("enrolled, expected to finish on 2027-05-24");
  }

  @Test
  void aCoderWithTwoYearsToCcs() {
    PathwayPlan p = plan(coding(learner(), 24).build(), Target.credential(CCS));
    assertThat(steps(p.best().orElseThrow())).containsExactly("pass the CCS exam and earn CCS (duration unknown)");
    assertThat(plan(coding(learner(), 24).build(), Target.eligibleFor(CCS)).isAlreadyThere()).isTrue();
  }

  @Test
  void aNewCoderHasSeveralRoutesToCcsRankedByKnownTime() {
    PathwayPlan p = plan(highSchoolGraduate().build(), Target.eligibleFor(CCS));
    assertThat(p.alternatives()).extracting(Pathway::steps).contains(
        List.of(new Step.GainExperience(ExperienceDomain.CODING, 24, 24)),
        List.of(new Step.CompleteTraining("ccs-coding-training", Eligibilities_CCS_TRAINING)));
    assertThat(p.alternatives()).anySatisfy(a -> assertThat(steps(a)).containsExactly(
        "pass the CCA exam and earn CCA (duration unknown)", "gain 1 year of coding experience"));
    for (int i = 1; i < p.alternatives().size(); i++) {
      assertThat(PathwayPropertiesTest.rank(p.alternatives().get(i - 1)))
          .isLessThanOrEqualTo(PathwayPropertiesTest.rank(p.alternatives().get(i)));
    }
    assertThat(p.best().orElseThrow().steps()).containsExactly(new Step.GainExperience(ExperienceDomain.CODING, 24, 24));
  }

  private static final String Eligibilities_CCS_TRAINING = "a coding training program covering anatomy and physiology, "
      + "pathophysiology, pharmacology, medical terminology, reimbursement methodology, and intermediate or advanced "
      + "ICD diagnostic and procedural and CPT coding";

  @Test
  void anApprenticeHasTheDesignationRemoved() {
    LearnerProfile apprentice = coding(holding(learner(), CPC_A), 24).build();
    Pathway best = plan(apprentice, Target.credential(CPC)).best().orElseThrow();
    assertThat(steps(best)).containsExactly("have the CPC-A apprentice designation removed by showing the experience, "
        + "which earns CPC (duration unknown); CPC replaces CPC-A");
    LearnerProfile newApprentice = holding(learner(), CPC_A).build();
    assertThat(plan(newApprentice, Target.credential(CPC)).alternatives()).extracting(PathwayPlannerTest::steps)
        .contains(List.of("gain 1 year of coding experience", "complete AAPC's Practicode (duration unknown)",
            "have the CPC-A apprentice designation removed by showing the experience, which earns CPC (duration "
                + "unknown); CPC replaces CPC-A"));
  }

  @Test
  void theApprenticeDesignationIsEarnedAtTheFullExam() {
    assertThat(steps(plan(LearnerProfile.empty(), Target.credential(COC_A)).best().orElseThrow()))
        .containsExactly("pass the COC exam and earn COC-A (duration unknown)");
  }

  @Test
  void anUnreachableTargetSaysWhy() {
    PathwayPlan chda = plan(LearnerProfile.empty(), Target.credential(CredentialId.of("CHDA")));
    assertThat(chda.isReachable()).isFalse();
    assertThat(chda.best()).isEmpty();
    assertThat(chda.reasons()).containsExactly(
        "the catalog has no eligibility data for CHDA, so no pathway to it can be planned");
    PathwayPlan cdi = plan(LearnerProfile.empty(), Target.role(RoleId.of("cdi-specialist")));
    assertThat(cdi.reasons()).containsExactly("the catalog records no typical entry for the role cdi-specialist");
    PathwayPlan pcs = plan(LearnerProfile.empty(), Target.eligibleFor(CredentialId.of("PCS")));
    assertThat(pcs.reasons()).containsExactly("AHIMA no longer offers the PCS exam");
  }

  @Test
  void unknownTargetsAreErrors() {
    assertThatThrownBy(() -> plan(LearnerProfile.empty(), Target.role(RoleId.of("astronaut"))))
        .isInstanceOf(UnknownEntryException.class);
    assertThatThrownBy(() -> plan(LearnerProfile.empty(), Target.credential(CredentialId.of("RHIM"))))
        .isInstanceOf(UnknownEntryException.class);
  }

  @Test
  void aPathwayIsCheckedStepByStep() {
    LearnerProfile nothing = LearnerProfile.empty();
    Pathway skipsThePrerequisite = new Pathway(List.of(Step.EarnCredential.passExam(CCA)));
    assertThat(PLANNER.leadsTo(nothing, skipsThePrerequisite, Target.credential(CCA), AS_OF)).isFalse();
    assertThat(skipsThePrerequisite.applyTo(nothing, AS_OF).holds(CCA, AS_OF)).as("applyTo does not check").isTrue();
    Pathway full = plan(nothing, Target.credential(CCA)).best().orElseThrow();
    assertThat(PLANNER.leadsTo(nothing, full, Target.credential(CCA), AS_OF)).isTrue();
  }

  @Test
  void mermaidDrawsAPlan() {
    String chart = Mermaid.plan(plan(highSchoolGraduate().build(), Target.credential(RHIA)));
    assertThat(chart).startsWith("flowchart TD\n  start([\"Where you stand\"])\n  target([\"hold RHIA\"])\n")
        .contains("  p1s1[\"complete a baccalaureate degree in health information management from a program "
            + "accredited by CAHIIM (typically 4 years)\"]\n  start --> p1s1\n")
        .contains("  p1s2 -->|4 years + 1 step of unknown duration| target\n");
    assertThat(Mermaid.plan(plan(LearnerProfile.empty(), Target.credential(CredentialId.of("CDIP")))))
        .contains("  target -.- why1\n");
    assertThat(Mermaid.plan(plan(highSchoolGraduate().build(), Target.eligibleFor(CCA))))
        .contains("  start -->|already there| target\n");
    Pathway one = new Pathway(List.of(Step.EarnCredential.passExam(CCA)));
    assertThat(Mermaid.pathway(one, Target.credential(CCA))).isEqualTo("flowchart TD\n"
        + "  start([\"Where you stand\"])\n"
        + "  target([\"hold CCA\"])\n"
        + "  p1s1[\"pass the CCA exam and earn CCA (duration unknown)\"]\n"
        + "  start --> p1s1\n"
        + "  p1s1 -->|1 step of unknown duration| target\n");
  }

  @Test
  void mermaidDrawsTheCredentialGraph() {
    String chart = Mermaid.credentialGraph(CATALOG);
    assertThat(chart).startsWith("flowchart LR\n")
        .contains("  P_him_associate[\"Associate degree in health information management, 2 years\"]\n")
        .contains("  C_CCS_P([\"CCS-P: Certified Coding Specialist\u2014Physician-based\"])\n")
        .contains("  C_PCS([\"PCS: Physician Coding Specialist\"]):::retired\n")
        .contains("  P_him_associate -->|prepares for| C_RHIT\n")
        .contains("  P_him_baccalaureate -->|prepares for| C_RHIA\n")
        .contains("  C_RHIT -.->|progression| C_RHIA\n")
        .contains("  C_RHIA -.->|replaces| C_RHIT\n")
        .contains("  C_CCA -->|route| C_CCS\n")
        .contains("  C_RHIA -->|route| C_CHPS\n")
        .contains("  C_CPC -.->|replaces| C_CPC_A\n");
    assertThat(chart.lines().filter(l -> l.endsWith("-->|route| C_CCS")).map(l -> l.strip().split(" ")[0]))
        .containsExactlyInAnyOrder("C_RHIA", "C_RHIT", "C_CCS_P", "C_CCA", "C_CPC", "C_COC", "C_CRC", "C_CPC_A", "C_COC_A");
  }
}
