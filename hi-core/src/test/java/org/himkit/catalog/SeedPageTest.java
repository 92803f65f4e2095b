package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.PatientContact;
import org.himkit.Profession;
import org.himkit.ProgramFocus;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.SourceType;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * One test per fact of the seed page, "What Health Information Management Technicians Do", each
 * reading like the sentence it checks.
 */
class SeedPageTest {
  private final HimCatalog hi = HimCatalog.builtIn();
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static boolean citesSeed(java.util.List<Citation> citations) {
    return citations.stream().anyMatch(c -> c.sourceType() == SourceType.SEED_PAGE
        && c.title().equals("What Health Information Management Technicians Do"));
  }

  private Role technician() {
    return hi.getRole(RoleId.of("health-information-technician"));
  }

  private Role manager() {
    return hi.getRole(RoleId.of("health-information-manager"));
  }

  @Test
  void professionalsStudyAcquiringAnalyzingMaintainingReleasingAndProtectingMedicalInformation() {
    Profession p = hi.profession().orElseThrow();
    assertThat(p.description()).contains("acquiring, analyzing, maintaining, releasing, and protecting medical "
        + "information vital to providing quality patient care");
    assertThat(citesSeed(p.citations())).isTrue();
  }

  @Test
  void theyAreLinkedToPhysiciansTechnologyDesignersAndInformationTechnology() {
    assertThat(hi.profession().orElseThrow().linkedTo())
        .containsExactly("physicians", "technology designers", "information technology");
  }

  @Test
  void theyBridgePatientsHealthInformationAndPayorsAndRegulators() {
    assertThat(hi.profession().orElseThrow().bridges())
        .anyMatch(b -> b.contains("payors, such as insurance companies"))
        .anyMatch(b -> b.contains("government and regulating agencies"));
  }

  @Test
  void theyAreACriticalComponentOfTheEhrWorkforce() {
    assertThat(hi.profession().orElseThrow().facts())
        .anyMatch(f -> f.contains("critical component of the electronic health record (EHR) workforce"));
  }

  @Test
  void thereAreTwoLevels() {
    assertThat(technician().level()).isEqualTo(RoleLevel.TECHNICIAN);
    assertThat(manager().level()).isEqualTo(RoleLevel.MANAGER);
    assertThat(hi.roles().list()).filteredOn(r -> r.level() != RoleLevel.SPECIALIST).hasSize(2);
  }

  @Test
  void techniciansDoNotGenerallyWorkDirectlyWithPatients() {
    assertThat(technician().patientContact()).isEqualTo(PatientContact.NOT_GENERALLY_DIRECT);
    assertThat(technician().abbreviation()).contains("HIT");
  }

  @Test
  void aTechnicianAssemblesOrganizesAndCommunicates() {
    assertThat(technician().responsibilities())
        .anyMatch(r -> r.startsWith("Assembles patient health information including medical history, symptoms, "
            + "examination results, diagnostic tests, treatment methods"))
        .anyMatch(r -> r.contains("ensuring its quality, accuracy, accessibility, and security"))
        .anyMatch(r -> r.contains("clarify diagnoses or to obtain additional information"));
  }

  @Test
  void theyMayWorkAsMedicalCodersWhoCodeForReimbursement() {
    Role coder = hi.getRole(RoleId.of("medical-coder"));
    assertThat(coder.specializationOf()).contains(technician().id());
    assertThat(coder.summary()).contains("coding patient information for reimbursement purposes");
  }

  @Test
  void entryLevelTechniciansUsuallyHaveAnAssociateDegreeWithRhit() {
    Requirement entry = technician().typicalEntry().orElseThrow();
    assertThat(entry.leaves()).containsExactly(Requirement.degree(DegreeLevel.ASSOCIATE),
        Requirement.holdsCredential(CredentialId.of("RHIT")));
    assertThat(entry.prose()).hasValueSatisfying(p -> assertThat(p).startsWith("usually"));
  }

  @Test
  void theManagerHasABaccalaureateWithTheCredentialThePageCallsRhim() {
    Requirement entry = manager().typicalEntry().orElseThrow();
    assertThat(entry.leaves()).containsExactly(Requirement.degree(DegreeLevel.BACCALAUREATE),
        Requirement.holdsCredential(CredentialId.of("RHIA")));
    CredentialMatch rhim = hi.resolveCredential("RHIM").orElseThrow();
    assertThat(rhim.credential().id()).isEqualTo(CredentialId.of("RHIA"));
    assertThat(rhim.kind()).isEqualTo(CredentialMatch.Kind.MISNOMER);
    assertThat(rhim.note().orElseThrow()).contains("no credential of that name").contains("RHIA");
    assertThat(hi.findCredential(CredentialId.of("RHIM"))).isEmpty();
  }

  @Test
  void managersEnsureAvailabilityAccuracyAndProtectionAndDesignSystems() {
    assertThat(manager().summary()).contains("function in management positions");
    assertThat(manager().responsibilities())
        .anyMatch(r -> r.contains("availability, accuracy, and protection of the clinical information"))
        .anyMatch(r -> r.contains("Designs, implements, and maintains health information technology systems"));
  }

