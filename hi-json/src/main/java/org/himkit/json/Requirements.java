package org.himkit.json;

import static org.himkit.json.Obj.got;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The codec of requirement trees, written as tagged objects: each node is an object with exactly one
 * tag naming its kind, whose value is the node's operand, and optionally its {@code prose}.
 *
 * <pre>
 * {"anyOf": [
 *   {"completedProgram": {"level": "ASSOCIATE", "field": "HEALTH_INFORMATION_MANAGEMENT", "accreditor": "CAHIIM"}},
 *   {"foreignReciprocity": "AHIMA"}],
 *  "prose": "..."}
 * </pre>
 */
final class Requirements {
  private Requirements() {}

  static final String ALL_OF = "allOf";
  static final String ANY_OF = "anyOf";
  static final String AT_LEAST = "atLeast";
  static final String CREDENTIAL = "credential";
  static final String COMPLETED_PROGRAM = "completedProgram";
  static final String FINAL_TERM_ENROLLMENT = "finalTermEnrollment";
  static final String EXPERIENCE = "experience";
  static final String HIGH_SCHOOL_DIPLOMA = "highSchoolDiploma";
  static final String FOREIGN_RECIPROCITY = "foreignReciprocity";
  static final String COMPLETED_TRAINING = "completedTraining";
  static final String CREDENTIAL_IN_DOMAIN = "credentialInDomain";
  static final String DEGREE_OR_COLLEGE_CREDITS = "degreeOrCollegeCredits";
  static final String COMPLETED_COURSEWORK = "completedCoursework";
  static final String EXPERIENCE_HOURS = "experienceHours";
  static final String NO_PREREQUISITE = "noPrerequisite";
  static final String PROSE = "prose";

  /** The tags, one per kind of node. */
  static final ImmutableSet<String> TAGS = ImmutableSet.of(ALL_OF, ANY_OF, AT_LEAST, CREDENTIAL, COMPLETED_PROGRAM,
      FINAL_TERM_ENROLLMENT, EXPERIENCE, HIGH_SCHOOL_DIPLOMA, FOREIGN_RECIPROCITY, COMPLETED_TRAINING,
      CREDENTIAL_IN_DOMAIN, DEGREE_OR_COLLEGE_CREDITS, COMPLETED_COURSEWORK, EXPERIENCE_HOURS, NO_PREREQUISITE);

  private static final ImmutableSet<String> FIELDS = ImmutableSet.<String>builder().addAll(TAGS).add(PROSE).build();

  /** A program named by level, and optionally field and accreditor. */
  private record Program(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor) {}

  private static final ObjectCodec<Program> PROGRAM = ObjectCodec.of("a program",
      ImmutableSet.of("level", "field", "accreditor"),
      (p, g) -> {
        W.field(g, "level", p.level(), Scalars.enumOf(DegreeLevel.class));
        W.opt(g, "field", p.field(), Scalars.enumOf(ProgramField.class));
        W.opt(g, "accreditor", p.accreditor(), Vocab.ORGANIZATION_REF);
      },
      in -> {
        DegreeLevel level = in.req("level", Scalars.enumOf(DegreeLevel.class));
        Optional<ProgramField> field = in.opt("field", Scalars.enumOf(ProgramField.class));
        Optional<OrganizationId> accreditor = in.opt("accreditor", Vocab.ORGANIZATION_REF);
        return in.build(() -> new Program(got(level), field, accreditor));
      });

  private record Count(int count, List<Requirement> of) {}

  private static final ObjectCodec<Count> COUNT = ObjectCodec.of("an atLeast operand", ImmutableSet.of("count", "of"),
      (c, g) -> {
        W.field(g, "count", c.count(), Scalars.INT);
        W.list(g, "of", c.of(), Requirements.CODEC);
      },
      in -> {
        Integer count = in.req("count", Scalars.INT);
        List<Requirement> of = in.list("of", Requirements.CODEC);
        return in.build(() -> new Count(got(count), of));
      });

  private record Months(ExperienceDomain domain, int months) {}

