package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.OrganizationId;
import org.himkit.PatientContact;
import org.himkit.ProgramField;
import org.himkit.ProgramType;
import org.himkit.RenewalPolicyId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * One example per filter against the built-in data. Each expectation is a fact of the sources (as the
 * built-in catalog records it), and each indexed answer is also checked against a plain scan.
 */
class BuiltInQueryTest {
  private static final HimCatalog HI = HimCatalog.builtIn();
  private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
  private static final LocalDate JUN_2019 = LocalDate.of(2019, 6, 1);
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");

  private static List<String> credentialIds(CredentialQuery q) {
    return q.list().stream().map(c -> c.id().value()).collect(Collectors.toList());
  }

  private static List<String> roleIds(RoleQuery q) {
    return q.list().stream().map(r -> r.id().value()).collect(Collectors.toList());
  }

  private static <T> List<T> scan(List<T> all, Predicate<T> test) {
    return all.stream().filter(test).collect(Collectors.toList());
  }

  private static <T> List<String> names(List<T> items, Function<T, Object> id) {
    return items.stream().map(id).map(Object::toString).collect(Collectors.toList());
  }

  // --- credentials

  @Test
  void ahimaIssuesItsElevenCredentials() {
    assertThat(credentialIds(HI.credentials().issuedBy(AHIMA)))
        .containsExactly("RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CHPS", "CHDA", "CDIP", "PCS", "CHP", "CHS");
    assertThat(credentialIds(HI.credentials().issuedBy(OrganizationId.of("NCRA")))).containsExactly("ODS");
    assertThat(HI.credentials().issuedBy(OrganizationId.of("CAHIIM")).exists()).isFalse();
  }

  @Test
  void apprenticeDesignationsAreAapcs() {
    assertThat(credentialIds(HI.credentials().ofKind(CredentialKind.APPRENTICE_DESIGNATION)))
        .containsExactly("CPC-A", "COC-A");
    assertThat(HI.credentials().ofKind(CredentialKind.CERTIFICATION).list())
        .isEqualTo(scan(HI.credentials().list(), c -> c.kind() == CredentialKind.CERTIFICATION));
  }

  @Test
  void retiredCredentialsArePcsChpAndChs() {
    assertThat(credentialIds(HI.credentials().withStatus(CredentialStatus.RETIRED))).containsExactly("PCS", "CHP", "CHS");
    assertThat(HI.credentials().withStatus(CredentialStatus.ACTIVE).count())
        .isEqualTo(HI.credentials().count() - 3);
  }

  @Test
  void credentialsRenewedWithTwentyCeusOrFewerDependOnTheDate() {
    assertThat(credentialIds(HI.credentials().withCycleCeusAtMost(Ceus.of(20), JAN_2026)))
        .containsExactly("RHIT", "CCA", "CCS", "CCS-P", "ODS");
    // before 2021 AHIMA also renewed the since retired PCS with 20 CEUs
    assertThat(credentialIds(HI.credentials().withCycleCeusAtMost(Ceus.of(20), JUN_2019)))
        .containsExactly("RHIT", "CCA", "CCS", "CCS-P", "PCS", "ODS");
    assertThat(credentialIds(HI.credentials().issuedBy(AHIMA).withCycleCeusAtMost(Ceus.of(20), JAN_2026)))
        .containsExactly("RHIT", "CCA", "CCS", "CCS-P");
    assertThat(HI.credentials().withCycleCeusAtMost(Ceus.parse("19.99"), JAN_2026).exists()).isFalse();
  }

  @Test
  void credentialsRenewedWithAtLeastThirtySixCeusAreAapcs() {
    assertThat(credentialIds(HI.credentials().withCycleCeusAtLeast(Ceus.of(36), JAN_2026)))
        .containsExactly("CPC", "COC", "CPB", "CRC", "CPMA", "CPCO", "CPPM", "CIRCC", "CDEO");
    assertThat(credentialIds(HI.credentials().withCycleCeusAtLeast(Ceus.of(30), JAN_2026).issuedBy(AHIMA)))
        .containsExactly("RHIA", "CHPS", "CHDA", "CDIP");
  }

  @Test
  void everyCredentialWithARenewalRequirementHasATwoYearCycle() {
    List<Credential> covered = scan(HI.credentials().list(), c -> c.renewalPolicy()
        .flatMap(id -> HI.findRenewalPolicy(id, JAN_2026))
        .filter(p -> p.requiredCeus(c.id()).isPresent()).isPresent());
    assertThat(HI.credentials().withCycleLength(Period.ofYears(2), JAN_2026).list()).isEqualTo(covered);
    assertThat(HI.credentials().withCycleLength(Period.ofMonths(24), JAN_2026).list()).isEqualTo(covered);
    assertThat(HI.credentials().withCycleLength(Period.ofYears(3), JAN_2026).exists()).isFalse();
    assertThat(covered).extracting(c -> c.id().value()).doesNotContain("PCS", "CPC-A");
  }

