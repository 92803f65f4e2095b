package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.pathway.EligibilityStatus.ELIGIBLE;
import static org.himkit.pathway.EligibilityStatus.NOT_ELIGIBLE;
import static org.himkit.pathway.Learners.*;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;

/**
 * NCRA's ODS routes A1, A2 and B: learners who meet each route, and near misses that report the typed
 * condition they lack with its amounts.
 */
class OdsEligibilityTest {
  static final CredentialId ODS = CredentialId.of("ODS");
  static final OrganizationId NCRA = OrganizationId.of("NCRA");
  static final ExperienceDomain REGISTRY = ExperienceDomain.CANCER_REGISTRY;
  static final String PRACTICUM = "ncra-practicum";
  static final String ANATOMY = "human-anatomy-physiology";

  static final Requirement TREE = CATALOG.getCredential(ODS).eligibility().orElseThrow();

  /** The one leaf of the ODS tree of a type (the degree-or-credits and practicum leaves are shared by routes). */
  static <T extends Requirement.Leaf> T leaf(Class<T> type) {
    List<T> found = TREE.leaves().filter(type::isInstance).map(type::cast).distinct().toList();
    assertThat(found).as(type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  /** The NCRA-accredited program leaf of a level. */
  static Requirement.CompletedProgram ncraProgram(DegreeLevel level) {
    return TREE.leaves().filter(l -> l instanceof Requirement.CompletedProgram p && p.level() == level)
        .map(Requirement.CompletedProgram.class::cast).findFirst().orElseThrow();
  }

  static LearnerProfile.Builder routeBWithout() {
    return learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)).putCoursework(ANATOMY, 6);
  }

  // the tree -------------------------------------------------------------------------------------

  @Test
  void theTreeHasTheThreeRoutesWithTheirAmounts() {
    assertThat(ELIGIBILITY.routes(TREE, LearnerProfile.empty(), AS_OF)).hasSize(3);
    assertThat(ncraProgram(DegreeLevel.ASSOCIATE).accreditor()).contains(NCRA);
    assertThat(ncraProgram(DegreeLevel.ASSOCIATE).field()).isEmpty();
    assertThat(ncraProgram(DegreeLevel.POSTSECONDARY_CERTIFICATE).accreditor()).contains(NCRA);
    Requirement.DegreeOrCollegeCredits equivalent = leaf(Requirement.DegreeOrCollegeCredits.class);
    assertThat(equivalent.level()).isEqualTo(DegreeLevel.ASSOCIATE);
    assertThat(equivalent.credits()).isEqualTo(60);
    Requirement.CompletedCoursework anatomy = leaf(Requirement.CompletedCoursework.class);
    assertThat(anatomy.code()).isEqualTo(ANATOMY);
    assertThat(anatomy.creditHours()).isEqualTo(6);
    Requirement.ExperienceHours hours = leaf(Requirement.ExperienceHours.class);
    assertThat(hours.domain()).isEqualTo(REGISTRY);
    assertThat(hours.hours()).isEqualTo(1_950);
    assertThat(hours.fullTimeMonths()).hasValue(12);
    assertThat(leaf(Requirement.CompletedTraining.class).code()).isEqualTo(PRACTICUM);
  }

  // each route met -------------------------------------------------------------------------------

  @Test
  void routeA1AnNcraAssociateProgramAndItsPracticum() {
    LearnerProfile p = learner().addEducation(Education.completed(DegreeLevel.ASSOCIATE, NCRA)).addTraining(PRACTICUM)
        .build();
    EligibilityResult r = check(p, ODS);
    assertThat(r.status()).isEqualTo(ELIGIBLE);
    assertThat(r.satisfiedRoute().orElseThrow().leaves())
        .containsExactly(ncraProgram(DegreeLevel.ASSOCIATE), leaf(Requirement.CompletedTraining.class));
  }

