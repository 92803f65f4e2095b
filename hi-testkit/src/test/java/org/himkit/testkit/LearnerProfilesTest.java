package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.Step;
import org.himkit.pathway.StepKind;
import org.himkit.pathway.Target;
import org.junit.jupiter.api.Test;

/** Learner profiles, education, steps and targets: their configuration, edges and references. */
class LearnerProfilesTest {
  private static final HimCatalog BUILT_IN = HimCatalog.builtIn();

  @Test
  void educationFollowsTheConfiguredLevelsAndStatuses() {
    List<LearnerProfile> profiles = HimGenerators.learnerProfiles()
        .withEducationLevels(DegreeLevel.ASSOCIATE, DegreeLevel.BACCALAUREATE)
        .withEducationStatuses(EducationStatus.FINAL_TERM).stream(1).limit(300).toList();
    List<Education> education = profiles.stream().flatMap(p -> p.education().stream()).toList();
    assertThat(education).isNotEmpty().allSatisfy(e -> {
      assertThat(e.level()).isIn(DegreeLevel.ASSOCIATE, DegreeLevel.BACCALAUREATE);
      assertThat(e.status()).isEqualTo(EducationStatus.FINAL_TERM);
    });
    assertThat(education.stream().map(Education::level).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DegreeLevel.ASSOCIATE, DegreeLevel.BACCALAUREATE);
    assertThat(profiles).anyMatch(p -> p.education().size() == 3).anyMatch(p -> p.education().isEmpty());
    assertThat(HimGenerators.learnerProfiles().withEducationLevels(DegreeLevel.DOCTORATE).educationLevels())
        .containsExactly(DegreeLevel.DOCTORATE);
    assertThatThrownBy(() -> HimGenerators.learnerProfiles().withEducationLevels())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.learnerProfiles().withEducationStatuses())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void amountsComeUpAtZeroTheLimitsAndAroundWhatRequirementsAsk() {
    List<LearnerProfile> profiles = HimGenerators.learnerProfiles().stream(2).limit(1500).toList();
    Set<Integer> credits = profiles.stream().map(LearnerProfile::collegeCredits).collect(Collectors.toSet());
    assertThat(credits).contains(0, 59, 60, 61, LearnerProfile.MAX_CREDITS).allMatch(c -> c >= 0 && c <= 500);
    Set<Integer> hours = profiles.stream().flatMap(p -> p.experienceHours().values().stream())
        .collect(Collectors.toSet());
    assertThat(hours).contains(0, 1_949, 1_950, 1_951, LearnerProfile.MAX_EXPERIENCE_HOURS);
    Set<Integer> months = profiles.stream().flatMap(p -> p.experience().values().stream()).collect(Collectors.toSet());
    assertThat(months).contains(0, 11, 12, 13, 23, 24, 25, LearnerProfile.MAX_EXPERIENCE_MONTHS);
    Set<Integer> coursework = profiles.stream().flatMap(p -> p.coursework().values().stream())
        .collect(Collectors.toSet());
    assertThat(coursework).contains(0, 5, 6, 7, LearnerProfile.MAX_CREDITS);
    assertThat(profiles).anyMatch(p -> p.equals(LearnerProfile.empty()) || p.credentials().isEmpty())
        .anyMatch(p -> !p.foreignReciprocity().isEmpty()).anyMatch(p -> p.trainings().size() == 3)
        .anyMatch(LearnerProfile::highSchoolDiploma);
  }

