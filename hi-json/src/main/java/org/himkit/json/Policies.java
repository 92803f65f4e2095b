package org.himkit.json;

import static org.himkit.json.Obj.got;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.policy.CarryoverRule;
import org.himkit.policy.CeCategory;
import org.himkit.policy.CeUnit;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.QualifyingActivity;
import org.himkit.policy.RenewalChoice;
import org.himkit.policy.RenewalPolicy;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/** The codecs of renewal policies and their rules. */
final class Policies {
  private Policies() {}

  static final Codec<ContentRule> CONTENT_RULE = ObjectCodec.of("a content rule",
      ImmutableSet.of("kind", "minimumPercent", "description", "citation", "namedSources"),
      (r, g) -> {
        W.field(g, "kind", r.kind(), Scalars.enumOf(ContentRule.Kind.class));
        W.field(g, "minimumPercent", r.minimumPercent(), Scalars.INT);
        W.str(g, "description", r.description());
        W.field(g, "citation", r.citation(), Vocab.CITATION);
        W.list(g, "namedSources", r.namedSources(), Scalars.STRING);
      },
      in -> {
        ContentRule.Kind kind = in.req("kind", Scalars.enumOf(ContentRule.Kind.class));
        Integer percent = in.req("minimumPercent", Scalars.INT);
        String description = in.req("description", Scalars.STRING);
        Citation citation = in.req("citation", Vocab.CITATION);
        Set<String> named = in.set("namedSources", Scalars.STRING);
        return in.build(() -> new ContentRule(got(kind), got(percent), got(description), got(citation), named));
      });

  static final Codec<CredentialContentRule> CREDENTIAL_CONTENT_RULE = ObjectCodec.of("a credential content rule",
      ImmutableSet.of("credential", "minimum", "subject", "citation"),
      (r, g) -> {
        W.field(g, "credential", r.credential(), Vocab.CREDENTIAL_REF);
        W.field(g, "minimum", r.minimum(), Scalars.CEUS);
        W.str(g, "subject", r.subject());
        W.field(g, "citation", r.citation(), Vocab.CITATION);
      },
      in -> {
        CredentialId credential = in.req("credential", Vocab.CREDENTIAL_REF);
        Ceus minimum = in.req("minimum", Scalars.CEUS);
        String subject = in.req("subject", Scalars.STRING);
        Citation citation = in.req("citation", Vocab.CITATION);
        return in.build(() -> new CredentialContentRule(got(credential), got(minimum), got(subject), got(citation)));
      });

  static final Codec<MandatoryActivity> MANDATORY_ACTIVITY = ObjectCodec.of("a mandatory activity",
      ImmutableSet.of("name", "credentials", "category", "perCycleYear", "ceusEach", "lastDay", "citation"),
      (m, g) -> {
        W.str(g, "name", m.name());
        W.list(g, "credentials", m.credentials(), Vocab.CREDENTIAL_REF);
        W.field(g, "category", m.category(), Scalars.enumOf(CeCategory.class));
        W.field(g, "perCycleYear", m.perCycleYear(), Scalars.INT);
        W.field(g, "ceusEach", m.ceusEach(), Scalars.CEUS);
        W.opt(g, "lastDay", m.lastDay(), Scalars.DATE);
        W.field(g, "citation", m.citation(), Vocab.CITATION);
      },
      in -> {
        String name = in.req("name", Scalars.STRING);
        Set<CredentialId> credentials = in.set("credentials", Vocab.CREDENTIAL_REF);
        CeCategory category = in.req("category", Scalars.enumOf(CeCategory.class));
        Integer perYear = in.req("perCycleYear", Scalars.INT);
        Ceus each = in.req("ceusEach", Scalars.CEUS);
        Optional<LocalDate> lastDay = in.opt("lastDay", Scalars.DATE);
        Citation citation = in.req("citation", Vocab.CITATION);
        return in.build(() -> new MandatoryActivity(got(name), credentials, got(category), got(perYear), got(each),
            got(citation), lastDay));
      });

  private static final String PLUS_PER_ADDITIONAL = "plusPerAdditional";
  private static final String BY_COUNT = "byCount";