  @Test
  void theNineTypesOfWorkEnvironment() {
    // the seed's nine come first, in the page's order; the cancer registrars' other settings (SEER) follow
    assertThat(hi.workSettings().list()).extracting(WorkSetting::name).startsWith("Hospitals", "Physician offices",
        "Long-term care facilities", "Insurance companies", "Correctional facilities", "Mental health facilities",
        "IT companies", "Law offices", "Consultants");
    assertThat(hi.workSettings().list().subList(0, 9)).allMatch(s -> citesSeed(s.citations()));
    assertThat(technician().workSettings()).contains(WorkSettingId.CORRECTIONAL_FACILITY, WorkSettingId.LAW_OFFICE);
  }

  @Test
  void associateDegreeTwoYearsTechnicalClassroomDistanceEveningRhitTwentyCeus() {
    ProgramType associate = hi.getProgramType(ProgramTypeId.of("him-associate"));
    assertThat(associate.level()).isEqualTo(DegreeLevel.ASSOCIATE);
    assertThat(associate.typicalLength()).contains(Period.ofYears(2));
    assertThat(associate.focus()).contains(ProgramFocus.TECHNICAL);
    assertThat(associate.structure()).contains("General overview of the profession");
    assertThat(associate.deliveryModes()).containsExactly(DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE);
    assertThat(associate.eveningPrograms()).isEqualTo(Availability.AVAILABLE);
    assertThat(associate.preparesFor()).containsExactly(CredentialId.of("RHIT"));
    Credential rhit = hi.getCredential(CredentialId.of("RHIT"));
    assertThat(rhit.fullName()).isEqualTo("Registered Health Information Technician");
    assertThat(rhit.exam().orElseThrow().national()).isTrue();
    assertThat(requiredCeus(rhit)).isEqualTo(Ceus.of(20));
    assertThat(policy(rhit).cycleLength()).isEqualTo(Period.ofYears(2));
  }

  @Test
  void bachelorsDegreeFourYearsGeneralEducationThenJuniorYearManagementRhiaThirtyCeus() {
    ProgramType bachelor = hi.getProgramType(ProgramTypeId.of("him-baccalaureate"));
    assertThat(bachelor.typicalLength()).contains(Period.ofYears(4));
    assertThat(bachelor.structure()).containsExactly("Two years of general education courses",
        "Professional coursework begins in the junior year");
    assertThat(bachelor.focus()).contains(ProgramFocus.MANAGEMENT);
    assertThat(bachelor.deliveryModes()).containsExactly(DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE);
    assertThat(bachelor.eveningPrograms()).isEqualTo(Availability.NOT_STATED);
    assertThat(bachelor.progressionPrograms()).singleElement().satisfies(p -> {
      assertThat(p.fromCredential()).isEqualTo(CredentialId.of("RHIT"));
      assertThat(p.toCredential()).isEqualTo(CredentialId.of("RHIA"));
      assertThat(p.availability()).isEqualTo(Availability.AVAILABLE);
      assertThat(citesSeed(p.citations())).isTrue();
    });
    Credential rhia = hi.getCredential(CredentialId.of("RHIA"));
    assertThat(rhia.fullName()).isEqualTo("Registered Health Information Administrator");
    assertThat(rhia.exam().orElseThrow().national()).isTrue();
    assertThat(requiredCeus(rhia)).isEqualTo(Ceus.of(30));
    assertThat(policy(rhia).cycleLength()).isEqualTo(Period.ofYears(2));
  }

  @Test
  void theMedianSalaryIsApproximately48780PerYearAccordingToTheBls() {
    // one call for the page's figure; the latest figure confirmed at BLS is a separate question
    Profession profession = hi.profession().orElseThrow();
    WageStatistic seed = profession.medianSalary().orElseThrow();
    Occupation specialists = hi.getOccupation(profession.salaryOccupation().orElseThrow());
    assertThat(specialists.id()).isEqualTo(OccupationId.of("29-2072"));
    assertThat(specialists.wages()).contains(seed);
    assertThat(specialists.latestMedianAnnualWage()).isNotEqualTo(Optional.of(seed));
    assertThat(seed.amount()).isEqualByComparingTo(new BigDecimal("48780"));
    assertThat(seed.measure()).isEqualTo(WageMeasure.MEDIAN_ANNUAL);
    assertThat(seed.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(seed.referenceMonth()).isEmpty();
    assertThat(seed.verification()).isEqualTo(Verification.NOT_CONFIRMED_AT_SOURCE);
    assertThat(citesSeed(seed.citations())).isTrue();
    assertThat(seed.note().orElseThrow()).contains("no reference period");
    assertThat(technician().occupations()).contains(specialists.id());
  }

  @Test
  void theProfessionalOrganizationIsAhima() {
    assertThat(hi.getOrganization(hi.profession().orElseThrow().professionalOrganization()).name())
        .isEqualTo("American Health Information Management Association");
  }

  private RenewalPolicy policy(Credential c) {
    return hi.findRenewalPolicy(c.renewalPolicy().orElseThrow(), TODAY).orElseThrow();
  }

  private Ceus requiredCeus(Credential c) {
    return policy(c).requiredCeus(c.id()).orElseThrow();
  }
}
