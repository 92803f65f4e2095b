package org.himkit.json;

import static org.himkit.json.Obj.got;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.ActivityDisposition;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.AmountUnit;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CycleRequirement;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.CycleYear;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.IssuerSource;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.NotAssessed;
import org.himkit.renewal.NotAssessedKind;
import org.himkit.renewal.NotAssessedReason;
import org.himkit.renewal.Note;
import org.himkit.renewal.NoteKind;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalCycle;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.renewal.RenewalStatus;
import org.himkit.renewal.RequirementKind;
import org.himkit.renewal.RequirementProgress;
import org.himkit.renewal.Shortfall;
import org.jspecify.annotations.Nullable;

/**
 * The codecs of the renewal answers and the holder's record they are worked out from: assessments with
 * their cycle, requirements, activity outcomes, key dates, notes and shortfalls; whole results; standings.
 *
 * <p>A renewal cycle names the policy version that governs it, written in full, so that every value
 * reads back on its own. Inside an assessment, what would repeat the assessment's own cycle is left out:
 * an activity outcome's {@code window} when it is the assessment's, and the {@code policy} of a cycle an
 * activity was already counted in when it is the assessment's policy version; a reader takes them from
 * the assessment.
 */
final class Renewals {
  private Renewals() {}

  private static final String KIND = Kinded.KIND;

  private static <E extends Enum<E>> Codec<E> e(Class<E> type) {
    return Scalars.enumOf(type);
  }

  static final ObjectCodec<CycleYear> CYCLE_YEAR = ObjectCodec.of("a cycle year", ImmutableSet.of("first", "last"),
      (y, g) -> {
        W.field(g, "first", y.first(), Scalars.DATE);
        W.field(g, "last", y.last(), Scalars.DATE);
      },
      in -> {
        LocalDate first = in.req("first", Scalars.DATE);
        LocalDate last = in.req("last", Scalars.DATE);
        return in.build(() -> new CycleYear(got(first), got(last)));
      });

  /**
   * Returns the codec of cycles: the first and last day and the governing policy version, which is left
   * out when it is the one given (the assessment's), and then read as that one.
   */
  private static ObjectCodec<RenewalCycle> cycle(@Nullable RenewalPolicy context) {
    return ObjectCodec.of("a renewal cycle", ImmutableSet.of("start", "end", "policy"),
        (c, g) -> {
          W.field(g, "start", c.start(), Scalars.DATE);
          W.field(g, "end", c.end(), Scalars.DATE);
          if (!c.policy().equals(context)) {
            W.field(g, "policy", c.policy(), Policies.RENEWAL_POLICY);
          }
        },
        in -> {
          LocalDate start = in.req("start", Scalars.DATE);
          LocalDate end = in.req("end", Scalars.DATE);
          RenewalPolicy policy = context != null && !in.has("policy") ? context
              : in.req("policy", Policies.RENEWAL_POLICY);
          return in.build(() -> new RenewalCycle(got(start), got(end), got(policy)));
        });
  }

  static final ObjectCodec<RenewalCycle> RENEWAL_CYCLE = cycle(null);

  static final ObjectCodec<CycleWindow> CYCLE_WINDOW = ObjectCodec.of("a cycle window",
      ImmutableSet.of("issuer", "cycle", "graceEnd", "certifiedSince", "asOf"),
      (w, g) -> {
        W.field(g, "issuer", w.issuer(), Vocab.ORGANIZATION_REF);
        W.field(g, "cycle", w.cycle(), RENEWAL_CYCLE);
        W.opt(g, "graceEnd", w.graceEnd(), Scalars.DATE);
        W.field(g, "certifiedSince", w.certifiedSince(), Scalars.DATE);
        W.field(g, "asOf", w.asOf(), Scalars.DATE);
      },
      in -> {
        OrganizationId issuer = in.req("issuer", Vocab.ORGANIZATION_REF);
        RenewalCycle cycle = in.req("cycle", RENEWAL_CYCLE);
        Optional<LocalDate> graceEnd = in.opt("graceEnd", Scalars.DATE);
        LocalDate since = in.req("certifiedSince", Scalars.DATE);
        LocalDate asOf = in.req("asOf", Scalars.DATE);
        return in.build(() -> new CycleWindow(got(issuer), got(cycle), graceEnd, got(since), got(asOf)));
      });