  private static final ObjectCodec<Months> MONTHS = ObjectCodec.of("an experience operand",
      ImmutableSet.of("domain", "months"),
      (m, g) -> {
        W.field(g, "domain", m.domain(), Scalars.enumOf(ExperienceDomain.class));
        W.field(g, "months", m.months(), Scalars.INT);
      },
      in -> {
        ExperienceDomain domain = in.req("domain", Scalars.enumOf(ExperienceDomain.class));
        Integer months = in.req("months", Scalars.INT);
        return in.build(() -> new Months(got(domain), got(months)));
      });

  private record Training(String code, String description) {}

  private static final ObjectCodec<Training> TRAINING = ObjectCodec.of("a completedTraining operand",
      ImmutableSet.of("code", "description"),
      (t, g) -> {
        W.str(g, "code", t.code());
        W.str(g, "description", t.description());
      },
      in -> {
        String code = in.req("code", Scalars.STRING);
        String description = in.req("description", Scalars.STRING);
        return in.build(() -> new Training(got(code), got(description)));
      });

  private record InDomain(CredentialDomain domain, OrganizationId otherThan) {}

  private static final ObjectCodec<InDomain> IN_DOMAIN = ObjectCodec.of("a credentialInDomain operand",
      ImmutableSet.of("domain", "otherThan"),
      (d, g) -> {
        W.field(g, "domain", d.domain(), Scalars.enumOf(CredentialDomain.class));
        W.field(g, "otherThan", d.otherThan(), Vocab.ORGANIZATION_REF);
      },
      in -> {
        CredentialDomain domain = in.req("domain", Scalars.enumOf(CredentialDomain.class));
        OrganizationId otherThan = in.req("otherThan", Vocab.ORGANIZATION_REF);
        return in.build(() -> new InDomain(got(domain), got(otherThan)));
      });

  private record Credits(DegreeLevel level, int credits) {}

  private static final ObjectCodec<Credits> CREDITS = ObjectCodec.of("a degreeOrCollegeCredits operand",
      ImmutableSet.of("level", "credits"),
      (c, g) -> {
        W.field(g, "level", c.level(), Scalars.enumOf(DegreeLevel.class));
        W.field(g, "credits", c.credits(), Scalars.INT);
      },
      in -> {
        DegreeLevel level = in.req("level", Scalars.enumOf(DegreeLevel.class));
        Integer credits = in.req("credits", Scalars.INT);
        return in.build(() -> new Credits(got(level), got(credits)));
      });

  private record Coursework(String code, String subject, int creditHours) {}

  private static final ObjectCodec<Coursework> COURSEWORK = ObjectCodec.of("a completedCoursework operand",
      ImmutableSet.of("code", "subject", "creditHours"),
      (c, g) -> {
        W.str(g, "code", c.code());
        W.str(g, "subject", c.subject());
        W.field(g, "creditHours", c.creditHours(), Scalars.INT);
      },
      in -> {
        String code = in.req("code", Scalars.STRING);
        String subject = in.req("subject", Scalars.STRING);
        Integer hours = in.req("creditHours", Scalars.INT);
        return in.build(() -> new Coursework(got(code), got(subject), got(hours)));
      });

  private record Hours(ExperienceDomain domain, int hours, OptionalInt fullTimeMonths) {}

  private static final ObjectCodec<Hours> HOURS = ObjectCodec.of("an experienceHours operand",
      ImmutableSet.of("domain", "hours", "fullTimeMonths"),
      (h, g) -> {
        W.field(g, "domain", h.domain(), Scalars.enumOf(ExperienceDomain.class));
        W.field(g, "hours", h.hours(), Scalars.INT);
        W.optInt(g, "fullTimeMonths", h.fullTimeMonths());
      },
      in -> {
        ExperienceDomain domain = in.req("domain", Scalars.enumOf(ExperienceDomain.class));
        Integer hours = in.req("hours", Scalars.INT);
        OptionalInt months = in.optInt("fullTimeMonths");
        return in.build(() -> new Hours(got(domain), got(hours), months));
      });

  /**
   * Writes a node's tag and operand and returns the tag: one method per kind of node, so that a new kind
   * of node does not compile until it has a shape here.
   */
  private static final class Writer implements Requirement.Visitor<String> {
    private final JsonGenerator g;

    Writer(JsonGenerator g) {
      this.g = g;
    }

