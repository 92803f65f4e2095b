package org.himkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.EligibilityStatus;
import org.himkit.pathway.LearnerProfile;
import org.junit.jupiter.api.Test;

/** Golden tests of the English words of requirements and eligibility answers. */
class EligibilityTextTest {
  private static final HimText EN = HimText.english();
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final Eligibility ELIGIBILITY = Eligibility.of(CATALOG);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final ProgramField HIM = ProgramField.HEALTH_INFORMATION_MANAGEMENT;

  private static EligibilityResult check(LearnerProfile p, String credential) {
    return ELIGIBILITY.check(p, CredentialId.of(credential), AS_OF);
  }

  @Test
  void everyNodeTypeHasWords() {
    Requirement rhia = Requirement.anyOf(
        Requirement.completedProgram(DegreeLevel.BACCALAUREATE, HIM, CAHIIM),
        Requirement.foreignReciprocity(AHIMA));
    assertThat(EN.requirement(rhia)).isEqualTo("one of (a baccalaureate degree in health information management from a "
        + "program accredited by CAHIIM; or graduation from a program approved by a foreign association with which "
        + "AHIMA has a reciprocity agreement)");
    assertThat(EN.requirement(Requirement.allOf(Requirement.holdsCredential(CredentialId.of("CCA")),
        Requirement.experienceYears(ExperienceDomain.CODING, 1))))
        .isEqualTo("all of (the CCA credential; 1 year of coding experience)");
    assertThat(EN.requirement(Requirement.allOf(Requirement.highSchoolDiploma()))).isEqualTo("a high-school diploma or GED");
    assertThat(EN.requirement(Requirement.atLeast(2, Requirement.degree(DegreeLevel.ASSOCIATE),
        Requirement.degree(DegreeLevel.MASTERS), Requirement.degree(DegreeLevel.DOCTORATE))))
        .isEqualTo("at least 2 of (an associate degree; a master's degree; a doctoral degree)");
    assertThat(EN.requirement(Requirement.finalTermOf(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE, HIM, CAHIIM)))
        .isEqualTo("enrollment in the final term of a post-baccalaureate certificate in health information management "
            + "from a program accredited by CAHIIM");
    assertThat(EN.requirement(Requirement.experienceMonths(ExperienceDomain.CODING, 18)))
        .isEqualTo("18 months of coding experience");
    assertThat(EN.requirement(Requirement.experienceYears(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, 2)))
        .isEqualTo("2 years of healthcare privacy or security management experience");
    assertThat(EN.requirement(Requirement.completedTraining("t", "AAPC's Practicode"))).isEqualTo("AAPC's Practicode");
    assertThat(EN.requirement(Requirement.holdsCredentialInDomain(CredentialDomain.CODING, AHIMA)))
        .isEqualTo("a coding credential from a certifying organization other than AHIMA");
    assertThat(EN.requirement(Requirement.noPrerequisite())).isEqualTo("no prerequisite");
    assertThat(EN.requirement(Requirement.noPrerequisite().withProse("open to anyone"))).isEqualTo("open to anyone");
    assertThat(EN.requirement(rhia.withProse("an RHIA route"))).isEqualTo("an RHIA route");
  }

  @Test
  void theCatalogsProseIsUsedAsGiven() {
    assertThat(EN.requirement(CATALOG.getCredential(CredentialId.of("CCA")).eligibility().orElseThrow()))
        .isEqualTo("a high-school diploma");
    assertThat(EN.requirement(CATALOG.getCredential(CredentialId.of("RHIT")).eligibility().orElseThrow()))
        .startsWith("one of (an associate degree in health information management from a program accredited by "
            + "CAHIIM; or enrollment in the final term of an associate degree in health information management from "
            + "a program accredited by CAHIIM (early testing: in the last term of study");
  }

  @Test
  void aRouteIsItsLeavesJoinedByAnd() {
    EligibilityResult ccs = check(LearnerProfile.builder().putCredential(CredentialId.of("CPC"), AS_OF)
        .putExperience(ExperienceDomain.CODING, 12).build(), "CCS");
    assertThat(EN.route(ccs.satisfiedRoute().orElseThrow())).isEqualTo("another certifying organization's coding "
        + "credential (one not issued by AHIMA) and 1 year of coding experience");
    assertThat(EN.status(EligibilityStatus.NOT_ELIGIBLE)).isEqualTo("not eligible");
  }

  @Test
  void alternativesAreOneChoice() {
    EligibilityResult rhit = check(LearnerProfile.empty(), "RHIT");
    assertThat(EN.unmet(rhit.unmet().orElseThrow())).containsExactly(
        "needs one of:",
        "- an associate degree in health information management from a program accredited by CAHIIM",
        "- enrollment in the final term of an associate degree in health information management from a program "
            + "accredited by CAHIIM (early testing: in the last term of study, or course work finished; the credential "
            + "may be used only once all requirements are verified)",
        "- graduation from a program approved by a foreign association with which AHIMA has a reciprocity agreement");
  }