  private record Plus(Ceus perAdditional, Ceus cap) {}

  private static final ObjectCodec<Plus> PLUS = ObjectCodec.of("a plusPerAdditional operand",
      ImmutableSet.of("perAdditional", "cap"),
      (p, g) -> {
        W.field(g, "perAdditional", p.perAdditional(), Scalars.CEUS);
        W.field(g, "cap", p.cap(), Scalars.CEUS);
      },
      in -> {
        Ceus per = in.req("perAdditional", Scalars.CEUS);
        Ceus cap = in.req("cap", Scalars.CEUS);
        return in.build(() -> new Plus(got(per), got(cap)));
      });

  private static final ImmutableSet<String> MULTI_FIELDS = ImmutableSet.of(PLUS_PER_ADDITIONAL, BY_COUNT, "citation");

  /**
   * A multi-credential rule, a tagged object like a requirement:
   * {@code {"plusPerAdditional": {"perAdditional": "10", "cap": "50"}, "citation": ...}} or
   * {@code {"byCount": ["36", "40", "44"], "citation": ...}}.
   */
  static final Codec<MultiCredentialRule> MULTI_CREDENTIAL_RULE = new Codec<>() {
    @Override
    public void write(MultiCredentialRule rule, JsonGenerator g) {
      g.writeStartObject();
      if (rule instanceof MultiCredentialRule.PlusPerAdditional p) {
        W.field(g, PLUS_PER_ADDITIONAL, new Plus(p.perAdditional(), p.cap()), PLUS);
      } else if (rule instanceof MultiCredentialRule.ByCount c) {
        W.list(g, BY_COUNT, c.byCount(), Scalars.CEUS);
      } else {
        throw new IllegalArgumentException("a kind of multi-credential rule hi-json does not know: " + rule.getClass());
      }
      W.field(g, "citation", rule.citation(), Vocab.CITATION);
      g.writeEndObject();
    }

    @Override
    public @Nullable MultiCredentialRule read(JsonNode node, JsonPath path, ReadContext cx) {
      Obj in = Obj.open(node, path, cx, "a multi-credential rule", MULTI_FIELDS);
      if (in == null) {
        return null;
      }
      if (in.has(PLUS_PER_ADDITIONAL) == in.has(BY_COUNT)) {
        cx.problem(path, JsonProblem.Kind.INVALID_VALUE,
            "a multi-credential rule has exactly one of plusPerAdditional, byCount");
        return null;
      }
      Citation citation = in.req("citation", Vocab.CITATION);
      if (in.has(PLUS_PER_ADDITIONAL)) {
        Plus p = in.req(PLUS_PER_ADDITIONAL, PLUS);
        return in.build(() -> new MultiCredentialRule.PlusPerAdditional(got(p).perAdditional(), got(p).cap(),
            got(citation)));
      }
      List<Ceus> table = in.list(BY_COUNT, Scalars.CEUS);
      return in.build(() -> new MultiCredentialRule.ByCount(table, got(citation)));
    }
  };

  static final Codec<LapseRule> LAPSE_RULE = ObjectCodec.of("a lapse rule",
      ImmutableSet.of("gracePeriod", "inactivePeriod", "appealPeriod", "revokedAfter", "submissionDeadline",
          "examRetakeAfter", "citation"),
      (r, g) -> {
        W.opt(g, "gracePeriod", r.gracePeriod(), Scalars.PERIOD);
        W.opt(g, "inactivePeriod", r.inactivePeriod(), Scalars.PERIOD);
        W.opt(g, "appealPeriod", r.appealPeriod(), Scalars.PERIOD);
        W.opt(g, "revokedAfter", r.revokedAfter(), Scalars.PERIOD);
        W.opt(g, "submissionDeadline", r.submissionDeadline(), Scalars.PERIOD);
        W.opt(g, "examRetakeAfter", r.examRetakeAfter(), Scalars.PERIOD);
        W.field(g, "citation", r.citation(), Vocab.CITATION);
      },
      in -> {
        Optional<Period> grace = in.opt("gracePeriod", Scalars.PERIOD);
        Optional<Period> inactive = in.opt("inactivePeriod", Scalars.PERIOD);
        Optional<Period> appeal = in.opt("appealPeriod", Scalars.PERIOD);
        Optional<Period> revokedAfter = in.opt("revokedAfter", Scalars.PERIOD);
        Optional<Period> deadline = in.opt("submissionDeadline", Scalars.PERIOD);
        Optional<Period> retake = in.opt("examRetakeAfter", Scalars.PERIOD);
        Citation citation = in.req("citation", Vocab.CITATION);
        return in.build(() -> new LapseRule(grace, inactive, appeal, revokedAfter, deadline, retake, got(citation)));
      });

