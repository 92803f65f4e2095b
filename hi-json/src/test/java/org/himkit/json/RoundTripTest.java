package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Function;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FormerName;
import org.himkit.JobTitle;
import org.himkit.Location;
import org.himkit.Misnomer;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOutcome;
import org.himkit.ProgramType;
import org.himkit.ProgressionProgram;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.KnownOmission;
import org.himkit.pathway.Education;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Obstacle;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.pathway.Unmet;
import org.himkit.policy.CarryoverRule;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleRequirement;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.Note;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.renewal.RequirementProgress;
import org.himkit.renewal.Shortfall;
import org.himkit.testkit.CatalogSize;
import org.himkit.testkit.Generator;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.HimGens;
import org.himkit.testkit.SyntheticHolder;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exact round trips: for every value type, a property over generated values proves that reading what
 * was written gives an equal value, through the two-line mapper and through the facade.
 */
class RoundTripTest {
  private static final int EXAMPLES = 40;

  private final JsonMapper mapper = JsonMapper.builder().addModule(new HimJsonModule()).build();
  private final HimJson json = HimJson.create();

  private <T> void roundTrips(Class<T> type, Generator<T> values) {
    roundTrips(type, values, EXAMPLES);
  }

  private <T> void roundTrips(Class<T> type, Generator<T> values, int examples) {
    qt().withExamples(examples).withShrinkCycles(200).forAll(HimGens.of(values)).checkAssert(value -> {
      String text = mapper.writeValueAsString(value);
      assertThat(mapper.readValue(text, type)).as(text).isEqualTo(value);
      assertThat(json.read(json.write(value), type)).isEqualTo(value);
    });
  }

  @Test
  void idsAmountsAndVersions() {
    roundTrips(org.himkit.CredentialId.class, HimGenerators.credentialIds());
    roundTrips(org.himkit.OrganizationId.class, HimGenerators.organizationIds());
    roundTrips(org.himkit.RoleId.class, HimGenerators.roleIds());
    roundTrips(org.himkit.ProgramTypeId.class, HimGenerators.programTypeIds());
    roundTrips(org.himkit.ProgramOfferingId.class, HimGenerators.programOfferingIds());
    roundTrips(org.himkit.OccupationId.class, HimGenerators.occupationIds());
    roundTrips(org.himkit.WorkSettingId.class, HimGenerators.workSettingIds());
    roundTrips(org.himkit.RenewalPolicyId.class, HimGenerators.renewalPolicyIds());
    roundTrips(org.himkit.KnownOmissionId.class, HimGenerators.knownOmissionIds());
    roundTrips(Ceus.class, HimGenerators.ceus());
    roundTrips(CatalogVersion.class, r -> CatalogVersion.of(2000 + r.nextInt(8000), 1 + r.nextInt(999)));
  }

  @Test
  void sourcesAndNames() {
    roundTrips(Citation.class, MoreGenerators.citation());
    roundTrips(Code.class, HimGenerators.codes());
    roundTrips(FormerName.class, HimGenerators.formerNames());
    roundTrips(Misnomer.class, HimGenerators.misnomers());
  }

  @Test
  void requirementTrees() {
    roundTrips(Requirement.class, HimGenerators.requirements(), 150);
    roundTrips(Requirement.class, HimGenerators.requirements().withMaxDepth(8), 40);
  }

  @Test
  void organizationsAndFees() {
    roundTrips(Fee.class, MoreGenerators.fees());
    roundTrips(Organization.class, MoreGenerators.organizations());
  }

  @Test
  void credentialsAndExams() {
    roundTrips(ExamPeriod.class, MoreGenerators.examPeriod(ExamPeriod.Kind.RETEST_WAIT, 0));
    roundTrips(ExamPassRate.class, MoreGenerators.passRates());
    roundTrips(Exam.class, MoreGenerators.exams());
    roundTrips(CredentialCount.class, MoreGenerators.counts());
    roundTrips(Credential.class, MoreGenerators.credentials());
  }

  @Test
  void programs() {
    roundTrips(ProgressionProgram.class, HimGenerators.progressionPrograms());
    roundTrips(org.himkit.AccreditationStandard.class, MoreGenerators.accreditationStandards());
    roundTrips(ProgramType.class, MoreGenerators.programTypes());
    roundTrips(Location.class, HimGenerators.locations());
    roundTrips(ProgramOutcome.class, MoreGenerators.outcomes());
    roundTrips(ProgramOffering.class, MoreGenerators.programOfferings());
  }

  @Test
  void rolesSettingsAndOccupations() {
    roundTrips(JobTitle.class, HimGenerators.jobTitles());
    roundTrips(Role.class, HimGenerators.roles());
    roundTrips(WorkSetting.class, HimGenerators.workSettings());
    roundTrips(WageStatistic.class, MoreGenerators.wages());
    roundTrips(org.himkit.EmploymentFigure.class, HimGenerators.employmentFigures());
    roundTrips(org.himkit.OutlookFigure.class, HimGenerators.outlookFigures());
    roundTrips(org.himkit.EntryEducation.class, HimGenerators.entryEducations());
    roundTrips(org.himkit.EntryExperience.class, MoreGenerators.entryExperience());
    roundTrips(org.himkit.IndustryEmployment.class, MoreGenerators.industries());
    roundTrips(Occupation.class, MoreGenerators.occupations());
    roundTrips(Profession.class, MoreGenerators.professions());
    roundTrips(KnownOmission.class, HimGenerators.knownOmissions());
  }