  @Test
  void amountsAndProgramsAreSaid() {
    EligibilityResult ccs = check(LearnerProfile.builder().putExperience(ExperienceDomain.CODING, 11).build(), "CCS");
    assertThat(EN.unmet(ccs.unmet().orElseThrow())).containsExactly(
        "needs one of:",
        "- the RHIA credential",
        "- the RHIT credential",
        "- the CCS-P credential",
        "- a coding training program covering anatomy and physiology, pathophysiology, pharmacology, medical "
            + "terminology, reimbursement methodology, and intermediate or advanced ICD diagnostic and procedural and "
            + "CPT coding",
        "- 2 years of coding experience (11 months so far, 13 months more)",
        "- all of:",
        "  - the CCA credential",
        "  - 1 year of coding experience (11 months so far, 1 month more)",
        "- all of:",
        "  - another certifying organization's coding credential (one not issued by AHIMA)",
        "  - 1 year of coding experience (11 months so far, 1 month more)");
    Education unaccredited = new Education(DegreeLevel.ASSOCIATE, Optional.of(HIM), Optional.empty(),
        EducationStatus.COMPLETED, Optional.empty());
    assertThat(EN.unmet(check(LearnerProfile.builder().addEducation(unaccredited).build(), "RHIT").unmet().orElseThrow()))
        .contains("- an associate degree in health information management from a program accredited by CAHIIM (your "
            + "associate degree in health information management is not from a program accredited by CAHIIM)");
    Education studying = Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM, EducationStatus.IN_PROGRESS);
    assertThat(EN.unmet(check(LearnerProfile.builder().addEducation(studying).build(), "RHIT").unmet().orElseThrow()))
        .contains("- an associate degree in health information management from a program accredited by CAHIIM (your "
            + "associate degree in health information management is not completed yet)",
            "- enrollment in the final term of an associate degree in health information management from a program "
                + "accredited by CAHIIM (early testing: in the last term of study, or course work finished; the "
                + "credential may be used only once all requirements are verified) (your associate degree in health "
                + "information management is not in its final term yet)");
    // an unaccredited program in its final term lacks its accreditation for both routes, not a program
    Education lastTerm = Education.enrolledUnaccredited(DegreeLevel.ASSOCIATE, HIM, EducationStatus.FINAL_TERM);
    assertThat(EN.unmet(check(LearnerProfile.builder().addEducation(lastTerm).build(), "RHIT").unmet().orElseThrow()))
        .contains("- an associate degree in health information management from a program accredited by CAHIIM (your "
            + "associate degree in health information management is not from a program accredited by CAHIIM)",
            "- enrollment in the final term of an associate degree in health information management from a program "
                + "accredited by CAHIIM (early testing: in the last term of study, or course work finished; the "
                + "credential may be used only once all requirements are verified) (your associate degree in health "
                + "information management is not from a program accredited by CAHIIM)");
    assertThat(EN.unmet(check(LearnerProfile.empty(), "CCA").unmet().orElseThrow()))
        .containsExactly("needs a high-school diploma");
  }

  @Test
  void anAtLeastChoiceSaysHowMany() {
    Requirement tree = Requirement.atLeast(2, Requirement.holdsCredential(CredentialId.of("CCA")),
        Requirement.highSchoolDiploma(), Requirement.experienceYears(ExperienceDomain.CODING, 1));
    assertThat(EN.unmet(ELIGIBILITY.unmet(tree, LearnerProfile.empty(), AS_OF).orElseThrow())).containsExactly(
        "needs 2 of:", "- the CCA credential", "- a high-school diploma or GED", "- 1 year of coding experience");
    assertThat(EN.unmet(ELIGIBILITY.unmet(tree, LearnerProfile.builder().highSchoolDiploma(true).build(), AS_OF)
        .orElseThrow())).containsExactly("needs one of:", "- the CCA credential", "- 1 year of coding experience");
  }

  @Test
  void everyAnswerIsExplained() {
    LearnerProfile graduate = LearnerProfile.builder().highSchoolDiploma(true).build();
    assertThat(EN.explain(check(graduate, "CCA"))).containsExactly("eligible for the CCA exam: a high-school diploma");
    assertThat(EN.explain(check(graduate, "PCS"))).containsExactly("AHIMA no longer offers the PCS exam");
    assertThat(EN.explain(check(LearnerProfile.empty(), "CCA")))
        .containsExactly("not eligible for the CCA exam", "  needs a high-school diploma");
    EligibilityResult chda = check(graduate, "CHDA");
    List<String> lines = EN.explain(chda);
    assertThat(lines.get(0)).isEqualTo("the catalog has no eligibility data for CHDA");
    assertThat(lines).hasSize(1 + chda.omissions().size());
    assertThat(lines.get(1)).isEqualTo(chda.omissions().get(0).subject() + ": " + chda.omissions().get(0).reason());
  }
}