  static final Codec<CarryoverRule> CARRYOVER_RULE = ObjectCodec.of("a carryover rule",
      ImmutableSet.of("allowed", "stated", "basis", "citation"),
      (r, g) -> {
        W.field(g, "allowed", r.allowed(), Scalars.BOOLEAN);
        W.field(g, "stated", r.stated(), Scalars.BOOLEAN);
        W.str(g, "basis", r.basis());
        W.field(g, "citation", r.citation(), Vocab.CITATION);
      },
      in -> {
        Boolean allowed = in.req("allowed", Scalars.BOOLEAN);
        Boolean stated = in.req("stated", Scalars.BOOLEAN);
        String basis = in.req("basis", Scalars.STRING);
        Citation citation = in.req("citation", Vocab.CITATION);
        return in.build(() -> new CarryoverRule(got(allowed), got(stated), got(basis), got(citation)));
      });

  static final Codec<ContactTimeRule> CONTACT_TIME_RULE = ObjectCodec.of("a contact-time rule",
      ImmutableSet.of("minutesPerCeu", "minimumPartMinutes", "citation"),
      (r, g) -> {
        W.field(g, "minutesPerCeu", r.minutesPerCeu(), Scalars.INT);
        W.field(g, "minimumPartMinutes", r.minimumPartMinutes(), Scalars.INT);
        W.field(g, "citation", r.citation(), Vocab.CITATION);
      },
      in -> {
        Integer perCeu = in.req("minutesPerCeu", Scalars.INT);
        Integer part = in.req("minimumPartMinutes", Scalars.INT);
        Citation citation = in.req("citation", Vocab.CITATION);
        return in.build(() -> new ContactTimeRule(got(perCeu), got(part), got(citation)));
      });

  static final Codec<QualifyingActivity> QUALIFYING_ACTIVITY = ObjectCodec.of("a qualifying activity",
      ImmutableSet.of("name", "category", "citation"),
      (a, g) -> {
        W.str(g, "name", a.name());
        W.field(g, "category", a.category(), Scalars.enumOf(CeCategory.class));
        W.field(g, "citation", a.citation(), Vocab.CITATION);
      },
      in -> {
        String name = in.req("name", Scalars.STRING);
        CeCategory category = in.req("category", Scalars.enumOf(CeCategory.class));
        Citation citation = in.req("citation", Vocab.CITATION);
        return in.build(() -> new QualifyingActivity(got(name), got(category), got(citation)));
      });

