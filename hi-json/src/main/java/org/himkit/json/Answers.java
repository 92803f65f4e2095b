package org.himkit.json;

import static org.himkit.json.Obj.got;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.Requirement;
import org.himkit.RoleId;
import org.himkit.catalog.CredentialMatch;
import org.himkit.catalog.KnownOmission;
import org.himkit.pathway.Education;
import org.himkit.pathway.EligibilityReason;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.EligibilityStatus;
import org.himkit.pathway.Obstacle;
import org.himkit.pathway.ObstacleKind;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.StepKind;
import org.himkit.pathway.Target;
import org.himkit.pathway.TargetKind;
import org.himkit.pathway.Unmet;
import org.himkit.pathway.UnmetKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The codecs of the answers: eligibility results with their routes and unmet structures, and pathway
 * plans with their targets, steps and obstacles. Answers are data: kinds as enum names, amounts as
 * numbers, the leaves of the requirement tree as requirement objects, and no sentences. A few members
 * are derived from the others for the reader's convenience (an eligibility result's {@code status}, a
 * condition's {@code missingMonths} and {@code missingAmount}, a pathway's {@code knownDuration} and
 * {@code unknownDurations}, an experience step's {@code duration}): they are always written, may be left
 * out when reading, and are checked against the others when given.
 */
final class Answers {
  private Answers() {}

  private static final String KIND = Kinded.KIND;

  private static <E extends Enum<E>> Codec<E> e(Class<E> type) {
    return Scalars.enumOf(type);
  }

  // ---------------------------------------------------------------------------------------------
  // leaves of requirement trees, where an answer names one

  /** A leaf of a requirement tree, written as a requirement; a node with parts is rejected. */
  static final Codec<Requirement.Leaf> LEAF = new Codec<>() {
    @Override
    public void write(Requirement.Leaf value, JsonGenerator out) {
      Requirements.CODEC.write(value, out);
    }

    @Override
    public Requirement.@Nullable Leaf read(JsonNode node, JsonPath path, ReadContext cx) {
      Requirement r = Requirements.CODEC.read(node, path, cx);
      if (r == null) {
        return null;
      }
      if (r instanceof Requirement.Leaf leaf) {
        return leaf;
      }
      cx.problem(path, JsonProblem.Kind.INVALID_VALUE, "must be a leaf of a requirement tree, not a node with parts ("
          + String.join(", ", node.propertyNames()) + ")");
      return null;
    }
  };

  // ---------------------------------------------------------------------------------------------
  // eligibility

  static final ObjectCodec<Unmet.Condition> CONDITION = ObjectCodec.of("an unmet condition",
      ImmutableSet.of("leaf", KIND, "program", "experienceMonths", "missingMonths", "amount", "missingAmount"),
      (c, g) -> {
        W.field(g, "leaf", c.leaf(), LEAF);
        W.field(g, KIND, c.kind(), e(UnmetKind.class));
        W.opt(g, "program", c.program(), Instances.EDUCATION);
        W.optInt(g, "experienceMonths", c.experienceMonths());
        W.optInt(g, "missingMonths", c.missingMonths());
        W.optInt(g, "amount", c.amount());
        W.optInt(g, "missingAmount", c.missingAmount());
      },
      in -> {
        Requirement.Leaf leaf = in.req("leaf", LEAF);
        UnmetKind kind = in.req(KIND, e(UnmetKind.class));
        Optional<Education> program = in.opt("program", Instances.EDUCATION);
        OptionalInt months = in.optInt("experienceMonths");
        OptionalInt amount = in.optInt("amount");
        Unmet.Condition c = in.build(() -> new Unmet.Condition(got(leaf), got(kind), program, months, amount));
        c = in.derivedInt(c, "missingMonths", Unmet.Condition::missingMonths);
        return in.derivedInt(c, "missingAmount", Unmet.Condition::missingAmount);
      });

  private static final String ALL = "all";
  private static final String CHOICE = "choice";
  private static final String LEAF_TAG = "leaf";

  private static final ObjectCodec<Unmet.All> ALL_CODEC = ObjectCodec.of("an unmet all", ImmutableSet.of(ALL),
      (a, g) -> W.list(g, ALL, a.parts(), Answers.UNMET),
      in -> {
        List<Unmet> parts = in.list(ALL, Answers.UNMET);
        return in.build(() -> new Unmet.All(parts));
      });

