package org.himkit.json;

import static org.himkit.json.Obj.got;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.policy.CeCategory;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;

/** The codecs of a person's inputs: credential holdings, CE activities and learner profiles. */
final class Instances {
  private Instances() {}

  static final ObjectCodec<CredentialHolding> CREDENTIAL_HOLDING = ObjectCodec.of("a credential holding",
      ImmutableSet.of("credential", "earned", "holderReference", "cycleStart", "membershipDue",
          "firstCycleRequiredCeus"),
      (h, g) -> {
        W.field(g, "credential", h.credential(), Vocab.CREDENTIAL_REF);
        W.field(g, "earned", h.earned(), Scalars.DATE);
        W.str(g, "holderReference", h.holderReference());
        W.opt(g, "cycleStart", h.cycleStart(), Scalars.DATE);
        W.opt(g, "membershipDue", h.membershipDue(), Scalars.MONTH_DAY);
        W.opt(g, "firstCycleRequiredCeus", h.firstCycleRequiredCeus(), Scalars.CEUS);
      },
      in -> {
        CredentialHolding.Builder b = CredentialHolding.builder();
        in.req("credential", Vocab.CREDENTIAL_REF, b::credential);
        in.req("earned", Scalars.DATE, b::earned);
        b.holderReference(in.opt("holderReference", Scalars.STRING));
        b.cycleStart(in.opt("cycleStart", Scalars.DATE));
        b.membershipDue(in.opt("membershipDue", Scalars.MONTH_DAY));
        b.firstCycleRequiredCeus(in.opt("firstCycleRequiredCeus", Scalars.CEUS));
        return in.build(b::build);
      });

  static final ObjectCodec<CeActivity> CE_ACTIVITY = ObjectCodec.of("a CE activity",
      ImmutableSet.of("id", "title", "completed", "ceus", "minutes", "category", "provider", "sourceOf", "notSourceOf",
          "specificTo", "approvedBy"),
      (a, g) -> {
        W.str(g, "id", a.id());
        W.str(g, "title", a.title());
        W.field(g, "completed", a.completed(), Scalars.DATE);
        W.opt(g, "ceus", a.ceus(), Scalars.CEUS);
        W.optInt(g, "minutes", a.minutes());
        W.field(g, "category", a.category(), Scalars.enumOf(CeCategory.class));
        W.str(g, "provider", a.provider());
        W.list(g, "sourceOf", a.sourceOf(), Vocab.ORGANIZATION_REF);
        W.list(g, "notSourceOf", a.notSourceOf(), Vocab.ORGANIZATION_REF);
        W.list(g, "specificTo", a.specificTo(), Vocab.CREDENTIAL_REF);
        W.list(g, "approvedBy", a.approvedBy(), Vocab.ORGANIZATION_REF);
      },
      in -> {
        CeActivity.Builder b = CeActivity.builder();
        in.req("id", Scalars.STRING, b::id);
        in.req("title", Scalars.STRING, b::title);
        in.req("completed", Scalars.DATE, b::completed);
        b.ceus(in.opt("ceus", Scalars.CEUS));
        b.minutes(in.optInt("minutes"));
        in.req("category", Scalars.enumOf(CeCategory.class), b::category);
        in.req("provider", Scalars.STRING, b::provider);
        b.sourceOf(in.set("sourceOf", Vocab.ORGANIZATION_REF));
        b.notSourceOf(in.set("notSourceOf", Vocab.ORGANIZATION_REF));
        b.specificTo(in.set("specificTo", Vocab.CREDENTIAL_REF));
        b.approvedBy(in.set("approvedBy", Vocab.ORGANIZATION_REF));
        return in.build(b::build);
      });

  static final ObjectCodec<Education> EDUCATION = ObjectCodec.of("an education",
      ImmutableSet.of("level", "field", "accreditor", "status", "date"),
      (e, g) -> {
        W.field(g, "level", e.level(), Scalars.enumOf(DegreeLevel.class));
        W.opt(g, "field", e.field(), Scalars.enumOf(ProgramField.class));
        W.opt(g, "accreditor", e.accreditor(), Vocab.ORGANIZATION_REF);
        W.field(g, "status", e.status(), Scalars.enumOf(EducationStatus.class));
        W.opt(g, "date", e.date(), Scalars.DATE);
      },
      in -> {
        DegreeLevel level = in.req("level", Scalars.enumOf(DegreeLevel.class));
        Optional<ProgramField> field = in.opt("field", Scalars.enumOf(ProgramField.class));
        Optional<OrganizationId> accreditor = in.opt("accreditor", Vocab.ORGANIZATION_REF);
        EducationStatus status = in.req("status", Scalars.enumOf(EducationStatus.class));
        Optional<LocalDate> date = in.opt("date", Scalars.DATE);
        return in.build(() -> new Education(got(level), field, accreditor, got(status), date));
      });

  static final ObjectCodec<LearnerProfile> LEARNER_PROFILE = ObjectCodec.of("a learner profile",
      ImmutableSet.of("education", "credentials", "experience", "experienceHours", "collegeCredits", "coursework",
          "highSchoolDiploma", "foreignReciprocity", "trainings"),
      (p, g) -> {
        W.list(g, "education", p.education(), EDUCATION);
        W.map(g, "credentials", p.credentials(), id -> id.value(), Scalars.DATE);
        W.map(g, "experience", p.experience(), Enum::name, Scalars.INT);
        W.map(g, "experienceHours", p.experienceHours(), Enum::name, Scalars.INT);
        W.field(g, "collegeCredits", p.collegeCredits(), Scalars.INT);
        W.map(g, "coursework", p.coursework(), code -> code, Scalars.INT);
        W.field(g, "highSchoolDiploma", p.highSchoolDiploma(), Scalars.BOOLEAN);
        W.list(g, "foreignReciprocity", p.foreignReciprocity(), Vocab.ORGANIZATION_REF);
        W.list(g, "trainings", p.trainings(), Scalars.STRING);
      },
      in -> {
        LearnerProfile.Builder b = LearnerProfile.builder();
        b.education(in.list("education", EDUCATION));
        b.credentials(in.map("credentials", Vocab.CREDENTIAL_REF, Scalars.DATE));
        b.experience(in.map("experience", Scalars.enumOf(ExperienceDomain.class), Scalars.INT));
        b.experienceHours(in.map("experienceHours", Scalars.enumOf(ExperienceDomain.class), Scalars.INT));
        in.opt("collegeCredits", Scalars.INT, b::collegeCredits);
        b.coursework(in.map("coursework", Scalars.STRING, Scalars.INT));
        b.highSchoolDiploma(in.bool("highSchoolDiploma", false));
        b.foreignReciprocity(in.set("foreignReciprocity", Vocab.ORGANIZATION_REF));
        b.trainings(in.set("trainings", Scalars.STRING));
        return in.build(b::build);
      });
}
