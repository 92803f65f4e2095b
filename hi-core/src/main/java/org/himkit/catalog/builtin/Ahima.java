package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.time.Duration;
import java.time.Year;
import java.util.List;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.Exam;
import org.himkit.FormerName;
import org.himkit.Misnomer;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.RenewalPolicyId;

/**
 * DATA: AHIMA, the American Health Information Management Association, and its credentials.
 *
 * <p>Sources: AHIMA's ACEP list (Q3 2021) and certification-mark page for the eight current
 * credentials; AHIMA's recertification page (about 2019-2020) for the three retired ones; AHIMA's
 * history page for the association's former names; the 2000 rename of RRA and ART.
 */
final class Ahima {
  private Ahima() {}

  static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  static final RenewalPolicyId POLICY = RenewalPolicyId.of("AHIMA-RECERTIFICATION");

  static final CredentialId RHIA = CredentialId.of("RHIA");
  static final CredentialId RHIT = CredentialId.of("RHIT");
  static final CredentialId CCA = CredentialId.of("CCA");
  static final CredentialId CCS = CredentialId.of("CCS");
  static final CredentialId CCS_P = CredentialId.of("CCS-P");
  static final CredentialId CHPS = CredentialId.of("CHPS");
  static final CredentialId CHDA = CredentialId.of("CHDA");
  static final CredentialId CDIP = CredentialId.of("CDIP");
  static final CredentialId PCS = CredentialId.of("PCS");
  static final CredentialId CHP = CredentialId.of("CHP");
  static final CredentialId CHS = CredentialId.of("CHS");

  static Organization organization() {
    return Organization.builder()
        .id(AHIMA)
        .name("American Health Information Management Association")
        .abbreviation("AHIMA")
        .addKinds(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY)
        .addFormerName(former("Association of Record Librarians of North America", "ARLNA", 1928, 1938))
        .addFormerName(former("American Association of Medical Record Librarians", "AAMRL", 1938, 1970))
        .addFormerName(former("American Medical Record Association", "AMRA", 1970, 1991))
        .description("The profession's association; its Commission on Certification for Health Informatics and "
            + "Information Management (CCHIIM) certifies the RHIA, RHIT, CCA, CCS, CCS-P, CHPS, CHDA and CDIP "
            + "credentials. Established in 1928 by the American College of Surgeons as ARLNA; named AHIMA since 1991.")
        .addCitations(SEED, AHIMA_HISTORY, AHIMA_ACEP)
        .build();
  }

  private static FormerName former(String name, String abbreviation, int from, int until) {
    return FormerName.builder().name(name).abbreviation(abbreviation).fromYear(Year.of(from))
        .untilYear(Year.of(until)).addCitation(AHIMA_HISTORY).build();
  }

  private static Exam nationalExam() {
    return Exam.builder().description("national certification exam").national(true)
        .addCitations(SEED, AHIMA_RHIT_PAGE).build();
  }

  private static Credential.Builder credential(CredentialId id, String fullName, CredentialDomain domain) {
    Credential.Builder b = new Credential.Builder();
    b.id(id).fullName(fullName).kind(CredentialKind.CERTIFICATION).issuer(AHIMA).status(CredentialStatus.ACTIVE)
        .addDomain(domain).renewalPolicy(POLICY).addCitations(AHIMA_ACEP, AHIMA_CERTIFICATION_MARK);
    return b;
  }

