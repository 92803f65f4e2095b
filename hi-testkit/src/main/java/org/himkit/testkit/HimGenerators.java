package org.himkit.testkit;

import java.util.List;
import org.himkit.AccreditationStandard;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.EntryExperience;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.IndustryEmployment;
import org.himkit.ProgramOutcome;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.CredentialMatch;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.Obstacle;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.pathway.Unmet;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleRequirement;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.CredentialId;
import org.himkit.EmploymentFigure;
import org.himkit.EntryEducation;
import org.himkit.Exam;
import org.himkit.FormerName;
import org.himkit.JobTitle;
import org.himkit.KnownOmissionId;
import org.himkit.Location;
import org.himkit.Misnomer;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OutlookFigure;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.catalog.KnownOmission;
import org.himkit.policy.CarryoverRule;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.RenewalPolicyId;

/**
 * Generators of every HIM Kit value type, for property-based tests: the entry point of the kit.
 *
 * <p>Each method returns a {@link Generator} of valid values: every value passes its type's
 * validation, and a generated catalog passes {@link org.himkit.catalog.HimCatalog.Builder#build()}'s
 * checks. Edge values come up often by design, not by luck: ids of one and of 64 characters, policy
 * boundary dates such as 2021-01-01 and 2025-01-01, leap days, zero CEUs and {@link
 * org.himkit.policy.Ceus#MAX}, a multi-credential cap met exactly, empty and full collections, and
 * every enum constant and every kind of requirement node. A value generated on its own refers to any
 * ids (a credential's issuer need not exist anywhere); a {@linkplain #catalogs() catalog} refers only
 * to its own entries.
 *
 * <pre>{@code
 * HimCatalog catalog = HimGenerators.catalogs().withSize(CatalogSize.SMALL).example(42);
 * Credential credential = HimGenerators.credentials().next(new SplittableRandom(7));
 * qt().forAll(HimGens.of(HimGenerators.requirements())).check(r -> r.leaves().findAny().isPresent());
 * }</pre>
 *
 * <p>The generators draw from any {@link java.util.random.RandomGenerator}; {@link HimGens} adapts them
 * to QuickTheories with shrinking. {@link #population(long)} streams synthetic credential holders.
 *
 * <p>This class is immutable and thread-safe, and so are the generators it returns.
 */
public final class HimGenerators {
  private HimGenerators() {}

  // ---------------------------------------------------------------------------------------------
  // ids

  /**
   * Returns a generator of credential ids, such as {@code C17}: one in eight is one character long,
   * one in eight 64 characters.
   *
   * @return the generator, not null
   */
  public static Generator<CredentialId> credentialIds() {
    return Ids.of("C", CredentialId::of);
  }

  /**
   * Returns a generator of organization ids, such as {@code ORG3}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<OrganizationId> organizationIds() {
    return Ids.of("ORG", OrganizationId::of);
  }

  /**
   * Returns a generator of role ids, such as {@code role-5}, in the forms of {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<RoleId> roleIds() {
    return Ids.of("role-", RoleId::of);
  }

  /**
   * Returns a generator of program type ids, such as {@code type-2}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<ProgramTypeId> programTypeIds() {
    return Ids.of("type-", ProgramTypeId::of);
  }

  /**
   * Returns a generator of program offering ids, such as {@code offering-9}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<ProgramOfferingId> programOfferingIds() {
    return Ids.of("offering-", ProgramOfferingId::of);
  }

  /**
   * Returns a generator of occupation ids, such as {@code 29-1042}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<OccupationId> occupationIds() {
    return Ids.of("29-1", OccupationId::of);
  }

  /**
   * Returns a generator of work setting ids, such as {@code setting-4}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<WorkSettingId> workSettingIds() {
    return Ids.of("setting-", WorkSettingId::of);
  }

  /**
   * Returns a generator of renewal policy ids, such as {@code P1}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<RenewalPolicyId> renewalPolicyIds() {
    return Ids.of("P", RenewalPolicyId::of);
  }

  /**
   * Returns a generator of known omission ids, such as {@code omission-1}, in the forms of
   * {@link #credentialIds()}.
   *
   * @return the generator, not null
   */
  public static Generator<KnownOmissionId> knownOmissionIds() {
    return Ids.of("omission-", KnownOmissionId::of);
  }

  // ---------------------------------------------------------------------------------------------
  // amounts and dates

  /**
   * Returns a generator of dates from 2000-01-01 to 2035-12-31 in which range ends, policy boundaries,
   * leap days and year ends come up often; {@link DateGenerator#between} sets another range.
   *
   * @return the generator, not null
   */
  public static DateGenerator dates() {
    return DateGenerator.defaults();
  }

