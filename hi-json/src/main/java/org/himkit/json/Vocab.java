package org.himkit.json;

import static org.himkit.json.Obj.got;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.himkit.AccreditationStandard;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.CodeScheme;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.EmploymentFigure;
import org.himkit.EntryEducation;
import org.himkit.EntryExperience;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.FormerName;
import org.himkit.IndustryEmployment;
import org.himkit.JobTitle;
import org.himkit.KnownOmissionId;
import org.himkit.Location;
import org.himkit.MemberRate;
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
import org.himkit.ProgramOutcome;
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
import org.himkit.RenewalPolicyId;

/** The codecs of the vocabulary: ids, citations, codes, organizations, credentials, programs, roles, occupations. */
final class Vocab {
  private Vocab() {}

  // ---------------------------------------------------------------------------------------------
  // ids: as definitions and as references

  static final Codec<OrganizationId> ORGANIZATION_ID = Scalars.id("organization id", OrganizationId::of);
  static final Codec<CredentialId> CREDENTIAL_ID = Scalars.id("credential id", CredentialId::of);
  static final Codec<ProgramTypeId> PROGRAM_TYPE_ID = Scalars.id("program type id", ProgramTypeId::of);
  static final Codec<ProgramOfferingId> PROGRAM_OFFERING_ID = Scalars.id("program offering id", ProgramOfferingId::of);
  static final Codec<RoleId> ROLE_ID = Scalars.id("role id", RoleId::of);
  static final Codec<WorkSettingId> WORK_SETTING_ID = Scalars.id("work setting id", WorkSettingId::of);
  static final Codec<OccupationId> OCCUPATION_ID = Scalars.id("occupation id", OccupationId::of);
  static final Codec<RenewalPolicyId> RENEWAL_POLICY_ID = Scalars.id("renewal policy id", RenewalPolicyId::of);
  static final Codec<KnownOmissionId> KNOWN_OMISSION_ID = Scalars.id("known omission id", KnownOmissionId::of);

  static final Codec<OrganizationId> ORGANIZATION_REF = Scalars.ref(References.Kind.ORGANIZATION, OrganizationId::of);
  static final Codec<CredentialId> CREDENTIAL_REF = Scalars.ref(References.Kind.CREDENTIAL, CredentialId::of);
  static final Codec<ProgramTypeId> PROGRAM_TYPE_REF = Scalars.ref(References.Kind.PROGRAM_TYPE, ProgramTypeId::of);
  static final Codec<RoleId> ROLE_REF = Scalars.ref(References.Kind.ROLE, RoleId::of);
  static final Codec<WorkSettingId> WORK_SETTING_REF = Scalars.ref(References.Kind.WORK_SETTING, WorkSettingId::of);
  static final Codec<OccupationId> OCCUPATION_REF = Scalars.ref(References.Kind.OCCUPATION, OccupationId::of);
  static final Codec<KnownOmissionId> KNOWN_OMISSION_REF = Scalars.ref(References.Kind.KNOWN_OMISSION,
      KnownOmissionId::of);
  static final Codec<RenewalPolicyId> RENEWAL_POLICY_REF = Scalars.ref(References.Kind.RENEWAL_POLICY,
      RenewalPolicyId::of);

  private static <E extends Enum<E>> Codec<E> e(Class<E> type) {
    return Scalars.enumOf(type);
  }

  private static ImmutableSet<String> fields(String... names) {
    return ImmutableSet.copyOf(names);
  }

  // ---------------------------------------------------------------------------------------------
  // sources

  /** A citation; equal citations of one read are shared. */
  static final ObjectCodec<Citation> CITATION = ObjectCodec.of("a citation",
      fields("publisher", "title", "url", "addressNote", "sourceType", "version", "quote"),
      (c, g) -> {
        W.str(g, "publisher", c.publisher());
        W.str(g, "title", c.title());
        W.opt(g, "url", c.url(), Scalars.URI_CODEC);
        W.str(g, "addressNote", c.addressNote());
        W.field(g, "sourceType", c.sourceType(), e(SourceType.class));
        W.str(g, "version", c.version());
        W.str(g, "quote", c.quote());
      },
      in -> {
        Citation.Builder b = Citation.builder();
        in.req("publisher", Scalars.STRING, b::publisher);
        in.req("title", Scalars.STRING, b::title);
        b.url(in.opt("url", Scalars.URI_CODEC));
        b.addressNote(in.opt("addressNote", Scalars.STRING));
        in.req("sourceType", e(SourceType.class), b::sourceType);
        b.version(in.opt("version", Scalars.STRING));
        b.quote(in.opt("quote", Scalars.STRING));
        Citation c = in.build(b::build);
        return c == null ? null : in.context().intern(c);
      });

