package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.pathway.EligibilityStatus.ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.NOT_ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.UNKNOWN;
import static org.himkit.pathway.Learners.*;

import java.util.List;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.ProgramField;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.himkit.catalog.OmissionTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityRoutesTest {

  // RHIT ------------------------------------------------------------------------------------------

  @Test
  void rhitByCahiimAssociate() {
    EligibilityResult r = check(withCahiim(learner(), DegreeLevel.ASSOCIATE).build(), RHIT);
    assertThat(r.status()).isEqualTo(ELIGIBLE);
    assertThat(r.satisfiedRoute().orElseThrow().describe())
        .isEqualTo("an associate degree in health information management from a program accredited by CAHIIM");
    assertThat(r.unmet()).isEmpty();
  }

  @Test
  void rhitNotByAnUnaccreditedOrOtherLevelProgram() {
    LearnerProfile unaccredited = learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)).build();
    EligibilityResult r = check(unaccredited, RHIT);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.satisfiedRoute()).isEmpty();
    assertThat(r.unmet()).contains(
        "needs an associate degree in health information management from a program accredited by CAHIIM",
        "needs graduation from a program approved by a foreign association with which AHIMA has a reciprocity agreement");
    assertThat(status(withCahiim(learner(), DegreeLevel.BACCALAUREATE), RHIT)).isEqualTo(NOT_ELIGIBLE);
    assertThat(status(learner().addEducation(
        Education.completed(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATICS, CAHIIM)), RHIT)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void rhitEarlyTestingInTheLastTermOrWithCourseWorkFinished() {
    for (EducationStatus s : List.of(EducationStatus.FINAL_TERM, EducationStatus.COURSEWORK_FINISHED)) {
      EligibilityResult r = check(learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM, s))
          .build(), RHIT);
      assertThat(r.status()).as("%s", s).isEqualTo(ELIGIBLE);
      assertThat(r.satisfiedRoute().orElseThrow().describe()).contains("early testing");
    }
    assertThat(status(learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM,
        EducationStatus.IN_PROGRESS)), RHIT)).isEqualTo(NOT_ELIGIBLE);
    assertThat(status(learner().addEducation(new Education(DegreeLevel.ASSOCIATE, java.util.Optional.of(HIM),
        java.util.Optional.empty(), EducationStatus.FINAL_TERM, java.util.Optional.empty())), RHIT))
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void aProgramCountsFromItsCompletionDate() {
    LearnerProfile p = learner().addEducation(Education.completed(DegreeLevel.ASSOCIATE, HIM, CAHIIM).on(AS_OF)).build();
    assertThat(ELIGIBILITY.check(p, RHIT, AS_OF).status()).isEqualTo(ELIGIBLE);
    assertThat(ELIGIBILITY.check(p, RHIT, AS_OF.minusDays(1)).status()).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void foreignReciprocityOpensRhitAndRhia() {
    LearnerProfile p = learner().addForeignReciprocity(AHIMA).build();
    assertThat(check(p, RHIT).status()).isEqualTo(ELIGIBLE);
    assertThat(check(p, RHIA).status()).isEqualTo(ELIGIBLE);
    assertThat(check(learner().addForeignReciprocity(CAHIIM).build(), RHIA).status()).isEqualTo(NOT_ELIGIBLE);
  }

  // RHIA ------------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = DegreeLevel.class, names = {"BACCALAUREATE", "MASTERS", "POST_BACCALAUREATE_CERTIFICATE"})
  void rhiaByEachCahiimHimProgramAndItsFinalTerm(DegreeLevel level) {
    assertThat(status(withCahiim(learner(), level), RHIA)).isEqualTo(ELIGIBLE);
    assertThat(status(learner().addEducation(Education.enrolled(level, HIM, CAHIIM, EducationStatus.FINAL_TERM)), RHIA))
        .isEqualTo(ELIGIBLE);
    assertThat(status(learner().addEducation(Education.enrolled(level, HIM, CAHIIM, EducationStatus.IN_PROGRESS)), RHIA))
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void rhiaNotByRhitNorByAHealthInformaticsMasters() {
    EligibilityResult r = check(holding(withCahiim(learner(), DegreeLevel.ASSOCIATE), RHIT).build(), RHIA);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.unmet()).contains(
        "needs a baccalaureate degree in health information management from a program accredited by CAHIIM",
        "needs a master's degree in health information management from a program accredited by CAHIIM",
        "needs a post-baccalaureate certificate in health information management from a program accredited by CAHIIM");
    assertThat(status(learner().addEducation(
        Education.completed(DegreeLevel.MASTERS, ProgramField.HEALTH_INFORMATICS, CAHIIM)), RHIA)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void rhiaReplacesRhit() {
    LearnerProfile p = holding(learner(), RHIA).build();
    assertThat(ELIGIBILITY.heldCredentials(p, AS_OF)).containsExactly(RHIA, RHIT);
    assertThat(CATALOG.getCredential(RHIA).supersedes()).containsExactly(RHIT);
    assertThat(check(p, CCS).satisfiedRoute().orElseThrow().describe()).isEqualTo("the RHIA credential");
  }

  @Test
  void aCredentialCountsFromTheDayItWasEarned() {
    LearnerProfile p = learner().putCredential(RHIT, AS_OF).build();
    assertThat(ELIGIBILITY.check(p, CCS, AS_OF).status()).isEqualTo(ELIGIBLE);
    assertThat(ELIGIBILITY.check(p, CCS, AS_OF.minusDays(1)).status()).isEqualTo(NOT_ELIGIBLE);
  }

  // CCA and CCS -----------------------------------------------------------------------------------

  @Test
  void ccaNeedsAHighSchoolDiploma() {
    assertThat(status(highSchoolGraduate(), CCA)).isEqualTo(ELIGIBLE);
    assertThat(status(learner().addEducation(Education.completedDegree(DegreeLevel.HIGH_SCHOOL)), CCA)).isEqualTo(ELIGIBLE);
    EligibilityResult r = check(coding(learner(), 24).build(), CCA);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.unmet()).containsExactly("needs a high-school diploma");
  }

  @Test
  void anyCompletedHigherEducationImpliesTheHighSchoolDiploma() {
    assertThat(status(learner().addEducation(Education.completedDegree(DegreeLevel.BACCALAUREATE)), CCA))
        .isEqualTo(ELIGIBLE);
    // a program still in progress does not
    assertThat(status(learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE,
        ProgramField.HEALTH_INFORMATION_MANAGEMENT, CAHIIM, EducationStatus.FINAL_TERM)), CCA)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void ccsByCredential() {
    for (CredentialId id : List.of(RHIA, RHIT, CCS_P)) {
      assertThat(status(holding(learner(), id), CCS)).as("%s", id).isEqualTo(ELIGIBLE);
    }
    assertThat(status(holding(learner(), CCA), CCS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void ccsByEducation() {
    assertThat(status(learner().addTraining("ccs-coding-training"), CCS)).isEqualTo(ELIGIBLE);
    assertThat(status(learner().addTraining("aapc-coding-course-80h"), CCS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void ccsByTwoYearsOfCodingExperience() {
    assertThat(status(coding(learner(), 24), CCS)).isEqualTo(ELIGIBLE);
    EligibilityResult r = check(coding(learner(), 23).build(), CCS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.unmet()).contains("needs 2 years of coding experience", "needs the CCA credential")
        .doesNotContain("needs 1 year of coding experience");
    assertThat(status(privacy(learner(), 60), CCS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void ccsByCcaPlusOneYear() {
    assertThat(status(coding(holding(learner(), CCA), 12), CCS)).isEqualTo(ELIGIBLE);
    assertThat(status(coding(holding(learner(), CCA), 11), CCS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void ccsByAnotherOrganizationsCodingCredentialPlusOneYear() {
    EligibilityResult r = check(coding(holding(learner(), CPC), 12).build(), CCS);
    assertThat(r.status()).isEqualTo(ELIGIBLE);
    assertThat(r.satisfiedRoute().orElseThrow().describe())
        .isEqualTo("another certifying organization's coding credential (one not issued by AHIMA) and 1 year of coding "
            + "experience");
    assertThat(status(coding(holding(learner(), CPC_A), 12), CCS)).isEqualTo(ELIGIBLE);
    assertThat(status(coding(holding(learner(), CPC), 11), CCS)).isEqualTo(NOT_ELIGIBLE);
    assertThat(status(coding(holding(learner(), CPB), 12), CCS)).as("a billing credential").isEqualTo(NOT_ELIGIBLE);
  }

  // AAPC ------------------------------------------------------------------------------------------

  @Test
  void anyoneMaySitForTheCpcAndCocExams() {
    for (CredentialId designation : List.of(CPC_A, COC_A)) {
      EligibilityResult r = check(LearnerProfile.empty(), designation);
      assertThat(r.status()).isEqualTo(ELIGIBLE);
      assertThat(r.satisfiedRoute().orElseThrow().describe())
          .contains("proof of education or experience isn't necessary to sit for AAPC exams");
    }
  }

  @Test
  void theFullCpcAndCocNeedTwoYearsEquivalentExperience() {
    for (CredentialId full : List.of(CPC, COC)) {
      EligibilityResult none = check(holding(learner(), CredentialId.of(full + "-A")).build(), full);
      assertThat(none.status()).isEqualTo(NOT_ELIGIBLE);
      assertThat(none.unmet()).contains("needs an 80-contact-hour medical coding preparation course",
          "needs AAPC's Practicode");
      assertThat(none.requirement().orElseThrow().describe()).contains("anyone may sit for the " + full + " exam");
      assertThat(CATALOG.getCredential(full).supersedes()).containsExactly(CredentialId.of(full + "-A"));
    }
  }

  @Test
  void apprenticeRemovalOptionOneTwoYearsOnTheJob() {
    assertThat(status(coding(learner(), 24), CPC)).isEqualTo(ELIGIBLE);
    assertThat(status(coding(learner(), 23), CPC)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void apprenticeRemovalOptionTwoOneYearAndACourseOrPracticode() {
    assertThat(status(coding(learner(), 12).addTraining("aapc-coding-course-80h"), CPC)).isEqualTo(ELIGIBLE);
    assertThat(status(coding(learner(), 12).addTraining("aapc-practicode"), COC)).isEqualTo(ELIGIBLE);
    assertThat(status(coding(learner(), 11).addTraining("aapc-practicode"), CPC)).isEqualTo(NOT_ELIGIBLE);
    assertThat(status(coding(learner(), 12), CPC)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void apprenticeRemovalOptionThreeCourseAndPracticode() {
    assertThat(status(learner().addTrainings("aapc-coding-course-80h", "aapc-practicode"), CPC)).isEqualTo(ELIGIBLE);
    assertThat(status(learner().addTraining("aapc-coding-course-80h"), CPC)).isEqualTo(NOT_ELIGIBLE);
  }

  // unknown and retired ---------------------------------------------------------------------------

  @Test
  void credentialsWithoutDataAreUnknownAndListedAsOmissions() {
    for (String id : List.of("CCS-P", "CHDA", "CDIP", "CPB", "CRC", "ODS")) {
      EligibilityResult r = check(LearnerProfile.empty(), CredentialId.of(id));
      assertThat(r.status()).as(id).isEqualTo(UNKNOWN);
      assertThat(r.reasons()).first().isEqualTo("the catalog has no eligibility data for " + id);
      assertThat(r.reasons()).as(id).hasSizeGreaterThan(1);
      assertThat(r.unmet()).isEmpty();
      assertThat(r.satisfiedRoute()).isEmpty();
    }
  }

  @Test
  void everyActiveCredentialWithoutDataHasAKnownOmission() {
    for (Credential c : CATALOG.credentials().stream().toList()) {
      if (c.eligibility().isEmpty() && c.status() == CredentialStatus.ACTIVE) {
        assertThat(CATALOG.knownOmissionsAbout(c.id(), OmissionTopic.ELIGIBILITY)).as("%s", c.id()).isNotEmpty();
      }
    }
  }

  @Test
  void retiredExamsAreNotOffered() {
    EligibilityResult r = check(holding(highSchoolGraduate(), RHIA).build(), CredentialId.of("PCS"));
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.unmet()).containsExactly("AHIMA no longer offers the PCS exam");
  }

  @Test
  void anUnknownCredentialIsAnError() {
    assertThatThrownBy(() -> check(LearnerProfile.empty(), CredentialId.of("RHIM")))
        .isInstanceOf(UnknownEntryException.class);
  }

  // listings --------------------------------------------------------------------------------------

  @Test
  void eligibleCredentialsOfAHighSchoolGraduate() {
    assertThat(ELIGIBILITY.eligibleCredentials(highSchoolGraduate().build(), AS_OF))
        .extracting(EligibilityResult::credential).containsExactly(CCA, CPC_A, COC_A);
  }

  @Test
  void eligibleCredentialsLeaveOutThoseHeld() {
    LearnerProfile rhit = holding(withCahiim(highSchoolGraduate(), DegreeLevel.ASSOCIATE), RHIT).build();
    assertThat(ELIGIBILITY.eligibleCredentials(rhit, AS_OF)).extracting(EligibilityResult::credential)
        .containsExactly(CCA, CCS, CPC_A, COC_A);
  }

  @Test
  void reachableRolesFollowTheTypicalEntry() {
    LearnerProfile rhit = holding(withCahiim(highSchoolGraduate(), DegreeLevel.ASSOCIATE), RHIT).build();
    assertThat(ELIGIBILITY.reachableRoles(rhit, AS_OF)).extracting(Role::id)
        .containsExactly(RoleId.of("health-information-technician"));
    LearnerProfile rhia = holding(withCahiim(highSchoolGraduate(), DegreeLevel.BACCALAUREATE), RHIA).build();
    assertThat(ELIGIBILITY.reachableRoles(rhia, AS_OF)).extracting(Role::id)
        .containsExactly(RoleId.of("health-information-technician"), RoleId.of("health-information-manager"));
    assertThat(ELIGIBILITY.reachableRoles(highSchoolGraduate().build(), AS_OF)).isEmpty();
    assertThat(ELIGIBILITY.reachableRoles(holding(learner(), RHIT).build(), AS_OF)).as("RHIT without a degree").isEmpty();
  }
}