    @Override
    public String visitAllOf(Requirement.AllOf node) {
      W.list(g, ALL_OF, node.parts(), CODEC);
      return ALL_OF;
    }

    @Override
    public String visitAnyOf(Requirement.AnyOf node) {
      W.list(g, ANY_OF, node.parts(), CODEC);
      return ANY_OF;
    }

    @Override
    public String visitAtLeast(Requirement.AtLeast node) {
      W.field(g, AT_LEAST, new Count(node.count(), node.parts()), COUNT);
      return AT_LEAST;
    }

    @Override
    public String visitHoldsCredential(Requirement.HoldsCredential leaf) {
      W.field(g, CREDENTIAL, leaf.credential(), Vocab.CREDENTIAL_REF);
      return CREDENTIAL;
    }

    @Override
    public String visitCompletedProgram(Requirement.CompletedProgram leaf) {
      W.field(g, COMPLETED_PROGRAM, new Program(leaf.level(), leaf.field(), leaf.accreditor()), PROGRAM);
      return COMPLETED_PROGRAM;
    }

    @Override
    public String visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      W.field(g, FINAL_TERM_ENROLLMENT, new Program(leaf.level(), leaf.field(), leaf.accreditor()), PROGRAM);
      return FINAL_TERM_ENROLLMENT;
    }

    @Override
    public String visitExperience(Requirement.Experience leaf) {
      W.field(g, EXPERIENCE, new Months(leaf.domain(), leaf.months()), MONTHS);
      return EXPERIENCE;
    }