  @Test
  void eligibilityFromADegreeLevelMatchesOnlyCredentialsWithEligibilityData() {
    for (DegreeLevel level : DegreeLevel.values()) {
      List<Credential> found = HI.credentials().eligibleWith(level).list();
      assertThat(found).allSatisfy(c -> assertThat(c.eligibility()).isPresent());
      assertThat(HI.credentials().eligibleWith(level).where(c -> c.eligibility().isEmpty()).exists()).isFalse();
    }
  }

  @Test
  void credentialsLeadingToTheMedicalCoder() {
    assertThat(credentialIds(HI.credentials().leadingTo(RoleId.of("medical-coder"))))
        .containsExactly("CCA", "CCS", "CCS-P", "CPC", "COC");
    assertThat(HI.credentials().leadingTo(RoleId.of("no-such-role")).exists()).isFalse();
  }

  @Test
  void credentialsSortByIdNameAndCeus() {
    assertThat(credentialIds(HI.credentials().issuedBy(OrganizationId.of("AAPC")).sortedById()))
        .containsExactly("CDEO", "CIRCC", "COC", "COC-A", "CPB", "CPC", "CPC-A", "CPCO", "CPMA", "CPPM", "CRC");
    assertThat(HI.credentials().sortedByFullName().list()).extracting(Credential::fullName)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    // fewest CEUs first, ties in catalog order, credentials without a requirement last in catalog order
    assertThat(credentialIds(HI.credentials().issuedBy(AHIMA).sortedByCycleCeus(JAN_2026)))
        .containsExactly("RHIT", "CCA", "CCS", "CCS-P", "RHIA", "CHPS", "CHDA", "CDIP", "PCS", "CHP", "CHS");
  }

  // --- roles

  @Test
  void rolesReachableWithADegreeLevel() {
    // the cancer registrar's entry is an associate-level program; the coder's a coding credential, no degree
    assertThat(roleIds(HI.roles().requiringAtMost(DegreeLevel.ASSOCIATE)))
        .containsExactly("health-information-technician", "medical-coder", "cancer-registrar");
    assertThat(roleIds(HI.roles().requiringAtMost(DegreeLevel.BACCALAUREATE)))
        .containsExactly("health-information-technician", "health-information-manager", "medical-coder",
            "cancer-registrar");
    assertThat(roleIds(HI.roles().requiringAtMost(DegreeLevel.HIGH_SCHOOL))).containsExactly("medical-coder");
    assertThat(roleIds(HI.roles().requiringAtMost(DegreeLevel.POSTSECONDARY_CERTIFICATE)))
        .containsExactly("medical-coder");
    // roles without a typical entry are not matched even at the highest level
    assertThat(HI.roles().requiringAtMost(DegreeLevel.DOCTORATE).list())
        .isEqualTo(scan(HI.roles().list(), r -> r.typicalEntry().isPresent()));
  }

  @Test
  void rolesByCredential() {
    assertThat(roleIds(HI.roles().withCredential(CredentialId.of("CCS")))).containsExactly("medical-coder");
    assertThat(roleIds(HI.roles().withCredential(CredentialId.of("RHIA"))))
        .containsExactly("health-information-manager", "cdi-specialist");
  }

  @Test
  void rolesInHospitals() {
    assertThat(roleIds(HI.roles().inSetting(WorkSettingId.HOSPITAL))).containsExactly(
        "health-information-technician", "health-information-manager", "medical-coder", "cancer-registrar");
    assertThat(roleIds(HI.roles().inSetting(WorkSettingId.LAW_OFFICE)))
        .containsExactly("health-information-technician", "health-information-manager");
    assertThat(roleIds(HI.roles().requiringAtMost(DegreeLevel.ASSOCIATE).inSetting(WorkSettingId.HOSPITAL)))
        .containsExactly("health-information-technician", "medical-coder", "cancer-registrar");
  }

  @Test
  void rolesByLevelAndPatientContact() {
    assertThat(roleIds(HI.roles().atLevel(RoleLevel.SPECIALIST)))
        .containsExactly("medical-coder", "cancer-registrar", "cdi-specialist", "privacy-officer");
    assertThat(roleIds(HI.roles().atLevel(RoleLevel.MANAGER))).containsExactly("health-information-manager");
    assertThat(roleIds(HI.roles().withPatientContact(PatientContact.NOT_GENERALLY_DIRECT)))
        .containsExactly("health-information-technician", "medical-coder");
    assertThat(HI.roles().withPatientContact(PatientContact.DIRECT).exists()).isFalse();
  }