  /**
   * Returns a generator of CEU amounts from zero to {@link org.himkit.policy.Ceus#MAX}, both often,
   * mostly everyday amounts; {@link CeusGenerator#between} sets another range.
   *
   * @return the generator, not null
   */
  public static CeusGenerator ceus() {
    return CeusGenerator.defaults();
  }

  // ---------------------------------------------------------------------------------------------
  // the vocabulary

  /**
   * Returns a generator of citations, with and without address, version and quote.
   *
   * @return the generator, not null
   */
  public static Generator<Citation> citations() {
    return Vocabulary::citation;
  }

  /**
   * Returns a generator of occupation codes of every scheme.
   *
   * @return the generator, not null
   */
  public static Generator<Code> codes() {
    return Vocabulary::code;
  }

  /**
   * Returns a generator of requirement trees with every kind of node, at most three inner nodes deep.
   *
   * @return the generator, not null
   */
  public static RequirementGenerator requirements() {
    return RequirementGenerator.defaults();
  }

  /**
   * Returns a generator of organizations with one or more kinds and up to three former names.
   *
   * @return the generator, not null
   */
  public static Generator<Organization> organizations() {
    return random -> Vocabulary.organization(random, organizationIds().next(random));
  }

  /**
   * Returns a generator of former names, with and without abbreviation and years.
   *
   * @return the generator, not null
   */
  public static Generator<FormerName> formerNames() {
    return Vocabulary::formerName;
  }

  /**
   * Returns a generator of misnomers.
   *
   * @return the generator, not null
   */
  public static Generator<Misnomer> misnomers() {
    return Vocabulary::misnomer;
  }

  /**
   * Returns a generator of credentials of every issuer, kind, status and domain.
   *
   * @return the generator, not null
   */
  public static CredentialGenerator credentials() {
    return CredentialGenerator.defaults();
  }

  /**
   * Returns a generator of exams, with and without duration, item counts and retest wait.
   *
   * @return the generator, not null
   */
  public static Generator<Exam> exams() {
    return Vocabulary::exam;
  }

  /**
   * Returns a generator of program types with up to two progression programs.
   *
   * @return the generator, not null
   */
  public static Generator<ProgramType> programTypes() {
    return random -> Vocabulary.programType(random, programTypeIds().next(random), Vocabulary.Refs.free());
  }

  /**
   * Returns a generator of progression programs from one credential to another.
   *
   * @return the generator, not null
   */
  public static Generator<ProgressionProgram> progressionPrograms() {
    return random -> Vocabulary.progression(random, Vocabulary.Refs.free());
  }

  /**
   * Returns a generator of program offerings of every accreditation status.
   *
   * @return the generator, not null
   */
  public static Generator<ProgramOffering> programOfferings() {
    return random -> Vocabulary.programOffering(random, programOfferingIds().next(random),
        programTypeIds().next(random), Vocabulary.Refs.free());
  }

  /**
   * Returns a generator of locations, with and without region and city.
   *
   * @return the generator, not null
   */
  public static Generator<Location> locations() {
    return Vocabulary::location;
  }

  /**
   * Returns a generator of roles, with and without typical entry and broader role.
   *
   * @return the generator, not null
   */
  public static Generator<Role> roles() {
    return random -> Vocabulary.role(random, Vocabulary.Refs.free());
  }

  /**
   * Returns a generator of job titles.
   *
   * @return the generator, not null
   */
  public static Generator<JobTitle> jobTitles() {
    return Vocabulary::jobTitle;
  }

  /**
   * Returns a generator of work settings.
   *
   * @return the generator, not null
   */
  public static Generator<WorkSetting> workSettings() {
    return random -> Vocabulary.workSetting(random, workSettingIds().next(random));
  }

  /**
   * Returns a generator of occupations with codes, wages, employment, outlook and entry education.
   *
   * @return the generator, not null
   */
  public static Generator<Occupation> occupations() {
    return random -> Vocabulary.occupation(random, occupationIds().next(random));
  }

  /**
   * Returns a generator of wage figures of every measure, some in another currency than the US dollar
   * and some without reference month.
   *
   * @return the generator, not null
   */
  public static Generator<WageStatistic> wageStatistics() {
    return Vocabulary::wage;
  }

  /**
   * Returns a generator of employment figures.
   *
   * @return the generator, not null
   */
  public static Generator<EmploymentFigure> employmentFigures() {
    return Vocabulary::employment;
  }

