package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ExperienceDomain;
import org.himkit.Fixtures;
import org.himkit.Location;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;

/**
 * Examples of the filters the built-in data cannot show: eligibility from a degree level (test
 * credentials with made-up eligibility trees) and the program finder (made-up offerings). None of the
 * entries added here is a fact: they are test data on top of the built-in catalog.
 */
class CustomCatalogQueryTest {
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");

  private static Credential credential(String id, Requirement eligibility) {
    return Credential.builder().id(CredentialId.of(id)).fullName("Test credential " + id)
        .kind(CredentialKind.CERTIFICATION).issuer(AHIMA).status(CredentialStatus.ACTIVE)
        .addDomain(CredentialDomain.CODING).eligibility(eligibility).addCitation(Fixtures.SOURCE).build();
  }

  private static ProgramOffering offering(String id, String institution, String type, Location location,
      AccreditationStatus status, Availability evening, DeliveryMode... modes) {
    return ProgramOffering.builder().id(ProgramOfferingId.of(id)).institution(institution).name("HIM program")
        .programType(ProgramTypeId.of(type)).location(location).addDeliveryModes(modes).eveningPrograms(evening)
        .accreditationStatus(status).addCitation(Fixtures.SOURCE).build();
  }

  private static final HimCatalog CATALOG = HimCatalog.builtIn().toBuilder()
      .addCredential(credential("T-ASSOC", Requirement.anyOf(
          Requirement.completedProgram(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT, CAHIIM),
          Requirement.foreignReciprocity(AHIMA))))
      .addCredential(credential("T-EARLY", Requirement.finalTermOf(DegreeLevel.BACCALAUREATE,
          ProgramField.HEALTH_INFORMATION_MANAGEMENT, CAHIIM)))
      .addCredential(credential("T-EXPERIENCE", Requirement.allOf(Requirement.highSchoolDiploma(),
          Requirement.experienceYears(ExperienceDomain.CODING, 2))))
      .addCredential(credential("T-HS", Requirement.anyOf(Requirement.highSchoolDiploma(),
          Requirement.holdsCredential(CredentialId.of("RHIT")))))
      .addCredential(credential("T-TWO-OF", Requirement.atLeast(2, Requirement.degree(DegreeLevel.BACCALAUREATE),
          Requirement.holdsCredential(CredentialId.of("RHIT")), Requirement.degree(DegreeLevel.MASTERS))))
      .addProgramOffering(offering("o1", "Lakeside College", "him-associate", Location.of("US", "IL"),
          AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE))
      .addProgramOffering(offering("o2", "lakeview University", "him-baccalaureate", Location.of("US", "WI"),
          AccreditationStatus.CANDIDACY, Availability.NOT_STATED, DeliveryMode.DISTANCE))
      .addProgramOffering(offering("o3", "Northern Institute", "him-associate", Location.of("US", "il"),
          AccreditationStatus.NOT_ACCREDITED, Availability.NOT_AVAILABLE, DeliveryMode.CLASSROOM))
      .addProgramOffering(offering("o4", "Prairie State", "hi-masters", Location.builder().country("CA").build(),
          AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.DISTANCE))
      .build();

  private static List<String> ids(CredentialQuery q) {
    return q.list().stream().map(c -> c.id().value()).collect(Collectors.toList());
  }

  private static List<String> ids(ProgramOfferingQuery q) {
    return q.list().stream().map(o -> o.id().value()).collect(Collectors.toList());
  }

  private static List<String> testIds(CredentialQuery q) {
    return ids(q).stream().filter(id -> id.startsWith("T-")).collect(Collectors.toList());
  }

  @Test
  void eligibilityReachableFromADegreeLevel() {
    assertThat(testIds(CATALOG.credentials().eligibleWith(DegreeLevel.HIGH_SCHOOL))).containsExactly("T-HS");
    assertThat(testIds(CATALOG.credentials().eligibleWith(DegreeLevel.ASSOCIATE))).containsExactly("T-ASSOC", "T-HS");
    // final-term enrollment counts at its level; atLeast(2, ...) needs two education parts
    assertThat(testIds(CATALOG.credentials().eligibleWith(DegreeLevel.BACCALAUREATE)))
        .containsExactly("T-ASSOC", "T-EARLY", "T-HS");
    assertThat(testIds(CATALOG.credentials().eligibleWith(DegreeLevel.MASTERS)))
        .containsExactly("T-ASSOC", "T-EARLY", "T-HS", "T-TWO-OF");
    // experience is not education: never reachable by a degree alone
    assertThat(CATALOG.credentials().eligibleWith(DegreeLevel.DOCTORATE).list())
        .extracting(c -> c.id().value()).doesNotContain("T-EXPERIENCE");
  }