  @Test
  void rolesBySpecialization() {
    // the seed: technicians "may work as medical coders"; AHIMA: cancer registrar is an additional RHIT role
    assertThat(roleIds(HI.roles().specializing(RoleId.of("health-information-technician"))))
        .containsExactly("medical-coder", "cancer-registrar");
    assertThat(HI.roles().specializing(RoleId.of("health-information-manager")).exists()).isFalse();
  }

  @Test
  void rolesByOccupationAndCode() {
    assertThat(roleIds(HI.roles().inOccupation(OccupationId.of("29-2072"))))
        .containsExactly("health-information-technician", "medical-coder");
    assertThat(roleIds(HI.roles().withOccupationCode("29-2072.00")))
        .containsExactly("health-information-technician", "medical-coder");
    assertThat(roleIds(HI.roles().withOccupationCode("29-9021"))).containsExactly("cancer-registrar");
    assertThat(HI.roles().withOccupationCode("29-2071").exists()).isFalse();
  }

  @Test
  void rolesByMedianWageUseTheLatestFigureWithAReferenceMonth() {
    // 11-9111: $110,680 (May 2023); 29-9021: $58,250 (May 2022); 29-2072: $44,090 (May 2020) -- the seed
    // page's $48,780 has no reference month and does not count
    assertThat(roleIds(HI.roles().withMedianWageAtLeast(new BigDecimal("50000"))))
        .containsExactly("health-information-manager", "cancer-registrar");
    assertThat(roleIds(HI.roles().withMedianWageAtLeast(new BigDecimal("44090"))))
        .containsExactly("health-information-technician", "health-information-manager", "medical-coder",
            "cancer-registrar");
    assertThat(roleIds(HI.roles().withMedianWageAtLeast(new BigDecimal("44090.01"))))
        .containsExactly("health-information-manager", "cancer-registrar");
    assertThat(roleIds(HI.roles().sortedByMedianWage())).containsExactly("health-information-manager",
        "cancer-registrar", "health-information-technician", "medical-coder", "cdi-specialist", "privacy-officer");
  }

