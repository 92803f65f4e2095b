package org.himkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.junit.jupiter.api.Test;

/** Golden tests of the English words of targets, steps, pathways, obstacles and Mermaid charts. */
class PathwayTextTest {
  private static final HimText EN = HimText.english();
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final PathwayPlanner PLANNER = PathwayPlanner.of(CATALOG);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");
  private static final ProgramField HIM = ProgramField.HEALTH_INFORMATION_MANAGEMENT;
  private static final LearnerProfile GRADUATE = LearnerProfile.builder().highSchoolDiploma(true).build();

  private static Target holds(String id) {
    return Target.holds(CATALOG.getCredential(CredentialId.of(id)));
  }

  private static Step.EarnCredential passExam(String id) {
    return Step.EarnCredential.passExam(CATALOG.getCredential(CredentialId.of(id)));
  }

  @Test
  void targetsReadWithTheirTitles() {
    assertThat(EN.target(holds("RHIA"))).isEqualTo("hold the Registered Health Information Administrator (RHIA) credential");
    assertThat(EN.target(Target.eligibleFor(CATALOG.getCredential(CredentialId.of("CCS")))))
        .isEqualTo("be eligible for the Certified Coding Specialist (CCS) exam");
    assertThat(EN.target(Target.enters(CATALOG.getRole(RoleId.of("health-information-manager")))))
        .isEqualTo("meet the typical entry of the role Health information manager");
  }

  @Test
  void stepsReadWithTheirDurations() {
    Pathway best = PLANNER.plan(GRADUATE, holds("RHIA"), AS_OF).best().orElseThrow();
    assertThat(EN.pathway(best)).containsExactly(
        "1. complete a baccalaureate degree in health information management from a program accredited by CAHIIM "
            + "(typically 4 years)",
        "2. pass the RHIA exam and earn the Registered Health Information Administrator (RHIA) credential (duration "
            + "unknown)");
    assertThat(EN.pathwayDuration(best)).isEqualTo("4 years + 1 step of unknown duration");
    assertThat(EN.step(Step.CompleteProgram.of(DegreeLevel.HIGH_SCHOOL, Optional.empty(), Optional.empty())))
        .isEqualTo("earn a high-school diploma or GED (duration unknown)");
    assertThat(EN.step(Step.CompleteProgram.of(DegreeLevel.BACCALAUREATE, Optional.empty(), Optional.empty())))
        .isEqualTo("complete a baccalaureate degree (duration unknown)");
    assertThat(EN.step(new Step.GainExperience(ExperienceDomain.CODING, 12, 12))).isEqualTo("gain 1 year of coding experience");
    assertThat(EN.step(new Step.GainExperience(ExperienceDomain.CODING, 18, 24)))
        .isEqualTo("gain 1 year and 6 months of coding experience (2 years in all)");
    assertThat(EN.step(new Step.CompleteTraining("aapc-practicode", "AAPC's Practicode")))
        .isEqualTo("complete AAPC's Practicode (duration unknown)");
  }

  @Test
  void progressionReplacementAndApprenticeStepsSayIt() {
    LearnerProfile rhit = LearnerProfile.builder().highSchoolDiploma(true)
        .addEducation(Education.completed(DegreeLevel.ASSOCIATE, HIM, CAHIIM))
        .putCredential(CredentialId.of("RHIT"), AS_OF).build();
    assertThat(EN.pathway(PLANNER.plan(rhit, holds("RHIA"), AS_OF).best().orElseThrow())).containsExactly(
        "1. complete a baccalaureate degree in health information management from a program accredited by CAHIIM "
            + "(typically 4 years); RHIT to RHIA programs are available to RHIT holders (their length is not known); "
            + "holding RHIT is not itself a route to RHIA",
        "2. pass the RHIA exam and earn the Registered Health Information Administrator (RHIA) credential (duration "
            + "unknown); RHIA replaces RHIT");
    LearnerProfile apprentice = LearnerProfile.builder().putCredential(CredentialId.of("CPC-A"), AS_OF)
        .putExperience(ExperienceDomain.CODING, 24).build();
    assertThat(EN.pathway(PLANNER.plan(apprentice, holds("CPC"), AS_OF).best().orElseThrow())).containsExactly(
        "1. have the CPC-A apprentice designation removed by showing the experience, which earns the Certified "
            + "Professional Coder (CPC) credential (duration unknown); CPC replaces CPC-A");
    assertThat(EN.pathway(PLANNER.plan(LearnerProfile.empty(), holds("COC-A"), AS_OF).best().orElseThrow()))
        .singleElement().asString().startsWith("1. pass the COC exam and earn the ").endsWith(" (COC-A) credential "
            + "(duration unknown)");
  }

