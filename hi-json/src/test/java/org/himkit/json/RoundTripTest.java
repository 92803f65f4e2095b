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
import org.himkit.testkit.LearnerProfileGenerator;
import org.himkit.testkit.LedgerGenerator;
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
    roundTrips(CatalogVersion.class, HimGenerators.catalogVersions());
  }

  @Test
  void sourcesAndNames() {
    roundTrips(Citation.class, HimGenerators.citations());
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
    roundTrips(Fee.class, HimGenerators.fees(), 80);
    roundTrips(Organization.class, HimGenerators.organizations());
  }

  @Test
  void credentialsAndExams() {
    roundTrips(ExamPeriod.class, HimGenerators.examPeriods());
    roundTrips(ExamPassRate.class, HimGenerators.examPassRates());
    roundTrips(Exam.class, HimGenerators.exams());
    roundTrips(CredentialCount.class, HimGenerators.credentialCounts());
    roundTrips(Credential.class, HimGenerators.credentials());
  }

  @Test
  void programs() {
    roundTrips(ProgressionProgram.class, HimGenerators.progressionPrograms());
    roundTrips(org.himkit.AccreditationStandard.class, HimGenerators.accreditationStandards());
    roundTrips(ProgramType.class, HimGenerators.programTypes());
    roundTrips(Location.class, HimGenerators.locations());
    roundTrips(ProgramOutcome.class, HimGenerators.programOutcomes());
    roundTrips(ProgramOffering.class, HimGenerators.programOfferings());
  }

  @Test
  void rolesSettingsAndOccupations() {
    roundTrips(JobTitle.class, HimGenerators.jobTitles());
    roundTrips(Role.class, HimGenerators.roles());
    roundTrips(WorkSetting.class, HimGenerators.workSettings());
    roundTrips(WageStatistic.class, HimGenerators.wageStatistics());
    roundTrips(org.himkit.EmploymentFigure.class, HimGenerators.employmentFigures());
    roundTrips(org.himkit.OutlookFigure.class, HimGenerators.outlookFigures());
    roundTrips(org.himkit.EntryEducation.class, HimGenerators.entryEducations());
    roundTrips(org.himkit.EntryExperience.class, HimGenerators.entryExperiences());
    roundTrips(org.himkit.IndustryEmployment.class, HimGenerators.industryEmployments());
    roundTrips(Occupation.class, HimGenerators.occupations());
    roundTrips(Profession.class, HimGenerators.professions());
    roundTrips(KnownOmission.class, HimGenerators.knownOmissions());
    roundTrips(org.himkit.catalog.CredentialMatch.class, HimGenerators.credentialMatches());
    roundTrips(org.himkit.catalog.CredentialMatch.class, r -> {
      HimCatalog catalog = HimGenerators.catalogs().withSize(CatalogSize.SMALL).next(r);
      while (catalog.credentials().count() == 0) {
        catalog = HimGenerators.catalogs().withSize(CatalogSize.SMALL).next(r);
      }
      return HimGenerators.credentialMatches(catalog).next(r);
    }, 10);
  }

  @Test
  void renewalPoliciesAndTheirRules() {
    roundTrips(ContentRule.class, HimGenerators.contentRules());
    roundTrips(org.himkit.policy.CredentialContentRule.class, HimGenerators.credentialContentRules());
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
    roundTrips(CredentialHolding.class, HimGenerators.credentialHoldings());
    roundTrips(CredentialHolding.class, pick(holders, SyntheticHolder::holdings));
    roundTrips(CeActivity.class, HimGenerators.ceActivities());
    roundTrips(CeActivity.class, pick(holders, SyntheticHolder::activities));
    roundTrips(LearnerProfile.class, holders.map(SyntheticHolder::profile));
    roundTrips(LearnerProfile.class, HimGenerators.learnerProfiles());
    roundTrips(LearnerProfile.class, HimGenerators.learnerProfiles().forCatalog(HimCatalog.builtIn()));
    roundTrips(Education.class, HimGenerators.educations());
  }

  @Test
  void eligibilityAnswers() {
    LearnerProfileGenerator learners = HimGenerators.learnerProfiles().forCatalog(HimCatalog.builtIn());
    roundTrips(EligibilityResult.class, learners.eligibilityResults(), 60);
    roundTrips(Unmet.class, learners.unmet(), 60);
    roundTrips(Route.class, learners.routes());
  }

  @Test
  void pathwayAnswers() {
    roundTrips(Target.class, HimGenerators.targets());
    roundTrips(Target.class, HimGenerators.learnerProfiles().forCatalog(HimCatalog.builtIn()).targets());
    roundTrips(Step.class, HimGenerators.steps(), 60);
    roundTrips(Pathway.class, HimGenerators.pathways());
    roundTrips(Obstacle.class, HimGenerators.obstacles());
    roundTrips(PathwayPlan.class, HimGenerators.pathwayPlans(), 30);
  }

  @Test
  void renewalAnswers() {
    // complete ledgers (mostly lapsed) and ledgers built for a status, which state where their records
    // begin or a good standing through a day
    LedgerGenerator complete = HimGenerators.ledgers();
    LedgerGenerator shared = HimGenerators.ledgers().withStatusShares(0.2, 0.1, 0.1);
    Generator<RenewalResult> results = r -> switch (r.nextInt(4)) {
      case 0 -> complete.assessments().next(r);
      case 1 -> complete.histories().next(r);
      case 2 -> shared.assessments().next(r);
      default -> shared.histories().next(r);
    };
    Generator<RenewalAssessment> assessments = pick(results, RenewalResult::assessments);
    roundTrips(HolderRecord.class, complete, 20);
    roundTrips(HolderRecord.class, shared, 20);
    roundTrips(RenewalResult.class, results, 20);
    roundTrips(RenewalAssessment.class, assessments, 20);
    roundTrips(ActivityOutcome.class, pick(assessments, RenewalAssessment::activities), 20);
    roundTrips(RequirementProgress.class, pick(assessments, RenewalAssessment::requirements), 20);
    roundTrips(Shortfall.class, pick(assessments, RenewalAssessment::shortfalls), 20);
    roundTrips(KeyDate.class, pick(assessments, RenewalAssessment::keyDates), 20);
    roundTrips(Note.class, pick(assessments, RenewalAssessment::notes), 20);
    roundTrips(CycleWindow.class, assessments.map(RenewalAssessment::window), 20);
    roundTrips(org.himkit.renewal.RenewalCycle.class, assessments.map(RenewalAssessment::cycle), 20);
    roundTrips(org.himkit.renewal.CycleYear.class, r -> {
      java.time.LocalDate first = HimGenerators.dates().next(r);
      return new org.himkit.renewal.CycleYear(first, first.plusYears(1).minusDays(1));
    }, 10);
    roundTrips(org.himkit.renewal.NotAssessed.class, pick(results, RenewalResult::notAssessed), 10);
    roundTrips(org.himkit.renewal.NotAssessedReason.class, pick(pick(results, RenewalResult::notAssessed),
        org.himkit.renewal.NotAssessed::reasons), 10);
    roundTrips(RenewalStanding.class, shared.standings(), 20);
    roundTrips(CycleRequirement.class, HimGenerators.cycleRequirements(), 20);
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

  /**
   * Every constant of every public enum of hi-core is written, by name, by some round trip over the kit's
   * values: catalogs (the vocabulary and policies), ledgers and their histories (renewal answers of every
   * status, built for the statuses a lapse rule gives, and a retired credential left out of a policy),
   * what cycles require, learners' answers and plans. Left out: the error
   * codes of exceptions, which are not values, and the one answer a catalog that passes the builder's
   * checks never gives.
   */
  @Test
  void theRoundTripsReachEveryEnumConstant() throws Exception {
    StringBuilder written = new StringBuilder();
    HimGenerators.catalogs().withSize(CatalogSize.SMALL).stream(6).limit(24).forEach(catalog -> {
      String text = json.writeCatalog(catalog);
      Catalogs.assertSameEntries(json.readCatalog(text), catalog);
      written.append(text);
      // renewal answers under generated policies: versions with gaps, several credentials without a rule
      if (catalog.credentials().stream().anyMatch(c -> c.renewalPolicy().isPresent()
          && c.status() == org.himkit.CredentialStatus.ACTIVE)) {
        LedgerGenerator ledgers = HimGenerators.ledgers().withCatalog(catalog,
            catalog.organizations().stream().map(Organization::id).toArray(org.himkit.OrganizationId[]::new));
        writeAll(RenewalResult.class, ledgers.histories(), 10, written);
      }
    });
    writeAll(Credential.class, HimGenerators.credentials(), 80, written);
    writeAll(Organization.class, HimGenerators.organizations(), 60, written);
    writeAll(ProgramType.class, HimGenerators.programTypes(), 60, written);
    writeAll(ProgramOffering.class, HimGenerators.programOfferings(), 60, written);
    writeAll(Role.class, HimGenerators.roles(), 60, written);
    writeAll(Occupation.class, HimGenerators.occupations(), 60, written);
    writeAll(KnownOmission.class, HimGenerators.knownOmissions(), 60, written);
    writeAll(RenewalPolicy.class, HimGenerators.renewalPolicies(), 60, written);
    writeAll(RenewalResult.class, HimGenerators.renewalResults(), 100, written);
    writeAll(CycleRequirement.class, HimGenerators.cycleRequirements(), 150, written);
    writeAll(RenewalResult.class, r -> RenewalJsonTest.retiredLeftOut(), 1, written);
    LedgerGenerator before2021 = HimGenerators.ledgers().withPeriod(java.time.LocalDate.of(2010, 1, 1),
        java.time.LocalDate.of(2019, 6, 30)).withStatusShares(java.util.Map.of(
            org.himkit.renewal.RenewalStatus.IN_GRACE, 0.3, org.himkit.renewal.RenewalStatus.EXPIRED, 0.3));
    writeAll(RenewalResult.class, HimGenerators.ledgers().withStatusShares(0.2, 0.1, 0.1).histories(), 20, written);
    writeAll(RenewalResult.class, before2021.histories(), 20, written);
    LearnerProfileGenerator learners = HimGenerators.learnerProfiles().forCatalog(HimCatalog.builtIn());
    writeAll(LearnerProfile.class, learners, 40, written);
    writeAll(EligibilityResult.class, learners.eligibilityResults(), 60, written);
    writeAll(Unmet.class, learners.unmet(), 150, written);
    writeAll(PathwayPlan.class, learners.pathwayPlans(), 30, written);
    writeAll(Step.class, HimGenerators.steps(), 60, written);
    writeAll(Obstacle.class, HimGenerators.obstacles(), 60, written);
    writeAll(org.himkit.catalog.CredentialMatch.class, HimGenerators.credentialMatches(), 60, written);
    String all = written.toString();
    List<String> missing = new java.util.ArrayList<>();
    for (Class<?> type : publicEnums()) {
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        if (!all.contains('"' + name + '"') && !(constant == org.himkit.renewal.NotAssessedKind.POLICY_NOT_IN_CATALOG)) {
          missing.add(type.getName() + "." + name);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Writes the first values of a generator's stream for seed 3, checks that each reads back equal, keeps the text. */
  private <T> void writeAll(Class<T> type, Generator<T> values, int n, StringBuilder written) {
    values.stream(3).limit(n).forEach(value -> {
      String text = json.write(value);
      assertThat(json.read(text, type)).isEqualTo(value);
      written.append(text);
    });
  }

  /** The public enums of hi-core's value packages, found in its classes, but the error codes. */
  private static List<Class<?>> publicEnums() throws Exception {
    java.net.URI location = HimCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI();
    java.nio.file.Path root = java.nio.file.Path.of(location);
    List<String> names = new java.util.ArrayList<>();
    if (java.nio.file.Files.isDirectory(root)) {
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
        files.map(f -> root.relativize(f).toString().replace(java.io.File.separatorChar, '/')).forEach(names::add);
      }
    } else {
      try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(root.toFile())) {
        jar.stream().map(java.util.zip.ZipEntry::getName).forEach(names::add);
      }
    }
    List<Class<?>> out = new java.util.ArrayList<>();
    for (String name : names) {
      if (name.endsWith(".class") && !name.contains("Immutable") && !name.endsWith("module-info.class")
          && List.of("org/himkit/", "org/himkit/catalog/", "org/himkit/pathway/", "org/himkit/policy/",
              "org/himkit/renewal/").contains(name.substring(0, name.lastIndexOf('/') + 1))) {
        Class<?> type = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false,
            HimCatalog.class.getClassLoader());
        if (type.isEnum() && java.lang.reflect.Modifier.isPublic(type.getModifiers())
            && (type.getEnclosingClass() == null || java.lang.reflect.Modifier.isPublic(type.getEnclosingClass().getModifiers()))
            && type != org.himkit.ErrorCode.class) {
          out.add(type);
        }
      }
    }
    assertThat(out).as("the public enums found").hasSizeGreaterThan(40);
    return out;
  }

  /**
   * The kit's prose is awkward to write now and then: quotes, backslashes, line breaks and other control
   * characters, characters outside the Basic Multilingual Plane; the round trips above meet all of them.
   */
  @Test
  void theRoundTripsMeetAwkwardText() {
    java.util.random.RandomGenerator r = new java.util.SplittableRandom(3);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      Role role = HimGenerators.roles().next(r);
      AnswersJsonTest.strings(mapper.readTree(mapper.writeValueAsString(role))).forEach(all::append);
      assertThat(mapper.readValue(mapper.writeValueAsString(role), Role.class)).isEqualTo(role);
    }
    String text = all.toString();
    assertThat(text).contains("\"", "\\", "\n", "\t", "\u0001", "\ud83d\ude00", "\u2028", "</script>");
  }

  @Test
  void wholeCatalogs() {
    qt().withExamples(15).withShrinkCycles(100).forAll(HimGens.catalogs(CatalogSize.SMALL)).checkAssert(catalog ->
        Catalogs.assertSameEntries(json.readCatalog(json.writeCatalog(catalog)), catalog));
    qt().withExamples(4).withShrinkCycles(50).forAll(HimGens.catalogs(CatalogSize.MEDIUM)).checkAssert(catalog ->
        Catalogs.assertSameEntries(mapper.readValue(mapper.writeValueAsString(catalog), HimCatalog.class), catalog));
  }
}