    @Override
    public String visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      W.field(g, HIGH_SCHOOL_DIPLOMA, Boolean.TRUE, Scalars.TRUE);
      return HIGH_SCHOOL_DIPLOMA;
    }

    @Override
    public String visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      W.field(g, FOREIGN_RECIPROCITY, leaf.agreementWith(), Vocab.ORGANIZATION_REF);
      return FOREIGN_RECIPROCITY;
    }

    @Override
    public String visitCompletedTraining(Requirement.CompletedTraining leaf) {
      W.field(g, COMPLETED_TRAINING, new Training(leaf.code(), leaf.description()), TRAINING);
      return COMPLETED_TRAINING;
    }

    @Override
    public String visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      W.field(g, CREDENTIAL_IN_DOMAIN, new InDomain(leaf.domain(), leaf.otherThan()), IN_DOMAIN);
      return CREDENTIAL_IN_DOMAIN;
    }

    @Override
    public String visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      W.field(g, DEGREE_OR_COLLEGE_CREDITS, new Credits(leaf.level(), leaf.credits()), CREDITS);
      return DEGREE_OR_COLLEGE_CREDITS;
    }

    @Override
    public String visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      W.field(g, COMPLETED_COURSEWORK, new Coursework(leaf.code(), leaf.subject(), leaf.creditHours()), COURSEWORK);
      return COMPLETED_COURSEWORK;
    }

    @Override
    public String visitExperienceHours(Requirement.ExperienceHours leaf) {
      W.field(g, EXPERIENCE_HOURS, new Hours(leaf.domain(), leaf.hours(), leaf.fullTimeMonths()), HOURS);
      return EXPERIENCE_HOURS;
    }

    @Override
    public String visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      W.field(g, NO_PREREQUISITE, Boolean.TRUE, Scalars.TRUE);
      return NO_PREREQUISITE;
    }
  }

  /** The codec of requirement trees. */
  static final Codec<Requirement> CODEC = new Codec<>() {
    @Override
    public void write(Requirement r, JsonGenerator g) {
      g.writeStartObject();
      r.accept(new Writer(g));
      W.str(g, PROSE, r.prose());
      g.writeEndObject();
    }

    @Override
    public @Nullable Requirement read(JsonNode node, JsonPath path, ReadContext cx) {
      Obj in = Obj.open(node, path, cx, "a requirement", FIELDS);
      if (in == null) {
        return null;
      }
      List<String> tags = new ArrayList<>(1);
      for (String name : node.propertyNames()) {
        if (TAGS.contains(name)) {
          tags.add(name);
        }
      }
      if (tags.size() != 1) {
        cx.problem(path, JsonProblem.Kind.INVALID_VALUE, (tags.isEmpty() ? "has no kind" : "has " + tags.size()
            + " kinds " + tags) + "; a requirement has exactly one of " + String.join(", ", TAGS));
        return null;
      }
      Optional<String> prose = in.opt(PROSE, Scalars.STRING);
      Requirement r = node(in, tags.get(0));
      return r == null ? null : in.build(() -> prose.isPresent() ? r.withProse(prose.get()) : r);
    }

    private @Nullable Requirement node(Obj in, String tag) {
      return switch (tag) {
        case ALL_OF -> {
          List<Requirement> parts = in.list(ALL_OF, this);
          yield in.build(() -> Requirement.allOf(parts.toArray(new Requirement[0])));
        }
        case ANY_OF -> {
          List<Requirement> parts = in.list(ANY_OF, this);
          yield in.build(() -> Requirement.anyOf(parts.toArray(new Requirement[0])));
        }
        case AT_LEAST -> {
          Count c = in.req(AT_LEAST, COUNT);
          yield in.build(() -> Requirement.atLeast(got(c).count(), got(c).of().toArray(new Requirement[0])));
        }
        case CREDENTIAL -> {
          CredentialId id = in.req(CREDENTIAL, Vocab.CREDENTIAL_REF);
          yield in.build(() -> Requirement.holdsCredential(got(id)));
        }
        case COMPLETED_PROGRAM -> {
          Program p = in.req(COMPLETED_PROGRAM, PROGRAM);
          yield in.build(() -> new Requirement.CompletedProgram(got(p).level(), got(p).field(), got(p).accreditor(),
              Optional.empty()));
        }
        case FINAL_TERM_ENROLLMENT -> {
          Program p = in.req(FINAL_TERM_ENROLLMENT, PROGRAM);
          yield in.build(() -> new Requirement.FinalTermEnrollment(got(p).level(), got(p).field(),
              got(p).accreditor(), Optional.empty()));
        }
        case EXPERIENCE -> {
          Months m = in.req(EXPERIENCE, MONTHS);
          yield in.build(() -> Requirement.experienceMonths(got(m).domain(), got(m).months()));
        }
        case HIGH_SCHOOL_DIPLOMA -> {
          in.req(HIGH_SCHOOL_DIPLOMA, Scalars.TRUE);
          yield in.build(Requirement::highSchoolDiploma);
        }
        case FOREIGN_RECIPROCITY -> {
          OrganizationId with = in.req(FOREIGN_RECIPROCITY, Vocab.ORGANIZATION_REF);
          yield in.build(() -> Requirement.foreignReciprocity(got(with)));
        }
        case COMPLETED_TRAINING -> {
          Training t = in.req(COMPLETED_TRAINING, TRAINING);
          yield in.build(() -> Requirement.completedTraining(got(t).code(), got(t).description()));
        }
        case CREDENTIAL_IN_DOMAIN -> {
          InDomain d = in.req(CREDENTIAL_IN_DOMAIN, IN_DOMAIN);
          yield in.build(() -> Requirement.holdsCredentialInDomain(got(d).domain(), got(d).otherThan()));
        }
        case DEGREE_OR_COLLEGE_CREDITS -> {
          Credits c = in.req(DEGREE_OR_COLLEGE_CREDITS, CREDITS);
          yield in.build(() -> Requirement.degreeOrCollegeCredits(got(c).level(), got(c).credits()));
        }
        case COMPLETED_COURSEWORK -> {
          Coursework c = in.req(COMPLETED_COURSEWORK, COURSEWORK);
          yield in.build(() -> Requirement.completedCoursework(got(c).code(), got(c).subject(), got(c).creditHours()));
        }
        case EXPERIENCE_HOURS -> {
          Hours h = in.req(EXPERIENCE_HOURS, HOURS);
          yield in.build(() -> new Requirement.ExperienceHours(got(h).domain(), got(h).hours(), got(h).fullTimeMonths(),
              Optional.empty()));
        }
        default -> {
          in.req(NO_PREREQUISITE, Scalars.TRUE);
          yield in.build(Requirement::noPrerequisite);
        }
      };
    }
  };
}
