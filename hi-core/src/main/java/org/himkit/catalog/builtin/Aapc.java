package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.util.List;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.FormerName;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;

/**
 * DATA: AAPC and the credentials whose full names the sources confirm: CPC, COC, CPB, CRC and the
 * apprentice designations CPC-A and COC-A. CIRCC, CPMA, CPCO, CDEO and CPPM appear in AAPC's CEU
 * rules, but their full names are not confirmed by the sources, so they are known omissions.
 */
final class Aapc {
  private Aapc() {}

  static final OrganizationId AAPC = OrganizationId.of("AAPC");
  static final RenewalPolicyId POLICY = RenewalPolicyId.of("AAPC-CEU");

  static final CredentialId CPC = CredentialId.of("CPC");
  static final CredentialId COC = CredentialId.of("COC");
  static final CredentialId CPB = CredentialId.of("CPB");
  static final CredentialId CRC = CredentialId.of("CRC");
  static final CredentialId CPC_A = CredentialId.of("CPC-A");
  static final CredentialId COC_A = CredentialId.of("COC-A");

  static Organization organization() {
    return Organization.builder()
        .id(AAPC)
        .name("American Academy of Professional Coders")
        .abbreviation("AAPC")
        .addKinds(OrganizationKind.CERTIFYING_BODY, OrganizationKind.PROFESSIONAL_ASSOCIATION)
        .description("Certifies medical coders and billers; its members pay annual dues and report CEUs every two years.")
        .addCitations(ARMY_COOL_CPC, AAPC_MAINTAIN)
        .build();
  }

  private static Credential.Builder certification(CredentialId id, String fullName, CredentialDomain domain) {
    Credential.Builder b = Credential.builder();
    b.id(id).fullName(fullName).kind(CredentialKind.CERTIFICATION).issuer(AAPC).status(CredentialStatus.ACTIVE)
        .addDomain(domain).renewalPolicy(POLICY).addCitation(AAPC_CEU_HELP);
    return b;
  }

  static List<Credential> credentials() {
    Credential cpc = certification(CPC, "Certified Professional Coder", CredentialDomain.CODING)
        .addCitations(ARMY_COOL_CPC, AAPC_APPRENTICESHIP)
        .eligibility(Eligibilities.CPC).addSupersede(CPC_A).addAllCitations(Eligibilities.AAPC_SOURCES).build();
    Credential coc = certification(COC, "Certified Outpatient Coder", CredentialDomain.CODING)
        .addFormerName(FormerName.builder().name("CPC-H").abbreviation("CPC-H").addCitation(COC_FORMERLY_CPC_H).build())
        .addCitations(AAPC_COC, AAPC_APPRENTICESHIP)
        .eligibility(Eligibilities.COC).addSupersede(COC_A).addAllCitations(Eligibilities.AAPC_SOURCES).build();
    Credential cpb = certification(CPB, "Certified Professional Biller", CredentialDomain.BILLING)
        .addCitation(AAPC_CPB).build();
    Credential crc = certification(CRC, "Certified Risk Adjustment Coder", CredentialDomain.CODING)
        .addCitation(CRC_NAME).build();
    Credential cpcA = apprentice(CPC_A, "CPC apprentice designation", CPC, Eligibilities.CPC_A);
    Credential cocA = apprentice(COC_A, "COC apprentice designation", COC, Eligibilities.COC_A);
    return List.of(cpc, coc, cpb, crc, cpcA, cocA);
  }

  private static Credential apprentice(CredentialId id, String fullName, CredentialId full, Requirement eligibility) {
    return Credential.builder().id(id).fullName(fullName).kind(CredentialKind.APPRENTICE_DESIGNATION).issuer(AAPC)
        .status(CredentialStatus.ACTIVE).addDomain(CredentialDomain.CODING)
        .description("Received on passing the " + full + " exam without the experience requirement; the apprentice "
            + "designation is removed after proof of two years' equivalent experience. AAPC writes it " + id
            + "; the full name here is descriptive.")
        .addCitations(AAPC_APPRENTICESHIP, AAPC_APPRENTICE_OLD)
        .eligibility(eligibility)
        .build();
  }
}