  @Test
  void renewalPoliciesAndTheirRules() {
    roundTrips(ContentRule.class, HimGenerators.contentRules());
    roundTrips(MandatoryActivity.class, HimGenerators.mandatoryActivities());
    roundTrips(MultiCredentialRule.class, HimGenerators.multiCredentialRules());
    roundTrips(LapseRule.class, HimGenerators.lapseRules());
    roundTrips(CarryoverRule.class, HimGenerators.carryoverRules());
    roundTrips(ContactTimeRule.class, HimGenerators.contactTimeRules());
    roundTrips(RenewalPolicy.class, HimGenerators.renewalPolicies(), 60);
  }

  @Test
  void holdingsActivitiesAndLearnerProfiles() {
    Generator<SyntheticHolder> holders = HimGenerators.population(2026).holders();
    roundTrips(CredentialHolding.class, MoreGenerators.holdings());
    roundTrips(CredentialHolding.class, pick(holders, SyntheticHolder::holdings));
    roundTrips(CeActivity.class, pick(holders, SyntheticHolder::activities));
    roundTrips(LearnerProfile.class, holders.map(SyntheticHolder::profile));
    roundTrips(LearnerProfile.class, AnswerGenerators.learnerProfiles());
    roundTrips(Education.class, r -> {
      List<Education> e = holders.next(r).profile().education();
      return e.isEmpty() ? Education.completedDegree(org.himkit.DegreeLevel.HIGH_SCHOOL) : e.get(r.nextInt(e.size()));
    });
  }

  @Test
  void eligibilityAnswers() {
    HimCatalog builtIn = HimCatalog.builtIn();
    roundTrips(EligibilityResult.class, AnswerGenerators.eligibilityResults(builtIn), 60);
    roundTrips(Unmet.class, AnswerGenerators.unmet(builtIn), 60);
    roundTrips(Route.class, AnswerGenerators.routes(builtIn));
  }

  @Test
  void pathwayAnswers() {
    HimCatalog builtIn = HimCatalog.builtIn();
    roundTrips(Target.class, AnswerGenerators.targets(builtIn));
    roundTrips(Step.class, AnswerGenerators.steps(), 60);
    roundTrips(Pathway.class, AnswerGenerators.pathways());
    roundTrips(Obstacle.class, AnswerGenerators.obstacles());
    roundTrips(PathwayPlan.class, AnswerGenerators.pathwayPlans(builtIn), 30);
  }

  @Test
  void renewalAnswers() {
    HimCatalog builtIn = HimCatalog.builtIn();
    Generator<RenewalAssessment> assessments = RenewalGenerators.assessments(builtIn);
    roundTrips(HolderRecord.class, RenewalGenerators.holderRecords(), 20);
    roundTrips(RenewalResult.class, RenewalGenerators.results(builtIn), 20);
    roundTrips(RenewalAssessment.class, assessments, 20);
    roundTrips(ActivityOutcome.class, pick(assessments, RenewalAssessment::activities), 20);
    roundTrips(RequirementProgress.class, pick(assessments, RenewalAssessment::requirements), 20);
    roundTrips(Shortfall.class, pick(assessments, RenewalAssessment::shortfalls), 20);
    roundTrips(KeyDate.class, pick(assessments, RenewalAssessment::keyDates), 20);
    roundTrips(Note.class, pick(assessments, RenewalAssessment::notes), 20);
    roundTrips(CycleWindow.class, assessments.map(RenewalAssessment::window), 20);
    roundTrips(RenewalStanding.class, RenewalGenerators.standings(builtIn), 20);
    roundTrips(CycleRequirement.class, RenewalGenerators.cycleRequirements(builtIn), 20);
  }

  /** One of the parts of generated values, drawing again while a value has none. */
  private static <H, T> Generator<T> pick(Generator<H> holders, Function<H, List<T>> part) {
    return r -> {
      while (true) {
        List<T> values = part.apply(holders.next(r));
        if (!values.isEmpty()) {
          return values.get(r.nextInt(values.size()));
        }
      }
    };
  }

  @Test
  void wholeCatalogs() {
    qt().withExamples(15).withShrinkCycles(100).forAll(HimGens.catalogs(CatalogSize.SMALL)).checkAssert(catalog ->
        Catalogs.assertSameEntries(json.readCatalog(json.writeCatalog(catalog)), catalog));
    qt().withExamples(4).withShrinkCycles(50).forAll(HimGens.catalogs(CatalogSize.MEDIUM)).checkAssert(catalog ->
        Catalogs.assertSameEntries(mapper.readValue(mapper.writeValueAsString(catalog), HimCatalog.class), catalog));
  }
}