  static final ObjectCodec<RequirementProgress> REQUIREMENT_PROGRESS = ObjectCodec.of("a requirement progress",
      ImmutableSet.of(KIND, "contentRule", "mandatoryActivity", "credentialContentRule", "issuer", "unit", "required", "earned", "remaining",
          "met", "yearsMissing"),
      (r, g) -> {
        W.field(g, KIND, r.kind(), e(RequirementKind.class));
        W.opt(g, "contentRule", r.contentRule(), Policies.CONTENT_RULE);
        W.opt(g, "mandatoryActivity", r.mandatoryActivity(), Policies.MANDATORY_ACTIVITY);
        W.opt(g, "credentialContentRule", r.credentialContentRule(), Policies.CREDENTIAL_CONTENT_RULE);
        W.field(g, "issuer", r.issuer(), Vocab.ORGANIZATION_REF);
        W.field(g, "unit", r.unit(), e(AmountUnit.class));
        W.field(g, "required", r.required(), Scalars.CEUS);
        W.field(g, "earned", r.earned(), Scalars.CEUS);
        W.field(g, "remaining", r.remaining(), Scalars.CEUS);
        W.field(g, "met", r.met(), Scalars.BOOLEAN);
        W.list(g, "yearsMissing", r.yearsMissing(), CYCLE_YEAR);
      },
      in -> {
        RequirementKind kind = in.req(KIND, e(RequirementKind.class));
        Optional<ContentRule> content = in.opt("contentRule", Policies.CONTENT_RULE);
        Optional<MandatoryActivity> mandatory = in.opt("mandatoryActivity", Policies.MANDATORY_ACTIVITY);
        Optional<CredentialContentRule> credential = in.opt("credentialContentRule",
            Policies.CREDENTIAL_CONTENT_RULE);
        OrganizationId issuer = in.req("issuer", Vocab.ORGANIZATION_REF);
        AmountUnit unit = in.req("unit", e(AmountUnit.class));
        Ceus required = in.req("required", Scalars.CEUS);
        Ceus earned = in.req("earned", Scalars.CEUS);
        List<CycleYear> missing = in.list("yearsMissing", CYCLE_YEAR);
        RequirementProgress r = in.build(() -> new RequirementProgress(got(kind), content, mandatory, credential,
            got(issuer), got(unit), got(required), got(earned), missing));
        r = in.derived(r, "remaining", Scalars.CEUS, x -> Optional.of(x.remaining()));
        return in.derived(r, "met", Scalars.BOOLEAN, x -> Optional.of(x.met()));
      });

  /**
   * Returns the codec of activity outcomes: the window is left out when it is the one given (the
   * assessment's), and so is the policy of the cycle an activity was already counted in when it is that
   * window's.
   */
  private static ObjectCodec<ActivityOutcome> outcome(@Nullable CycleWindow context) {
    ObjectCodec<RenewalCycle> countedIn = cycle(context == null ? null : context.cycle().policy());
    return ObjectCodec.of("an activity outcome",
        ImmutableSet.of("activity", "disposition", "credited", "window", "conversion", "source", "countedIn"),
        (o, g) -> {
          W.field(g, "activity", o.activity(), Instances.CE_ACTIVITY);
          W.field(g, "disposition", o.disposition(), e(ActivityDisposition.class));
          W.field(g, "credited", o.credited(), Scalars.CEUS);
          if (!o.window().equals(context)) {
            W.field(g, "window", o.window(), CYCLE_WINDOW);
          }
          W.opt(g, "conversion", o.conversion(), Policies.CONTACT_TIME_RULE);
          W.field(g, "source", o.source(), e(IssuerSource.class));
          W.opt(g, "countedIn", o.countedIn(), countedIn);
        },
        in -> {
          CeActivity activity = in.req("activity", Instances.CE_ACTIVITY);
          ActivityDisposition disposition = in.req("disposition", e(ActivityDisposition.class));
          Ceus credited = in.req("credited", Scalars.CEUS);
          CycleWindow window = context != null && !in.has("window") ? context : in.req("window", CYCLE_WINDOW);
          Optional<ContactTimeRule> conversion = in.opt("conversion", Policies.CONTACT_TIME_RULE);
          IssuerSource source = in.req("source", e(IssuerSource.class));
          Optional<RenewalCycle> counted = in.opt("countedIn", countedIn);
          return in.build(() -> new ActivityOutcome(got(activity), got(disposition), got(credited), got(window),
              conversion, got(source), counted));
        });
  }

