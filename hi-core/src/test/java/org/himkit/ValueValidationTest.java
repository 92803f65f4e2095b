package org.himkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

/**
 * Every rule a vocabulary value checks on construction: a value that breaks it is rejected with a
 * {@link HimValidationException} naming the attribute and the entity, and the value at the edge of
 * the rule is accepted. Valid starting values come from the fixtures and the built-in catalog.
 */
class ValueValidationTest {
  private static final Citation SOURCE = Fixtures.SOURCE;
  private static final HimCatalog HI = HimCatalog.builtIn();

  /** Asserts that building fails on the named attribute, with the entity and attribute exposed. */
  private static void rejects(String attribute, ThrowingCallable build) {
    assertThatThrownBy(build).isInstanceOfSatisfying(HimValidationException.class, e -> {
      assertThat(e.attribute()).contains(attribute);
      assertThat(e.entity()).isPresent();
      assertThat(e.getMessage()).startsWith("invalid " + attribute + " of " + e.entity().orElseThrow() + ": ");
    });
  }

  @Test
  void credential() {
    Credential valid = Fixtures.credential("AAA", "ORG").build();
    rejects("fullName", () -> Credential.builder().from(valid).fullName(" ").build());
    rejects("aliases", () -> Credential.builder().from(valid).addAlias("\t").build());
    rejects("domains", () -> Credential.builder().from(valid).domains(Set.of()).build());
    rejects("citations", () -> Credential.builder().from(valid).citations(List.of()).build());
    rejects("supersedes", () -> Credential.builder().from(valid).addSupersede(valid.id()).build());
    rejects("description", () -> Credential.builder().from(valid).description(" ").build());
    assertThat(Credential.builder().from(valid).description("d").addAlias("A").build().description()).contains("d");
  }

  @Test
  void organization() {
    Organization valid = Fixtures.organization("ORG");
    rejects("name", () -> Organization.builder().from(valid).name(" ").build());
    rejects("abbreviation", () -> Organization.builder().from(valid).abbreviation(" ").build());
    rejects("kinds", () -> Organization.builder().from(valid).kinds(Set.of()).build());
    rejects("citations", () -> Organization.builder().from(valid).citations(List.of()).build());
    rejects("description", () -> Organization.builder().from(valid).description(" ").build());
    assertThat(valid.is(OrganizationKind.CERTIFYING_BODY)).isTrue();
    assertThat(valid.is(OrganizationKind.ACCREDITOR)).isFalse();
  }

  @Test
  void role() {
    Role valid = Fixtures.role("r").build();
    rejects("title", () -> Role.builder().from(valid).title(" ").build());
    rejects("summary", () -> Role.builder().from(valid).summary(" ").build());
    rejects("responsibilities", () -> Role.builder().from(valid).addResponsibility(" ").build());
    rejects("citations", () -> Role.builder().from(valid).citations(List.of()).build());
    rejects("abbreviation", () -> Role.builder().from(valid).abbreviation(" ").build());
    rejects("specializationOf", () -> Role.builder().from(valid).specializationOf(valid.id()).build());
  }

  @Test
  void programType() {
    ProgramType valid = Fixtures.programType("p").build();
    rejects("name", () -> ProgramType.builder().from(valid).name(" ").build());
    rejects("structure", () -> ProgramType.builder().from(valid).addStructure(" ").build());
    rejects("citations", () -> ProgramType.builder().from(valid).citations(List.of()).build());
    rejects("typicalLength", () -> ProgramType.builder().from(valid).typicalLength(Period.ZERO).build());
    rejects("typicalLength", () -> ProgramType.builder().from(valid).typicalLength(Period.ofYears(-2)).build());
    assertThat(ProgramType.builder().from(valid).typicalLength(Period.ofDays(1)).build().typicalLength())
        .contains(Period.ofDays(1));
  }

  @Test
  void citation() {
    rejects("publisher", () -> Citation.builder().from(SOURCE).publisher(" ").build());
    rejects("title", () -> Citation.builder().from(SOURCE).title(" ").build());
    rejects("quote", () -> Citation.builder().from(SOURCE).quote(" ").build());
    rejects("version", () -> Citation.builder().from(SOURCE).version(" ").build());
  }

