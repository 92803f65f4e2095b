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
import org.himkit.ProgramTypeId;
import org.himkit.Requirement;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.junit.jupiter.api.Test;

/** What the planner proposes, as typed steps, durations and obstacles. */
class PathwayPlannerTest {

  private static final String MANAGER = "health-information-manager";
  private static final String TECHNICIAN = "health-information-technician";

  private static PathwayPlan plan(LearnerProfile p, Target t) {
    return PLANNER.plan(p, t, AS_OF);
  }

  private static Step.CompleteProgram cahiim(DegreeLevel level, String programType, Optional<Period> length) {
    return new Step.CompleteProgram(level, Optional.of(HIM), Optional.of(CAHIIM), Optional.of(ProgramTypeId.of(programType)),
        length, Optional.empty(), Optional.empty());
  }

  @Test
  void aLearnerAlreadyThereGetsAnEmptyPath() {
    PathwayPlan eligible = plan(highSchoolGraduate().build(), eligibleTarget(CCA));
    assertThat(eligible.isAlreadyThere()).isTrue();
    assertThat(eligible.alternatives()).containsExactly(new Pathway(List.of()));
    assertThat(eligible.obstacles()).isEmpty();
    LearnerProfile rhit = holding(withCahiim(learner(), DegreeLevel.ASSOCIATE), RHIT).build();
    assertThat(plan(rhit, roleTarget(TECHNICIAN)).isAlreadyThere()).isTrue();
    assertThat(plan(holding(learner(), RHIA).build(), holdsTarget(RHIT)).isAlreadyThere())
        .as("RHIA replaces RHIT").isTrue();
  }

  @Test
  void targetsAreTypedWithTheirTitles() {
    Target rhia = holdsTarget(RHIA);
    assertThat(rhia).isEqualTo(new Target.Holds(RHIA, "Registered Health Information Administrator"));
    assertThat(rhia.kind()).isEqualTo(TargetKind.HOLDS);
    assertThat(eligibleTarget(CCA).kind()).isEqualTo(TargetKind.ELIGIBLE_FOR);
    assertThat(roleTarget(MANAGER)).isEqualTo(new Target.Enters(RoleId.of(MANAGER), "Health information manager"));
    assertThat(plan(LearnerProfile.empty(), rhia).target()).isEqualTo(rhia);
  }

  @Test
  void anEligibleLearnerPassesTheExam() {
    PathwayPlan p = plan(highSchoolGraduate().build(), holdsTarget(CCA));
    assertThat(p.alternatives()).hasSize(1);
    assertThat(p.best().orElseThrow().steps()).containsExactly(passExam(CCA));
    assertThat(passExam(CCA)).isEqualTo(new Step.EarnCredential(CCA, "Certified Coding Associate", CCA, List.of(),
        Optional.empty()));
  }

  @Test
  void fromNothingToCca() {
    Pathway best = plan(LearnerProfile.empty(), holdsTarget(CCA)).best().orElseThrow();
    Step.CompleteProgram diploma = Step.CompleteProgram.of(DegreeLevel.HIGH_SCHOOL, Optional.empty(), Optional.empty());
    assertThat(best.steps()).containsExactly(diploma, passExam(CCA));
    assertThat(diploma.isHighSchoolDiploma()).isTrue();
    assertThat(diploma.kind()).isEqualTo(StepKind.COMPLETE_PROGRAM);
    assertThat(best.knownDuration()).isEqualTo(Period.ZERO);
    assertThat(best.unknownDurations()).isEqualTo(2);
  }

  @Test
  void aHighSchoolGraduateToTheManagerRole() {
    PathwayPlan p = plan(highSchoolGraduate().build(), roleTarget(MANAGER));
    Pathway best = p.best().orElseThrow();
    assertThat(best.steps()).containsExactly(
        cahiim(DegreeLevel.BACCALAUREATE, "him-baccalaureate", Optional.of(Period.ofYears(4))), passExam(RHIA));
    assertThat(best.knownDuration()).isEqualTo(Period.ofYears(4));
    assertThat(best.unknownDurations()).isEqualTo(1);
    assertThat(p.alternatives()).anySatisfy(a -> assertThat(a.steps()).containsExactly(
        Step.CompleteProgram.of(DegreeLevel.BACCALAUREATE, Optional.empty(), Optional.empty()),
        cahiim(DegreeLevel.MASTERS, "him-masters", Optional.empty()),
        passExam(RHIA)));
  }

