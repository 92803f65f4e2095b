package org.himkit.testkit;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.CodeScheme;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
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
import org.himkit.OrganizationKind;
import org.himkit.OutlookFigure;
import org.himkit.PatientContact;
import org.himkit.Profession;
import org.himkit.ProgramField;
import org.himkit.ProgramFocus;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.SourceType;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.catalog.KnownOmission;
import org.himkit.catalog.OmissionKind;
import org.himkit.catalog.OmissionTopic;

/**
 * Draws of the vocabulary's value types, each through its public builder or factory. References go
 * to the ids of {@link Refs}: any id for a value generated on its own, a catalog's ids inside a catalog.
 */
final class Vocabulary {
  private Vocabulary() {}

  private static final List<URI> ADDRESSES = List.of(URI.create("https://example.org/certification"),
      URI.create("https://example.org/renewal?year=2025"), URI.create("https://example.org/ooh/medical-records.htm"),
      URI.create("https://example.org/caf%C3%A9/page#section"), URI.create("http://example.org/"));

  /** The citations of entries: the simplest first, then 31 others drawn once. */
  private static final List<Citation> CITATIONS = citationSet();

  private static List<Citation> citationSet() {
    SplittableRandom r = new SplittableRandom(2026);
    List<Citation> out = new ArrayList<>();
    out.add(citation(Simplest.INSTANCE));
    for (int i = 1; i < 32; i++) {
      out.add(citation(r));
    }
    return List.copyOf(out);
  }

