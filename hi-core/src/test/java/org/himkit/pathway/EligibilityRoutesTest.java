package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.pathway.EligibilityStatus.ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.NOT_ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.UNKNOWN;
import static org.himkit.pathway.Learners.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.himkit.catalog.KnownOmission;
import org.himkit.catalog.OmissionTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may sit for which exam, route by route, and what a learner who may not still needs, as data. */
class EligibilityRoutesTest {

  // RHIT ------------------------------------------------------------------------------------------

  @Test
  void rhitByCahiimAssociate() {
    EligibilityResult r = check(withCahiim(learner(), DegreeLevel.ASSOCIATE).build(), RHIT);
    assertThat(r.status()).isEqualTo(ELIGIBLE);
    assertThat(r.reason()).isEqualTo(EligibilityReason.ROUTE_MET);
    assertThat(r.satisfiedRoute().orElseThrow().leaves()).containsExactly(cahiimProgram(DegreeLevel.ASSOCIATE));
    assertThat(r.satisfiedRoute().orElseThrow().isMet()).isTrue();
    assertThat(r.unmet()).isEmpty();
  }

  @Test
  void rhitNotByAnUnaccreditedOrOtherLevelProgram() {
    LearnerProfile unaccredited = learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)).build();
    EligibilityResult r = check(unaccredited, RHIT);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.reason()).isEqualTo(EligibilityReason.NO_ROUTE_MET);
    assertThat(r.satisfiedRoute()).isEmpty();
    assertThat(conditionAbout(r, cahiimProgram(DegreeLevel.ASSOCIATE)).kind()).isEqualTo(UnmetKind.PROGRAM);
    assertThat(conditionAbout(r, Requirement.foreignReciprocity(AHIMA)).kind()).isEqualTo(UnmetKind.RECIPROCITY);
    assertThat(status(withCahiim(learner(), DegreeLevel.BACCALAUREATE), RHIT)).isEqualTo(NOT_ELIGIBLE);
    assertThat(status(learner().addEducation(
        Education.completed(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATICS, CAHIIM)), RHIT)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void theThreeRhitRoutesAreOneChoiceOfThreeOptions() {
    Unmet unmet = check(LearnerProfile.empty(), RHIT).unmet().orElseThrow();
    assertThat(unmet).isInstanceOf(Unmet.Choice.class);
    Unmet.Choice choice = (Unmet.Choice) unmet;
    assertThat(choice.needed()).isEqualTo(1);
    assertThat(choice.options()).hasSize(3).allMatch(o -> o instanceof Unmet.Condition);
    assertThat(unmet.conditions()).extracting(Unmet.Condition::kind)
        .containsExactly(UnmetKind.PROGRAM, UnmetKind.PROGRAM, UnmetKind.RECIPROCITY);
  }

  @Test
  void aProgramOfTheRightLevelAndFieldLacksOnlyItsAccreditation() {
    Education notAccredited = Education.completedUnaccredited(DegreeLevel.ASSOCIATE, HIM);
    assertThat(notAccredited).isEqualTo(new Education(DegreeLevel.ASSOCIATE, Optional.of(HIM), Optional.empty(),
        EducationStatus.COMPLETED, Optional.empty()));
    Unmet.Condition c = conditionAbout(check(learner().addEducation(notAccredited).build(), RHIT),
        cahiimProgram(DegreeLevel.ASSOCIATE));
    assertThat(c.kind()).isEqualTo(UnmetKind.ACCREDITATION);
    assertThat(c.program()).contains(notAccredited);
    assertThat(c.experienceMonths()).isEmpty();
    // "a HIM program accredited by CAHIIM": an unaccredited program in its final term, or still in progress,
    // does not open early testing either, and lacks its accreditation for both routes (completing it would
    // not meet them), not a program of the level and field, which the learner has
    for (EducationStatus s : List.of(EducationStatus.FINAL_TERM, EducationStatus.COURSEWORK_FINISHED,
        EducationStatus.IN_PROGRESS)) {
      Education unaccredited = Education.enrolledUnaccredited(DegreeLevel.ASSOCIATE, HIM, s);
      EligibilityResult r = check(learner().addEducation(unaccredited).build(), RHIT);
      assertThat(r.status()).as("%s", s).isEqualTo(NOT_ELIGIBLE);
      assertThat(conditions(r)).as("%s", s).filteredOn(u -> u.kind() != UnmetKind.RECIPROCITY).hasSize(2)
          .allSatisfy(u -> {
            assertThat(u.kind()).isEqualTo(UnmetKind.ACCREDITATION);
            assertThat(u.program()).contains(unaccredited);
          });
    }
    // a program of another accreditor in its final term lacks the accreditation named too
    Education otherAccreditor = Education.enrolled(DegreeLevel.ASSOCIATE, HIM, AHIMA, EducationStatus.FINAL_TERM);
    assertThat(conditions(check(learner().addEducation(otherAccreditor).build(), RHIT)))
        .filteredOn(u -> u.leaf() instanceof Requirement.FinalTermEnrollment).singleElement()
        .satisfies(u -> assertThat(u.kind()).isEqualTo(UnmetKind.ACCREDITATION));
    // an accredited program already completed does not meet the final-term leaf on its own, and it is not
    // taken for a program lacking its accreditation
    Requirement earlyOnly = Requirement.finalTermOf(DegreeLevel.ASSOCIATE, HIM, CAHIIM);
    assertThat(ELIGIBILITY.unmet(earlyOnly, learner().addEducation(Education.completed(DegreeLevel.ASSOCIATE, HIM,
        CAHIIM)).build(), AS_OF).orElseThrow().conditions()).singleElement()
        .satisfies(u -> assertThat(u.kind()).isEqualTo(UnmetKind.PROGRAM));
    // a degree of another field in progress meets no program requirement
    assertThat(status(learner().addEducation(Education.enrolledDegree(DegreeLevel.ASSOCIATE,
        EducationStatus.FINAL_TERM)), RHIT)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void aProgramStillInProgressLacksItsCompletionAndItsFinalTerm() {
    Education studying = Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM, EducationStatus.IN_PROGRESS);
    EligibilityResult r = check(learner().addEducation(studying).build(), RHIT);
    assertThat(conditionAbout(r, cahiimProgram(DegreeLevel.ASSOCIATE)).kind()).isEqualTo(UnmetKind.COMPLETION);
    assertThat(conditionAbout(r, cahiimProgram(DegreeLevel.ASSOCIATE)).program()).contains(studying);
    assertThat(conditions(r)).filteredOn(c -> c.leaf() instanceof Requirement.FinalTermEnrollment)
        .singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(UnmetKind.FINAL_TERM);
          assertThat(c.program()).contains(studying);
        });
  }

  @Test
  void rhitEarlyTestingInTheLastTermOrWithCourseWorkFinished() {
    for (EducationStatus s : List.of(EducationStatus.FINAL_TERM, EducationStatus.COURSEWORK_FINISHED)) {
      EligibilityResult r = check(learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM, s))
          .build(), RHIT);
      assertThat(r.status()).as("%s", s).isEqualTo(ELIGIBLE);
      assertThat(r.satisfiedRoute().orElseThrow().leaves()).singleElement()
          .isInstanceOfSatisfying(Requirement.FinalTermEnrollment.class, f -> {
            assertThat(f.level()).isEqualTo(DegreeLevel.ASSOCIATE);
            assertThat(f.accreditor()).contains(CAHIIM);
          });
    }
    assertThat(status(learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM,
        EducationStatus.IN_PROGRESS)), RHIT)).isEqualTo(NOT_ELIGIBLE);
    assertThat(status(learner().addEducation(new Education(DegreeLevel.ASSOCIATE, Optional.of(HIM),
        Optional.empty(), EducationStatus.FINAL_TERM, Optional.empty())), RHIT))
        .isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void aProgramCountsFromItsCompletionDate() {
    LearnerProfile p = learner().addEducation(Education.completed(DegreeLevel.ASSOCIATE, HIM, CAHIIM).on(AS_OF)).build();
    assertThat(ELIGIBILITY.check(p, RHIT, AS_OF).status()).isEqualTo(ELIGIBLE);
    EligibilityResult dayBefore = ELIGIBILITY.check(p, RHIT, AS_OF.minusDays(1));
    assertThat(dayBefore.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(conditionAbout(dayBefore, cahiimProgram(DegreeLevel.ASSOCIATE)).kind()).isEqualTo(UnmetKind.COMPLETION);
  }

  @Test
  void foreignReciprocityOpensRhitAndRhia() {
    LearnerProfile p = learner().addForeignReciprocity(AHIMA).build();
    assertThat(check(p, RHIT).status()).isEqualTo(ELIGIBLE);
    assertThat(check(p, RHIA).status()).isEqualTo(ELIGIBLE);
    assertThat(check(p, RHIA).satisfiedRoute().orElseThrow().leaves())
        .containsExactly(Requirement.foreignReciprocity(AHIMA));
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
    Unmet.Choice choice = (Unmet.Choice) r.unmet().orElseThrow();
    assertThat(choice.needed()).isEqualTo(1);
    assertThat(choice.options()).as("the seven routes are one choice of seven options").hasSize(7);
    for (DegreeLevel level : List.of(DegreeLevel.BACCALAUREATE, DegreeLevel.MASTERS,
        DegreeLevel.POST_BACCALAUREATE_CERTIFICATE)) {
      assertThat(conditionAbout(r, cahiimProgram(level)).kind()).isEqualTo(UnmetKind.PROGRAM);
    }
    assertThat(conditions(r)).noneMatch(c -> c.kind() == UnmetKind.CREDENTIAL);
    assertThat(status(learner().addEducation(
        Education.completed(DegreeLevel.MASTERS, ProgramField.HEALTH_INFORMATICS, CAHIIM)), RHIA)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void rhiaReplacesRhit() {
    LearnerProfile p = holding(learner(), RHIA).build();
    assertThat(ELIGIBILITY.heldCredentials(p, AS_OF)).containsExactly(RHIA, RHIT);
    assertThat(CATALOG.getCredential(RHIA).supersedes()).containsExactly(RHIT);
    assertThat(check(p, CCS).satisfiedRoute().orElseThrow().leaves()).containsExactly(Requirement.holdsCredential(RHIA));
  }

  @Test
  void aCredentialCountsFromTheDayItWasEarned() {
    LearnerProfile p = learner().putCredential(RHIT, AS_OF).build();
    assertThat(ELIGIBILITY.check(p, CCS, AS_OF).status()).isEqualTo(ELIGIBLE);
    EligibilityResult dayBefore = ELIGIBILITY.check(p, CCS, AS_OF.minusDays(1));
    assertThat(dayBefore.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(conditionAbout(dayBefore, Requirement.holdsCredential(RHIT)).kind()).isEqualTo(UnmetKind.CREDENTIAL);
  }

  // CCA and CCS -----------------------------------------------------------------------------------

  @Test
  void ccaNeedsAHighSchoolDiploma() {
    assertThat(status(highSchoolGraduate(), CCA)).isEqualTo(ELIGIBLE);
    assertThat(status(learner().addEducation(Education.completedDegree(DegreeLevel.HIGH_SCHOOL)), CCA)).isEqualTo(ELIGIBLE);
    EligibilityResult r = check(coding(learner(), 24).build(), CCA);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.unmet().orElseThrow()).isInstanceOfSatisfying(Unmet.Condition.class, c -> {
      assertThat(c.kind()).isEqualTo(UnmetKind.HIGH_SCHOOL_DIPLOMA);
      assertThat(c.leaf()).isInstanceOf(Requirement.HighSchoolDiploma.class);
    });
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
    EligibilityResult r = check(learner().addTraining("aapc-coding-course-80h").build(), CCS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(conditions(r)).filteredOn(c -> c.kind() == UnmetKind.TRAINING).singleElement()
        .satisfies(c -> assertThat(((Requirement.CompletedTraining) c.leaf()).code()).isEqualTo("ccs-coding-training"));
  }

  @Test
  void ccsByTwoYearsOfCodingExperience() {
    assertThat(status(coding(learner(), 24), CCS)).isEqualTo(ELIGIBLE);
    EligibilityResult r = check(coding(learner(), 23).build(), CCS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    Unmet.Condition twoYears = conditionAbout(r, Requirement.experienceYears(ExperienceDomain.CODING, 2));
    assertThat(twoYears.kind()).isEqualTo(UnmetKind.EXPERIENCE);
    assertThat(twoYears.experienceMonths()).hasValue(23);
    assertThat(twoYears.missingMonths()).hasValue(1);
    assertThat(conditionAbout(r, Requirement.holdsCredential(CCA)).kind()).isEqualTo(UnmetKind.CREDENTIAL);
    assertThat(conditions(r)).as("the year of experience is met")
        .noneMatch(c -> c.leaf().equals(Requirement.experienceYears(ExperienceDomain.CODING, 1)));
    assertThat(status(privacy(learner(), 60), CCS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void elevenOfTwentyFourMonthsIsOneChoiceOfSevenRoutesWithTheMonthsMissing() {
    EligibilityResult r = check(coding(learner(), 11).build(), CCS);
    Unmet.Choice choice = (Unmet.Choice) r.unmet().orElseThrow();
    assertThat(choice.needed()).isEqualTo(1);
    assertThat(choice.options()).hasSize(7);
    assertThat(choice.options().subList(0, 5)).allMatch(o -> o instanceof Unmet.Condition);
    assertThat(choice.options().get(5)).isInstanceOfSatisfying(Unmet.All.class, all -> assertThat(all.parts())
        .containsExactly(Unmet.Condition.of(Requirement.holdsCredential(CCA), UnmetKind.CREDENTIAL),
            new Unmet.Condition(Requirement.experienceYears(ExperienceDomain.CODING, 1), UnmetKind.EXPERIENCE,
                Optional.empty(), OptionalInt.of(11))));
    Unmet.Condition twoYears = (Unmet.Condition) choice.options().get(4);
    assertThat(twoYears.experienceMonths()).hasValue(11);
    assertThat(twoYears.missingMonths()).hasValue(13);
  }

  @Test
  void ccsByCcaPlusOneYear() {
    assertThat(status(coding(holding(learner(), CCA), 12), CCS)).isEqualTo(ELIGIBLE);
    EligibilityResult r = check(coding(holding(learner(), CCA), 11).build(), CCS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(conditionAbout(r, Requirement.experienceYears(ExperienceDomain.CODING, 1)).missingMonths()).hasValue(1);
  }

  @Test
  void ccsByAnotherOrganizationsCodingCredentialPlusOneYear() {
    EligibilityResult r = check(coding(holding(learner(), CPC), 12).build(), CCS);
    assertThat(r.status()).isEqualTo(ELIGIBLE);
    assertThat(r.satisfiedRoute().orElseThrow().leaves()).hasSize(2)
        .satisfiesExactly(
            l -> assertThat(l).isInstanceOfSatisfying(Requirement.HoldsCredentialInDomain.class,
                d -> assertThat(d.otherThan()).isEqualTo(AHIMA)),
            l -> assertThat(l).isEqualTo(Requirement.experienceYears(ExperienceDomain.CODING, 1)));
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
      assertThat(r.satisfiedRoute().orElseThrow().leaves()).singleElement()
          .isInstanceOf(Requirement.NoPrerequisite.class);
    }
  }

  @Test
  void theFullCpcAndCocNeedTwoYearsEquivalentExperience() {
    for (CredentialId full : List.of(CPC, COC)) {
      EligibilityResult none = check(holding(learner(), CredentialId.of(full + "-A")).build(), full);
      assertThat(none.status()).isEqualTo(NOT_ELIGIBLE);
      assertThat(conditions(none)).filteredOn(c -> c.kind() == UnmetKind.TRAINING)
          .extracting(c -> ((Requirement.CompletedTraining) c.leaf()).code())
          .contains("aapc-coding-course-80h", "aapc-practicode");
      assertThat(none.requirement().orElseThrow().prose().orElseThrow())
          .contains("anyone may sit for the " + full + " exam");
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
  void credentialsWithoutDataAreUnknownAndRestOnTheirKnownOmissions() {
    for (String id : List.of("CCS-P", "CHDA", "CDIP", "CPB", "CRC")) {
      CredentialId credential = CredentialId.of(id);
      EligibilityResult r = check(LearnerProfile.empty(), credential);
      assertThat(r.status()).as(id).isEqualTo(UNKNOWN);
      assertThat(r.reason()).isEqualTo(EligibilityReason.NO_ELIGIBILITY_DATA);
      assertThat(r.omissions()).as(id).isNotEmpty()
          .isEqualTo(CATALOG.knownOmissionsAbout(credential, OmissionTopic.ELIGIBILITY))
          .allMatch(o -> o.concerns(credential) && o.topic() == OmissionTopic.ELIGIBILITY);
      assertThat(r.unmet()).isEmpty();
      assertThat(r.satisfiedRoute()).isEmpty();
      assertThat(r.requirement()).isEmpty();
    }
  }

  @Test
  void everyActiveCredentialWithoutDataHasAKnownOmission() {
    for (Credential c : CATALOG.credentials().stream().toList()) {
      if (c.eligibility().isEmpty() && c.status() == CredentialStatus.ACTIVE) {
        List<KnownOmission> omissions = CATALOG.knownOmissionsAbout(c.id(), OmissionTopic.ELIGIBILITY);
        assertThat(omissions).as("%s", c.id()).isNotEmpty();
      }
    }
  }

  @Test
  void retiredExamsAreNotOffered() {
    EligibilityResult r = check(holding(highSchoolGraduate(), RHIA).build(), CredentialId.of("PCS"));
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(r.reason()).isEqualTo(EligibilityReason.EXAM_NOT_OFFERED);
    assertThat(r.issuer()).isEqualTo(AHIMA);
    assertThat(r.unmet()).isEmpty();
    assertThat(r.requirement()).isEmpty();
  }

  @Test
  void anUnknownCredentialIsAnError() {
    assertThatThrownBy(() -> check(LearnerProfile.empty(), CredentialId.of("RHIM")))
        .isInstanceOf(UnknownEntryException.class);
  }

  @Test
  void aResultIsConsistentWithItsReason() {
    EligibilityResult.Builder eligibleWithoutRoute = EligibilityResult.builder().credential(CCA).issuer(AHIMA)
        .reason(EligibilityReason.ROUTE_MET).requirement(Requirement.highSchoolDiploma());
    assertThatThrownBy(eligibleWithoutRoute::build).isInstanceOf(org.himkit.HimValidationException.class)
        .hasMessageContaining("satisfiedRoute");
    EligibilityResult.Builder unknownWithUnmet = EligibilityResult.builder().credential(CCA).issuer(AHIMA)
        .reason(EligibilityReason.NO_ELIGIBILITY_DATA)
        .unmet(Unmet.Condition.of(Requirement.highSchoolDiploma(), UnmetKind.HIGH_SCHOOL_DIPLOMA));
    assertThatThrownBy(unknownWithUnmet::build).isInstanceOf(org.himkit.HimValidationException.class)
        .hasMessageContaining("unmet");
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
    List<EligibilityResult> results = ELIGIBILITY.eligibleCredentials(rhit, AS_OF);
    assertThat(results).extracting(EligibilityResult::credential).containsExactly(CCA, CCS, CPC_A, COC_A);
    assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(check(rhit, r.credential())));
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

  @Test
  void unmetOfAnyTreeAndConditionsThatCannotBe() {
    Requirement.Leaf twoYears = Requirement.experienceYears(ExperienceDomain.CODING, 2);
    assertThat(ELIGIBILITY.unmet(twoYears, coding(learner(), 24).build(), AS_OF)).isEmpty();
    assertThat(ELIGIBILITY.unmet(Requirement.atLeast(2, twoYears, Requirement.highSchoolDiploma(),
        Requirement.holdsCredential(CCA)), highSchoolGraduate().build(), AS_OF).orElseThrow())
        .isInstanceOfSatisfying(Unmet.Choice.class, c -> {
          assertThat(c.needed()).isEqualTo(1);
          assertThat(c.options()).hasSize(2);
        });
    assertThatThrownBy(() -> Unmet.Condition.of(twoYears, UnmetKind.CREDENTIAL))
        .isInstanceOf(org.himkit.HimValidationException.class).hasMessageContaining("kind");
    assertThatThrownBy(() -> new Unmet.Condition(twoYears, UnmetKind.EXPERIENCE, Optional.empty(), OptionalInt.of(24)))
        .isInstanceOf(org.himkit.HimValidationException.class).hasMessageContaining("experienceMonths");
    assertThatThrownBy(() -> new Unmet.Choice(2, List.of(Unmet.Condition.of(Requirement.highSchoolDiploma(),
        UnmetKind.HIGH_SCHOOL_DIPLOMA), Unmet.Condition.of(Requirement.holdsCredential(CCA), UnmetKind.CREDENTIAL))))
        .isInstanceOf(org.himkit.HimValidationException.class).hasMessageContaining("needed");
  }
}