  @Test
  void routeA2ByADegreeOrBySixtyCreditsWithAnNcraCertificate() {
    LearnerProfile.Builder certificate = learner()
        .addEducation(Education.completed(DegreeLevel.POSTSECONDARY_CERTIFICATE, NCRA)).addTraining(PRACTICUM);
    LearnerProfile byDegree = certificate.addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE)).build();
    assertThat(check(byDegree, ODS).satisfiedRoute().orElseThrow().leaves()).containsExactly(
        leaf(Requirement.DegreeOrCollegeCredits.class), ncraProgram(DegreeLevel.POSTSECONDARY_CERTIFICATE),
        leaf(Requirement.CompletedTraining.class));
    LearnerProfile byCredits = learner().addEducation(Education.completed(DegreeLevel.POSTSECONDARY_CERTIFICATE, NCRA))
        .addTraining(PRACTICUM).collegeCredits(60).build();
    assertThat(check(byCredits, ODS).status()).isEqualTo(ELIGIBLE);
    // a higher degree in any field is "any Associate's degree or the equivalent" too
    LearnerProfile byBachelors = learner().addEducation(Education.completedDegree(DegreeLevel.BACCALAUREATE))
        .addEducation(Education.completed(DegreeLevel.POSTSECONDARY_CERTIFICATE, NCRA)).addTraining(PRACTICUM).build();
    assertThat(check(byBachelors, ODS).status()).isEqualTo(ELIGIBLE);
  }

  @Test
  void routeBByHoursOrByAFullTimeYear() {
    assertThat(status(routeBWithout().putExperienceHours(REGISTRY, 1_950), ODS)).isEqualTo(ELIGIBLE);
    assertThat(status(routeBWithout().putExperience(REGISTRY, 12), ODS)).isEqualTo(ELIGIBLE);
    EligibilityResult byCredits = check(learner().collegeCredits(60).putCoursework(ANATOMY, 6)
        .putExperienceHours(REGISTRY, 2_000).build(), ODS);
    assertThat(byCredits.satisfiedRoute().orElseThrow().leaves()).containsExactly(
        leaf(Requirement.DegreeOrCollegeCredits.class), leaf(Requirement.CompletedCoursework.class),
        leaf(Requirement.ExperienceHours.class));
  }

  // near misses ----------------------------------------------------------------------------------

  @Test
  void elevenMonthsIsOneMonthShort() {
    EligibilityResult r = check(routeBWithout().putExperience(REGISTRY, 11).build(), ODS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    Unmet.Condition c = conditionAbout(r, leaf(Requirement.ExperienceHours.class));
    assertThat(c.kind()).isEqualTo(UnmetKind.EXPERIENCE_HOURS);
    assertThat(c.experienceMonths()).hasValue(11);
    assertThat(c.missingMonths()).hasValue(1);
    assertThat(c.amount()).hasValue(0);
    assertThat(c.missingAmount()).hasValue(1_950);
    assertThat(c.program()).isEmpty();
  }

  @Test
  void nineteenHundredHoursIsFiftyHoursShort() {
    EligibilityResult r = check(routeBWithout().putExperienceHours(REGISTRY, 1_900).build(), ODS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    Unmet.Condition c = conditionAbout(r, leaf(Requirement.ExperienceHours.class));
    assertThat(c.kind()).isEqualTo(UnmetKind.EXPERIENCE_HOURS);
    assertThat(c.amount()).hasValue(1_900);
    assertThat(c.missingAmount()).hasValue(50);
    assertThat(c.experienceMonths()).hasValue(0);
    assertThat(c.missingMonths()).hasValue(12);
  }

  @Test
  void hoursAndMonthsAreNotAddedTogether() {
    assertThat(status(routeBWithout().putExperienceHours(REGISTRY, 1_000).putExperience(REGISTRY, 11), ODS))
        .isEqualTo(NOT_ELIGIBLE);
    // experience in another domain does not count
    assertThat(status(routeBWithout().putExperienceHours(ExperienceDomain.CODING, 5_000)
        .putExperience(ExperienceDomain.CODING, 60), ODS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void aNonAccreditedAssociateProgramLacksOnlyItsAccreditation() {
    Education notAccredited = Education.completedDegree(DegreeLevel.ASSOCIATE);
    EligibilityResult r = check(learner().addEducation(notAccredited).addTraining(PRACTICUM).build(), ODS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    Unmet.Condition a1 = conditionAbout(r, ncraProgram(DegreeLevel.ASSOCIATE));
    assertThat(a1.kind()).isEqualTo(UnmetKind.ACCREDITATION);
    assertThat(a1.program()).contains(notAccredited);
    // the same degree meets route A2's "an Associate's degree or the equivalent", so A2 lacks only the certificate
    assertThat(conditionAbout(r, ncraProgram(DegreeLevel.POSTSECONDARY_CERTIFICATE)).kind())
        .isEqualTo(UnmetKind.PROGRAM);
    assertThat(conditions(r)).noneMatch(c -> c.kind() == UnmetKind.COLLEGE_CREDITS);
    // an NCRA program still in progress lacks its completion
    Education enrolled = new Education(DegreeLevel.ASSOCIATE, Optional.empty(), Optional.of(NCRA),
        EducationStatus.IN_PROGRESS, Optional.empty());
    Unmet.Condition inProgress = conditionAbout(check(learner().addEducation(enrolled).build(), ODS),
        ncraProgram(DegreeLevel.ASSOCIATE));
    assertThat(inProgress.kind()).isEqualTo(UnmetKind.COMPLETION);
    assertThat(inProgress.program()).contains(enrolled);
  }

  @Test
  void anNcraProgramWithoutItsPracticumLacksThePracticum() {
    EligibilityResult r = check(learner().addEducation(Education.completed(DegreeLevel.ASSOCIATE, NCRA)).build(), ODS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    assertThat(conditionAbout(r, leaf(Requirement.CompletedTraining.class)).kind()).isEqualTo(UnmetKind.TRAINING);
  }

  @Test
  void fiftyNineCreditsAndFiveCreditHoursAreOneShortEach() {
    EligibilityResult r = check(learner().collegeCredits(59).putCoursework(ANATOMY, 5)
        .putExperienceHours(REGISTRY, 1_950).build(), ODS);
    assertThat(r.status()).isEqualTo(NOT_ELIGIBLE);
    Unmet.Condition credits = conditionAbout(r, leaf(Requirement.DegreeOrCollegeCredits.class));
    assertThat(credits.kind()).isEqualTo(UnmetKind.COLLEGE_CREDITS);
    assertThat(credits.amount()).hasValue(59);
    assertThat(credits.missingAmount()).hasValue(1);
    assertThat(credits.experienceMonths()).isEmpty();
    Unmet.Condition anatomy = conditionAbout(r, leaf(Requirement.CompletedCoursework.class));
    assertThat(anatomy.kind()).isEqualTo(UnmetKind.COURSEWORK);
    assertThat(anatomy.amount()).hasValue(5);
    assertThat(anatomy.missingAmount()).hasValue(1);
    // coursework under another code does not count
    assertThat(status(learner().addEducation(Education.completedDegree(DegreeLevel.ASSOCIATE))
        .putCoursework("anatomy", 6).putExperienceHours(REGISTRY, 1_950), ODS)).isEqualTo(NOT_ELIGIBLE);
  }

  @Test
  void nothingAtAllIsAChoiceOfTheThreeRoutes() {
    Unmet unmet = check(LearnerProfile.empty(), ODS).unmet().orElseThrow();
    assertThat(unmet).isInstanceOfSatisfying(Unmet.Choice.class, choice -> {
      assertThat(choice.needed()).isEqualTo(1);
      assertThat(choice.options()).hasSize(3).allMatch(o -> o instanceof Unmet.All);
    });
    assertThat(unmet.conditions()).extracting(Unmet.Condition::kind).containsExactly(
        UnmetKind.PROGRAM, UnmetKind.TRAINING,
        UnmetKind.COLLEGE_CREDITS, UnmetKind.PROGRAM, UnmetKind.TRAINING,
        UnmetKind.COLLEGE_CREDITS, UnmetKind.COURSEWORK, UnmetKind.EXPERIENCE_HOURS);
    assertThat(unmet.conditions().filter(c -> c.kind() == UnmetKind.EXPERIENCE_HOURS))
        .allSatisfy(c -> assertThat(c.amount()).isEqualTo(OptionalInt.of(0)));
  }

  @Test
  void addingToAProfileNeverLosesEligibility() {
    LearnerProfile base = routeBWithout().putExperienceHours(REGISTRY, 1_950).build();
    LearnerProfile more = LearnerProfile.builder().from(base).collegeCredits(120).putCoursework("statistics", 3)
        .putExperience(REGISTRY, 3).build();
    assertThat(check(base, ODS).status()).isEqualTo(ELIGIBLE);
    assertThat(check(more, ODS).status()).isEqualTo(ELIGIBLE);
    assertThat(ELIGIBILITY.eligibleCredentials(base, AS_OF)).extracting(EligibilityResult::credential).contains(ODS);
  }
}