  /**
   * Returns a generator of outlook figures, from a decline of 99 % to growth of 999 %.
   *
   * @return the generator, not null
   */
  public static Generator<OutlookFigure> outlookFigures() {
    return Vocabulary::outlook;
  }

  /**
   * Returns a generator of entry-education statements.
   *
   * @return the generator, not null
   */
  public static Generator<EntryEducation> entryEducations() {
    return Vocabulary::entryEducation;
  }

  /**
   * Returns a generator of descriptions of the profession.
   *
   * @return the generator, not null
   */
  public static Generator<Profession> professions() {
    return random -> Vocabulary.profession(random, organizationIds().next(random));
  }

  /**
   * Returns a generator of known omissions of every topic and kind.
   *
   * @return the generator, not null
   */
  public static Generator<KnownOmission> knownOmissions() {
    return random -> Vocabulary.knownOmission(random, knownOmissionIds().next(random), Vocabulary.Refs.free());
  }

  /**
   * Returns a generator of fees of every kind, basis and member rate: a per-increment fee has its
   * increment, some fees recur, some are effective-dated, some are in another currency.
   *
   * @return the generator, not null
   */
  public static Generator<Fee> fees() {
    return random -> Facts.fee(random, Pool.free(credentialIds()), dates());
  }

  /**
   * Returns a generator of exam periods of both kinds: undated, from a day on, or for a range, one of
   * them a single day.
   *
   * @return the generator, not null
   */
  public static Generator<ExamPeriod> examPeriods() {
    return random -> Facts.examPeriod(random, dates(), new java.util.HashSet<>());
  }

  /**
   * Returns a generator of exam pass rates, with 0, 50 and 100 percent often.
   *
   * @return the generator, not null
   */
  public static Generator<ExamPassRate> examPassRates() {
    return Facts::passRate;
  }

  /**
   * Returns a generator of counts of a credential's holders, of both kinds, exact or "more than", with
   * and without date and scope.
   *
   * @return the generator, not null
   */
  public static Generator<CredentialCount> credentialCounts() {
    return random -> Facts.credentialCount(random, dates());
  }

  /**
   * Returns a generator of program outcomes of every kind, with 0 and 100 percent often; a
   * certification exam pass rate sometimes names its exam.
   *
   * @return the generator, not null
   */
  public static Generator<ProgramOutcome> programOutcomes() {
    return random -> Facts.programOutcome(random, Pool.free(credentialIds()), dates());
  }

  /**
   * Returns a generator of accreditation standards, revised or not (sometimes in the year adopted).
   *
   * @return the generator, not null
   */
  public static Generator<AccreditationStandard> accreditationStandards() {
    return Facts::accreditationStandard;
  }

  /**
   * Returns a generator of entry-experience statements.
   *
   * @return the generator, not null
   */
  public static Generator<EntryExperience> entryExperiences() {
    return Facts::entryExperience;
  }

  /**
   * Returns a generator of employment figures by industry.
   *
   * @return the generator, not null
   */
  public static Generator<IndustryEmployment> industryEmployments() {
    return Facts::industryEmployment;
  }

  /**
   * Returns a generator of catalog data versions, from {@code 2000.1} to {@code 9999.999}, both often.
   *
   * @return the generator, not null
   */
  public static Generator<CatalogVersion> catalogVersions() {
    return random -> CatalogVersion.of(Draws.between(random, 2000, 9999), Draws.between(random, 1, 999));
  }

  // ---------------------------------------------------------------------------------------------
  // learners and pathways

  /**
   * Returns a generator of learner profiles naming any credentials and organizations, with education of
   * every level and status; {@link LearnerProfileGenerator#forCatalog} ties them to a catalog.
   *
   * @return the generator, not null
   */
  public static LearnerProfileGenerator learnerProfiles() {
    return LearnerProfileGenerator.defaults();
  }

  /**
   * Returns a generator of education programs of every level and status, with and without field,
   * accreditor and date: {@code learnerProfiles().educations()}.
   *
   * @return the generator, not null
   */
  public static Generator<Education> educations() {
    return learnerProfiles().educations();
  }

  /**
   * Returns a generator of pathway steps of every kind: {@code learnerProfiles().steps()}.
   *
   * @return the generator, not null
   */
  public static Generator<Step> steps() {
    return learnerProfiles().steps();
  }

  /**
   * Returns a generator of pathway targets of every kind naming any ids: {@code learnerProfiles().targets()}.
   *
   * @return the generator, not null
   */
  public static Generator<Target> targets() {
    return learnerProfiles().targets();
  }