  @Test
  void aPostBaccalaureateCertificateFollowsABaccalaureate() {
    LearnerProfile graduate = learner().addEducation(Education.completedDegree(DegreeLevel.BACCALAUREATE)).build();
    Step.CompleteProgram certificate = cahiim(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE,
        "him-post-baccalaureate-certificate", Optional.empty());
    assertThat(plan(graduate, holdsTarget(RHIA)).alternatives()).extracting(Pathway::steps)
        .contains(List.of(certificate, passExam(RHIA)));
    Pathway skipsTheDegree = new Pathway(List.of(Step.CompleteProgram.of(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE,
        Optional.of(HIM), Optional.of(CAHIIM)), passExam(RHIA)));
    assertThat(PLANNER.reaches(graduate, skipsTheDegree, holdsTarget(RHIA), AS_OF)).isTrue();
    assertThat(PLANNER.reaches(LearnerProfile.empty(), skipsTheDegree, holdsTarget(RHIA), AS_OF)).isFalse();
  }

  @Test
  void anRhitToRhiaIsNotAnAutomaticUpgrade() {
    LearnerProfile rhit = holding(withCahiim(highSchoolGraduate(), DegreeLevel.ASSOCIATE), RHIT).build();
    Pathway best = plan(rhit, holdsTarget(RHIA)).best().orElseThrow();
    assertThat(best.steps()).hasSize(2);
    assertThat(best.steps().get(0)).isInstanceOfSatisfying(Step.CompleteProgram.class, s -> {
      assertThat(s.level()).isEqualTo(DegreeLevel.BACCALAUREATE);
      assertThat(s.duration()).contains(Period.ofYears(4));
      assertThat(s.progression()).hasValueSatisfying(pp -> {
        assertThat(pp.fromCredential()).isEqualTo(RHIT);
        assertThat(pp.toCredential()).isEqualTo(RHIA);
      });
    });
    assertThat(best.steps().get(1)).isEqualTo(new Step.EarnCredential(RHIA, "Registered Health Information "
        + "Administrator", RHIA, List.of(RHIT), Optional.empty()));
  }

  @Test
  void aProgramInProgressTakesTheTimeLeft() {
    LocalDate end = LocalDate.of(2027, 5, 24);
    LearnerProfile student = learner().addEducation(Education.enrolled(DegreeLevel.ASSOCIATE, HIM, CAHIIM,
        EducationStatus.IN_PROGRESS).on(end)).build();
    Pathway best = plan(student, holdsTarget(RHIT)).best().orElseThrow();
    assertThat(best.steps().get(0)).isInstanceOfSatisfying(Step.CompleteProgram.class, s -> {
      assertThat(s.duration()).contains(Period.ofMonths(6));
      assertThat(s.expectedEnd()).contains(end);
    });
  }

  @Test
  void aDegreeTheLearnerIsStudyingForIsTheirOwnProgram() {
    LearnerProfile student = learner().addEducation(Education.enrolled(DegreeLevel.BACCALAUREATE, HIM, CAHIIM,
        EducationStatus.FINAL_TERM)).build();
    PathwayPlan p = plan(student, roleTarget(MANAGER));
    assertThat(p.alternatives()).extracting(Pathway::steps).anySatisfy(steps -> assertThat(steps).containsExactly(
        cahiim(DegreeLevel.BACCALAUREATE, "him-baccalaureate", Optional.of(Period.ofYears(4))), passExam(RHIA)));
    assertThat(p.alternatives()).flatExtracting(Pathway::steps).as("not an unknown degree beside the learner's own")
        .doesNotContain(Step.CompleteProgram.of(DegreeLevel.BACCALAUREATE, Optional.empty(), Optional.empty()));
  }

  @Test
  void aLearnerWhoMeetsATreeNeedsOnlyTheExam() {
    LearnerProfile eligible = coding(highSchoolGraduate(), 24).build();
    assertThat(plan(eligible, holdsTarget(CCS)).alternatives()).extracting(Pathway::steps)
        .containsExactly(List.of(passExam(CCS)));
  }