  @Test
  void exam() {
    Exam valid = Exam.builder().description("A national exam").national(true).addCitation(SOURCE).build();
    rejects("description", () -> Exam.builder().from(valid).description(" ").build());
    rejects("citations", () -> Exam.builder().from(valid).citations(List.of()).build());
    rejects("duration", () -> Exam.builder().from(valid).duration(Duration.ZERO).build());
    rejects("duration", () -> Exam.builder().from(valid).duration(Duration.ofMinutes(-1)).build());
    rejects("minimumItems", () -> Exam.builder().from(valid).minimumItems(0).build());
    rejects("maximumItems", () -> Exam.builder().from(valid).minimumItems(100).maximumItems(99).build());
    rejects("maximumItems", () -> Exam.builder().from(valid).maximumItems(0).build());
    ExamPeriod wait = ExamPeriod.undated(ExamPeriod.Kind.RETEST_WAIT, 1, Verification.CONFIRMED_AT_SOURCE, SOURCE);
    rejects("periods", () -> Exam.builder().from(valid).addPeriod(wait).addPeriod(wait).build());
    Exam edge = Exam.builder().from(valid).duration(Duration.ofMinutes(1)).minimumItems(1).maximumItems(1)
        .addPeriod(wait).build();
    assertThat(edge.maximumItems()).contains(1);
    assertThat(edge.periods()).containsExactly(wait);
    assertThat(Exam.builder().from(valid).maximumItems(1).build().maximumItems()).contains(1);
  }

  private static Occupation occupationWithFigures() {
    return HI.occupations().where(o -> !o.wages().isEmpty() && !o.outlook().isEmpty() && !o.employment().isEmpty()
        && !o.entryEducation().isEmpty()).first().orElseThrow();
  }

  @Test
  void occupation() {
    Occupation valid = occupationWithFigures();
    rejects("title", () -> Occupation.builder().from(valid).title(" ").build());
    rejects("codes", () -> Occupation.builder().from(valid).codes(List.of()).build());
    rejects("sampleTitles", () -> Occupation.builder().from(valid).addSampleTitle(" ").build());
    rejects("citations", () -> Occupation.builder().from(valid).citations(List.of()).build());
  }

  @Test
  void outlookFigure() {
    OutlookFigure valid = OutlookFigure.builder().from(occupationWithFigures().outlook().get(0))
        .fromYear(Year.of(2024)).toYear(Year.of(2034)).percentChange(7).build();
    rejects("toYear", () -> OutlookFigure.builder().from(valid).toYear(Year.of(2024)).build());
    rejects("percentChange", () -> OutlookFigure.builder().from(valid).percentChange(-100).build());
    rejects("percentChange", () -> OutlookFigure.builder().from(valid).percentChange(1000).build());
    rejects("annualOpenings", () -> OutlookFigure.builder().from(valid).annualOpenings(-1L).build());
    rejects("citations", () -> OutlookFigure.builder().from(valid).citations(List.of()).build());
    assertThat(OutlookFigure.builder().from(valid).toYear(Year.of(2025)).percentChange(-99).annualOpenings(0L)
        .build().percentChange()).isEqualTo(-99);
    assertThat(OutlookFigure.builder().from(valid).percentChange(999).build().percentChange()).isEqualTo(999);
  }

  @Test
  void wageStatistic() {
    WageStatistic valid = occupationWithFigures().wages().get(0);
    rejects("amount", () -> WageStatistic.builder().from(valid).amount(BigDecimal.ZERO).build());
    rejects("citations", () -> WageStatistic.builder().from(valid).citations(List.of()).build());
    rejects("edition", () -> WageStatistic.builder().from(valid).edition(" ").build());
    rejects("note", () -> WageStatistic.builder().from(valid).note(" ").build());
    assertThat(WageStatistic.builder().from(valid).amount(new BigDecimal("0.01")).build().amount())
        .isEqualByComparingTo("0.01");
  }

  @Test
  void employmentFigure() {
    EmploymentFigure valid = occupationWithFigures().employment().get(0);
    rejects("jobs", () -> EmploymentFigure.builder().from(valid).jobs(0).build());
    rejects("citations", () -> EmploymentFigure.builder().from(valid).citations(List.of()).build());
    assertThat(EmploymentFigure.builder().from(valid).jobs(1).build().jobs()).isEqualTo(1);
  }

  @Test
  void entryEducationJobTitleAndWorkSetting() {
    EntryEducation education = occupationWithFigures().entryEducation().get(0);
    rejects("text", () -> EntryEducation.builder().from(education).text(" ").build());
    rejects("citations", () -> EntryEducation.builder().from(education).citations(List.of()).build());
    JobTitle title = JobTitle.builder().title("Coder").addCitation(SOURCE).build();
    rejects("title", () -> JobTitle.builder().from(title).title(" ").build());
    rejects("citations", () -> JobTitle.builder().from(title).citations(List.of()).build());
    WorkSetting setting = HI.workSettings().first().orElseThrow();
    rejects("name", () -> WorkSetting.builder().from(setting).name(" ").build());
    rejects("citations", () -> WorkSetting.builder().from(setting).citations(List.of()).build());
  }