  /**
   * Returns a generator of the built-in catalog's eligibility answers for generated learners:
   * {@code learnerProfiles().forCatalog(HimCatalog.builtIn()).eligibilityResults()}.
   *
   * @return the generator, not null
   */
  public static Generator<EligibilityResult> eligibilityResults() {
    return learnerProfiles().forCatalog(HimCatalog.builtIn()).eligibilityResults();
  }

  /**
   * Returns a generator of routes through the built-in catalog's requirement trees, checked against
   * generated learners: {@code learnerProfiles().forCatalog(HimCatalog.builtIn()).routes()}.
   *
   * @return the generator, not null
   */
  public static Generator<Route> routes() {
    return learnerProfiles().forCatalog(HimCatalog.builtIn()).routes();
  }

  /**
   * Returns a generator of the built-in catalog's pathway plans for generated learners:
   * {@code learnerProfiles().forCatalog(HimCatalog.builtIn()).pathwayPlans()}.
   *
   * @return the generator, not null
   */
  public static Generator<PathwayPlan> pathwayPlans() {
    return learnerProfiles().forCatalog(HimCatalog.builtIn()).pathwayPlans();
  }

  /**
   * Returns a generator of what generated learners still need to meet generated requirement trees over
   * the built-in catalog, often near misses: {@code learnerProfiles().forCatalog(HimCatalog.builtIn()).unmet()}.
   *
   * @return the generator, not null
   */
  public static Generator<Unmet> unmet() {
    return learnerProfiles().forCatalog(HimCatalog.builtIn()).unmet();
  }

  /**
   * Returns a generator of pathways of up to four steps of every kind: {@code learnerProfiles().pathways()}.
   *
   * @return the generator, not null
   */
  public static Generator<Pathway> pathways() {
    return learnerProfiles().pathways();
  }

  /**
   * Returns a generator of pathway obstacles of every kind: {@code learnerProfiles().obstacles()}.
   *
   * @return the generator, not null
   */
  public static Generator<Obstacle> obstacles() {
    return learnerProfiles().obstacles();
  }

  /**
   * Returns a generator of the built-in catalog's answers to {@link HimCatalog#resolveCredential}:
   * {@code credentialMatches(HimCatalog.builtIn())}.
   *
   * @return the generator, not null
   */
  public static Generator<CredentialMatch> credentialMatches() {
    return credentialMatches(HimCatalog.builtIn());
  }