  /** Where the references of generated values point, and the dates they use. */
  record Refs(Pool<CredentialId> credentials, Pool<OrganizationId> organizations, Pool<WorkSettingId> settings,
      Pool<OccupationId> occupations, Pool<RoleId> roles, Pool<ProgramTypeId> programTypes, DateGenerator dates,
      RequirementGenerator requirements) {

    /** References to any id, and dates of the default range. */
    static Refs free() {
      return new Refs(Pool.free(HimGenerators.credentialIds()), Pool.free(HimGenerators.organizationIds()),
          Pool.free(HimGenerators.workSettingIds()), Pool.free(HimGenerators.occupationIds()),
          Pool.free(HimGenerators.roleIds()), Pool.free(HimGenerators.programTypeIds()), DateGenerator.defaults(),
          RequirementGenerator.defaults());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // sources and names

  static Citation citation(RandomGenerator r) {
    Citation.Builder b = Citation.builder().publisher(Draws.pick(r, Words.PUBLISHERS))
        .title(Draws.phrase(r, Words.TITLES)).sourceType(Draws.pick(r, SourceType.values()));
    b.url(Draws.maybe(r, () -> Draws.pick(r, ADDRESSES)));
    if (Draws.oneIn(r, 3)) {
      // why a source has no address, or a note on the one it has
      b.addressNote(Draws.pick(r, Words.SENTENCES));
    }
    b.version(Draws.maybe(r, () -> Draws.pick(r, Words.EDITIONS)));
    b.quote(Draws.maybe(r, () -> Draws.pick(r, Words.SENTENCES)));
    return b.build();
  }

  /**
   * The citations of entries: one to three of a fixed set of varied citations (with and without
   * address, version and quote), since an entry's sources rarely matter to a property and building
   * them anew dominated the cost of a catalog. {@link HimGenerators#citations()} builds new ones.
   */
  static List<Citation> citations(RandomGenerator r) {
    return Draws.listOf(r, 1, 3, () -> Draws.pick(r, CITATIONS));
  }

  static Code code(RandomGenerator r) {
    CodeScheme scheme = Draws.pick(r, CodeScheme.values());
    String value = "29-" + (2000 + r.nextInt(100)) + (scheme == CodeScheme.ONET_SOC ? ".0" + r.nextInt(10) : "");
    return new Code(scheme, Draws.pick(r, "2018", "2019", "2023"), value, Draws.phrase(r, Words.TOPICS));
  }

  static FormerName formerName(RandomGenerator r, String name, Optional<String> abbreviation) {
    FormerName.Builder b = FormerName.builder().name(name).abbreviation(abbreviation).addAllCitations(citations(r));
    if (r.nextBoolean()) {
      int from = r.nextInt(1900, 2030);
      b.fromYear(Year.of(from));
      if (r.nextBoolean()) {
        b.untilYear(Year.of(from + Draws.between(r, 0, 60)));
      }
    } else if (r.nextBoolean()) {
      b.untilYear(Year.of(r.nextInt(1900, 2030)));
    }
    return b.build();
  }

  static FormerName formerName(RandomGenerator r) {
    return formerName(r, "Former " + Draws.phrase(r, Words.TOPICS) + " " + Draws.pick(r, Words.ORGANIZATION_WORDS),
        Draws.maybe(r, () -> "F" + Draws.pick(r, "A", "RA", "MRA")));
  }

  static Misnomer misnomer(RandomGenerator r, String text) {
    return Misnomer.builder().text(text).note(Draws.pick(r, Words.SENTENCES)).addAllCitations(citations(r)).build();
  }

  static Misnomer misnomer(RandomGenerator r) {
    return misnomer(r, "R" + Draws.pick(r, "HIM", "HIA", "CT") + r.nextInt(10));
  }

  // ---------------------------------------------------------------------------------------------
  // organizations and credentials

  static Organization organization(RandomGenerator r, OrganizationId id) {
    return organization(r, id, Pool.free(HimGenerators.credentialIds()), DateGenerator.defaults());
  }

  /** Draws an organization whose fees name credentials of a pool (its own, in a catalog). */
  static Organization organization(RandomGenerator r, OrganizationId id, Pool<CredentialId> own, DateGenerator dates) {
    Organization.Builder b = Organization.builder().id(id)
        .name(Draws.phrase(r, Words.TOPICS) + " " + Draws.pick(r, Words.ORGANIZATION_WORDS))
        .abbreviation(id.value().length() <= 8 ? id.value() : id.value().substring(0, 8))
        .addAllKinds(Draws.some(r, List.of(OrganizationKind.values()), 1, OrganizationKind.values().length))
        .addAllFormerNames(Draws.listOf(r, 0, 3, () -> formerName(r)))
        .addAllFees(Draws.listOf(r, 0, 3, () -> Facts.fee(r, own, dates)))
        .addAllCitations(citations(r));
    if (r.nextBoolean()) {
      b.website(URI.create("https://" + id.value().toLowerCase(java.util.Locale.ROOT) + ".example.org/"));
    }
    b.description(Draws.maybe(r, () -> Draws.pick(r, Words.SENTENCES)));
    return b.build();
  }

  static Exam exam(RandomGenerator r) {
    return exam(r, DateGenerator.defaults());
  }

  /** Draws an exam whose dated periods lie in a date range. */
  static Exam exam(RandomGenerator r, DateGenerator dates) {
    Exam.Builder b = Exam.builder().description(Draws.phrase(r, Words.TOPICS) + " exam").national(r.nextBoolean())
        .addAllCitations(citations(r));
    b.duration(Draws.maybe(r, () -> Duration.ofMinutes(Draws.between(r, 1, 480))));
    Optional<Integer> min = Draws.maybe(r, () -> Draws.between(r, 1, 200));
    b.minimumItems(min);
    b.maximumItems(Draws.maybe(r, () -> min.orElse(1) + Draws.between(r, 0, 100)));
    b.addAllPeriods(Facts.examPeriods(r, dates, 3));
    b.addAllPassRates(Draws.listOf(r, 0, 3, () -> Facts.passRate(r)));
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // programs

  static ProgressionProgram progression(RandomGenerator r, CredentialId from, CredentialId to) {
    return ProgressionProgram.builder().fromCredential(from).toCredential(to).availability(Draws.pick(r, Availability.values()))
        .note(Draws.maybe(r, () -> Draws.pick(r, Words.SENTENCES))).addAllCitations(citations(r)).build();
  }

  static ProgressionProgram progression(RandomGenerator r, Refs refs) {
    CredentialId from = refs.credentials().one(r).orElseThrow();
    CredentialId to = refs.credentials().one(r).orElseThrow();
    return progression(r, from, to.equals(from) ? other(from) : to);
  }

  /** Returns an id that differs from the given one. */
  static CredentialId other(CredentialId id) {
    return CredentialId.of(id.value().equals("X") ? "Y" : "X");
  }

  static ProgramType programType(RandomGenerator r, ProgramTypeId id, Refs refs) {
    ProgramType.Builder b = ProgramType.builder().id(id).name(Draws.pick(r, Words.PROGRAM_WORDS) + " " + id.value())
        .level(Draws.pick(r, DegreeLevel.values())).field(Draws.pick(r, ProgramField.values()))
        .addAllDeliveryModes(Draws.some(r, List.of(DeliveryMode.values()), DeliveryMode.values().length))
        .eveningPrograms(Draws.pick(r, Availability.values()))
        .addAllStructure(Draws.listOf(r, 0, 3, () -> Draws.pick(r, Words.SENTENCES)))
        .addAllPreparesFor(refs.credentials().some(r, 3))
        .addAllAccreditationStandards(Draws.listOf(r, 0, 2, () -> Facts.accreditationStandard(r)))
        .addAllCitations(citations(r));
    b.typicalLength(Draws.maybe(r, () -> Draws.pick(r, Period.ofYears(2), Period.ofYears(4), Period.ofMonths(18),
        Period.ofYears(1), Period.ofDays(1))));
    b.focus(Draws.maybe(r, () -> Draws.pick(r, ProgramFocus.values())));
    b.accreditor(r.nextBoolean() ? refs.organizations().one(r) : Optional.empty());
    List<CredentialId> credentials = refs.credentials().some(r, 3);
    for (int i = 1; i < credentials.size(); i++) {
      b.addProgressionProgram(progression(r, credentials.get(i - 1), credentials.get(i)));
    }
    return b.build();
  }

  static Location location(RandomGenerator r) {
    Location.Builder b = Location.builder().country(Draws.pick(r, Words.COUNTRIES));
    if (!Draws.oneIn(r, 5)) {
      b.region(Draws.pick(r, Words.REGIONS));
    }
    b.city(Draws.maybe(r, () -> Draws.pick(r, Words.CITIES)));
    return b.build();
  }

  static ProgramOffering programOffering(RandomGenerator r, ProgramOfferingId id, ProgramTypeId type, Refs refs) {
    AccreditationStatus status = Draws.pick(r, AccreditationStatus.values());
    ProgramOffering.Builder b = ProgramOffering.builder().id(id)
        .institution(Draws.pick(r, Words.INSTITUTIONS) + " " + r.nextInt(1000))
        .name(Draws.pick(r, Words.PROGRAM_WORDS) + " " + id.value()).programType(type).location(location(r))
        .addAllDeliveryModes(Draws.some(r, List.of(DeliveryMode.values()), DeliveryMode.values().length))
        .eveningPrograms(Draws.pick(r, Availability.values())).accreditationStatus(status)
        .addAllCitations(citations(r));
    if (status != AccreditationStatus.NOT_ACCREDITED && r.nextBoolean()) {
      b.accreditor(refs.organizations().one(r));
    }
    b.accreditedSince(Draws.maybe(r, () -> refs.dates().next(r)));
    b.addAllOutcomes(Draws.listOf(r, 0, 3, () -> Facts.programOutcome(r, refs.credentials(), refs.dates())));
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // roles and settings

  static JobTitle jobTitle(RandomGenerator r) {
    return JobTitle.builder().title(Draws.phrase(r, Words.TOPICS) + " " + Draws.pick(r, Words.ROLE_TITLES))
        .addAllCitations(citations(r)).build();
  }

  static WorkSetting workSetting(RandomGenerator r, WorkSettingId id) {
    return WorkSetting.builder().id(id).name(Draws.pick(r, Words.SETTINGS) + " " + id.value())
        .addAllCitations(citations(r)).build();
  }

  static Role.Builder role(RandomGenerator r, RoleId id, Refs refs) {
    Role.Builder b = Role.builder().id(id).title(Draws.pick(r, Words.ROLE_TITLES) + " " + r.nextInt(50))
        .level(Draws.pick(r, RoleLevel.values())).summary(Draws.pick(r, Words.SENTENCES))
        .addAllResponsibilities(Draws.listOf(r, 0, 4, () -> Draws.pick(r, Words.SENTENCES)))
        .patientContact(Draws.pick(r, PatientContact.values()))
        .addAllCredentials(refs.credentials().some(r, 4)).addAllWorkSettings(refs.settings().some(r, 4))
        .addAllOccupations(refs.occupations().some(r, 2))
        .addAllJobTitles(Draws.listOf(r, 0, 2, () -> jobTitle(r)))
        .addAllCitations(citations(r));
    b.abbreviation(Draws.maybe(r, () -> Draws.pick(r, "HIT", "HIM", "CDI", "CTR")));
    if (r.nextInt(4) > 0) {
      b.typicalEntry(refs.requirements().next(r));
    }
    return b;
  }

  static Role role(RandomGenerator r, Refs refs) {
    RoleId id = refs.roles().one(r).orElseThrow();
    Role.Builder b = role(r, id, refs);
    refs.roles().one(r).filter(s -> r.nextBoolean() && !s.equals(id)).ifPresent(b::specializationOf);
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // occupations and labor figures

  static WageStatistic wage(RandomGenerator r) {
    WageStatistic.Builder b = WageStatistic.builder().measure(Draws.pick(r, WageMeasure.values()))
        .amount(BigDecimal.valueOf(Draws.between(r, 1L, 25_000_000L), 2))
        .verification(Draws.pick(r, Verification.values())).addAllCitations(citations(r));
    b.referenceMonth(Draws.maybe(r, () -> YearMonth.of(r.nextInt(2000, 2031), r.nextInt(1, 13))));
    if (Draws.oneIn(r, 6)) {
      b.currency(Currency.getInstance(Draws.pick(r, "EUR", "CAD", "JPY")));
    }
    b.edition(Draws.maybe(r, () -> Draws.pick(r, Words.EDITIONS)));
    b.note(Draws.maybe(r, () -> Draws.pick(r, Words.SENTENCES)));
    b.scope(scope(r));
    return b.build();
  }

  /** The group a labor figure counts where it is not exactly the occupation, now and then. */
  private static Optional<String> scope(RandomGenerator r) {
    return Draws.oneIn(r, 4) ? Optional.of(Draws.pick(r, Words.SCOPES)) : Optional.empty();
  }

  static EmploymentFigure employment(RandomGenerator r) {
    return EmploymentFigure.builder().year(Year.of(r.nextInt(2000, 2036))).jobs(Draws.between(r, 1L, 10_000_000L))
        .edition(Draws.maybe(r, () -> Draws.pick(r, Words.EDITIONS))).verification(Draws.pick(r, Verification.values()))
        .scope(scope(r)).addAllCitations(citations(r)).build();
  }

  static OutlookFigure outlook(RandomGenerator r) {
    int from = r.nextInt(2000, 2036);
    OutlookFigure.Builder b = OutlookFigure.builder().percentChange(Draws.between(r, -99, 999)).fromYear(Year.of(from))
        .toYear(Year.of(from + Draws.between(r, 1, 20))).verification(Draws.pick(r, Verification.values()))
        .addAllCitations(citations(r));
    b.descriptor(Draws.maybe(r, () -> Draws.pick(r, "Much faster than average", "As fast as average", "Decline")));
    b.employmentChange(Draws.maybe(r, () -> Draws.between(r, -100_000L, 100_000L)));
    b.annualOpenings(Draws.maybe(r, () -> Draws.between(r, 0L, 100_000L)));
    b.edition(Draws.maybe(r, () -> Draws.pick(r, Words.EDITIONS)));
    b.scope(scope(r));
    return b.build();
  }

  static EntryEducation entryEducation(RandomGenerator r) {
    return EntryEducation.builder().text(Draws.pick(r, "Associate's degree", "Bachelor's degree",
            "Postsecondary nondegree award", "High school diploma or equivalent"))
        .level(Draws.pick(r, DegreeLevel.values())).edition(Draws.maybe(r, () -> Draws.pick(r, Words.EDITIONS)))
        .scope(scope(r)).addAllCitations(citations(r)).build();
  }

  static Occupation occupation(RandomGenerator r, OccupationId id) {
    Occupation.Builder b = Occupation.builder().id(id).title(Draws.phrase(r, Words.TOPICS) + " " + id.value())
        .addCode(new Code(CodeScheme.SOC, "2018", id.value(), "Occupation " + id.value()))
        .addAllCodes(Draws.listOf(r, 0, 2, () -> code(r)))
        .addAllSampleTitles(Draws.listOf(r, 0, 3, () -> Draws.pick(r, Words.ROLE_TITLES)))
        .addAllWages(Draws.listOf(r, 0, 4, () -> wage(r)))
        .addAllEmployment(Draws.listOf(r, 0, 2, () -> employment(r)))
        .addAllOutlook(Draws.listOf(r, 0, 2, () -> outlook(r)))
        .addAllEntryEducation(Draws.listOf(r, 0, 2, () -> entryEducation(r)))
        .addAllEntryExperience(Draws.listOf(r, 0, 2, () -> Facts.entryExperience(r)))
        .addAllTopIndustries(Draws.listOf(r, 0, 3, () -> Facts.industryEmployment(r)))
        .addAllCitations(citations(r));
    b.definitionNote(Draws.maybe(r, () -> Draws.pick(r, Words.SENTENCES)));
    if (r.nextBoolean()) {
      b.addCode(new Code(CodeScheme.ONET_SOC, "2019", id.value() + ".00", "Occupation " + id.value()));
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // the profession and omissions

  static Profession profession(RandomGenerator r, OrganizationId organization) {
    return profession(r, organization, List.of(Vocabulary.occupation(r, HimGenerators.occupationIds().next(r))));
  }

  /**
   * Draws a profession; half of the time its stated median salary is one of the wages of one of the
   * given occupations, as a catalog requires.
   */
  static Profession profession(RandomGenerator r, OrganizationId organization, List<Occupation> occupations) {
    Profession.Builder b = Profession.builder().name("Health information management")
        .description(Draws.pick(r, Words.SENTENCES))
        .addAllLinkedTo(Draws.listOf(r, 0, 3, () -> Draws.pick(r, "physicians", "payors", "patients")))
        .addAllBridges(Draws.listOf(r, 0, 2, () -> Draws.pick(r, Words.TOPICS)))
        .addAllFacts(Draws.listOf(r, 0, 3, () -> Draws.pick(r, Words.SENTENCES)))
        .professionalOrganization(organization).addAllCitations(citations(r));
    List<Occupation> paid = occupations.stream().filter(o -> !o.wages().isEmpty()).toList();
    if (!paid.isEmpty() && r.nextBoolean()) {
      Occupation o = Draws.pick(r, paid);
      b.salaryOccupation(o.id()).medianSalary(Draws.pick(r, o.wages()));
    }
    return b.build();
  }

  static KnownOmission knownOmission(RandomGenerator r, KnownOmissionId id, Refs refs) {
    return new KnownOmission(id, Draws.pick(r, OmissionTopic.values()), Draws.pick(r, OmissionKind.values()),
        Draws.phrase(r, Words.TOPICS), Draws.pick(r, Words.SENTENCES),
        new LinkedHashSet<>(refs.credentials().some(r, 3)), new LinkedHashSet<>(refs.organizations().some(r, 2)));
  }
}