  @Test
  void formerNameAndMisnomer() {
    FormerName name = FormerName.builder().name("Registered Record Administrator").abbreviation("RRA")
        .fromYear(Year.of(1970)).untilYear(Year.of(1999)).addCitation(SOURCE).build();
    rejects("name", () -> FormerName.builder().from(name).name(" ").build());
    rejects("abbreviation", () -> FormerName.builder().from(name).abbreviation(" ").build());
    rejects("citations", () -> FormerName.builder().from(name).citations(List.of()).build());
    rejects("untilYear", () -> FormerName.builder().from(name).untilYear(Year.of(1969)).build());
    assertThat(FormerName.builder().from(name).untilYear(Year.of(1970)).build().untilYear()).contains(Year.of(1970));
    Misnomer misnomer = Misnomer.builder().text("RHIM").note("means RHIA").addCitation(SOURCE).build();
    rejects("text", () -> Misnomer.builder().from(misnomer).text(" ").build());
    rejects("note", () -> Misnomer.builder().from(misnomer).note(" ").build());
    rejects("citations", () -> Misnomer.builder().from(misnomer).citations(List.of()).build());
  }

  @Test
  void profession() {
    Profession valid = HI.profession().orElseThrow();
    rejects("name", () -> Profession.builder().from(valid).name(" ").build());
    rejects("description", () -> Profession.builder().from(valid).description(" ").build());
    rejects("linkedTo", () -> Profession.builder().from(valid).addLinkedTo(" ").build());
    rejects("bridges", () -> Profession.builder().from(valid).addBridge(" ").build());
    rejects("facts", () -> Profession.builder().from(valid).addFact(" ").build());
    rejects("citations", () -> Profession.builder().from(valid).citations(List.of()).build());
  }

  @Test
  void progressionProgram() {
    CredentialId rhit = CredentialId.of("RHIT");
    CredentialId rhia = CredentialId.of("RHIA");
    rejects("toCredential", () -> ProgressionProgram.builder().fromCredential(rhit).toCredential(rhit).availability(Availability.AVAILABLE)
        .addCitation(SOURCE).build());
    rejects("citations", () -> ProgressionProgram.builder().fromCredential(rhit).toCredential(rhia)
        .availability(Availability.AVAILABLE).build());
    rejects("note", () -> ProgressionProgram.builder().fromCredential(rhit).toCredential(rhia).availability(Availability.AVAILABLE)
        .note(" ").addCitation(SOURCE).build());
  }

  @Test
  void programOfferingAndLocation() {
    ProgramOffering valid = ProgramOffering.builder().id(ProgramOfferingId.of("college-him"))
        .institution("A College").name("HIM, AAS").programType(ProgramTypeId.of("p"))
        .location(Location.of("US", "IL")).eveningPrograms(Availability.NOT_STATED)
        .accreditationStatus(AccreditationStatus.ACCREDITED).accreditor(OrganizationId.of("CAHIIM"))
        .addCitation(SOURCE).build();
    rejects("institution", () -> ProgramOffering.builder().from(valid).institution(" ").build());
    rejects("name", () -> ProgramOffering.builder().from(valid).name(" ").build());
    rejects("citations", () -> ProgramOffering.builder().from(valid).citations(List.of()).build());
    rejects("accreditor", () -> ProgramOffering.builder().from(valid)
        .accreditationStatus(AccreditationStatus.NOT_ACCREDITED).build());
    rejects("country", () -> Location.builder().country("us").build());
    rejects("country", () -> Location.builder().country("USA").build());
    rejects("region", () -> Location.builder().country("US").region(" ").build());
    rejects("city", () -> Location.builder().country("US").city(" ").build());
  }

  @Test
  void code() {
    rejects("schemeVersion", () -> new Code(CodeScheme.SOC, " ", "29-2072", "Medical Records Specialists"));
    rejects("value", () -> new Code(CodeScheme.SOC, "2018", " ", "Medical Records Specialists"));
    rejects("label", () -> new Code(CodeScheme.SOC, "2018", "29-2072", " "));
    assertThat(new Code(CodeScheme.SOC, "2018", "29-2072", "Medical Records Specialists"))
        .hasToString(CodeScheme.SOC + " 2018 29-2072 (Medical Records Specialists)");
  }

  @Test
  void exceptionsExposeTheirParts() {
    HimValidationException e = HimValidationException.of(ErrorCode.INVALID_VALUE, "credential X", "fullName",
        "must not be blank", "\" \"");
    assertThat(e.entity()).contains("credential X");
    assertThat(e.attribute()).contains("fullName");
    assertThat(e.rule()).contains("must not be blank");
    assertThat(e.value()).contains("\" \"");
    assertThat(e.problems()).containsExactly(e);
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(e).hasMessage("invalid fullName of credential X: must not be blank (was \" \")");
    HimValidationException whole = HimValidationException.withMessage(ErrorCode.INVALID_RANGE, "policy P", "overlap");
    assertThat(whole.entity()).contains("policy P");
    assertThat(whole.attribute()).isEmpty();
    assertThat(whole.rule()).isEmpty();
    assertThat(whole.value()).isEmpty();
    assertThat(new HimValidationException("missing id").entity()).isEmpty();
  }
}
