package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.pathway.Learners.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.ProgramField;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The property of the package-private incremental standing over random learners. The public
 * properties of eligibility and planned pathways run in hi-testkit over the kit's learner profiles
 * (hi-core cannot depend on the kit, which depends on it).
 */
class PathwayPropertiesTest {

  private static final List<CredentialId> CREDENTIALS = CATALOG.credentials().stream().map(Credential::id).toList();
  private static final List<String> TRAININGS = List.of("ccs-coding-training", "aapc-coding-course-80h", "aapc-practicode",
      "ncra-practicum");
  private static final String ANATOMY = "human-anatomy-physiology";
  private static final List<org.himkit.OrganizationId> ACCREDITORS = List.of(CAHIIM, org.himkit.OrganizationId.of("NCRA"));

  private static final List<ProgramField> FIELDS = List.of(ProgramField.values());

  static Gen<Education> educations() {
    return arbitrary().enumValues(DegreeLevel.class).zip(
        integers().between(0, FIELDS.size()),
        integers().between(0, ACCREDITORS.size()),
        arbitrary().enumValues(EducationStatus.class),
        (level, field, accredited, status) -> new Education(level,
            field == FIELDS.size() ? Optional.empty() : Optional.of(FIELDS.get(field)),
            accredited == ACCREDITORS.size() ? Optional.empty() : Optional.of(ACCREDITORS.get(accredited)), status,
            Optional.empty()));
  }

  /** College credits, anatomy credit hours, cancer registry hours and months, around ODS's 60, 6, 1,950 and 12. */
  static Gen<int[]> amounts() {
    return integers().between(0, 80).zip(integers().between(0, 8), integers().between(0, 2_500),
        integers().between(0, 14), (credits, anatomy, hours, months) -> new int[] {credits, anatomy, hours, months});
  }

  static Gen<LearnerProfile> profiles() {
    return basicProfiles().zip(amounts(), (p, a) -> LearnerProfile.builder().from(p).collegeCredits(a[0])
        .putCoursework(ANATOMY, a[1]).putExperienceHours(ExperienceDomain.CANCER_REGISTRY, a[2])
        .putExperience(ExperienceDomain.CANCER_REGISTRY, a[3]).build());
  }

  static Gen<LearnerProfile> basicProfiles() {
    return lists().of(educations()).ofSizeBetween(0, 2).zip(
        lists().of(arbitrary().pick(CREDENTIALS)).ofSizeBetween(0, 2),
        integers().between(0, 60),
        integers().between(0, 80),
        integers().between(0, 63),
        (education, credentials, coding, privacy, flags) -> {
          LearnerProfile.Builder b = LearnerProfile.builder().addAllEducation(education)
              .highSchoolDiploma((flags & 1) != 0)
              .putExperience(ExperienceDomain.CODING, coding)
              .putExperience(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, privacy);
          new HashSet<>(credentials).forEach(c -> b.putCredential(c, EARNED));
          if ((flags & 2) != 0 && (flags & 4) != 0) {
            b.addForeignReciprocity(AHIMA);
          }
          for (int i = 0; i < TRAININGS.size(); i++) {
            if ((flags & (4 << i)) != 0) {
              b.addTraining(TRAININGS.get(i));
            }
          }
          return b.build();
        });
  }

  static Gen<Step> steps() {
    Gen<Step> program = educations().map(e -> (Step) Step.CompleteProgram.of(e.level(), e.field(), e.accreditor()));
    Gen<Step> credential = arbitrary().pick(CREDENTIALS).map(c -> (Step) passExam(c));
    Gen<Step> experience = arbitrary().enumValues(ExperienceDomain.class).zip(integers().between(1, 30),
        (domain, months) -> (Step) new Step.GainExperience(domain, months, months));
    Gen<Step> training = arbitrary().pick(TRAININGS).map(t -> (Step) new Step.CompleteTraining(t, t));
    Gen<Step> credits = integers().between(1, 70).map(c -> (Step) new Step.EarnCollegeCredits(c, c));
    Gen<Step> coursework = integers().between(1, 8).map(h -> (Step) new Step.CompleteCoursework(ANATOMY, "anatomy", h, h));
    Gen<Step> hours = arbitrary().enumValues(ExperienceDomain.class).zip(integers().between(1, 2_500),
        (domain, h) -> (Step) new Step.GainExperienceHours(domain, h, h, Optional.empty()));
    return program.mix(credential).mix(experience).mix(training).mix(credits).mix(coursework).mix(hours);
  }

  @Test
  void aStandingAfterAStepIsTheStandingOfTheProfileAfterIt() {
    List<org.himkit.Requirement> trees = new ArrayList<>();
    CATALOG.credentials().stream().forEach(c -> c.eligibility().ifPresent(trees::add));
    CATALOG.roles().stream().forEach(r -> r.typicalEntry().ifPresent(trees::add));
    qt().withExamples(300).forAll(profiles(), steps()).checkAssert((profile, step) -> {
      Standing after = Standing.of(CATALOG, profile, AS_OF).after(step);
      Standing rebuilt = Standing.of(CATALOG, step.applyTo(profile, AS_OF), AS_OF);
      assertThat(after.held()).as("%s", step).isEqualTo(rebuilt.held());
      for (org.himkit.Requirement tree : trees) {
        assertThat(after.meets(tree)).as("%s then %s", step, tree).isEqualTo(rebuilt.meets(tree));
        assertThat(after.unmet(tree)).as("%s then %s", step, tree).isEqualTo(rebuilt.unmet(tree));
      }
    });
  }

  /** The rank of a pathway: steps of unknown duration, then known months (a pathway has no days here). */
  static long rank(Pathway p) {
    return p.unknownDurations() * 10_000L + p.knownDuration().toTotalMonths();
  }
}