  @Test
  void aCoderWithTwoYearsToCcs() {
    PathwayPlan p = plan(coding(learner(), 24).build(), holdsTarget(CCS));
    assertThat(p.best().orElseThrow().steps()).containsExactly(passExam(CCS));
    assertThat(plan(coding(learner(), 24).build(), eligibleTarget(CCS)).isAlreadyThere()).isTrue();
  }

  @Test
  void aNewCoderHasSeveralRoutesToCcsRankedByKnownTime() {
    PathwayPlan p = plan(highSchoolGraduate().build(), eligibleTarget(CCS));
    assertThat(p.alternatives()).extracting(Pathway::steps).contains(
        List.of(new Step.GainExperience(ExperienceDomain.CODING, 24, 24)),
        List.of(new Step.CompleteTraining("ccs-coding-training", CCS_TRAINING)),
        List.of(passExam(CCA), new Step.GainExperience(ExperienceDomain.CODING, 12, 12)));
    for (int i = 1; i < p.alternatives().size(); i++) {
      assertThat(PathwayPropertiesTest.rank(p.alternatives().get(i - 1)))
          .isLessThanOrEqualTo(PathwayPropertiesTest.rank(p.alternatives().get(i)));
    }
    assertThat(p.best().orElseThrow().steps()).containsExactly(new Step.GainExperience(ExperienceDomain.CODING, 24, 24));
  }

  @Test
  void experienceAlreadyGainedCounts() {
    Pathway best = plan(coding(highSchoolGraduate(), 18).build(), eligibleTarget(CCS)).best().orElseThrow();
    assertThat(best.steps()).containsExactly(new Step.GainExperience(ExperienceDomain.CODING, 6, 24));
    assertThat(best.knownDuration()).isEqualTo(Period.ofMonths(6));
  }

  private static final String CCS_TRAINING = "a coding training program covering anatomy and physiology, "
      + "pathophysiology, pharmacology, medical terminology, reimbursement methodology, and intermediate or advanced "
      + "ICD diagnostic and procedural and CPT coding";

  @Test
  void anApprenticeHasTheDesignationRemoved() {
    LearnerProfile apprentice = coding(holding(learner(), CPC_A), 24).build();
    Step.EarnCredential removal = new Step.EarnCredential(CPC, "Certified Professional Coder", CPC, List.of(CPC_A),
        Optional.of(CPC_A));
    assertThat(plan(apprentice, holdsTarget(CPC)).best().orElseThrow().steps()).containsExactly(removal);
    LearnerProfile newApprentice = holding(learner(), CPC_A).build();
    assertThat(plan(newApprentice, holdsTarget(CPC)).alternatives()).extracting(Pathway::steps)
        .contains(List.of(new Step.GainExperience(ExperienceDomain.CODING, 12, 12),
            new Step.CompleteTraining("aapc-practicode", "AAPC's Practicode"), removal));
  }

  @Test
  void theApprenticeDesignationIsEarnedAtTheFullExam() {
    assertThat(plan(LearnerProfile.empty(), holdsTarget(COC_A)).best().orElseThrow().steps())
        .singleElement().isInstanceOfSatisfying(Step.EarnCredential.class, s -> {
          assertThat(s.credential()).isEqualTo(COC_A);
          assertThat(s.exam()).isEqualTo(COC);
          assertThat(s.designationRemoved()).isEmpty();
        });
  }

  @Test
  void anUnreachableTargetSaysWhy() {
    CredentialId chdaId = CredentialId.of("CHDA");
    PathwayPlan chda = plan(LearnerProfile.empty(), holdsTarget(chdaId));
    assertThat(chda.isReachable()).isFalse();
    assertThat(chda.best()).isEmpty();
    assertThat(chda.obstacles()).singleElement().satisfies(o -> {
      assertThat(o.kind()).isEqualTo(ObstacleKind.NO_ELIGIBILITY_DATA);
      assertThat(o.credential()).contains(chdaId);
      assertThat(o.omissions()).isNotEmpty().allMatch(k -> k.concerns(chdaId));
    });
    PathwayPlan cdi = plan(LearnerProfile.empty(), roleTarget("cdi-specialist"));
    assertThat(cdi.obstacles()).containsExactly(Obstacle.noTypicalEntry());
    PathwayPlan pcs = plan(LearnerProfile.empty(), eligibleTarget(CredentialId.of("PCS")));
    assertThat(pcs.obstacles()).containsExactly(Obstacle.examNotOffered(CredentialId.of("PCS"), AHIMA));
  }

