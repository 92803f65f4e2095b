package org.himkit.json;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.function.Function;
import org.himkit.AccreditationStandard;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.CredentialId;
import org.himkit.EmploymentFigure;
import org.himkit.EntryEducation;
import org.himkit.EntryExperience;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FormerName;
import org.himkit.HimValidationException;
import org.himkit.IndustryEmployment;
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
import org.himkit.ProgramOutcome;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.TypedId;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.CredentialMatch;
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
import org.himkit.RenewalPolicyId;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleRequirement;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.CycleYear;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.NotAssessed;
import org.himkit.renewal.NotAssessedReason;
import org.himkit.renewal.Note;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalCycle;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.renewal.RequirementProgress;
import org.himkit.renewal.Shortfall;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of HIM Kit: serializers and deserializers for every public input and definition
 * value of {@code hi-core} and for its answers (renewal assessments and results, eligibility results,
 * pathway plans and their parts), in
 * the shape documented in {@code docs/json.md}. Answers are written as data, without sentences: render
 * them with {@link org.himkit.text.HimText} where words are wanted.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new HimJsonModule()).build();
 * String json = mapper.writeValueAsString(credential);
 * Credential back = mapper.readValue(json, Credential.class);   // equal to credential
 * }</pre>
 *
 * <p>Every value is read through its public builder or factory, so it passes the same checks as one
 * built in code. A value that cannot be read throws a {@link JsonProblemsException} listing every
 * problem found in it, each with its JSON path relative to the value. Typed ids ({@link CredentialId},
 * ...) are plain strings, also as map keys; {@link HimCatalog} is a whole catalog document with its
 * {@code formatVersion}. The module registers no polymorphic typing: the JSON never names a Java class.
 *
 * <p>The module does not set read limits, which belong to the mapper's factory:
 * {@link HimJson#mapperBuilder()} builds a mapper with the module and the documented limits.
 *
 * <p>This class is thread-safe once registered.
 */
public final class HimJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The codec of each value type, with the type in words for messages. */
  private static final ImmutableMap<Class<?>, Codec<?>> CODECS = codecs();

  /** Constructs the module. */
  public HimJsonModule() {
    super("HimKitJson", Version.unknownVersion());
    for (Map.Entry<Class<?>, Codec<?>> e : CODECS.entrySet()) {
      register(e.getKey(), e.getValue());
    }
    id(OrganizationId.class, OrganizationId::of);
    id(CredentialId.class, CredentialId::of);
    id(ProgramTypeId.class, ProgramTypeId::of);
    id(ProgramOfferingId.class, ProgramOfferingId::of);
    id(RoleId.class, RoleId::of);
    id(WorkSettingId.class, WorkSettingId::of);
    id(OccupationId.class, OccupationId::of);
    id(RenewalPolicyId.class, RenewalPolicyId::of);
    id(KnownOmissionId.class, KnownOmissionId::of);
    addSerializer(HimCatalog.class, new ValueSerializer<HimCatalog>() {
      @Override
      public void serialize(HimCatalog value, JsonGenerator g, SerializationContext ctxt) {
        CatalogDocument.write(value, g);
      }
    });
    addDeserializer(HimCatalog.class, new ValueDeserializer<HimCatalog>() {
      @Override
      public HimCatalog deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
          return CatalogDocument.readCatalog(p, false);
        } catch (HimJsonException e) {
          throw new JsonProblemsException(p, "catalog document", e.problems());
        }
      }
    });
  }

  private static ImmutableMap<Class<?>, Codec<?>> codecs() {
    return ImmutableMap.<Class<?>, Codec<?>>builder()
        .put(CatalogVersion.class, Scalars.CATALOG_VERSION)
        .put(Ceus.class, Scalars.CEUS)
        .put(Citation.class, Vocab.CITATION)
        .put(Code.class, Vocab.CODE)
        .put(FormerName.class, Vocab.FORMER_NAME)
        .put(Misnomer.class, Vocab.MISNOMER)
        .put(Fee.class, Vocab.FEE)
        .put(Organization.class, Vocab.ORGANIZATION)
        .put(ExamPeriod.class, Vocab.EXAM_PERIOD)
        .put(ExamPassRate.class, Vocab.EXAM_PASS_RATE)
        .put(Exam.class, Vocab.EXAM)
        .put(CredentialCount.class, Vocab.CREDENTIAL_COUNT)
        .put(Credential.class, Vocab.CREDENTIAL)
        .put(Requirement.class, Requirements.CODEC)
        .put(ProgressionProgram.class, Vocab.PROGRESSION_PROGRAM)
        .put(AccreditationStandard.class, Vocab.ACCREDITATION_STANDARD)
        .put(ProgramType.class, Vocab.PROGRAM_TYPE)
        .put(Location.class, Vocab.LOCATION)
        .put(ProgramOutcome.class, Vocab.PROGRAM_OUTCOME)
        .put(ProgramOffering.class, Vocab.PROGRAM_OFFERING)
        .put(JobTitle.class, Vocab.JOB_TITLE)
        .put(Role.class, Vocab.ROLE)
        .put(WorkSetting.class, Vocab.WORK_SETTING)
        .put(WageStatistic.class, Vocab.WAGE)
        .put(EmploymentFigure.class, Vocab.EMPLOYMENT)
        .put(OutlookFigure.class, Vocab.OUTLOOK)
        .put(EntryEducation.class, Vocab.ENTRY_EDUCATION)
        .put(EntryExperience.class, Vocab.ENTRY_EXPERIENCE)
        .put(IndustryEmployment.class, Vocab.INDUSTRY_EMPLOYMENT)
        .put(Occupation.class, Vocab.OCCUPATION)
        .put(Profession.class, Vocab.PROFESSION)
        .put(KnownOmission.class, Vocab.KNOWN_OMISSION)
        .put(ContentRule.class, Policies.CONTENT_RULE)
        .put(org.himkit.policy.CredentialContentRule.class, Policies.CREDENTIAL_CONTENT_RULE)
        .put(MandatoryActivity.class, Policies.MANDATORY_ACTIVITY)
        .put(MultiCredentialRule.class, Policies.MULTI_CREDENTIAL_RULE)
        .put(LapseRule.class, Policies.LAPSE_RULE)
        .put(CarryoverRule.class, Policies.CARRYOVER_RULE)
        .put(ContactTimeRule.class, Policies.CONTACT_TIME_RULE)
        .put(RenewalPolicy.class, Policies.RENEWAL_POLICY)
        .put(CredentialHolding.class, Instances.CREDENTIAL_HOLDING)
        .put(CeActivity.class, Instances.CE_ACTIVITY)
        .put(Education.class, Instances.EDUCATION)
        .put(LearnerProfile.class, Instances.LEARNER_PROFILE)
        .put(EligibilityResult.class, Answers.ELIGIBILITY_RESULT)
        .put(Route.class, Answers.ROUTE)
        .put(Unmet.class, Answers.UNMET)
        .put(Unmet.Condition.class, Answers.CONDITION)
        .put(CredentialMatch.class, Answers.CREDENTIAL_MATCH)
        .put(Target.class, Answers.TARGET)
        .put(Step.class, Answers.STEP)
        .put(Pathway.class, Answers.PATHWAY)
        .put(Obstacle.class, Answers.OBSTACLE)
        .put(PathwayPlan.class, Answers.PATHWAY_PLAN)
        .put(HolderRecord.class, Renewals.HOLDER_RECORD)
        .put(CycleYear.class, Renewals.CYCLE_YEAR)
        .put(RenewalCycle.class, Renewals.RENEWAL_CYCLE)
        .put(CycleWindow.class, Renewals.CYCLE_WINDOW)
        .put(RequirementProgress.class, Renewals.REQUIREMENT_PROGRESS)
        .put(ActivityOutcome.class, Renewals.ACTIVITY_OUTCOME)
        .put(KeyDate.class, Renewals.KEY_DATE)
        .put(Note.class, Renewals.NOTE)
        .put(Shortfall.class, Renewals.SHORTFALL)
        .put(RenewalAssessment.class, Renewals.RENEWAL_ASSESSMENT)
        .put(NotAssessedReason.class, Renewals.NOT_ASSESSED_REASON)
        .put(NotAssessed.class, Renewals.NOT_ASSESSED)
        .put(RenewalResult.class, Renewals.RENEWAL_RESULT)
        .put(RenewalStanding.class, Renewals.RENEWAL_STANDING)
        .put(CycleRequirement.class, Renewals.CYCLE_REQUIREMENT)
        .build();
  }

  /** Returns the types this module reads and writes with its own codecs, other than ids and catalogs. */
  static java.util.Set<Class<?>> valueTypes() {
    return CODECS.keySet();
  }

  /** Returns a type's name in words for messages, such as {@code "credential"}. */
  static String describe(Class<?> type) {
    Codec<?> c = CODECS.get(type);
    return c instanceof ObjectCodec<?> o ? o.what().replaceFirst("^an? ", "") : type.getSimpleName();
  }

  private <T> void register(Class<T> type, Codec<?> codec) {
    @SuppressWarnings("unchecked") // the map pairs each type with its codec
    Codec<T> c = (Codec<T>) codec;
    String what = describe(type);
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        c.write(value, g);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonNode node = ctxt.readTree(p);
        ReadContext cx = ReadContext.standalone();
        T value = c.read(node, JsonPath.ROOT, cx);
        if (value == null || cx.found() > 0) {
          throw new JsonProblemsException(p, what, cx.problems());
        }
        return value;
      }
    });
  }

  private <T extends TypedId<T>> void id(Class<T> type, Function<String, T> of) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeString(value.value());
      }
    });
    addKeySerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        g.writeName(value.value());
      }
    });
    Codec<T> codec = Scalars.id("id", of);
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        ReadContext cx = ReadContext.standalone();
        T value = codec.read(ctxt.readTree(p), JsonPath.ROOT, cx);
        if (value == null) {
          throw new JsonProblemsException(p, "id", cx.problems());
        }
        return value;
      }
    });
    addKeyDeserializer(type, new KeyDeserializer() {
      @Override
      public Object deserializeKey(String key, DeserializationContext ctxt) {
        try {
          return of.apply(key);
        } catch (HimValidationException e) {
          throw DatabindException.from(ctxt, "invalid map key \"" + Scalars.shorten(key) + "\": " + e.getMessage());
        }
      }
    });
  }
}