  @Test
  void eligibilityReachableFromADegreeLevelInTheBuiltInData() {
    HimCatalog hi = HimCatalog.builtIn();
    // CCA needs a high-school diploma; AAPC's exams (CPC-A, COC-A) need no proof of education
    assertThat(ids(hi.credentials().eligibleWith(DegreeLevel.HIGH_SCHOOL))).containsExactly("CCA", "CPC-A", "COC-A");
    assertThat(ids(hi.credentials().eligibleWith(DegreeLevel.ASSOCIATE))).contains("RHIT").doesNotContain("RHIA");
    assertThat(ids(hi.credentials().eligibleWith(DegreeLevel.BACCALAUREATE))).contains("RHIT", "RHIA")
        // CCS and CHPS need experience, a credential or a training besides education
        .doesNotContain("CCS", "CHPS");
  }

  @Test
  void programFinderFilters() {
    assertThat(ids(CATALOG.programOfferings())).containsExactly("o1", "o2", "o3", "o4");
    assertThat(ids(CATALOG.programOfferings().ofType(ProgramTypeId.of("him-associate")))).containsExactly("o1", "o3");
    assertThat(ids(CATALOG.programOfferings().atLevel(DegreeLevel.MASTERS))).containsExactly("o4");
    assertThat(ids(CATALOG.programOfferings().inField(ProgramField.HEALTH_INFORMATION_MANAGEMENT)))
        .containsExactly("o1", "o2", "o3");
    assertThat(ids(CATALOG.programOfferings().withDeliveryMode(DeliveryMode.DISTANCE))).containsExactly("o1", "o2", "o4");
    assertThat(ids(CATALOG.programOfferings().withEveningPrograms())).containsExactly("o1", "o4");
    assertThat(ids(CATALOG.programOfferings().preparingFor(CredentialId.of("RHIT")))).containsExactly("o1", "o3");
    assertThat(ids(CATALOG.programOfferings().preparingFor(CredentialId.of("RHIA")))).containsExactly("o2");
    assertThat(ids(CATALOG.programOfferings().inCountry("us"))).containsExactly("o1", "o2", "o3");
    assertThat(ids(CATALOG.programOfferings().inRegion("US", "IL"))).containsExactly("o1", "o3");
    assertThat(ids(CATALOG.programOfferings().inRegion("CA", "IL"))).isEmpty();
    assertThat(ids(CATALOG.programOfferings().withAccreditationStatus(AccreditationStatus.ACCREDITED)))
        .containsExactly("o1", "o4");
    assertThat(ids(CATALOG.programOfferings().institutionStartingWith("LAKE"))).containsExactly("o1", "o2");
    assertThat(ids(CATALOG.programOfferings().institutionStartingWith("lakes"))).containsExactly("o1");
    assertThat(ids(CATALOG.programOfferings().institutionStartingWith(""))).hasSize(4);
    assertThat(ids(CATALOG.programOfferings().sortedByInstitution())).containsExactly("o1", "o2", "o3", "o4");
    assertThat(ids(CATALOG.programOfferings().inCountry("US").sortedByInstitution())).containsExactly("o1", "o2", "o3");
  }

  @Test
  void programFinderComposes() {
    assertThat(ids(CATALOG.programOfferings().preparingFor(CredentialId.of("RHIT")).inRegion("US", "IL")
        .withAccreditationStatus(AccreditationStatus.ACCREDITED))).containsExactly("o1");
    assertThat(ids(CATALOG.programTypes().preparingFor(CredentialId.of("RHIA")).offerings())).containsExactly("o2");
    assertThat(CATALOG.programOfferings().inRegion("US", "IL").programTypes().list())
        .extracting(t -> t.id().value()).containsExactly("him-associate");
    assertThat(ids(CATALOG.programOfferings().withAccreditationStatus(AccreditationStatus.NOT_ACCREDITED).not()))
        .containsExactly("o1", "o2", "o4");
  }
}