  static List<Credential> credentials() {
    Credential rhia = credential(RHIA, "Registered Health Information Administrator",
        CredentialDomain.HEALTH_INFORMATION_MANAGEMENT)
        .description("AHIMA's baccalaureate-level health information management credential, earned after "
            + "successfully passing the national exam.")
        .exam(nationalExam())
        .addFormerName(FormerName.builder().name("Registered Record Administrator").abbreviation("RRA")
            .untilYear(Year.of(2000)).addCitations(RENAME_2000, WIKIPEDIA_RHIA).build())
        .addMisnomer(Misnomer.builder().text("RHIM")
            .note("The seed page names the health information manager's credential \"Registered Health Information "
                + "Management (RHIM)\"; AHIMA has no credential of that name. The baccalaureate-level HIM credential "
                + "is RHIA, Registered Health Information Administrator, as the same page says under Bachelor's Degree.")
            .addCitations(SEED, AHIMA_ACEP, AHIMA_CERTIFICATION_MARK).build())
        .addSupersede(RHIT)
        .addCitations(SEED, AHIMA_RECERTIFICATION_FAQ)
        .eligibility(Eligibilities.RHIA).addAllCitations(Eligibilities.RHIA_SOURCES)
        .build();
    Credential rhit = credential(RHIT, "Registered Health Information Technician",
        CredentialDomain.HEALTH_INFORMATION_MANAGEMENT)
        .description("AHIMA's associate-level health information management credential, earned after successfully "
            + "passing the national exam.")
        .exam(nationalExam())
        .addFormerName(FormerName.builder().name("Accredited Record Technician").abbreviation("ART")
            .untilYear(Year.of(2000)).addCitation(RENAME_2000).build())
        .addCitations(SEED, AHIMA_RHIT_PAGE)
        .eligibility(Eligibilities.RHIT).addAllCitations(Eligibilities.RHIT_SOURCES)
        .build();
    Credential cca = credential(CCA, "Certified Coding Associate", CredentialDomain.CODING)
        .eligibility(Eligibilities.CCA).addAllCitations(Eligibilities.CCA_SOURCES).build();
    Credential ccs = credential(CCS, "Certified Coding Specialist", CredentialDomain.CODING)
        .addCitation(ARMY_COOL_CCS)
        .eligibility(Eligibilities.CCS).addAllCitations(Eligibilities.CCS_SOURCES).build();
    Credential ccsP = credential(CCS_P, "Certified Coding Specialist\u2014Physician-based", CredentialDomain.CODING)
        .build();
    Credential chps = credential(CHPS, "Certified in Healthcare Privacy and Security",
        CredentialDomain.PRIVACY_AND_SECURITY)
        .description("Attests to competence in designing, implementing, and administering privacy and security "
            + "protection programs.")
        .exam(Exam.builder().description("CHPS certification exam").national(true)
            .duration(Duration.ofMinutes(210)).minimumItems(140).maximumItems(160)
            .addCitation(AHIMA_CHPS_PAGE).build())
        .addCitation(AHIMA_CHPS_PAGE)
        .eligibility(Eligibilities.CHPS).addAllCitations(Eligibilities.CHPS_SOURCES).build();
    Credential chda = credential(CHDA, "Certified Health Data Analyst", CredentialDomain.DATA_ANALYTICS).build();
    Credential cdip = credential(CDIP, "Certified Documentation Improvement Practitioner",
        CredentialDomain.DOCUMENTATION_IMPROVEMENT).build();
    return List.of(rhia, rhit, cca, ccs, ccsP, chps, chda, cdip,
        retired(PCS, "Physician Coding Specialist", CredentialDomain.CODING),
        retired(CHP, "Certified in Healthcare Privacy", CredentialDomain.PRIVACY_AND_SECURITY),
        retired(CHS, "Certified in Healthcare Security", CredentialDomain.PRIVACY_AND_SECURITY));
  }

  private static Credential retired(CredentialId id, String fullName, CredentialDomain domain) {
    return Credential.builder().id(id).fullName(fullName).kind(CredentialKind.CERTIFICATION).issuer(AHIMA)
        .status(CredentialStatus.RETIRED).addDomain(domain).renewalPolicy(POLICY)
        .description("AHIMA no longer offers this certification exam.")
        .addCitation(AHIMA_RECERTIFICATION_2019.quoting("* AHIMA no longer offers these certification exams"))
        .build();
  }
}