  static final ObjectCodec<ActivityOutcome> ACTIVITY_OUTCOME = outcome(null);

  static final ObjectCodec<KeyDate> KEY_DATE = ObjectCodec.of("a key date", ImmutableSet.of(KIND, "date", "ifUnmet"),
      (k, g) -> {
        W.field(g, KIND, k.kind(), e(KeyDateKind.class));
        W.field(g, "date", k.date(), Scalars.DATE);
        W.field(g, "ifUnmet", k.ifUnmet(), Scalars.BOOLEAN);
      },
      in -> {
        KeyDateKind kind = in.req(KIND, e(KeyDateKind.class));
        LocalDate date = in.req("date", Scalars.DATE);
        boolean ifUnmet = in.bool("ifUnmet", false);
        return in.build(() -> new KeyDate(got(kind), got(date), ifUnmet));
      });

  static final ObjectCodec<Note> NOTE = ObjectCodec.of("a note",
      ImmutableSet.of(KIND, "choice", "credentials", "date", "amount"),
      (n, g) -> {
        W.field(g, KIND, n.kind(), e(NoteKind.class));
        W.opt(g, "choice", n.choice(), Vocab.KNOWN_OMISSION_ID);
        W.list(g, "credentials", n.credentials(), Vocab.CREDENTIAL_REF);
        W.opt(g, "date", n.date(), Scalars.DATE);
        W.opt(g, "amount", n.amount(), Scalars.CEUS);
      },
      in -> {
        NoteKind kind = in.req(KIND, e(NoteKind.class));
        Optional<KnownOmissionId> choice = in.opt("choice", Vocab.KNOWN_OMISSION_ID);
        List<CredentialId> credentials = in.list("credentials", Vocab.CREDENTIAL_REF);
        Optional<LocalDate> date = in.opt("date", Scalars.DATE);
        Optional<Ceus> amount = in.opt("amount", Scalars.CEUS);
        return in.build(() -> new Note(got(kind), choice, credentials, date, amount));
      });

  static final ObjectCodec<Shortfall> SHORTFALL = ObjectCodec.of("a shortfall",
      ImmutableSet.of("requirement", "cycleEnd", "graceEnd", "missing", "deadline"),
      (s, g) -> {
        W.field(g, "requirement", s.requirement(), REQUIREMENT_PROGRESS);
        W.field(g, "cycleEnd", s.cycleEnd(), Scalars.DATE);
        W.opt(g, "graceEnd", s.graceEnd(), Scalars.DATE);
        W.field(g, "missing", s.missing(), Scalars.CEUS);
        W.field(g, "deadline", s.deadline(), Scalars.DATE);
      },
      in -> {
        RequirementProgress requirement = in.req("requirement", REQUIREMENT_PROGRESS);
        LocalDate cycleEnd = in.req("cycleEnd", Scalars.DATE);
        Optional<LocalDate> graceEnd = in.opt("graceEnd", Scalars.DATE);
        Shortfall s = in.build(() -> new Shortfall(got(requirement), got(cycleEnd), graceEnd));
        s = in.derived(s, "missing", Scalars.CEUS, x -> Optional.of(x.missing()));
        return in.derived(s, "deadline", Scalars.DATE, x -> Optional.of(x.deadline()));
      });

  private static final Codec<List<Shortfall>> SHORTFALLS = Obj.listOf(SHORTFALL);