  /** The operand of a choice, built there so that a broken count is reported at its member. */
  private static final ObjectCodec<Unmet.Choice> OPTIONS = ObjectCodec.of("a choice operand",
      ImmutableSet.of("needed", "options"),
      (c, g) -> {
        W.field(g, "needed", c.needed(), Scalars.INT);
        W.list(g, "options", c.options(), Answers.UNMET);
      },
      in -> {
        Integer needed = in.req("needed", Scalars.INT);
        List<Unmet> options = in.list("options", Answers.UNMET);
        return in.build(() -> new Unmet.Choice(got(needed), options));
      });

  private static final ObjectCodec<Unmet.Choice> CHOICE_CODEC = ObjectCodec.of("an unmet choice",
      ImmutableSet.of(CHOICE),
      (c, g) -> W.field(g, CHOICE, c, OPTIONS),
      in -> in.req(CHOICE, OPTIONS));

  /**
   * What a learner still needs: {@code {"all": [...]}}, {@code {"choice": {"needed": 1, "options": [...]}}}
   * or a condition, {@code {"leaf": {...}, "kind": "EXPERIENCE", ...}}: exactly one of the three tags.
   */
  static final Codec<Unmet> UNMET = new Codec<>() {
    @Override
    public void write(Unmet value, JsonGenerator out) {
      value.accept(new Unmet.Visitor<String>() {
        @Override
        public String visitCondition(Unmet.Condition condition) {
          CONDITION.write(condition, out);
          return LEAF_TAG;
        }

        @Override
        public String visitAll(Unmet.All all) {
          ALL_CODEC.write(all, out);
          return ALL;
        }

        @Override
        public String visitChoice(Unmet.Choice choice) {
          CHOICE_CODEC.write(choice, out);
          return CHOICE;
        }
      });
    }

    @Override
    public @Nullable Unmet read(JsonNode node, JsonPath path, ReadContext cx) {
      if (!node.isObject()) {
        cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be an object (an unmet structure), not "
            + Scalars.describe(node));
        return null;
      }
      int tags = (node.has(ALL) ? 1 : 0) + (node.has(CHOICE) ? 1 : 0) + (node.has(LEAF_TAG) ? 1 : 0);
      if (tags != 1) {
        cx.problem(path, JsonProblem.Kind.INVALID_VALUE, (tags == 0 ? "has no kind" : "has " + tags + " kinds")
            + "; an unmet structure has exactly one of all, choice, leaf");
        return null;
      }
      if (node.has(ALL)) {
        return ALL_CODEC.read(node, path, cx);
      }
      return node.has(CHOICE) ? CHOICE_CODEC.read(node, path, cx) : CONDITION.read(node, path, cx);
    }
  };

  static final ObjectCodec<Route> ROUTE = ObjectCodec.of("a route", ImmutableSet.of("leaves", "unmet"),
      (r, g) -> {
        W.list(g, "leaves", r.leaves(), LEAF);
        W.list(g, "unmet", r.unmet(), CONDITION);
      },
      in -> {
        List<Requirement.Leaf> leaves = in.list("leaves", LEAF);
        List<Unmet.Condition> unmet = in.list("unmet", CONDITION);
        return in.build(() -> new Route(leaves, unmet));
      });

  static final ObjectCodec<EligibilityResult> ELIGIBILITY_RESULT = ObjectCodec.of("an eligibility result",
      ImmutableSet.of("credential", "issuer", "reason", "status", "requirement", "satisfiedRoute", "unmet",
          "omissions"),
      (r, g) -> {
        W.field(g, "credential", r.credential(), Vocab.CREDENTIAL_REF);
        W.field(g, "issuer", r.issuer(), Vocab.ORGANIZATION_REF);
        W.field(g, "reason", r.reason(), e(EligibilityReason.class));
        W.field(g, "status", r.status(), e(EligibilityStatus.class));
        W.opt(g, "requirement", r.requirement(), Requirements.CODEC);
        W.opt(g, "satisfiedRoute", r.satisfiedRoute(), ROUTE);
        W.opt(g, "unmet", r.unmet(), UNMET);
        W.list(g, "omissions", r.omissions(), Vocab.KNOWN_OMISSION);
      },
      in -> {
        EligibilityResult.Builder b = EligibilityResult.builder();
        in.req("credential", Vocab.CREDENTIAL_REF, b::credential);
        in.req("issuer", Vocab.ORGANIZATION_REF, b::issuer);
        in.req("reason", e(EligibilityReason.class), b::reason);
        b.requirement(in.opt("requirement", Requirements.CODEC));
        b.satisfiedRoute(in.opt("satisfiedRoute", ROUTE));
        b.unmet(in.opt("unmet", UNMET));
        b.omissions(in.list("omissions", Vocab.KNOWN_OMISSION));
        return in.derived(in.build(b::build), "status", e(EligibilityStatus.class), r -> Optional.of(r.status()));
      });

  // ---------------------------------------------------------------------------------------------
  // pathways: targets

  /** The codec of a target that names a credential: its kind, the credential and its title. */
  private static <T extends Target> ObjectCodec<T> credentialTarget(String what, Function<T, CredentialId> credential,
      BiFunction<CredentialId, String, T> of) {
    return ObjectCodec.of(what, ImmutableSet.of(KIND, "credential", "title"),
        (t, g) -> {
          W.field(g, KIND, t.kind(), e(TargetKind.class));
          W.field(g, "credential", credential.apply(t), Vocab.CREDENTIAL_REF);
          W.str(g, "title", t.title());
        },
        in -> {
          CredentialId id = in.req("credential", Vocab.CREDENTIAL_REF);
          String title = in.req("title", Scalars.STRING);
          return in.build(() -> of.apply(got(id), got(title)));
        });
  }

  private static final ObjectCodec<Target.EligibleFor> ELIGIBLE_FOR = credentialTarget("a target eligibleFor",
      Target.EligibleFor::credential, Target.EligibleFor::new);

  private static final ObjectCodec<Target.Holds> HOLDS = credentialTarget("a target holds", Target.Holds::credential,
      Target.Holds::new);

  private static final ObjectCodec<Target.Enters> ENTERS = ObjectCodec.of("a target enters",
      ImmutableSet.of(KIND, "role", "title"),
      (t, g) -> {
        W.field(g, KIND, t.kind(), e(TargetKind.class));
        W.field(g, "role", t.role(), Vocab.ROLE_REF);
        W.str(g, "title", t.title());
      },
      in -> {
        RoleId role = in.req("role", Vocab.ROLE_REF);
        String title = in.req("title", Scalars.STRING);
        return in.build(() -> new Target.Enters(got(role), got(title)));
      });

  /** A target: {@code {"kind": "ELIGIBLE_FOR" | "HOLDS", "credential", "title"}} or {@code {"kind": "ENTERS", "role", "title"}}. */
  /**
   * The codec of a credential resolved by a name: the whole credential, the name matched, the kind of
   * name and the catalog's note on it (a misnomer's, say).
   */
  static final ObjectCodec<CredentialMatch> CREDENTIAL_MATCH = ObjectCodec.of("a credential match",
      ImmutableSet.of("credential", "matchedName", "kind", "note"),
      (m, g) -> {
        W.field(g, "credential", m.credential(), Vocab.CREDENTIAL);
        W.str(g, "matchedName", m.matchedName());
        W.field(g, "kind", m.kind(), Scalars.enumOf(CredentialMatch.Kind.class));
        W.str(g, "note", m.note());
      },
      in -> {
        Credential credential = in.req("credential", Vocab.CREDENTIAL);
        String name = in.req("matchedName", Scalars.STRING);
        CredentialMatch.Kind kind = in.req("kind", Scalars.enumOf(CredentialMatch.Kind.class));
        Optional<String> note = in.opt("note", Scalars.STRING);
        return in.build(() -> new CredentialMatch(got(credential), got(name), got(kind), note));
      });

  static final Codec<Target> TARGET = Kinded.of("a target", TargetKind.class,
      kinds(TargetKind.class, Map.of(TargetKind.ELIGIBLE_FOR, ELIGIBLE_FOR, TargetKind.HOLDS, HOLDS,
          TargetKind.ENTERS, ENTERS)),
      (t, out) -> t.accept(new Target.Visitor<TargetKind>() {
        @Override
        public TargetKind visitEligibleFor(Target.EligibleFor target) {
          ELIGIBLE_FOR.write(target, out);
          return target.kind();
        }

        @Override
        public TargetKind visitHolds(Target.Holds target) {
          HOLDS.write(target, out);
          return target.kind();
        }

        @Override
        public TargetKind visitEnters(Target.Enters target) {
          ENTERS.write(target, out);
          return target.kind();
        }
      }));

  // ---------------------------------------------------------------------------------------------
  // pathways: steps

  private static final ObjectCodec<Step.CompleteProgram> COMPLETE_PROGRAM = ObjectCodec.of("a step completeProgram",
      ImmutableSet.of(KIND, "level", "field", "accreditor", "programType", "duration", "expectedEnd", "progression"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.field(g, "level", s.level(), e(DegreeLevel.class));
        W.opt(g, "field", s.field(), e(ProgramField.class));
        W.opt(g, "accreditor", s.accreditor(), Vocab.ORGANIZATION_REF);
        W.opt(g, "programType", s.programType(), Vocab.PROGRAM_TYPE_REF);
        W.opt(g, "duration", s.duration(), Scalars.PERIOD);
        W.opt(g, "expectedEnd", s.expectedEnd(), Scalars.DATE);
        W.opt(g, "progression", s.progression(), Vocab.PROGRESSION_PROGRAM);
      },
      in -> {
        DegreeLevel level = in.req("level", e(DegreeLevel.class));
        Optional<ProgramField> field = in.opt("field", e(ProgramField.class));
        Optional<OrganizationId> accreditor = in.opt("accreditor", Vocab.ORGANIZATION_REF);
        Optional<ProgramTypeId> programType = in.opt("programType", Vocab.PROGRAM_TYPE_REF);
        Optional<Period> duration = in.opt("duration", Scalars.PERIOD);
        Optional<LocalDate> expectedEnd = in.opt("expectedEnd", Scalars.DATE);
        Optional<ProgressionProgram> progression = in.opt("progression", Vocab.PROGRESSION_PROGRAM);
        return in.build(() -> new Step.CompleteProgram(got(level), field, accreditor, programType, duration,
            expectedEnd, progression));
      });

  private static final ObjectCodec<Step.GainExperience> GAIN_EXPERIENCE = ObjectCodec.of("a step gainExperience",
      ImmutableSet.of(KIND, "domain", "months", "totalMonths", "duration"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.field(g, "domain", s.domain(), e(ExperienceDomain.class));
        W.field(g, "months", s.months(), Scalars.INT);
        W.field(g, "totalMonths", s.totalMonths(), Scalars.INT);
        W.opt(g, "duration", s.duration(), Scalars.PERIOD);
      },
      in -> {
        ExperienceDomain domain = in.req("domain", e(ExperienceDomain.class));
        Integer months = in.req("months", Scalars.INT);
        Integer total = in.req("totalMonths", Scalars.INT);
        return in.derived(in.build(() -> new Step.GainExperience(got(domain), got(months), got(total))), "duration",
            Scalars.PERIOD, Step::duration);
      });

  private static final ObjectCodec<Step.EarnCredential> EARN_CREDENTIAL = ObjectCodec.of("a step earnCredential",
      ImmutableSet.of(KIND, "credential", "title", "exam", "supersedes", "designationRemoved"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.field(g, "credential", s.credential(), Vocab.CREDENTIAL_REF);
        W.str(g, "title", s.title());
        W.field(g, "exam", s.exam(), Vocab.CREDENTIAL_REF);
        W.list(g, "supersedes", s.supersedes(), Vocab.CREDENTIAL_REF);
        W.opt(g, "designationRemoved", s.designationRemoved(), Vocab.CREDENTIAL_REF);
      },
      in -> {
        CredentialId credential = in.req("credential", Vocab.CREDENTIAL_REF);
        String title = in.req("title", Scalars.STRING);
        CredentialId exam = in.req("exam", Vocab.CREDENTIAL_REF);
        List<CredentialId> supersedes = in.list("supersedes", Vocab.CREDENTIAL_REF);
        Optional<CredentialId> removed = in.opt("designationRemoved", Vocab.CREDENTIAL_REF);
        return in.build(() -> new Step.EarnCredential(got(credential), got(title), got(exam), supersedes, removed));
      });

  private static final ObjectCodec<Step.CompleteTraining> COMPLETE_TRAINING = ObjectCodec.of(
      "a step completeTraining", ImmutableSet.of(KIND, "code", "title"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.str(g, "code", s.code());
        W.str(g, "title", s.title());
      },
      in -> {
        String code = in.req("code", Scalars.STRING);
        String title = in.req("title", Scalars.STRING);
        return in.build(() -> new Step.CompleteTraining(got(code), got(title)));
      });

  private static final ObjectCodec<Step.EarnCollegeCredits> EARN_COLLEGE_CREDITS = ObjectCodec.of(
      "a step earnCollegeCredits", ImmutableSet.of(KIND, "credits", "totalCredits"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.field(g, "credits", s.credits(), Scalars.INT);
        W.field(g, "totalCredits", s.totalCredits(), Scalars.INT);
      },
      in -> {
        Integer credits = in.req("credits", Scalars.INT);
        Integer total = in.req("totalCredits", Scalars.INT);
        return in.build(() -> new Step.EarnCollegeCredits(got(credits), got(total)));
      });

  private static final ObjectCodec<Step.CompleteCoursework> COMPLETE_COURSEWORK = ObjectCodec.of(
      "a step completeCoursework", ImmutableSet.of(KIND, "code", "subject", "creditHours", "totalCreditHours"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.str(g, "code", s.code());
        W.str(g, "subject", s.subject());
        W.field(g, "creditHours", s.creditHours(), Scalars.INT);
        W.field(g, "totalCreditHours", s.totalCreditHours(), Scalars.INT);
      },
      in -> {
        String code = in.req("code", Scalars.STRING);
        String subject = in.req("subject", Scalars.STRING);
        Integer hours = in.req("creditHours", Scalars.INT);
        Integer total = in.req("totalCreditHours", Scalars.INT);
        return in.build(() -> new Step.CompleteCoursework(got(code), got(subject), got(hours), got(total)));
      });

  private static final ObjectCodec<Step.GainExperienceHours> GAIN_EXPERIENCE_HOURS = ObjectCodec.of(
      "a step gainExperienceHours", ImmutableSet.of(KIND, "domain", "hours", "totalHours", "duration"),
      (s, g) -> {
        W.field(g, KIND, s.kind(), e(StepKind.class));
        W.field(g, "domain", s.domain(), e(ExperienceDomain.class));
        W.field(g, "hours", s.hours(), Scalars.INT);
        W.field(g, "totalHours", s.totalHours(), Scalars.INT);
        W.opt(g, "duration", s.duration(), Scalars.PERIOD);
      },
      in -> {
        ExperienceDomain domain = in.req("domain", e(ExperienceDomain.class));
        Integer hours = in.req("hours", Scalars.INT);
        Integer total = in.req("totalHours", Scalars.INT);
        Optional<Period> duration = in.opt("duration", Scalars.PERIOD);
        return in.build(() -> new Step.GainExperienceHours(got(domain), got(hours), got(total), duration));
      });

  /** Writes a step with its kind's codec: one method per kind, so that a new kind of step does not compile here. */
  private static final class StepWriter implements Step.Visitor<StepKind> {
    private final JsonGenerator out;

    StepWriter(JsonGenerator out) {
      this.out = out;
    }

    @Override
    public StepKind visitCompleteProgram(Step.CompleteProgram step) {
      COMPLETE_PROGRAM.write(step, out);
      return step.kind();
    }

    @Override
    public StepKind visitGainExperience(Step.GainExperience step) {
      GAIN_EXPERIENCE.write(step, out);
      return step.kind();
    }

    @Override
    public StepKind visitEarnCredential(Step.EarnCredential step) {
      EARN_CREDENTIAL.write(step, out);
      return step.kind();
    }

    @Override
    public StepKind visitCompleteTraining(Step.CompleteTraining step) {
      COMPLETE_TRAINING.write(step, out);
      return step.kind();
    }

    @Override
    public StepKind visitEarnCollegeCredits(Step.EarnCollegeCredits step) {
      EARN_COLLEGE_CREDITS.write(step, out);
      return step.kind();
    }

    @Override
    public StepKind visitCompleteCoursework(Step.CompleteCoursework step) {
      COMPLETE_COURSEWORK.write(step, out);
      return step.kind();
    }

    @Override
    public StepKind visitGainExperienceHours(Step.GainExperienceHours step) {
      GAIN_EXPERIENCE_HOURS.write(step, out);
      return step.kind();
    }
  }

  /** A step: an object with its {@code kind} and that kind's members. */
  static final Codec<Step> STEP = Kinded.of("a step", StepKind.class,
      kinds(StepKind.class, Map.of(StepKind.COMPLETE_PROGRAM, COMPLETE_PROGRAM, StepKind.GAIN_EXPERIENCE,
          GAIN_EXPERIENCE, StepKind.EARN_CREDENTIAL, EARN_CREDENTIAL, StepKind.COMPLETE_TRAINING, COMPLETE_TRAINING,
          StepKind.EARN_COLLEGE_CREDITS, EARN_COLLEGE_CREDITS, StepKind.COMPLETE_COURSEWORK, COMPLETE_COURSEWORK,
          StepKind.GAIN_EXPERIENCE_HOURS, GAIN_EXPERIENCE_HOURS)),
      (s, out) -> s.accept(new StepWriter(out)));

  // ---------------------------------------------------------------------------------------------
  // pathways and plans

  static final ObjectCodec<Pathway> PATHWAY = ObjectCodec.of("a pathway",
      ImmutableSet.of("steps", "knownDuration", "unknownDurations"),
      (p, g) -> {
        W.list(g, "steps", p.steps(), STEP);
        W.field(g, "knownDuration", p.knownDuration(), Scalars.PERIOD);
        W.field(g, "unknownDurations", p.unknownDurations(), Scalars.INT);
      },
      in -> {
        List<Step> steps = in.list("steps", STEP);
        Pathway p = in.build(() -> new Pathway(steps));
        p = in.derived(p, "knownDuration", Scalars.PERIOD, x -> Optional.of(x.knownDuration()));
        return in.derived(p, "unknownDurations", Scalars.INT, x -> Optional.of(x.unknownDurations()));
      });

  static final ObjectCodec<Obstacle> OBSTACLE = ObjectCodec.of("a pathway obstacle",
      ImmutableSet.of(KIND, "credential", "issuer", "leaf", "omissions"),
      (o, g) -> {
        W.field(g, KIND, o.kind(), e(ObstacleKind.class));
        W.opt(g, "credential", o.credential(), Vocab.CREDENTIAL_REF);
        W.opt(g, "issuer", o.issuer(), Vocab.ORGANIZATION_REF);
        W.opt(g, "leaf", o.leaf(), LEAF);
        W.list(g, "omissions", o.omissions(), Vocab.KNOWN_OMISSION);
      },
      in -> {
        ObstacleKind kind = in.req(KIND, e(ObstacleKind.class));
        Optional<CredentialId> credential = in.opt("credential", Vocab.CREDENTIAL_REF);
        Optional<OrganizationId> issuer = in.opt("issuer", Vocab.ORGANIZATION_REF);
        Optional<Requirement.Leaf> leaf = in.opt("leaf", LEAF);
        List<KnownOmission> omissions = in.list("omissions", Vocab.KNOWN_OMISSION);
        return in.build(() -> new Obstacle(got(kind), credential, issuer, leaf, omissions));
      });

  static final ObjectCodec<PathwayPlan> PATHWAY_PLAN = ObjectCodec.of("a pathway plan",
      ImmutableSet.of("target", "alternatives", "obstacles"),
      (p, g) -> {
        W.field(g, "target", p.target(), TARGET);
        W.list(g, "alternatives", p.alternatives(), PATHWAY);
        W.list(g, "obstacles", p.obstacles(), OBSTACLE);
      },
      in -> {
        Target target = in.req("target", TARGET);
        List<Pathway> alternatives = in.list("alternatives", PATHWAY);
        List<Obstacle> obstacles = in.list("obstacles", OBSTACLE);
        return in.build(() -> new PathwayPlan(got(target), alternatives, obstacles));
      });

  /** Returns the codec of each kind, checking that every kind has one. */
  private static <K extends Enum<K>, T> EnumMap<K, ObjectCodec<? extends T>> kinds(Class<K> type,
      Map<K, ObjectCodec<? extends T>> codecs) {
    EnumMap<K, ObjectCodec<? extends T>> out = new EnumMap<>(type);
    out.putAll(codecs);
    if (out.size() != type.getEnumConstants().length) {
      throw new IllegalStateException("a kind without a codec among " + type.getSimpleName() + " " + out.keySet());
    }
    return out;
  }
}