  @Test
  void anObstacleCarriesOnlyWhatItsKindNames() {
    assertThatThrownBy(() -> Obstacle.notPlanned(ObstacleKind.NO_TYPICAL_ENTRY, Requirement.highSchoolDiploma()))
        .isInstanceOf(org.himkit.HimValidationException.class).hasMessageContaining("leaf");
    assertThat(Obstacle.notPlanned(ObstacleKind.RECIPROCITY_NOT_PLANNED, Requirement.foreignReciprocity(AHIMA)).leaf())
        .contains(Requirement.foreignReciprocity(AHIMA));
  }

  @Test
  void unknownTargetsAreErrors() {
    assertThatThrownBy(() -> plan(LearnerProfile.empty(), new Target.Enters(RoleId.of("astronaut"), "Astronaut")))
        .isInstanceOf(UnknownEntryException.class);
    assertThatThrownBy(() -> plan(LearnerProfile.empty(), new Target.Holds(CredentialId.of("RHIM"), "RHIM")))
        .isInstanceOf(UnknownEntryException.class);
  }

  @Test
  void aPathwayIsCheckedStepByStep() {
    LearnerProfile nothing = LearnerProfile.empty();
    Pathway skipsThePrerequisite = new Pathway(List.of(passExam(CCA)));
    assertThat(PLANNER.reaches(nothing, skipsThePrerequisite, holdsTarget(CCA), AS_OF)).isFalse();
    assertThat(skipsThePrerequisite.applyTo(nothing, AS_OF).holds(CCA, AS_OF)).as("applyTo does not check").isTrue();
    Pathway full = plan(nothing, holdsTarget(CCA)).best().orElseThrow();
    assertThat(PLANNER.reaches(nothing, full, holdsTarget(CCA), AS_OF)).isTrue();
  }

  // ODS and the roles with a typical entry ---------------------------------------------------------

  private static final CredentialId ODS = CredentialId.of("ODS");
  private static final org.himkit.OrganizationId NCRA = org.himkit.OrganizationId.of("NCRA");
  private static final ExperienceDomain REGISTRY = ExperienceDomain.CANCER_REGISTRY;
  private static final String ANATOMY = "human-anatomy-physiology";