  /**
   * Returns a generator of a catalog's answers to {@link HimCatalog#resolveCredential}: a kind of name
   * (an id, a full name, an alias, a former name or abbreviation, a misnomer), each equally likely where
   * the catalog has any, then one of the catalog's names of that kind, resolved.
   *
   * @param catalog  the catalog, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if the catalog has no credential
   */
  public static Generator<CredentialMatch> credentialMatches(HimCatalog catalog) {
    List<List<String>> byKind = new java.util.ArrayList<>();
    List<Credential> all = catalog.credentials().list();
    byKind.add(all.stream().map(c -> c.id().value()).toList());
    byKind.add(all.stream().map(Credential::fullName).toList());
    byKind.add(all.stream().flatMap(c -> c.aliases().stream()).toList());
    byKind.add(all.stream().flatMap(c -> c.formerNames().stream())
        .flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f.name()), f.abbreviation().stream()))
        .toList());
    byKind.add(all.stream().flatMap(c -> c.misnomers().stream()).map(Misnomer::text).toList());
    List<List<String>> names = byKind.stream().filter(l -> !l.isEmpty()).toList();
    if (names.isEmpty()) {
      throw new IllegalArgumentException("the catalog has no credential");
    }
    return random -> catalog.resolveCredential(Draws.pick(random, Draws.pick(random, names))).orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------
  // renewal policies and their rules

  /**
   * Returns a generator of renewal policy versions with every kind of rule.
   *
   * @return the generator, not null
   */
  public static RenewalPolicyGenerator renewalPolicies() {
    return RenewalPolicyGenerator.defaults();
  }

  /**
   * Returns a generator of content rules of both kinds, with 40 and 80 percent often.
   *
   * @return the generator, not null
   */
  public static Generator<ContentRule> contentRules() {
    return Policies::contentRule;
  }

  /**
   * Returns a generator of credential content rules: a credential, a minimum (16 often), a subject.
   *
   * @return the generator, not null
   */
  public static Generator<CredentialContentRule> credentialContentRules() {
    return random -> Policies.credentialContentRule(random, credentialIds().next(random), Ceus.of(60));
  }

  /**
   * Returns a generator of mandatory activities, with and without a last day.
   *
   * @return the generator, not null
   */
  public static Generator<MandatoryActivity> mandatoryActivities() {
    return random -> Policies.mandatoryActivity(random, List.of(credentialIds().next(random)), dates());
  }

  /**
   * Returns a generator of multi-credential rules of both forms.
   *
   * @return the generator, not null
   */
  public static Generator<MultiCredentialRule> multiCredentialRules() {
    return random -> Policies.multiCredentialRule(random,
        java.util.Map.of(credentialIds().next(random), ceus().between(org.himkit.policy.Ceus.ZERO,
            org.himkit.policy.Ceus.of(60)).next(random)));
  }

  /**
   * Returns a generator of lapse rules: a grace period, inactive then revoked, or any mix of the three
   * periods.
   *
   * @return the generator, not null
   */
  public static Generator<LapseRule> lapseRules() {
    return Policies::lapseRule;
  }

  /**
   * Returns a generator of carryover rules.
   *
   * @return the generator, not null
   */
  public static Generator<CarryoverRule> carryoverRules() {
    return Policies::carryoverRule;
  }

  /**
   * Returns a generator of contact-time rules, often 60 minutes a CEU with a 45-minute part-hour.
   *
   * @return the generator, not null
   */
  public static Generator<ContactTimeRule> contactTimeRules() {
    return Policies::contactTimeRule;
  }

  // ---------------------------------------------------------------------------------------------
  // renewal inputs and answers

  /**
   * Returns a generator of credential holdings on their own: any credential, earned on a day of
   * {@link #dates()}, with and without holder reference, explicit cycle start and first-cycle requirement.
   *
   * @return the generator, not null
   */
  public static Generator<CredentialHolding> credentialHoldings() {
    return random -> Renewals.holding(random, dates());
  }

  /**
   * Returns a generator of CE activities on their own, completed on a day of {@link #dates()}: in CEUs
   * (0.01 and 100 often) or in minutes (44, 45, 46, 59, 60 and 61 often), of every category, from any
   * provider, marked as an issuer's source or not, approved or not, now and then specific to a credential.
   *
   * @return the generator, not null
   */
  public static Generator<CeActivity> ceActivities() {
    return random -> {
      List<OrganizationId> issuers = organizationIds().lists(0, 2).next(random);
      List<CredentialId> specific = random.nextBoolean() ? List.of() : credentialIds().lists(1, 2).next(random);
      return Renewals.activity(random, Ids.text(random, "a"), random.nextInt(1000), dates().next(random), issuers,
          List.of(), specific);
    };
  }

  /**
   * Returns a generator of whole ledgers (holdings and activities) of the built-in catalog's AHIMA, AAPC
   * and NCRA credentials, assessed on 2026-01-01; see {@link LedgerGenerator} for the period, issuers,
   * credential mix and shares of holders at risk, inactive and revoked.
   *
   * @return the generator, not null
   */
  public static LedgerGenerator ledgers() {
    return LedgerGenerator.defaults();
  }

  /**
   * Returns a generator of the built-in catalog's renewal answers for generated ledgers:
   * {@code ledgers().assessments()}.
   *
   * @return the generator, not null
   */
  public static Generator<RenewalResult> renewalResults() {
    return ledgers().assessments();
  }

  /**
   * Returns a generator of the built-in catalog's standings with an issuer for generated ledgers:
   * {@code ledgers().standings()}.
   *
   * @return the generator, not null
   */
  public static Generator<RenewalStanding> renewalStandings() {
    return ledgers().standings();
  }

  /**
   * Returns a generator of what the built-in catalog's policies require of one to four credentials of
   * one issuer in a cycle beginning on a day from 2010 to 2026: {@code ledgers().cycleRequirements()}.
   *
   * @return the generator, not null
   */
  public static Generator<CycleRequirement> cycleRequirements() {
    return ledgers().cycleRequirements();
  }

  // ---------------------------------------------------------------------------------------------
  // catalogs and populations

  /**
   * Returns a generator of whole custom catalogs of {@link CatalogSize#MEDIUM} size that pass the
   * catalog builder's checks.
   *
   * @return the generator, not null
   */
  public static CatalogGenerator catalogs() {
    return CatalogGenerator.defaults();
  }

  /**
   * Returns a synthetic population of credential holders of the built-in catalog, reproducible from
   * a seed; see {@link SyntheticPopulation}.
   *
   * @param seed  the seed
   * @return the population, not null
   */
  public static SyntheticPopulation population(long seed) {
    return SyntheticPopulation.of(seed);
  }
}
