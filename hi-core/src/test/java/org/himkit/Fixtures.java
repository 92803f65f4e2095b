package org.himkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.himkit.policy.Ceus;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.RenewalPolicy;

/** Small valid entities for tests of custom catalogs. */
public final class Fixtures {
  private Fixtures() {}

  public static final Citation SOURCE = Citation.of("Test publisher", "Test page", "https://example.org/test",
      SourceType.PRIMARY);

  public static Organization organization(String id) {
    return Organization.builder().id(OrganizationId.of(id)).name(id + " organization").abbreviation(id)
        .addKind(OrganizationKind.CERTIFYING_BODY).addCitation(SOURCE).build();
  }

  public static Credential.Builder credential(String id, String issuer) {
    Credential.Builder b = Credential.builder();
    b.id(CredentialId.of(id)).fullName("Credential " + id).kind(CredentialKind.CERTIFICATION)
        .issuer(OrganizationId.of(issuer)).status(CredentialStatus.ACTIVE).addDomain(CredentialDomain.CODING)
        .addCitation(SOURCE);
    return b;
  }

  public static ProgramType.Builder programType(String id) {
    ProgramType.Builder b = ProgramType.builder();
    b.id(ProgramTypeId.of(id)).name("Program " + id).level(DegreeLevel.ASSOCIATE)
        .field(ProgramField.HEALTH_INFORMATION_MANAGEMENT).eveningPrograms(Availability.NOT_STATED)
        .addCitation(SOURCE);
    return b;
  }

  public static Role.Builder role(String id) {
    Role.Builder b = Role.builder();
    b.id(RoleId.of(id)).title("Role " + id).level(RoleLevel.TECHNICIAN).summary("Does things.")
        .patientContact(PatientContact.NOT_STATED).addCitation(SOURCE);
    return b;
  }

  public static RenewalPolicy.Builder policy(String id, String issuer, Map<CredentialId, Ceus> ceus) {
    RenewalPolicy.Builder b = RenewalPolicy.builder();
    b.id(RenewalPolicyId.of(id)).name(id + " policy").issuer(OrganizationId.of(issuer))
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.DATE_EARNED).putAllRequiredCeus(ceus)
        .addCitation(SOURCE);
    return b;
  }

  public static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