  static final ObjectCodec<RenewalAssessment> RENEWAL_ASSESSMENT = ObjectCodec.of("a renewal assessment",
      ImmutableSet.of("window", "credentials", "supersededCredentials", "joiningNextCycle", "status", "daysLeft",
          "required", "earned", "requirementsMet", "requirements", "shortfalls", "activities", "keyDates", "notes"),
      (a, g) -> {
        W.field(g, "window", a.window(), CYCLE_WINDOW);
        W.list(g, "credentials", a.credentials(), Vocab.CREDENTIAL_REF);
        W.list(g, "supersededCredentials", a.supersededCredentials(), Vocab.CREDENTIAL_REF);
        W.list(g, "joiningNextCycle", a.joiningNextCycle(), Vocab.CREDENTIAL_REF);
        W.field(g, "status", a.status(), e(RenewalStatus.class));
        W.field(g, "daysLeft", a.daysLeft(), Scalars.LONG);
        W.field(g, "required", a.required(), Scalars.CEUS);
        W.field(g, "earned", a.earned(), Scalars.CEUS);
        W.field(g, "requirementsMet", a.requirementsMet(), Scalars.BOOLEAN);
        W.list(g, "requirements", a.requirements(), REQUIREMENT_PROGRESS);
        W.list(g, "shortfalls", a.shortfalls(), SHORTFALL);
        W.list(g, "activities", a.activities(), outcome(a.window()));
        W.list(g, "keyDates", a.keyDates(), KEY_DATE);
        W.list(g, "notes", a.notes(), NOTE);
      },
      in -> {
        RenewalAssessment.Builder b = RenewalAssessment.builder();
        CycleWindow window = in.req("window", CYCLE_WINDOW);
        if (window != null) {
          b.window(window);
          b.activities(in.list("activities", outcome(window)));
        }
        b.credentials(in.list("credentials", Vocab.CREDENTIAL_REF));
        b.supersededCredentials(in.list("supersededCredentials", Vocab.CREDENTIAL_REF));
        b.joiningNextCycle(in.list("joiningNextCycle", Vocab.CREDENTIAL_REF));
        in.req("status", e(RenewalStatus.class), b::status);
        in.req("daysLeft", Scalars.LONG, b::daysLeft);
        b.requirements(in.list("requirements", REQUIREMENT_PROGRESS));
        b.keyDates(in.list("keyDates", KEY_DATE));
        b.notes(in.list("notes", NOTE));
        RenewalAssessment a = in.build(b::build);
        a = in.derived(a, "required", Scalars.CEUS, x -> Optional.of(x.required()));
        a = in.derived(a, "earned", Scalars.CEUS, x -> Optional.of(x.earned()));
        a = in.derived(a, "requirementsMet", Scalars.BOOLEAN, x -> Optional.of(x.requirementsMet()));
        return in.derived(a, "shortfalls", SHORTFALLS, x -> Optional.of(x.shortfalls()));
      });

  static final ObjectCodec<NotAssessedReason> NOT_ASSESSED_REASON = ObjectCodec.of("a reason not assessed",
      ImmutableSet.of(KIND, "credential", "policy", "date"),
      (r, g) -> {
        W.field(g, KIND, r.kind(), e(NotAssessedKind.class));
        W.field(g, "credential", r.credential(), Vocab.CREDENTIAL_REF);
        W.opt(g, "policy", r.policy(), Vocab.RENEWAL_POLICY_REF);
        W.opt(g, "date", r.date(), Scalars.DATE);
      },
      in -> {
        NotAssessedKind kind = in.req(KIND, e(NotAssessedKind.class));
        CredentialId credential = in.req("credential", Vocab.CREDENTIAL_REF);
        Optional<RenewalPolicyId> policy = in.opt("policy", Vocab.RENEWAL_POLICY_REF);
        Optional<LocalDate> date = in.opt("date", Scalars.DATE);
        return in.build(() -> new NotAssessedReason(got(kind), got(credential), policy, date));
      });

  static final ObjectCodec<NotAssessed> NOT_ASSESSED = ObjectCodec.of("a not-assessed issuer",
      ImmutableSet.of("issuer", "reasons"),
      (n, g) -> {
        W.field(g, "issuer", n.issuer(), Vocab.ORGANIZATION_REF);
        W.list(g, "reasons", n.reasons(), NOT_ASSESSED_REASON);
      },
      in -> {
        OrganizationId issuer = in.req("issuer", Vocab.ORGANIZATION_REF);
        List<NotAssessedReason> reasons = in.list("reasons", NOT_ASSESSED_REASON);
        return in.build(() -> new NotAssessed(got(issuer), reasons));
      });

  static final ObjectCodec<RenewalResult> RENEWAL_RESULT = ObjectCodec.of("a renewal result",
      ImmutableSet.of("asOf", "assessments", "notAssessed"),
      (r, g) -> {
        W.field(g, "asOf", r.asOf(), Scalars.DATE);
        W.list(g, "assessments", r.assessments(), RENEWAL_ASSESSMENT);
        W.list(g, "notAssessed", r.notAssessed(), NOT_ASSESSED);
      },
      in -> {
        LocalDate asOf = in.req("asOf", Scalars.DATE);
        List<RenewalAssessment> assessments = in.list("assessments", RENEWAL_ASSESSMENT);
        List<NotAssessed> notAssessed = in.list("notAssessed", NOT_ASSESSED);
        return in.build(() -> new RenewalResult(got(asOf), assessments, notAssessed));
      });