  static final Codec<Code> CODE = ObjectCodec.of("an occupation code",
      fields("scheme", "schemeVersion", "value", "label"),
      (c, g) -> {
        W.field(g, "scheme", c.scheme(), e(CodeScheme.class));
        W.str(g, "schemeVersion", c.schemeVersion());
        W.str(g, "value", c.value());
        W.str(g, "label", c.label());
      },
      in -> {
        CodeScheme scheme = in.req("scheme", e(CodeScheme.class));
        String version = in.req("schemeVersion", Scalars.STRING);
        String value = in.req("value", Scalars.STRING);
        String label = in.req("label", Scalars.STRING);
        return in.build(() -> new Code(got(scheme), got(version), got(value), got(label)));
      });

  static final Codec<FormerName> FORMER_NAME = ObjectCodec.of("a former name",
      fields("name", "abbreviation", "fromYear", "untilYear", "citations"),
      (f, g) -> {
        W.str(g, "name", f.name());
        W.str(g, "abbreviation", f.abbreviation());
        W.opt(g, "fromYear", f.fromYear(), Scalars.YEAR);
        W.opt(g, "untilYear", f.untilYear(), Scalars.YEAR);
        W.list(g, "citations", f.citations(), CITATION);
      },
      in -> {
        FormerName.Builder b = FormerName.builder();
        in.req("name", Scalars.STRING, b::name);
        b.abbreviation(in.opt("abbreviation", Scalars.STRING));
        b.fromYear(in.opt("fromYear", Scalars.YEAR));
        b.untilYear(in.opt("untilYear", Scalars.YEAR));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<Misnomer> MISNOMER = ObjectCodec.of("a misnomer", fields("text", "note", "citations"),
      (m, g) -> {
        W.str(g, "text", m.text());
        W.str(g, "note", m.note());
        W.list(g, "citations", m.citations(), CITATION);
      },
      in -> {
        Misnomer.Builder b = Misnomer.builder();
        in.req("text", Scalars.STRING, b::text);
        in.req("note", Scalars.STRING, b::note);
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  // ---------------------------------------------------------------------------------------------
  // organizations and fees

  static final Codec<Fee> FEE = ObjectCodec.of("a fee",
      fields("kind", "description", "amount", "currency", "rate", "basis", "increment", "every", "credentials",
          "effectiveFrom", "effectiveTo", "verification", "citations"),
      (f, g) -> {
        W.field(g, "kind", f.kind(), e(FeeKind.class));
        W.str(g, "description", f.description());
        W.field(g, "amount", f.amount(), Scalars.DECIMAL);
        W.field(g, "currency", f.currency(), Scalars.CURRENCY);
        W.field(g, "rate", f.rate(), e(MemberRate.class));
        W.field(g, "basis", f.basis(), e(FeeBasis.class));
        W.opt(g, "increment", f.increment(), Scalars.PERIOD);
        W.opt(g, "every", f.every(), Scalars.PERIOD);
        W.list(g, "credentials", f.credentials(), CREDENTIAL_REF);
        W.opt(g, "effectiveFrom", f.effectiveFrom(), Scalars.DATE);
        W.opt(g, "effectiveTo", f.effectiveTo(), Scalars.DATE);
        W.field(g, "verification", f.verification(), e(Verification.class));
        W.list(g, "citations", f.citations(), CITATION);
      },
      in -> {
        Fee.Builder b = Fee.builder();
        in.req("kind", e(FeeKind.class), b::kind);
        in.req("description", Scalars.STRING, b::description);
        in.req("amount", Scalars.DECIMAL, b::amount);
        in.opt("currency", Scalars.CURRENCY, b::currency);
        in.req("rate", e(MemberRate.class), b::rate);
        in.req("basis", e(FeeBasis.class), b::basis);
        b.increment(in.opt("increment", Scalars.PERIOD));
        b.every(in.opt("every", Scalars.PERIOD));
        b.credentials(in.set("credentials", CREDENTIAL_REF));
        b.effectiveFrom(in.opt("effectiveFrom", Scalars.DATE));
        b.effectiveTo(in.opt("effectiveTo", Scalars.DATE));
        in.req("verification", e(Verification.class), b::verification);
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final ObjectCodec<Organization> ORGANIZATION = ObjectCodec.of("an organization",
      fields("id", "name", "abbreviation", "kinds", "formerNames", "website", "description", "fees", "citations"),
      (o, g) -> {
        W.field(g, "id", o.id(), ORGANIZATION_ID);
        W.str(g, "name", o.name());
        W.str(g, "abbreviation", o.abbreviation());
        W.list(g, "kinds", o.kinds(), e(OrganizationKind.class));
        W.list(g, "formerNames", o.formerNames(), FORMER_NAME);
        W.opt(g, "website", o.website(), Scalars.URI_CODEC);
        W.str(g, "description", o.description());
        W.list(g, "fees", o.fees(), FEE);
        W.list(g, "citations", o.citations(), CITATION);
      },
      in -> {
        Organization.Builder b = Organization.builder();
        in.req("id", ORGANIZATION_ID, b::id);
        in.req("name", Scalars.STRING, b::name);
        in.req("abbreviation", Scalars.STRING, b::abbreviation);
        b.kinds(in.set("kinds", e(OrganizationKind.class)));
        b.formerNames(in.list("formerNames", FORMER_NAME));
        b.website(in.opt("website", Scalars.URI_CODEC));
        b.description(in.opt("description", Scalars.STRING));
        b.fees(in.list("fees", FEE));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  // ---------------------------------------------------------------------------------------------
  // credentials and exams

  static final Codec<ExamPeriod> EXAM_PERIOD = ObjectCodec.of("an exam period",
      fields("kind", "days", "effectiveFrom", "effectiveTo", "verification", "citations"),
      (p, g) -> {
        W.field(g, "kind", p.kind(), e(ExamPeriod.Kind.class));
        W.field(g, "days", p.days(), Scalars.INT);
        W.opt(g, "effectiveFrom", p.effectiveFrom(), Scalars.DATE);
        W.opt(g, "effectiveTo", p.effectiveTo(), Scalars.DATE);
        W.field(g, "verification", p.verification(), e(Verification.class));
        W.list(g, "citations", p.citations(), CITATION);
      },
      in -> {
        ExamPeriod.Kind kind = in.req("kind", e(ExamPeriod.Kind.class));
        Integer days = in.req("days", Scalars.INT);
        Optional<java.time.LocalDate> from = in.opt("effectiveFrom", Scalars.DATE);
        Optional<java.time.LocalDate> to = in.opt("effectiveTo", Scalars.DATE);
        Verification verification = in.req("verification", e(Verification.class));
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new ExamPeriod(got(kind), got(days), from, to, got(verification), citations));
      });

  static final Codec<ExamPassRate> EXAM_PASS_RATE = ObjectCodec.of("an exam pass rate",
      fields("year", "firstTimeTesters", "passPercent", "scope", "citations"),
      (r, g) -> {
        W.field(g, "year", r.year(), Scalars.YEAR);
        W.field(g, "firstTimeTesters", r.firstTimeTesters(), Scalars.INT);
        W.field(g, "passPercent", r.passPercent(), Scalars.INT);
        W.str(g, "scope", r.scope());
        W.list(g, "citations", r.citations(), CITATION);
      },
      in -> {
        java.time.Year year = in.req("year", Scalars.YEAR);
        Integer testers = in.req("firstTimeTesters", Scalars.INT);
        Integer percent = in.req("passPercent", Scalars.INT);
        Optional<String> scope = in.opt("scope", Scalars.STRING);
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new ExamPassRate(got(year), got(testers), got(percent), scope, citations));
      });

  static final Codec<Exam> EXAM = ObjectCodec.of("an exam",
      fields("description", "national", "duration", "minimumItems", "maximumItems", "periods", "passRates",
          "citations"),
      (x, g) -> {
        W.str(g, "description", x.description());
        W.field(g, "national", x.national(), Scalars.BOOLEAN);
        W.opt(g, "duration", x.duration(), Scalars.DURATION);
        W.opt(g, "minimumItems", x.minimumItems(), Scalars.INT);
        W.opt(g, "maximumItems", x.maximumItems(), Scalars.INT);
        W.list(g, "periods", x.periods(), EXAM_PERIOD);
        W.list(g, "passRates", x.passRates(), EXAM_PASS_RATE);
        W.list(g, "citations", x.citations(), CITATION);
      },
      in -> {
        Exam.Builder b = Exam.builder();
        in.req("description", Scalars.STRING, b::description);
        in.req("national", Scalars.BOOLEAN, b::national);
        b.duration(in.opt("duration", Scalars.DURATION));
        b.minimumItems(in.opt("minimumItems", Scalars.INT));
        b.maximumItems(in.opt("maximumItems", Scalars.INT));
        b.periods(in.list("periods", EXAM_PERIOD));
        b.passRates(in.list("passRates", EXAM_PASS_RATE));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<CredentialCount> CREDENTIAL_COUNT = ObjectCodec.of("a credential count",
      fields("kind", "count", "moreThan", "asOf", "scope", "citations"),
      (c, g) -> {
        W.field(g, "kind", c.kind(), e(CredentialCount.Kind.class));
        W.field(g, "count", c.count(), Scalars.LONG);
        W.field(g, "moreThan", c.moreThan(), Scalars.BOOLEAN);
        W.opt(g, "asOf", c.asOf(), Scalars.DATE);
        W.str(g, "scope", c.scope());
        W.list(g, "citations", c.citations(), CITATION);
      },
      in -> {
        CredentialCount.Kind kind = in.req("kind", e(CredentialCount.Kind.class));
        Long count = in.req("count", Scalars.LONG);
        Boolean moreThan = in.req("moreThan", Scalars.BOOLEAN);
        Optional<java.time.LocalDate> asOf = in.opt("asOf", Scalars.DATE);
        Optional<String> scope = in.opt("scope", Scalars.STRING);
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new CredentialCount(got(kind), got(count), got(moreThan), asOf, scope, citations));
      });

  static final ObjectCodec<Credential> CREDENTIAL = ObjectCodec.of("a credential",
      fields("id", "fullName", "kind", "issuer", "status", "domains", "aliases", "formerNames", "misnomers", "exam",
          "eligibility", "renewalPolicy", "supersedes", "description", "counts", "citations"),
      (c, g) -> {
        W.field(g, "id", c.id(), CREDENTIAL_ID);
        W.str(g, "fullName", c.fullName());
        W.field(g, "kind", c.kind(), e(CredentialKind.class));
        W.field(g, "issuer", c.issuer(), ORGANIZATION_REF);
        W.field(g, "status", c.status(), e(CredentialStatus.class));
        W.list(g, "domains", c.domains(), e(CredentialDomain.class));
        W.list(g, "aliases", c.aliases(), Scalars.STRING);
        W.list(g, "formerNames", c.formerNames(), FORMER_NAME);
        W.list(g, "misnomers", c.misnomers(), MISNOMER);
        W.opt(g, "exam", c.exam(), EXAM);
        W.opt(g, "eligibility", c.eligibility(), Requirements.CODEC);
        W.opt(g, "renewalPolicy", c.renewalPolicy(), RENEWAL_POLICY_REF);
        W.list(g, "supersedes", c.supersedes(), CREDENTIAL_REF);
        W.str(g, "description", c.description());
        W.list(g, "counts", c.counts(), CREDENTIAL_COUNT);
        W.list(g, "citations", c.citations(), CITATION);
      },
      in -> {
        Credential.Builder b = Credential.builder();
        in.req("id", CREDENTIAL_ID, b::id);
        in.req("fullName", Scalars.STRING, b::fullName);
        in.req("kind", e(CredentialKind.class), b::kind);
        in.req("issuer", ORGANIZATION_REF, b::issuer);
        in.req("status", e(CredentialStatus.class), b::status);
        b.domains(in.set("domains", e(CredentialDomain.class)));
        b.aliases(in.set("aliases", Scalars.STRING));
        b.formerNames(in.list("formerNames", FORMER_NAME));
        b.misnomers(in.list("misnomers", MISNOMER));
        b.exam(in.opt("exam", EXAM));
        b.eligibility(in.opt("eligibility", Requirements.CODEC));
        b.renewalPolicy(in.opt("renewalPolicy", RENEWAL_POLICY_REF));
        b.supersedes(in.set("supersedes", CREDENTIAL_REF));
        b.description(in.opt("description", Scalars.STRING));
        b.counts(in.list("counts", CREDENTIAL_COUNT));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  // ---------------------------------------------------------------------------------------------
  // programs

  static final Codec<ProgressionProgram> PROGRESSION_PROGRAM = ObjectCodec.of("a progression program",
      fields("from", "to", "availability", "note", "citations"),
      (p, g) -> {
        W.field(g, "from", p.fromCredential(), CREDENTIAL_REF);
        W.field(g, "to", p.toCredential(), CREDENTIAL_REF);
        W.field(g, "availability", p.availability(), e(Availability.class));
        W.str(g, "note", p.note());
        W.list(g, "citations", p.citations(), CITATION);
      },
      in -> {
        ProgressionProgram.Builder b = ProgressionProgram.builder();
        in.req("from", CREDENTIAL_REF, b::fromCredential);
        in.req("to", CREDENTIAL_REF, b::toCredential);
        in.req("availability", e(Availability.class), b::availability);
        b.note(in.opt("note", Scalars.STRING));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<AccreditationStandard> ACCREDITATION_STANDARD = ObjectCodec.of("an accreditation standard",
      fields("name", "adopted", "revised", "citations"),
      (s, g) -> {
        W.str(g, "name", s.name());
        W.field(g, "adopted", s.adopted(), Scalars.YEAR);
        W.opt(g, "revised", s.revised(), Scalars.YEAR);
        W.list(g, "citations", s.citations(), CITATION);
      },
      in -> {
        String name = in.req("name", Scalars.STRING);
        java.time.Year adopted = in.req("adopted", Scalars.YEAR);
        Optional<java.time.Year> revised = in.opt("revised", Scalars.YEAR);
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new AccreditationStandard(got(name), got(adopted), revised, citations));
      });

  static final ObjectCodec<ProgramType> PROGRAM_TYPE = ObjectCodec.of("a program type",
      fields("id", "name", "level", "field", "typicalLength", "focus", "deliveryModes", "eveningPrograms", "structure",
          "accreditor", "preparesFor", "progressionPrograms", "accreditationStandards", "citations"),
      (p, g) -> {
        W.field(g, "id", p.id(), PROGRAM_TYPE_ID);
        W.str(g, "name", p.name());
        W.field(g, "level", p.level(), e(DegreeLevel.class));
        W.field(g, "field", p.field(), e(ProgramField.class));
        W.opt(g, "typicalLength", p.typicalLength(), Scalars.PERIOD);
        W.opt(g, "focus", p.focus(), e(ProgramFocus.class));
        W.list(g, "deliveryModes", p.deliveryModes(), e(DeliveryMode.class));
        W.field(g, "eveningPrograms", p.eveningPrograms(), e(Availability.class));
        W.list(g, "structure", p.structure(), Scalars.STRING);
        W.opt(g, "accreditor", p.accreditor(), ORGANIZATION_REF);
        W.list(g, "preparesFor", p.preparesFor(), CREDENTIAL_REF);
        W.list(g, "progressionPrograms", p.progressionPrograms(), PROGRESSION_PROGRAM);
        W.list(g, "accreditationStandards", p.accreditationStandards(), ACCREDITATION_STANDARD);
        W.list(g, "citations", p.citations(), CITATION);
      },
      in -> {
        ProgramType.Builder b = ProgramType.builder();
        in.req("id", PROGRAM_TYPE_ID, b::id);
        in.req("name", Scalars.STRING, b::name);
        in.req("level", e(DegreeLevel.class), b::level);
        in.req("field", e(ProgramField.class), b::field);
        b.typicalLength(in.opt("typicalLength", Scalars.PERIOD));
        b.focus(in.opt("focus", e(ProgramFocus.class)));
        b.deliveryModes(in.set("deliveryModes", e(DeliveryMode.class)));
        in.req("eveningPrograms", e(Availability.class), b::eveningPrograms);
        b.structure(in.list("structure", Scalars.STRING));
        b.accreditor(in.opt("accreditor", ORGANIZATION_REF));
        b.preparesFor(in.set("preparesFor", CREDENTIAL_REF));
        b.progressionPrograms(in.list("progressionPrograms", PROGRESSION_PROGRAM));
        b.accreditationStandards(in.list("accreditationStandards", ACCREDITATION_STANDARD));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<Location> LOCATION = ObjectCodec.of("a location", fields("country", "region", "city"),
      (l, g) -> {
        W.str(g, "country", l.country());
        W.str(g, "region", l.region());
        W.str(g, "city", l.city());
      },
      in -> {
        Location.Builder b = Location.builder();
        in.req("country", Scalars.STRING, b::country);
        b.region(in.opt("region", Scalars.STRING));
        b.city(in.opt("city", Scalars.STRING));
        return in.build(b::build);
      });

  static final Codec<ProgramOutcome> PROGRAM_OUTCOME = ObjectCodec.of("a program outcome",
      fields("kind", "percent", "asOf", "exam", "citations"),
      (o, g) -> {
        W.field(g, "kind", o.kind(), e(ProgramOutcome.Kind.class));
        W.field(g, "percent", o.percent(), Scalars.DECIMAL);
        W.field(g, "asOf", o.asOf(), Scalars.DATE);
        W.opt(g, "exam", o.exam(), CREDENTIAL_REF);
        W.list(g, "citations", o.citations(), CITATION);
      },
      in -> {
        ProgramOutcome.Kind kind = in.req("kind", e(ProgramOutcome.Kind.class));
        java.math.BigDecimal percent = in.req("percent", Scalars.DECIMAL);
        java.time.LocalDate asOf = in.req("asOf", Scalars.DATE);
        Optional<CredentialId> exam = in.opt("exam", CREDENTIAL_REF);
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new ProgramOutcome(got(kind), got(percent), got(asOf), exam, citations));
      });

  static final ObjectCodec<ProgramOffering> PROGRAM_OFFERING = ObjectCodec.of("a program offering",
      fields("id", "institution", "name", "programType", "location", "deliveryModes", "eveningPrograms",
          "accreditationStatus", "accreditor", "accreditedSince", "outcomes", "citations"),
      (o, g) -> {
        W.field(g, "id", o.id(), PROGRAM_OFFERING_ID);
        W.str(g, "institution", o.institution());
        W.str(g, "name", o.name());
        W.field(g, "programType", o.programType(), PROGRAM_TYPE_REF);
        W.field(g, "location", o.location(), LOCATION);
        W.list(g, "deliveryModes", o.deliveryModes(), e(DeliveryMode.class));
        W.field(g, "eveningPrograms", o.eveningPrograms(), e(Availability.class));
        W.field(g, "accreditationStatus", o.accreditationStatus(), e(AccreditationStatus.class));
        W.opt(g, "accreditor", o.accreditor(), ORGANIZATION_REF);
        W.opt(g, "accreditedSince", o.accreditedSince(), Scalars.DATE);
        W.list(g, "outcomes", o.outcomes(), PROGRAM_OUTCOME);
        W.list(g, "citations", o.citations(), CITATION);
      },
      in -> {
        ProgramOffering.Builder b = ProgramOffering.builder();
        in.req("id", PROGRAM_OFFERING_ID, b::id);
        in.req("institution", Scalars.STRING, b::institution);
        in.req("name", Scalars.STRING, b::name);
        in.req("programType", PROGRAM_TYPE_REF, b::programType);
        in.req("location", LOCATION, b::location);
        b.deliveryModes(in.set("deliveryModes", e(DeliveryMode.class)));
        in.req("eveningPrograms", e(Availability.class), b::eveningPrograms);
        in.req("accreditationStatus", e(AccreditationStatus.class), b::accreditationStatus);
        b.accreditor(in.opt("accreditor", ORGANIZATION_REF));
        b.accreditedSince(in.opt("accreditedSince", Scalars.DATE));
        b.outcomes(in.list("outcomes", PROGRAM_OUTCOME));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  // ---------------------------------------------------------------------------------------------
  // roles and settings

  static final Codec<JobTitle> JOB_TITLE = ObjectCodec.of("a job title", fields("title", "citations"),
      (t, g) -> {
        W.str(g, "title", t.title());
        W.list(g, "citations", t.citations(), CITATION);
      },
      in -> {
        JobTitle.Builder b = JobTitle.builder();
        in.req("title", Scalars.STRING, b::title);
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final ObjectCodec<Role> ROLE = ObjectCodec.of("a role",
      fields("id", "title", "abbreviation", "level", "summary", "responsibilities", "patientContact", "typicalEntry",
          "specializationOf", "credentials", "workSettings", "occupations", "jobTitles", "citations"),
      (r, g) -> {
        W.field(g, "id", r.id(), ROLE_ID);
        W.str(g, "title", r.title());
        W.str(g, "abbreviation", r.abbreviation());
        W.field(g, "level", r.level(), e(RoleLevel.class));
        W.str(g, "summary", r.summary());
        W.list(g, "responsibilities", r.responsibilities(), Scalars.STRING);
        W.field(g, "patientContact", r.patientContact(), e(PatientContact.class));
        W.opt(g, "typicalEntry", r.typicalEntry(), Requirements.CODEC);
        W.opt(g, "specializationOf", r.specializationOf(), ROLE_REF);
        W.list(g, "credentials", r.credentials(), CREDENTIAL_REF);
        W.list(g, "workSettings", r.workSettings(), WORK_SETTING_REF);
        W.list(g, "occupations", r.occupations(), OCCUPATION_REF);
        W.list(g, "jobTitles", r.jobTitles(), JOB_TITLE);
        W.list(g, "citations", r.citations(), CITATION);
      },
      in -> {
        Role.Builder b = Role.builder();
        in.req("id", ROLE_ID, b::id);
        in.req("title", Scalars.STRING, b::title);
        b.abbreviation(in.opt("abbreviation", Scalars.STRING));
        in.req("level", e(RoleLevel.class), b::level);
        in.req("summary", Scalars.STRING, b::summary);
        b.responsibilities(in.list("responsibilities", Scalars.STRING));
        in.req("patientContact", e(PatientContact.class), b::patientContact);
        b.typicalEntry(in.opt("typicalEntry", Requirements.CODEC));
        b.specializationOf(in.opt("specializationOf", ROLE_REF));
        b.credentials(in.set("credentials", CREDENTIAL_REF));
        b.workSettings(in.set("workSettings", WORK_SETTING_REF));
        b.occupations(in.set("occupations", OCCUPATION_REF));
        b.jobTitles(in.list("jobTitles", JOB_TITLE));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final ObjectCodec<WorkSetting> WORK_SETTING = ObjectCodec.of("a work setting",
      fields("id", "name", "citations"),
      (s, g) -> {
        W.field(g, "id", s.id(), WORK_SETTING_ID);
        W.str(g, "name", s.name());
        W.list(g, "citations", s.citations(), CITATION);
      },
      in -> {
        WorkSetting.Builder b = WorkSetting.builder();
        in.req("id", WORK_SETTING_ID, b::id);
        in.req("name", Scalars.STRING, b::name);
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  // ---------------------------------------------------------------------------------------------
  // occupations and their figures

  static final Codec<WageStatistic> WAGE = ObjectCodec.of("a wage statistic",
      fields("measure", "amount", "currency", "referenceMonth", "edition", "scope", "verification", "note",
          "citations"),
      (w, g) -> {
        W.field(g, "measure", w.measure(), e(WageMeasure.class));
        W.field(g, "amount", w.amount(), Scalars.DECIMAL);
        W.field(g, "currency", w.currency(), Scalars.CURRENCY);
        W.opt(g, "referenceMonth", w.referenceMonth(), Scalars.YEAR_MONTH);
        W.str(g, "edition", w.edition());
        W.str(g, "scope", w.scope());
        W.field(g, "verification", w.verification(), e(Verification.class));
        W.str(g, "note", w.note());
        W.list(g, "citations", w.citations(), CITATION);
      },
      in -> {
        WageStatistic.Builder b = WageStatistic.builder();
        in.req("measure", e(WageMeasure.class), b::measure);
        in.req("amount", Scalars.DECIMAL, b::amount);
        in.opt("currency", Scalars.CURRENCY, b::currency);
        b.referenceMonth(in.opt("referenceMonth", Scalars.YEAR_MONTH));
        b.edition(in.opt("edition", Scalars.STRING));
        b.scope(in.opt("scope", Scalars.STRING));
        in.req("verification", e(Verification.class), b::verification);
        b.note(in.opt("note", Scalars.STRING));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<EmploymentFigure> EMPLOYMENT = ObjectCodec.of("an employment figure",
      fields("year", "jobs", "edition", "scope", "verification", "citations"),
      (f, g) -> {
        W.field(g, "year", f.year(), Scalars.YEAR);
        W.field(g, "jobs", f.jobs(), Scalars.LONG);
        W.str(g, "edition", f.edition());
        W.str(g, "scope", f.scope());
        W.field(g, "verification", f.verification(), e(Verification.class));
        W.list(g, "citations", f.citations(), CITATION);
      },
      in -> {
        EmploymentFigure.Builder b = EmploymentFigure.builder();
        in.req("year", Scalars.YEAR, b::year);
        in.req("jobs", Scalars.LONG, b::jobs);
        b.edition(in.opt("edition", Scalars.STRING));
        b.scope(in.opt("scope", Scalars.STRING));
        in.req("verification", e(Verification.class), b::verification);
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<OutlookFigure> OUTLOOK = ObjectCodec.of("an outlook figure",
      fields("percentChange", "fromYear", "toYear", "descriptor", "employmentChange", "annualOpenings", "edition",
          "scope", "verification", "citations"),
      (f, g) -> {
        W.field(g, "percentChange", f.percentChange(), Scalars.INT);
        W.field(g, "fromYear", f.fromYear(), Scalars.YEAR);
        W.field(g, "toYear", f.toYear(), Scalars.YEAR);
        W.str(g, "descriptor", f.descriptor());
        W.opt(g, "employmentChange", f.employmentChange(), Scalars.LONG);
        W.opt(g, "annualOpenings", f.annualOpenings(), Scalars.LONG);
        W.str(g, "edition", f.edition());
        W.str(g, "scope", f.scope());
        W.field(g, "verification", f.verification(), e(Verification.class));
        W.list(g, "citations", f.citations(), CITATION);
      },
      in -> {
        OutlookFigure.Builder b = OutlookFigure.builder();
        in.req("percentChange", Scalars.INT, b::percentChange);
        in.req("fromYear", Scalars.YEAR, b::fromYear);
        in.req("toYear", Scalars.YEAR, b::toYear);
        b.descriptor(in.opt("descriptor", Scalars.STRING));
        b.employmentChange(in.opt("employmentChange", Scalars.LONG));
        b.annualOpenings(in.opt("annualOpenings", Scalars.LONG));
        b.edition(in.opt("edition", Scalars.STRING));
        b.scope(in.opt("scope", Scalars.STRING));
        in.req("verification", e(Verification.class), b::verification);
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<EntryEducation> ENTRY_EDUCATION = ObjectCodec.of("an entry education",
      fields("text", "level", "edition", "scope", "citations"),
      (x, g) -> {
        W.str(g, "text", x.text());
        W.field(g, "level", x.level(), e(DegreeLevel.class));
        W.str(g, "edition", x.edition());
        W.str(g, "scope", x.scope());
        W.list(g, "citations", x.citations(), CITATION);
      },
      in -> {
        EntryEducation.Builder b = EntryEducation.builder();
        in.req("text", Scalars.STRING, b::text);
        in.req("level", e(DegreeLevel.class), b::level);
        b.edition(in.opt("edition", Scalars.STRING));
        b.scope(in.opt("scope", Scalars.STRING));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final Codec<EntryExperience> ENTRY_EXPERIENCE = ObjectCodec.of("an entry experience",
      fields("text", "edition", "citations"),
      (x, g) -> {
        W.str(g, "text", x.text());
        W.str(g, "edition", x.edition());
        W.list(g, "citations", x.citations(), CITATION);
      },
      in -> {
        String text = in.req("text", Scalars.STRING);
        String edition = in.req("edition", Scalars.STRING);
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new EntryExperience(got(text), got(edition), citations));
      });

  static final Codec<IndustryEmployment> INDUSTRY_EMPLOYMENT = ObjectCodec.of("an industry employment figure",
      fields("industry", "jobs", "referenceMonth", "edition", "citations"),
      (x, g) -> {
        W.str(g, "industry", x.industry());
        W.field(g, "jobs", x.jobs(), Scalars.LONG);
        W.field(g, "referenceMonth", x.referenceMonth(), Scalars.YEAR_MONTH);
        W.str(g, "edition", x.edition());
        W.list(g, "citations", x.citations(), CITATION);
      },
      in -> {
        String industry = in.req("industry", Scalars.STRING);
        Long jobs = in.req("jobs", Scalars.LONG);
        java.time.YearMonth month = in.req("referenceMonth", Scalars.YEAR_MONTH);
        String edition = in.req("edition", Scalars.STRING);
        List<Citation> citations = in.list("citations", CITATION);
        return in.build(() -> new IndustryEmployment(got(industry), got(jobs), got(month), got(edition), citations));
      });

  static final ObjectCodec<Occupation> OCCUPATION = ObjectCodec.of("an occupation",
      fields("id", "title", "codes", "definitionNote", "sampleTitles", "wages", "employment", "outlook",
          "entryEducation", "entryExperience", "topIndustries", "citations"),
      (o, g) -> {
        W.field(g, "id", o.id(), OCCUPATION_ID);
        W.str(g, "title", o.title());
        W.list(g, "codes", o.codes(), CODE);
        W.str(g, "definitionNote", o.definitionNote());
        W.list(g, "sampleTitles", o.sampleTitles(), Scalars.STRING);
        W.list(g, "wages", o.wages(), WAGE);
        W.list(g, "employment", o.employment(), EMPLOYMENT);
        W.list(g, "outlook", o.outlook(), OUTLOOK);
        W.list(g, "entryEducation", o.entryEducation(), ENTRY_EDUCATION);
        W.list(g, "entryExperience", o.entryExperience(), ENTRY_EXPERIENCE);
        W.list(g, "topIndustries", o.topIndustries(), INDUSTRY_EMPLOYMENT);
        W.list(g, "citations", o.citations(), CITATION);
      },
      in -> {
        Occupation.Builder b = Occupation.builder();
        in.req("id", OCCUPATION_ID, b::id);
        in.req("title", Scalars.STRING, b::title);
        b.codes(in.list("codes", CODE));
        b.definitionNote(in.opt("definitionNote", Scalars.STRING));
        b.sampleTitles(in.list("sampleTitles", Scalars.STRING));
        b.wages(in.list("wages", WAGE));
        b.employment(in.list("employment", EMPLOYMENT));
        b.outlook(in.list("outlook", OUTLOOK));
        b.entryEducation(in.list("entryEducation", ENTRY_EDUCATION));
        b.entryExperience(in.list("entryExperience", ENTRY_EXPERIENCE));
        b.topIndustries(in.list("topIndustries", INDUSTRY_EMPLOYMENT));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  // ---------------------------------------------------------------------------------------------
  // the profession and known omissions

  static final ObjectCodec<Profession> PROFESSION = ObjectCodec.of("a profession",
      fields("name", "description", "linkedTo", "bridges", "facts", "professionalOrganization", "medianSalary",
          "salaryOccupation", "citations"),
      (p, g) -> {
        W.str(g, "name", p.name());
        W.str(g, "description", p.description());
        W.list(g, "linkedTo", p.linkedTo(), Scalars.STRING);
        W.list(g, "bridges", p.bridges(), Scalars.STRING);
        W.list(g, "facts", p.facts(), Scalars.STRING);
        W.field(g, "professionalOrganization", p.professionalOrganization(), ORGANIZATION_REF);
        W.opt(g, "medianSalary", p.medianSalary(), WAGE);
        W.opt(g, "salaryOccupation", p.salaryOccupation(), OCCUPATION_REF);
        W.list(g, "citations", p.citations(), CITATION);
      },
      in -> {
        Profession.Builder b = Profession.builder();
        in.req("name", Scalars.STRING, b::name);
        in.req("description", Scalars.STRING, b::description);
        b.linkedTo(in.list("linkedTo", Scalars.STRING));
        b.bridges(in.list("bridges", Scalars.STRING));
        b.facts(in.list("facts", Scalars.STRING));
        in.req("professionalOrganization", ORGANIZATION_REF, b::professionalOrganization);
        b.medianSalary(in.opt("medianSalary", WAGE));
        b.salaryOccupation(in.opt("salaryOccupation", OCCUPATION_REF));
        b.citations(in.list("citations", CITATION));
        return in.build(b::build);
      });

  static final ObjectCodec<KnownOmission> KNOWN_OMISSION = ObjectCodec.of("a known omission",
      fields("id", "topic", "kind", "subject", "reason", "credentials", "organizations"),
      (o, g) -> {
        W.field(g, "id", o.id(), KNOWN_OMISSION_ID);
        W.field(g, "topic", o.topic(), e(OmissionTopic.class));
        W.field(g, "kind", o.kind(), e(OmissionKind.class));
        W.str(g, "subject", o.subject());
        W.str(g, "reason", o.reason());
        W.list(g, "credentials", o.credentials(), CREDENTIAL_REF);
        W.list(g, "organizations", o.organizations(), ORGANIZATION_REF);
      },
      in -> {
        KnownOmissionId id = in.req("id", KNOWN_OMISSION_ID);
        OmissionTopic topic = in.req("topic", e(OmissionTopic.class));
        OmissionKind kind = in.req("kind", e(OmissionKind.class));
        String subject = in.req("subject", Scalars.STRING);
        String reason = in.req("reason", Scalars.STRING);
        java.util.Set<CredentialId> credentials = in.set("credentials", CREDENTIAL_REF);
        java.util.Set<OrganizationId> organizations = in.set("organizations", ORGANIZATION_REF);
        return in.build(() -> new KnownOmission(got(id), got(topic), got(kind), got(subject), got(reason),
            credentials, organizations));
      });
}
