package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.time.Year;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.Exam;
import org.himkit.FormerName;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.RenewalPolicyId;

/**
 * DATA: NCRA, the National Cancer Registrars Association, and its credential ODS, Oncology Data
 * Specialist, named CTR, Certified Tumor Registrar, until 2024.
 */
final class Ncra {
  private Ncra() {}

  static final OrganizationId NCRA = OrganizationId.of("NCRA");
  static final RenewalPolicyId POLICY = RenewalPolicyId.of("NCRA-CE");
  static final CredentialId ODS = CredentialId.of("ODS");

  static Organization organization() {
    return Organization.builder()
        .id(NCRA)
        .name("National Cancer Registrars Association")
        .abbreviation("NCRA")
        .addKinds(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY)
        .addFormerName(FormerName.builder().name("National Tumor Registrars Association").abbreviation("NTRA")
            .fromYear(Year.of(1974)).untilYear(Year.of(1993)).addCitations(NCRA_ABOUT, NCRA_CERTIFICATION_HISTORY)
            .build())
        .description("Represents cancer registry professionals; its Council on Certification administers the ODS "
            + "credential.")
        .addCitations(NCRA_ABOUT, NCRA_CERTIFICATION_HISTORY)
        .build();
  }

  static Credential ods() {
    return Credential.builder()
        .id(ODS)
        .fullName("Oncology Data Specialist")
        .kind(CredentialKind.CERTIFICATION)
        .issuer(NCRA)
        .status(CredentialStatus.ACTIVE)
        .addDomain(CredentialDomain.CANCER_REGISTRY)
        .addFormerName(FormerName.builder().name("Certified Tumor Registrar").abbreviation("CTR")
            .fromYear(Year.of(1983)).untilYear(Year.of(2024))
            .addCitations(NCRA_ABOUT, NCRA_CERTIFICATION_HISTORY, SEER_REGISTRARS).build())
        .exam(Exam.builder().description("ODS certification exam (the CTR exam until 2024)").national(true)
            .addCitation(NCRA_CERTIFICATION_HISTORY).build())
        .renewalPolicy(POLICY)
        .description("The cancer registry credential; most hospitals and central cancer registries require their "
            + "cancer registrars to hold it.")
        .addCitations(NCRA_ABOUT, NCRA_PATHS, NCRA_MAINTENANCE)
        .build();
  }
}
