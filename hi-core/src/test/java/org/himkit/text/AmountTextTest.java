package org.himkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.pathway.Unmet;
import org.junit.jupiter.api.Test;

/**
 * Golden tests of the English words of the leaves counted in amounts (a degree or college credits,
 * coursework, hours of experience), of ODS answers and plans, and of the coder's and registrar's
 * typical entries.
 */
class AmountTextTest {
  private static final HimText EN = HimText.english();
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final Eligibility ELIGIBILITY = Eligibility.of(CATALOG);
  private static final PathwayPlanner PLANNER = PathwayPlanner.of(CATALOG);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final CredentialId ODS = CredentialId.of("ODS");
  private static final ExperienceDomain REGISTRY = ExperienceDomain.CANCER_REGISTRY;

  private static LearnerProfile.Builder routeBWithout() {
    return LearnerProfile.builder().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE))
        .putCoursework("human-anatomy-physiology", 6);
  }

  @Test
  void theNewLeavesHaveGeneratedWords() {
    assertThat(EN.requirement(Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60)))
        .isEqualTo("an associate degree or the equivalent (60 college credits)");
    assertThat(EN.requirement(Requirement.degreeOrCollegeCredits(DegreeLevel.BACCALAUREATE, 1)))
        .isEqualTo("a baccalaureate degree or the equivalent (1 college credit)");
    assertThat(EN.requirement(Requirement.completedCoursework("a", "Human Anatomy and Human Physiology", 6)))
        .isEqualTo("6 credit hours of coursework in Human Anatomy and Human Physiology");
    assertThat(EN.requirement(Requirement.completedCoursework("s", "Statistics", 1)))
        .isEqualTo("1 credit hour of coursework in Statistics");
    assertThat(EN.requirement(Requirement.experienceHours(REGISTRY, 1_950, 12)))
        .isEqualTo("1,950 hours of cancer registry experience (equal to 1 year full-time)");
    assertThat(EN.requirement(Requirement.experienceHours(ExperienceDomain.CODING, 1)))
        .isEqualTo("1 hour of coding experience");
    assertThat(EN.requirement(Requirement.completedProgram(DegreeLevel.ASSOCIATE, OrganizationId.of("NCRA"))))
        .isEqualTo("an associate degree from a program accredited by NCRA");
    assertThat(EN.requirement(Requirement.experienceHours(REGISTRY, 100).withProse("registry hours")))
        .isEqualTo("registry hours");
  }

  @Test
  void theOdsTreeReadsRouteByRoute() {
    assertThat(EN.requirement(CATALOG.getCredential(ODS).eligibility().orElseThrow())).isEqualTo("one of (route A1: "
        + "an NCRA-accredited associate degree program, with its practicum activities and competency assessments; or "
        + "route A2: an associate degree or the equivalent (60 college credits) and an NCRA-accredited certificate "
        + "program, with its practicum activities and competency assessments; or route B: an associate degree or the "
        + "equivalent (60 college credits) including two semesters of Human Anatomy and Human Physiology, and 1,950 "
        + "hours (one year full-time) of experience in the cancer registry field)");
  }

  @Test
  void nineteenHundredHoursExplained() {
    assertThat(EN.explain(ELIGIBILITY.check(routeBWithout().putExperienceHours(REGISTRY, 1_900).build(), ODS, AS_OF)))
        .containsExactly(
            "not eligible for the ODS exam",
            "  needs one of:",
            "  - all of:",
            "    - an NCRA-accredited associate degree program (your associate degree is not from a program "
                + "accredited by NCRA)",
            "    - the practicum activities and competency assessments of an NCRA-accredited formal education program",
            "  - all of:",
            "    - an NCRA-accredited certificate program",
            "    - the practicum activities and competency assessments of an NCRA-accredited formal education program",
            "  - 1,950 hours (equal to one year full-time) of experience in the cancer registry field (1,900 hours so "
                + "far, 50 hours more)");
  }

  @Test
  void theAmountsOfEachConditionRead() {
    Unmet eleven = ELIGIBILITY.check(routeBWithout().putExperience(REGISTRY, 11).build(), ODS, AS_OF).unmet()
        .orElseThrow();
    assertThat(eleven.conditions().map(EN::condition).filter(w -> w.startsWith("1,950"))).containsExactly(
        "1,950 hours (equal to one year full-time) of experience in the cancer registry field (11 months full-time so "
            + "far, 1 month more)");
    Unmet short1 = ELIGIBILITY.check(LearnerProfile.builder().collegeCredits(59)
        .putCoursework("human-anatomy-physiology", 5).putExperienceHours(REGISTRY, 1).build(), ODS, AS_OF).unmet()
        .orElseThrow();
    assertThat(short1.conditions().map(EN::condition).distinct().filter(w -> w.contains("so far"))).containsExactly(
        "an associate degree in any field or the equivalent (60 college credits) (59 college credits so far, 1 college "
            + "credit more)",
        "two semesters (six total credit hours) in Human Anatomy and Human Physiology, with a grade of C or better (5 "
            + "credit hours so far, 1 credit hour more)",
        "1,950 hours (equal to one year full-time) of experience in the cancer registry field (1 hour so far, 1,949 "
            + "hours more)");
  }

  @Test
  void theNewStepsRead() {
    assertThat(EN.step(new Step.EarnCollegeCredits(15, 60)))
        .isEqualTo("earn 15 college credits (60 college credits in all) (duration unknown)");
    assertThat(EN.step(new Step.EarnCollegeCredits(1, 1))).isEqualTo("earn 1 college credit (duration unknown)");
    assertThat(EN.step(new Step.CompleteCoursework("a", "Human Anatomy and Human Physiology", 6, 6)))
        .isEqualTo("complete 6 credit hours of coursework in Human Anatomy and Human Physiology (duration unknown)");
    assertThat(EN.step(new Step.CompleteCoursework("s", "Statistics", 1, 3)))
        .isEqualTo("complete 1 credit hour of coursework in Statistics (3 credit hours in all) (duration unknown)");
    assertThat(EN.step(new Step.GainExperienceHours(REGISTRY, 50, 1_950, Optional.of(Period.ofMonths(1)))))
        .isEqualTo("gain 50 hours of cancer registry experience (1,950 hours in all) (about 1 month at full time)");
    assertThat(EN.step(new Step.GainExperienceHours(ExperienceDomain.CODING, 1, 1, Optional.empty())))
        .isEqualTo("gain 1 hour of coding experience (duration unknown)");
  }

  @Test
  void mermaidDrawsTheFiftyHours() {
    PathwayPlan plan = PLANNER.plan(routeBWithout().putExperienceHours(REGISTRY, 1_900).build(),
        Target.holds(CATALOG.getCredential(ODS)), AS_OF);
    assertThat(Mermaid.plan(plan).lines()).startsWith(
        "flowchart TD",
        "  start([\"Where you stand\"])",
        "  target([\"hold the Oncology Data Specialist (ODS) credential\"])",
        "  p1s1[\"gain 50 hours of cancer registry experience (1,950 hours in all) (about 1 month at full time)\"]",
        "  start --> p1s1",
        "  p1s2[\"pass the ODS exam and earn the Oncology Data Specialist (ODS) credential (duration unknown)\"]",
        "  p1s1 --> p1s2",
        "  p1s2 -->|1 month + 1 step of unknown duration| target");
  }

  @Test
  void theCoderAndRegistrarEntriesRead() {
    assertThat(EN.requirement(CATALOG.getRole(RoleId.of("medical-coder")).typicalEntry().orElseThrow()))
        .isEqualTo("usually a coding credential: AHIMA's CCA, CCS or CCS-P, or AAPC's CPC or COC");
    PathwayPlan registrar = PLANNER.plan(LearnerProfile.empty(),
        Target.enters(CATALOG.getRole(RoleId.of("cancer-registrar"))), AS_OF);
    assertThat(EN.pathway(registrar.best().orElseThrow())).containsExactly(
        "1. complete an associate degree from a program accredited by NCRA (duration unknown)",
        "2. complete the practicum activities and competency assessments of an NCRA-accredited formal education "
            + "program (duration unknown)");
  }
}