  @Test
  void rolesSortByTitle() {
    assertThat(HI.roles().sortedByTitle().list()).extracting(Role::title)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).hasSize(HI.roles().count());
  }

  // --- program types, occupations, work settings

  @Test
  void programTypesByLevelFieldDeliveryEveningAndCredential() {
    assertThat(names(HI.programTypes().atLevel(DegreeLevel.MASTERS).list(), ProgramType::id))
        .containsExactly("him-masters", "hi-masters");
    assertThat(names(HI.programTypes().inField(ProgramField.HEALTH_INFORMATICS).list(), ProgramType::id))
        .containsExactly("hi-masters");
    assertThat(names(HI.programTypes().withDeliveryMode(DeliveryMode.DISTANCE).list(), ProgramType::id))
        .containsExactly("him-associate", "him-baccalaureate");
    assertThat(names(HI.programTypes().withEveningPrograms().list(), ProgramType::id)).containsExactly("him-associate");
    assertThat(names(HI.programTypes().preparingFor(CredentialId.of("RHIA")).list(), ProgramType::id))
        .containsExactly("him-baccalaureate", "him-masters", "him-post-baccalaureate-certificate");
    assertThat(HI.programTypes().sortedByName().list()).extracting(ProgramType::name)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void theBuiltInCatalogHasNoProgramOfferings() {
    assertThat(HI.programOfferings().count()).isZero();
    assertThat(HI.programOfferings().first()).isEmpty();
    assertThat(HI.programTypes().offerings().exists()).isFalse();
  }

  @Test
  void occupationsByCodeAndWage() {
    assertThat(names(HI.occupations().withCode("29-9021.00").list(), Occupation::id)).containsExactly("29-9021");
    assertThat(names(HI.occupations().withCode("29-9098").list(), Occupation::id)).containsExactly("29-9021");
    assertThat(names(HI.occupations().withMedianWageAtLeast(new BigDecimal("100000")).list(), Occupation::id))
        .containsExactly("11-9111");
    assertThat(names(HI.occupations().sortedByMedianWage().list(), Occupation::id))
        .containsExactly("11-9111", "29-9021", "29-2072", "29-2071");
    assertThat(HI.occupations().sortedByTitle().list()).extracting(Occupation::title)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  @Test
  void workSettingsInSeedOrderAndByRole() {
    assertThat(HI.workSettings().list()).hasSize(15).first().extracting(WorkSetting::id)
        .isEqualTo(WorkSettingId.HOSPITAL);
    // in catalog order: the seed's nine, then SEER's settings of cancer registrars
    assertThat(names(HI.workSettings().ofRole(RoleId.of("cancer-registrar")).list(), WorkSetting::id))
        .containsExactly("hospital", "insurance-company", "central-cancer-registry", "standard-setting-organization",
            "government-agency", "software-vendor", "pharmaceutical-company", "staffing-firm");
    assertThat(names(HI.workSettings().ofRole(RoleId.of("medical-coder")).list(), WorkSetting::id))
        .containsExactly("hospital", "physician-office");
    assertThat(HI.workSettings().sortedByName().list()).extracting(WorkSetting::name)
        .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
  }

  // --- composition

  @Test
  void credentialsOfTheRolesInHospitals() {
    assertThat(credentialIds(HI.roles().inSetting(WorkSettingId.HOSPITAL).credentials()))
        .containsExactly("RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CPC", "COC", "ODS");
    assertThat(roleIds(HI.credentials().issuedBy(OrganizationId.of("AAPC")).roles())).containsExactly("medical-coder");
    assertThat(roleIds(HI.credentials().issuedBy(AHIMA).roles())).containsExactly("health-information-technician",
        "health-information-manager", "medical-coder", "cdi-specialist", "privacy-officer");
    assertThat(names(HI.roles().withCredential(CredentialId.of("ODS")).workSettings().list(), WorkSetting::id))
        .containsExactly("hospital", "insurance-company", "central-cancer-registry", "standard-setting-organization",
            "government-agency", "software-vendor", "pharmaceutical-company", "staffing-firm");
    assertThat(names(HI.roles().atLevel(RoleLevel.TECHNICIAN).occupations().list(), Occupation::id))
        .containsExactly("29-2072");
    assertThat(roleIds(HI.occupations().withCode("29-2072").roles()))
        .containsExactly("health-information-technician", "medical-coder");
    assertThat(roleIds(HI.workSettings().where(s -> s.id().equals(WorkSettingId.PHYSICIAN_OFFICE)).roles()))
        .containsExactly("health-information-technician", "health-information-manager", "medical-coder");
    assertThat(credentialIds(HI.programTypes().atLevel(DegreeLevel.ASSOCIATE).credentials())).containsExactly("RHIT");
    assertThat(names(HI.credentials().where(c -> c.id().value().equals("RHIT")).programTypes().list(),
        ProgramType::id)).containsExactly("him-associate");
  }

  @Test
  void combinators() {
    CredentialQuery ahima = HI.credentials().issuedBy(AHIMA);
    CredentialQuery retired = HI.credentials().withStatus(CredentialStatus.RETIRED);
    assertThat(credentialIds(ahima.and(retired.not()))).containsExactly(
        "RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CHPS", "CHDA", "CDIP");
    assertThat(credentialIds(ahima.not())).containsExactly("CPC", "COC", "CPB", "CRC", "CPC-A", "COC-A", "CPMA", "CPCO",
        "CPPM", "CIRCC", "CDEO", "ODS");
    assertThat(credentialIds(HI.credentials().issuedBy(OrganizationId.of("NCRA"))
        .or(HI.credentials().ofKind(CredentialKind.APPRENTICE_DESIGNATION)))).containsExactly("CPC-A", "COC-A", "ODS");
    assertThat(HI.credentials().where(c -> c.exam().isPresent()).list())
        .isEqualTo(scan(HI.credentials().list(), c -> c.exam().isPresent()));
    assertThat(ahima.toString()).contains("issuedBy(AHIMA)");
  }

  @Test
  void queriesOfAnotherCatalogDoNotCombine() {
    HimCatalog other = HI.toBuilder().build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HI.credentials().and(other.credentials()))
        .isInstanceOf(org.himkit.HimValidationException.class).hasMessageContaining("same catalog");
  }

  @Test
  void renewalFigureIsTheVersionInForceOnTheDate() {
    RenewalPolicy v2025 = HI.findRenewalPolicy(RenewalPolicyId.of("AHIMA-RECERTIFICATION"), JAN_2026)
        .orElseThrow();
    List<Credential> expected = scan(HI.credentials().issuedBy(AHIMA).list(),
        c -> v2025.requiredCeus(c.id()).filter(ceus -> !ceus.isAtLeast(Ceus.parse("20.01"))).isPresent());
    assertThat(HI.credentials().issuedBy(AHIMA).withCycleCeusAtMost(Ceus.of(20), JAN_2026).list()).isEqualTo(expected);
  }
}