  static final ObjectCodec<RenewalStanding> RENEWAL_STANDING = ObjectCodec.of("a renewal standing",
      ImmutableSet.of("issuer", "cycle", "status", "required", "earned", "daysLeft"),
      (s, g) -> {
        W.field(g, "issuer", s.issuer(), Vocab.ORGANIZATION_REF);
        W.field(g, "cycle", s.cycle(), RENEWAL_CYCLE);
        W.field(g, "status", s.status(), e(RenewalStatus.class));
        W.field(g, "required", s.required(), Scalars.CEUS);
        W.field(g, "earned", s.earned(), Scalars.CEUS);
        W.field(g, "daysLeft", s.daysLeft(), Scalars.LONG);
      },
      in -> {
        OrganizationId issuer = in.req("issuer", Vocab.ORGANIZATION_REF);
        RenewalCycle cycle = in.req("cycle", RENEWAL_CYCLE);
        RenewalStatus status = in.req("status", e(RenewalStatus.class));
        Ceus required = in.req("required", Scalars.CEUS);
        Ceus earned = in.req("earned", Scalars.CEUS);
        Long daysLeft = in.req("daysLeft", Scalars.LONG);
        return in.build(() -> new RenewalStanding(got(issuer), got(cycle), got(status), got(required), got(earned),
            got(daysLeft)));
      });

  static final ObjectCodec<CycleRequirement> CYCLE_REQUIREMENT = ObjectCodec.of("a cycle requirement",
      ImmutableSet.of("issuer", "cycleStart", "policy", "credentials", "superseded", "notCovered", "required", "unit"),
      (r, g) -> {
        W.field(g, "issuer", r.issuer(), Vocab.ORGANIZATION_REF);
        W.field(g, "cycleStart", r.cycleStart(), Scalars.DATE);
        W.field(g, "policy", r.policy(), Policies.RENEWAL_POLICY);
        W.list(g, "credentials", r.credentials(), Vocab.CREDENTIAL_REF);
        W.list(g, "superseded", r.superseded(), Vocab.CREDENTIAL_REF);
        W.list(g, "notCovered", r.notCovered(), Vocab.CREDENTIAL_REF);
        W.field(g, "required", r.required(), Scalars.CEUS);
        W.field(g, "unit", r.unit(), e(AmountUnit.class));
      },
      in -> {
        OrganizationId issuer = in.req("issuer", Vocab.ORGANIZATION_REF);
        LocalDate start = in.req("cycleStart", Scalars.DATE);
        RenewalPolicy policy = in.req("policy", Policies.RENEWAL_POLICY);
        List<CredentialId> credentials = in.list("credentials", Vocab.CREDENTIAL_REF);
        List<CredentialId> superseded = in.list("superseded", Vocab.CREDENTIAL_REF);
        List<CredentialId> notCovered = in.list("notCovered", Vocab.CREDENTIAL_REF);
        Ceus required = in.req("required", Scalars.CEUS);
        AmountUnit unit = in.req("unit", e(AmountUnit.class));
        return in.build(() -> new CycleRequirement(got(issuer), got(start), got(policy), credentials, superseded,
            notCovered, got(required), got(unit)));
      });

  static final ObjectCodec<HolderRecord> HOLDER_RECORD = ObjectCodec.of("a holder record",
      ImmutableSet.of("holdings", "activities", "recordsBegin", "goodStandingThrough"),
      (r, g) -> {
        W.list(g, "holdings", r.holdings(), Instances.CREDENTIAL_HOLDING);
        W.list(g, "activities", r.activities(), Instances.CE_ACTIVITY);
        W.opt(g, "recordsBegin", r.recordsBegin(), Scalars.DATE);
        W.map(g, "goodStandingThrough", r.goodStandingThrough(), OrganizationId::value, Scalars.DATE);
      },
      in -> {
        HolderRecord.Builder b = HolderRecord.builder();
        b.holdings(in.list("holdings", Instances.CREDENTIAL_HOLDING));
        b.activities(in.list("activities", Instances.CE_ACTIVITY));
        b.recordsBegin(in.opt("recordsBegin", Scalars.DATE));
        Map<OrganizationId, LocalDate> through = in.map("goodStandingThrough", Vocab.ORGANIZATION_REF, Scalars.DATE);
        b.goodStandingThrough(through);
        return in.build(b::build);
      });
}