  @Test
  void aCatalogsProfilesNameItsEntriesAndMeetItsThresholdsEdges() {
    Set<CredentialId> credentials = BUILT_IN.credentials().stream().map(Credential::id).collect(Collectors.toSet());
    Set<OrganizationId> organizations = BUILT_IN.organizations().stream().map(Organization::id)
        .collect(Collectors.toSet());
    LearnerProfileGenerator generator = HimGenerators.learnerProfiles().forCatalog(BUILT_IN)
        .withDates(HimGenerators.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 12, 31)));
    List<LearnerProfile> profiles = generator.stream(3).limit(800).toList();
    assertThat(profiles).allSatisfy(p -> {
      assertThat(p.credentials().keySet()).isSubsetOf(credentials);
      assertThat(p.credentials().values()).allMatch(d -> d.getYear() >= 2015 && d.getYear() <= 2026);
      assertThat(p.foreignReciprocity()).isSubsetOf(organizations);
      p.education().forEach(e -> e.accreditor().ifPresent(a -> assertThat(organizations).contains(a)));
    });
    // ODS asks for 60 college credits, 1,950 hours and six credit hours of human anatomy and physiology
    assertThat(profiles.stream().map(LearnerProfile::collegeCredits)).contains(59, 60, 61);
    assertThat(profiles.stream().flatMap(p -> p.coursework().keySet().stream())).contains("human-anatomy-physiology");
    Set<String> trainings = profiles.stream().flatMap(p -> p.trainings().stream()).collect(Collectors.toSet());
    assertThat(trainings).contains("aapc-practicode");
    assertThat(HimGenerators.learnerProfiles().forCatalog(BUILT_IN).withCredentials(CredentialId.of("RHIT"))
        .stream(4).limit(200).flatMap(p -> p.credentials().keySet().stream())).containsOnly(CredentialId.of("RHIT"));
    assertThat(HimGenerators.learnerProfiles().withCredentials().stream(4).limit(100))
        .allMatch(p -> p.credentials().isEmpty());
  }

  @Test
  void stepsOfEveryKindApplyToAnyProfile() {
    LearnerProfileGenerator generator = HimGenerators.learnerProfiles().forCatalog(BUILT_IN);
    List<Step> steps = generator.steps().stream(5).limit(500).toList();
    assertThat(steps.stream().map(Step::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(StepKind.class))))
        .containsExactlyInAnyOrder(StepKind.values());
    List<LearnerProfile> profiles = generator.stream(6).limit(500).toList();
    for (int i = 0; i < steps.size(); i++) {
      LearnerProfile after = steps.get(i).applyTo(profiles.get(i), LocalDate.of(2026, 1, 1));
      assertThat(after.credentials().keySet()).containsAll(profiles.get(i).credentials().keySet());
    }
    assertThat(steps).filteredOn(s -> s instanceof Step.EarnCredential).allSatisfy(s -> assertThat(
        BUILT_IN.findCredential(((Step.EarnCredential) s).credential())).isPresent());
  }

  @Test
  void targetsAreOfEveryKindAndTheCatalogsOwn() {
    List<Target> targets = HimGenerators.learnerProfiles().forCatalog(BUILT_IN).targets().stream(7).limit(300).toList();
    assertThat(targets.stream().map(Target::kind).collect(Collectors.toSet())).hasSize(3);
    assertThat(targets).allSatisfy(t -> {
      if (t instanceof Target.Enters e) {
        assertThat(BUILT_IN.findRole(e.role())).isPresent();
      } else if (t instanceof Target.Holds h) {
        assertThat(BUILT_IN.findCredential(h.credential())).isPresent();
      } else if (t instanceof Target.EligibleFor f) {
        assertThat(BUILT_IN.findCredential(f.credential())).isPresent();
      }
    });
    assertThat(new HashSet<>(HimGenerators.targets().stream(8).limit(100).map(Target::kind).toList())).hasSize(3);
  }

  @Test
  void answersAreTheEnginesForTheDrawnLearnerTargetAndDay() {
    List<PathwayPlan> plans = HimGenerators.pathwayPlans().stream(9).limit(100).toList();
    assertThat(plans).anyMatch(PathwayPlan::isReachable).anyMatch(p -> !p.obstacles().isEmpty())
        .anyMatch(PathwayPlan::isAlreadyThere).anyMatch(p -> p.alternatives().size() > 1);
    assertThat(HimGenerators.eligibilityResults().stream(10).limit(300).map(r -> r.status()).distinct())
        .hasSize(3);
    LearnerProfileGenerator empty = HimGenerators.learnerProfiles().forCatalog(HimCatalog.builder().build());
    assertThatThrownBy(empty::eligibilityResults).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(empty::pathwayPlans).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.credentialMatches(HimCatalog.builder().build()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