  private static LearnerProfile.Builder routeBWithout() {
    return learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)).putCoursework(ANATOMY, 6);
  }

  @Test
  void fiftyHoursShortOfOdsGainsTheHoursAtFullTime() {
    PathwayPlan p = plan(routeBWithout().putExperienceHours(REGISTRY, 1_900).build(), holdsTarget(ODS));
    assertThat(p.best().orElseThrow().steps()).containsExactly(
        new Step.GainExperienceHours(REGISTRY, 50, 1_950, Optional.of(Period.ofMonths(1))), passExam(ODS));
  }

  @Test
  void elevenMonthsShortOfOdsGainsTheMonth() {
    PathwayPlan p = plan(routeBWithout().putExperience(REGISTRY, 11).build(), holdsTarget(ODS));
    assertThat(p.best().orElseThrow().steps()).containsExactly(new Step.GainExperience(REGISTRY, 1, 12), passExam(ODS));
    // a learner with no registry experience at all gains the full-time year, as the source equates it
    PathwayPlan none = plan(routeBWithout().build(), eligibleTarget(ODS));
    assertThat(none.best().orElseThrow().steps()).containsExactly(new Step.GainExperience(REGISTRY, 12, 12));
  }

  @Test
  void theMissingCreditHoursAndCollegeCreditsAreSteps() {
    PathwayPlan coursework = plan(learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE))
        .putCoursework(ANATOMY, 3).putExperienceHours(REGISTRY, 2_000).build(), eligibleTarget(ODS));
    assertThat(coursework.best().orElseThrow().steps())
        .containsExactly(new Step.CompleteCoursework(ANATOMY, "Human Anatomy and Human Physiology", 3, 6));
    PathwayPlan credits = plan(learner().collegeCredits(45).addEducation(
        Education.completed(DegreeLevel.POSTSECONDARY_CERTIFICATE, NCRA)).addTraining("ncra-practicum").build(),
        eligibleTarget(ODS));
    // "an Associate's degree or the equivalent (60 college credits)": two alternatives
    assertThat(credits.alternatives()).extracting(Pathway::steps).contains(
        List.of(Step.CompleteProgram.of(DegreeLevel.ASSOCIATE, Optional.empty(), Optional.empty())),
        List.of(new Step.EarnCollegeCredits(15, 60)));
  }

  @Test
  void fromNothingToOdsThroughAnNcraAssociateProgram() {
    PathwayPlan p = plan(LearnerProfile.empty(), holdsTarget(ODS));
    assertThat(p.best().orElseThrow().steps()).containsExactly(
        Step.CompleteProgram.of(DegreeLevel.ASSOCIATE, Optional.empty(), Optional.of(NCRA)),
        new Step.CompleteTraining("ncra-practicum",
            "the practicum activities and competency assessments of an NCRA-accredited formal education program"),
        passExam(ODS));
    assertThat(p.alternatives()).allSatisfy(a -> assertThat(PLANNER.reaches(LearnerProfile.empty(), a,
        holdsTarget(ODS), AS_OF)).isTrue());
  }

  @Test
  void everyRoleWithATypicalEntryHasAPlanAndTheOthersSayWhyNot() {
    List<String> planned = new java.util.ArrayList<>();
    for (org.himkit.Role role : CATALOG.roles().list()) {
      Target target = Target.enters(role);
      PathwayPlan p = plan(LearnerProfile.empty(), target);
      if (role.typicalEntry().isPresent()) {
        planned.add(role.id().value());
        assertThat(p.best()).as(role.id().value()).isPresent();
        assertThat(p.obstacles()).as(role.id().value()).isEmpty();
        assertThat(p.alternatives()).allSatisfy(a -> assertThat(PLANNER.reaches(LearnerProfile.empty(), a, target,
            AS_OF)).isTrue());
      } else {
        assertThat(p.obstacles()).as(role.id().value()).containsExactly(Obstacle.noTypicalEntry());
      }
    }
    assertThat(planned).containsExactly(TECHNICIAN, MANAGER, "medical-coder", "cancer-registrar");
  }

  @Test
  void theCoderAndRegistrarEntriesLeadThroughTheirCredentialsAndPrograms() {
    PathwayPlan coder = plan(LearnerProfile.empty(), roleTarget("medical-coder"));
    List<CredentialId> coding = List.of(CCA, CCS, CCS_P, CPC, COC);
    assertThat(coder.alternatives()).allSatisfy(a -> assertThat(a.steps().get(a.size() - 1))
        .isInstanceOfSatisfying(Step.EarnCredential.class, e -> assertThat(coding).contains(e.credential())));
    assertThat(plan(holding(learner(), CPC).build(), roleTarget("medical-coder")).isAlreadyThere()).isTrue();
    assertThat(plan(holding(learner(), CPC_A).build(), roleTarget("medical-coder")).isAlreadyThere())
        .as("an apprentice designation is not one of the coding credentials the sources name").isFalse();
    PathwayPlan registrar = plan(LearnerProfile.empty(), roleTarget("cancer-registrar"));
    assertThat(registrar.best().orElseThrow().steps()).containsExactly(
        Step.CompleteProgram.of(DegreeLevel.ASSOCIATE, Optional.empty(), Optional.of(NCRA)),
        new Step.CompleteTraining("ncra-practicum",
            "the practicum activities and competency assessments of an NCRA-accredited formal education program"));
    LearnerProfile routeA2 = learner().collegeCredits(60).addEducation(
        Education.completed(DegreeLevel.POSTSECONDARY_CERTIFICATE, NCRA)).addTraining("ncra-practicum").build();
    assertThat(plan(routeA2, roleTarget("cancer-registrar")).isAlreadyThere()).isTrue();
    assertThat(ELIGIBILITY.reachableRoles(routeA2, AS_OF)).extracting(r -> r.id().value())
        .containsExactly("cancer-registrar");
  }
}