  static final ObjectCodec<RenewalPolicy> RENEWAL_POLICY = ObjectCodec.of("a renewal policy",
      ImmutableSet.of("id", "name", "issuer", "effectiveFrom", "effectiveTo", "cycleLength", "cycleAnchor",
          "requiredCeus", "unit", "contentRules", "credentialContentRules", "mandatoryActivities", "multiCredentialRule", "lapseRule",
          "carryover", "contactTimeRule", "acceptedCategories", "qualifyingActivities", "issuerApprovalRequired",
          "ceusBeforeCertificationExcluded", "choices", "citations"),
      (p, g) -> {
        W.field(g, "id", p.id(), Vocab.RENEWAL_POLICY_ID);
        W.str(g, "name", p.name());
        W.field(g, "issuer", p.issuer(), Vocab.ORGANIZATION_REF);
        W.opt(g, "effectiveFrom", p.effectiveFrom(), Scalars.DATE);
        W.opt(g, "effectiveTo", p.effectiveTo(), Scalars.DATE);
        W.field(g, "cycleLength", p.cycleLength(), Scalars.PERIOD);
        W.field(g, "cycleAnchor", p.cycleAnchor(), Scalars.enumOf(CycleAnchor.class));
        W.map(g, "requiredCeus", p.requiredCeus(), CredentialId::value, Scalars.CEUS);
        W.field(g, "unit", p.unit(), Scalars.enumOf(CeUnit.class));
        W.list(g, "contentRules", p.contentRules(), CONTENT_RULE);
        W.list(g, "credentialContentRules", p.credentialContentRules(), CREDENTIAL_CONTENT_RULE);
        W.list(g, "mandatoryActivities", p.mandatoryActivities(), MANDATORY_ACTIVITY);
        W.opt(g, "multiCredentialRule", p.multiCredentialRule(), MULTI_CREDENTIAL_RULE);
        W.opt(g, "lapseRule", p.lapseRule(), LAPSE_RULE);
        W.opt(g, "carryover", p.carryover(), CARRYOVER_RULE);
        W.opt(g, "contactTimeRule", p.contactTimeRule(), CONTACT_TIME_RULE);
        W.list(g, "acceptedCategories", p.acceptedCategories(), Scalars.enumOf(CeCategory.class));
        W.list(g, "qualifyingActivities", p.qualifyingActivities(), QUALIFYING_ACTIVITY);
        W.opt(g, "issuerApprovalRequired", p.issuerApprovalRequired(), Vocab.CITATION);
        W.opt(g, "ceusBeforeCertificationExcluded", p.ceusBeforeCertificationExcluded(), Vocab.CITATION);
        W.map(g, "choices", p.choices(), Enum::name, Vocab.KNOWN_OMISSION_REF);
        W.list(g, "citations", p.citations(), Vocab.CITATION);
      },
      in -> {
        RenewalPolicy.Builder b = RenewalPolicy.builder();
        in.req("id", Vocab.RENEWAL_POLICY_ID, b::id);
        in.req("name", Scalars.STRING, b::name);
        in.req("issuer", Vocab.ORGANIZATION_REF, b::issuer);
        b.effectiveFrom(in.opt("effectiveFrom", Scalars.DATE));
        b.effectiveTo(in.opt("effectiveTo", Scalars.DATE));
        in.req("cycleLength", Scalars.PERIOD, b::cycleLength);
        in.req("cycleAnchor", Scalars.enumOf(CycleAnchor.class), b::cycleAnchor);
        b.requiredCeus(in.map("requiredCeus", Vocab.CREDENTIAL_REF, Scalars.CEUS));
        in.opt("unit", Scalars.enumOf(CeUnit.class), b::unit);
        b.contentRules(in.list("contentRules", CONTENT_RULE));
        b.credentialContentRules(in.list("credentialContentRules", CREDENTIAL_CONTENT_RULE));
        b.mandatoryActivities(in.list("mandatoryActivities", MANDATORY_ACTIVITY));
        b.multiCredentialRule(in.opt("multiCredentialRule", MULTI_CREDENTIAL_RULE));
        b.lapseRule(in.opt("lapseRule", LAPSE_RULE));
        b.carryover(in.opt("carryover", CARRYOVER_RULE));
        b.contactTimeRule(in.opt("contactTimeRule", CONTACT_TIME_RULE));
        if (in.has("acceptedCategories")) {
          b.acceptedCategories(new ArrayList<>(in.set("acceptedCategories", Scalars.enumOf(CeCategory.class))));
        }
        b.qualifyingActivities(in.list("qualifyingActivities", QUALIFYING_ACTIVITY));
        b.issuerApprovalRequired(in.opt("issuerApprovalRequired", Vocab.CITATION));
        b.ceusBeforeCertificationExcluded(in.opt("ceusBeforeCertificationExcluded", Vocab.CITATION));
        b.choices(in.map("choices", Scalars.enumOf(RenewalChoice.class), Vocab.KNOWN_OMISSION_REF));
        b.citations(in.list("citations", Vocab.CITATION));
        return in.build(b::build);
      });
}