  @Test
  void aProgramInProgressSaysTheTimeLeft() {
    LearnerProfile student = LearnerProfile.builder().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM,
        CAHIIM, EducationStatus.IN_PROGRESS).on(LocalDate.of(2027, 5, 24))).build();
    assertThat(EN.step(PLANNER.plan(student, holds("RHIT"), AS_OF).best().orElseThrow().steps().get(0)))
        .isEqualTo("complete an associate degree in health information management from a program accredited by CAHIIM "
            + "(6 months left: enrolled, expected to finish on 2027-05-24)");
  }

  @Test
  void durationsOfPathways() {
    assertThat(EN.pathwayDuration(new Pathway(List.of()))).isEqualTo("already there");
    assertThat(EN.pathwayDuration(new Pathway(List.of(passExam("CCA"))))).isEqualTo("1 step of unknown duration");
    assertThat(EN.pathwayDuration(new Pathway(List.of(new Step.GainExperience(ExperienceDomain.CODING, 18, 18),
        new Step.GainExperience(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, 12, 12), passExam("CHPS"), passExam("CCA")))))
        .isEqualTo("2 years and 6 months + 2 steps of unknown duration");
    assertThat(EN.pathwayDuration(new Pathway(List.of(new Step.GainExperience(ExperienceDomain.CODING, 3, 3)))))
        .isEqualTo("3 months");
  }

  @Test
  void obstaclesSayWhy() {
    assertThat(EN.obstacles(PLANNER.plan(LearnerProfile.empty(), holds("CHDA"), AS_OF)))
        .containsExactly("the catalog has no eligibility data for CHDA, so no pathway to it can be planned");
    assertThat(EN.obstacles(PLANNER.plan(LearnerProfile.empty(),
        Target.enters(CATALOG.getRole(RoleId.of("cdi-specialist"))), AS_OF)))
        .containsExactly("the catalog records no typical entry for the role Clinical documentation improvement specialist");
    assertThat(EN.obstacles(PLANNER.plan(LearnerProfile.empty(),
        Target.eligibleFor(CATALOG.getCredential(CredentialId.of("PCS"))), AS_OF)))
        .containsExactly("AHIMA no longer offers the PCS exam");
    assertThat(EN.obstacles(PLANNER.plan(GRADUATE, holds("CCA"), AS_OF))).isEmpty();
  }

  @Test
  void mermaidDrawsAPlan() {
    String chart = Mermaid.plan(PLANNER.plan(GRADUATE, holds("RHIA"), AS_OF));
    assertThat(chart.lines()).startsWith("flowchart TD", "  start([\"Where you stand\"])",
            "  target([\"hold the Registered Health Information Administrator (RHIA) credential\"])")
        .containsSequence("  p1s1[\"complete a baccalaureate degree in health information management from a program "
            + "accredited by CAHIIM (typically 4 years)\"]", "  start --> p1s1")
        .contains("  p1s2 -->|4 years + 1 step of unknown duration| target");
    assertThat(chart).endsWith("\n");
    assertThat(Mermaid.plan(PLANNER.plan(LearnerProfile.empty(), holds("CDIP"), AS_OF)).lines())
        .containsSequence("  why1[\"the catalog has no eligibility data for CDIP, so no pathway to it can be planned\"]",
            "  target -.- why1");
    assertThat(Mermaid.plan(PLANNER.plan(GRADUATE, Target.eligibleFor(CATALOG.getCredential(CredentialId.of("CCA"))),
        AS_OF))).contains("  start -->|already there| target\n");
    assertThat(Mermaid.pathway(new Pathway(List.of(passExam("CCA"))), holds("CCA"))).isEqualTo("""
        flowchart TD
          start(["Where you stand"])
          target(["hold the Certified Coding Associate (CCA) credential"])
          p1s1["pass the CCA exam and earn the Certified Coding Associate (CCA) credential (duration unknown)"]
          start --> p1s1
          p1s1 -->|1 step of unknown duration| target
        """);
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
    assertThat(chart.lines().filter(l -> l.endsWith("-->|route| C_CCS")).map(l -> l.strip().substring(0, l.strip().indexOf(' '))))
        .containsExactlyInAnyOrder("C_RHIA", "C_RHIT", "C_CCS_P", "C_CCA", "C_CPC", "C_COC", "C_CRC", "C_CPC_A", "C_COC_A",
            "C_CIRCC");
  }

  @Test
  void knownDurationsOfStepsAreTheSources() {
    assertThat(EN.duration(Period.ofYears(2))).isEqualTo("2 years");
  }
}
