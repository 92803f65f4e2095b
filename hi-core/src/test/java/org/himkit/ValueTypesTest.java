package org.himkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.KnownOmission;
import org.himkit.catalog.OmissionKind;
import org.himkit.catalog.OmissionTopic;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

class ValueTypesTest {
  private static final Citation SOURCE = Fixtures.SOURCE;

  @Test
  void typedIdsEqualByKindAndText() {
    new EqualsTester()
        .addEqualityGroup(CredentialId.of("RHIA"), CredentialId.of("RHIA"))
        .addEqualityGroup(CredentialId.of("RHIT"))
        .addEqualityGroup(OrganizationId.of("RHIA"))
        .addEqualityGroup(RoleId.of("RHIA"))
        .addEqualityGroup(WorkSettingId.HOSPITAL, WorkSettingId.of("hospital"))
        .addEqualityGroup(RenewalPolicyId.of("RHIA"))
        .testEquals();
    assertThat(CredentialId.of("CCS-P").toString()).isEqualTo("CCS-P");
    assertThat(CredentialId.of("CCA").compareTo(CredentialId.of("CCS"))).isNegative();
  }

  @Test
  void typedIdRejectsBadFormWithTheRuleAndValue() {
    assertThatThrownBy(() -> CredentialId.of(" RHIA"))
        .isInstanceOf(HimValidationException.class)
        .hasMessage("invalid value of credential id: must be 1 to 64 letters, digits, '.', '_' or '-', starting "
            + "with a letter or digit (was \" RHIA\")")
        .extracting(e -> ((HimException) e).errorCode()).isEqualTo(ErrorCode.INVALID_ID);
    assertThatThrownBy(() -> CredentialId.of("")).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> CredentialId.of("a".repeat(65))).isInstanceOf(HimValidationException.class);
    assertThat(CredentialId.of("a".repeat(64)).value()).hasSize(64);
  }

  @Test
  void citationEqualityAndValidation() {
    Citation a = Citation.of("AHIMA", "Recertification", "https://www.ahima.org/certification/Recertification",
        SourceType.PRIMARY);
    new EqualsTester()
        .addEqualityGroup(a, Citation.builder().from(a).build())
        .addEqualityGroup(a.quoting("two years"))
        .addEqualityGroup(Citation.builder().from(a).sourceType(SourceType.SECONDARY).build())
        .testEquals();
    assertThat(a.url()).contains(URI.create("https://www.ahima.org/certification/Recertification"));
    assertThatThrownBy(() -> Citation.of(" ", "t", "https://x.org", SourceType.PRIMARY))
        .isInstanceOf(HimValidationException.class)
        .hasMessageContaining("publisher").hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Citation.of("p", "t", "not a uri with spaces", SourceType.PRIMARY))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be a valid URI");
  }

  @Test
  void missingRequiredAttributeIsAValidationError() {
    assertThatThrownBy(() -> Citation.builder().publisher("p").build())
        .isInstanceOf(HimValidationException.class)
        .hasMessageContaining("title")
        .extracting(e -> ((HimException) e).errorCode()).isEqualTo(ErrorCode.MISSING_ATTRIBUTE);
  }

  @Test
  void credentialEqualityNamesAndChecks() {
    Credential a = Fixtures.credential("CCS", "AHIMA").addAlias("C.C.S.").build();
    new EqualsTester()
        .addEqualityGroup(a, Credential.builder().from(a).build())
        .addEqualityGroup(Credential.builder().from(a).status(CredentialStatus.RETIRED).build())
        .addEqualityGroup(Credential.builder().from(a).fullName("Other").build())
        .testEquals();
    assertThat(a.names()).containsExactly("CCS", "Credential CCS", "C.C.S.");
    assertThatThrownBy(() -> Fixtures.credential("RHIA", "AHIMA").addSupersede(CredentialId.of("RHIA")).build())
        .isInstanceOf(HimValidationException.class)
        .hasMessageContaining("supersedes of credential RHIA: must not contain the credential itself");
    assertThatThrownBy(() -> Credential.builder().from(a).citations(java.util.List.of()).build())
        .isInstanceOf(HimValidationException.class)
        .hasMessageContaining("citations of credential CCS: must have at least one citation");
  }

  @Test
  void otherEntitiesEqualityAndChecks() {
    Organization org = Fixtures.organization("AHIMA");
    new EqualsTester()
        .addEqualityGroup(org, Organization.builder().from(org).build())
        .addEqualityGroup(Organization.builder().from(org).name("Other").build())
        .testEquals();
    ProgramType p = Fixtures.programType("him-associate").typicalLength(Period.ofYears(2)).build();
    new EqualsTester()
        .addEqualityGroup(p, ProgramType.builder().from(p).build())
        .addEqualityGroup(ProgramType.builder().from(p).level(DegreeLevel.BACCALAUREATE).build())
        .testEquals();
    assertThatThrownBy(() -> Fixtures.programType("x").typicalLength(Period.ZERO).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("typicalLength of program type x");
    Role r = Fixtures.role("coder").build();
    new EqualsTester().addEqualityGroup(r, Role.builder().from(r).build())
        .addEqualityGroup(Role.builder().from(r).title("Other").build()).testEquals();
    assertThatThrownBy(() -> Fixtures.role("coder").specializationOf(RoleId.of("coder")).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must not be the role itself");
    WorkSetting s = WorkSetting.builder().id(WorkSettingId.HOSPITAL).name("Hospitals").addCitation(SOURCE).build();
    new EqualsTester().addEqualityGroup(s, WorkSetting.builder().from(s).build())
        .addEqualityGroup(WorkSetting.builder().from(s).name("Clinics").build()).testEquals();
  }

  @Test
  void programOfferingAndLocationChecks() {
    ProgramOffering o = ProgramOffering.builder().id(ProgramOfferingId.of("x-aas")).institution("Example College")
        .name("HIM AAS").programType(ProgramTypeId.of("him-associate")).location(Location.of("US", "IL"))
        .eveningPrograms(Availability.AVAILABLE).accreditationStatus(AccreditationStatus.ACCREDITED)
        .accreditor(OrganizationId.of("CAHIIM")).addCitation(SOURCE).build();
    new EqualsTester().addEqualityGroup(o, ProgramOffering.builder().from(o).build())
        .addEqualityGroup(ProgramOffering.builder().from(o).location(Location.of("US", "WI")).build()).testEquals();
    assertThatThrownBy(() -> Location.of("usa", "IL")).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("ISO 3166-1 alpha-2").hasMessageContaining("usa");
    assertThatThrownBy(() -> ProgramOffering.builder().from(o).accreditationStatus(AccreditationStatus.NOT_ACCREDITED)
        .build()).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("accreditor of program offering x-aas");
  }

  @Test
  void occupationFiguresChecksAndLatestWage() {
    WageStatistic may2021 = WageStatistic.builder().measure(WageMeasure.MEDIAN_ANNUAL).amount(new BigDecimal("55560"))
        .referenceMonth(YearMonth.of(2021, 5)).verification(Verification.CONFIRMED_AT_SOURCE).addCitation(SOURCE)
        .build();
    WageStatistic may2022 = WageStatistic.builder().from(may2021).amount(new BigDecimal("58250"))
        .referenceMonth(YearMonth.of(2022, 5)).build();
    WageStatistic undated = WageStatistic.builder().from(may2021).amount(new BigDecimal("99999")).referenceMonth(
        java.util.Optional.empty()).build();
    new EqualsTester().addEqualityGroup(may2021, WageStatistic.builder().from(may2021).build())
        .addEqualityGroup(may2022).addEqualityGroup(undated).testEquals();
    assertThat(may2021.currency().getCurrencyCode()).isEqualTo("USD");
    Occupation occ = Occupation.builder().id(OccupationId.of("29-9021")).title("T")
        .addCode(new Code(CodeScheme.SOC, "2018", "29-9021", "T")).addWages(may2021, undated, may2022)
        .addCitation(SOURCE).build();
    assertThat(occ.latestMedianAnnualWage()).contains(may2022);
    assertThatThrownBy(() -> WageStatistic.builder().from(may2021).amount(BigDecimal.ZERO).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> OutlookFigure.builder().percentChange(5).fromYear(Year.of(2030)).toYear(Year.of(2020))
        .verification(Verification.CONFIRMED_AT_SOURCE).addCitation(SOURCE).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be after fromYear");
    assertThatThrownBy(() -> new Code(CodeScheme.SOC, "2018", " ", "T")).isInstanceOf(HimValidationException.class);
    new EqualsTester().addEqualityGroup(new Code(CodeScheme.SOC, "2018", "1", "T"), new Code(CodeScheme.SOC, "2018", "1", "T"))
        .addEqualityGroup(new Code(CodeScheme.ONET_SOC, "2018", "1", "T")).testEquals();
  }

  @Test
  void examAndFormerNameChecks() {
    assertThatThrownBy(() -> Exam.builder().description("e").national(true).minimumItems(160).maximumItems(140)
        .addCitation(SOURCE).build()).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("not below minimumItems");
    assertThatThrownBy(() -> Exam.builder().description("e").national(true).duration(Duration.ZERO)
        .addCitation(SOURCE).build()).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> FormerName.builder().name("AMRA").fromYear(Year.of(1991)).untilYear(Year.of(1970))
        .addCitation(SOURCE).build()).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("untilYear of former name \"AMRA\": must not be before fromYear 1991 (was 1970)");
  }

  @Test
  void requirementsAreTreesAndValidate() {
    Requirement rhia = Requirement.anyOf(
        Requirement.completedProgram(DegreeLevel.BACCALAUREATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT,
            OrganizationId.of("CAHIIM")),
        Requirement.foreignReciprocity(OrganizationId.of("AHIMA")));
    assertThat(rhia.leaves()).hasSize(2);
    assertThat(rhia.children()).containsExactlyElementsOf(rhia.leaves().toList());
    assertThat(Requirement.experienceMonths(ExperienceDomain.CODING, 18).months()).isEqualTo(18);
    assertThat(Requirement.experienceYears(ExperienceDomain.CODING, 1).months()).isEqualTo(12);
    assertThat(rhia.withProse("an RHIA route").prose()).contains("an RHIA route");
    assertThat(rhia.withProse("an RHIA route").children()).isEqualTo(rhia.children());
    new EqualsTester()
        .addEqualityGroup(Requirement.holdsCredential(CredentialId.of("RHIT")), Requirement.holdsCredential(CredentialId.of("RHIT")))
        .addEqualityGroup(Requirement.holdsCredential(CredentialId.of("RHIA")))
        .addEqualityGroup(Requirement.allOf(Requirement.highSchoolDiploma()))
        .addEqualityGroup(Requirement.anyOf(Requirement.highSchoolDiploma()))
        .testEquals();
    assertThatThrownBy(() -> Requirement.atLeast(3, Requirement.highSchoolDiploma(), Requirement.degree(DegreeLevel.ASSOCIATE)))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be from 1 to the number of parts, 2 (was 3)");
    assertThatThrownBy(Requirement::allOf).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Requirement.experienceMonths(ExperienceDomain.CODING, 0)).isInstanceOf(HimValidationException.class);
  }

  @Test
  void catalogVersionParsesAndOrders() {
    CatalogVersion v = CatalogVersion.parse("2026.1");
    assertThat(v).isEqualTo(CatalogVersion.of(2026, 1)).hasToString("2026.1");
    assertThat(CatalogVersion.parse("2026.10")).isGreaterThan(CatalogVersion.parse("2026.9"));
    assertThat(CatalogVersion.parse("2027.1")).isGreaterThan(CatalogVersion.parse("2026.10"));
    assertThatThrownBy(() -> CatalogVersion.parse("2026")).isInstanceOf(HimValidationException.class);
    new EqualsTester().addEqualityGroup(v, CatalogVersion.of(2026, 1)).addEqualityGroup(CatalogVersion.of(2026, 2)).testEquals();
  }

  @Test
  void knownOmissionAndPolicyChecks() {
    assertThatThrownBy(() -> new KnownOmission(KnownOmissionId.of("x"), OmissionTopic.RENEWAL, OmissionKind.UNCONFIRMED,
        "x", " ", Set.of(), Set.of())).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Fixtures.policy("P", "AHIMA", Map.of(CredentialId.of("X"), Ceus.of(1)))
        .effectiveFrom(Fixtures.date("2025-01-01")).effectiveTo(Fixtures.date("2024-12-31")).build())
        .isInstanceOf(HimValidationException.class)
        .hasMessageContaining("effectiveTo of renewal policy P (P policy): must not be before effectiveFrom 2025-01-01 "
            + "(was 2024-12-31)");
    assertThatThrownBy(() -> Fixtures.policy("P", "AHIMA", Map.of()).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must name at least one credential");
    assertThatThrownBy(() -> Fixtures.policy("P", "AHIMA", Map.of(CredentialId.of("X"), Ceus.of(1)))
        .cycleLength(Period.ZERO).build()).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("cycleLength").hasMessageContaining("must be positive");
  }
}
