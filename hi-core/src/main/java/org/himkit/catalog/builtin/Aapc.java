package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.FormerName;
import org.himkit.MemberRate;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;
import org.himkit.Verification;

/**
 * DATA: AAPC and the credentials whose full names the sources confirm: CPC, COC, CPB, CRC, the
 * apprentice designations CPC-A and COC-A, and the credentials with a credential-specific minimum in
 * AAPC's current CEU rules: CPMA, CPCO and CPPM (full names from AAPC's exam FAQ), CIRCC and CDEO (full
 * names from their AAPC certification pages). CPC-P, named in the older FAQ but absent from the current
 * CEU rules, is a known omission. CPMA, CPCO, CPPM, CIRCC and CDEO renew under the AAPC policy, with its
 * credential-specific minimum CEUs ({@code Policies}).
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
  static final CredentialId CPMA = CredentialId.of("CPMA");
  static final CredentialId CPCO = CredentialId.of("CPCO");
  static final CredentialId CPPM = CredentialId.of("CPPM");
  static final CredentialId CIRCC = CredentialId.of("CIRCC");
  static final CredentialId CDEO = CredentialId.of("CDEO");

  private static final Citation NAMES = AAPC_CERTIFICATION_FAQ.quoting("What do CPC\u00ae, COC (formerly CPC-H\u00ae), "
      + "CPC-P\u00ae, CPB\u2122, CPMA\u00ae, CPCO\u2122, and CPPM\u00ae stand for? Certified Professional Coder\u00ae "
      + "Certified Outpatient Coder Certified Professional Coder-Payer\u00ae Certified Professional Biller\u2122 "
      + "Certified Professional Medical Auditor\u00ae Certified Professional Compliance Officer\u2122 Certified "
      + "Physician Practice Manager\u00ae");

  static Organization organization() {
    return MAKE.organization(AAPC, "American Academy of Professional Coders", "AAPC",
        List.of(OrganizationKind.CERTIFYING_BODY, OrganizationKind.PROFESSIONAL_ASSOCIATION), List.of(),
        Optional.empty(),
        Optional.of("Certifies medical coders and billers; its members pay annual dues and report CEUs every two years."),
        List.of(ARMY_COOL_CPC, AAPC_MAINTAIN),
        List.of(MAKE.fee(FeeKind.RECERTIFICATION_EXTENSION, "CEU extension", new BigDecimal("50"), USD,
            MemberRate.EVERYONE, FeeBasis.PER_PAYMENT, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Verification.CONFIRMED_AT_SOURCE,
            List.of(AAPC_CEU_POLICIES.quoting("Please note that AAPC will charge a $50 fee for CEU extensions.")))));
  }

  /** The source of every AAPC certification's CEU rules, before its own sources. */
  private static final List<Citation> CEU_HELP = List.of(AAPC_CEU_HELP);

  /** A current AAPC certification, renewed under AAPC's policy, without a description or counts. */
  private static Credential certification(CredentialId id, String fullName, CredentialDomain domain,
      List<FormerName> formerNames, Optional<Requirement> eligibility, List<CredentialId> supersedes,
      List<Citation> citations) {
    return MAKE.credential(id, fullName, CredentialKind.CERTIFICATION, AAPC, CredentialStatus.ACTIVE, List.of(domain),
        List.of(), formerNames, List.of(), Optional.empty(), eligibility, Optional.of(POLICY), supersedes,
        Optional.empty(), List.of(), concat(CEU_HELP, citations));
  }

  static List<Credential> credentials() {
    Credential cpc = certification(CPC, "Certified Professional Coder", CredentialDomain.CODING, List.of(),
        Optional.of(Eligibilities.CPC), List.of(CPC_A),
        concat(List.of(ARMY_COOL_CPC, AAPC_APPRENTICESHIP), Eligibilities.AAPC_SOURCES));
    Credential coc = certification(COC, "Certified Outpatient Coder", CredentialDomain.CODING,
        List.of(MAKE.formerName("CPC-H", Optional.of("CPC-H"), Optional.empty(), Optional.empty(),
            List.of(COC_FORMERLY_CPC_H))),
        Optional.of(Eligibilities.COC), List.of(COC_A),
        concat(List.of(NAMES, AAPC_COC, AAPC_APPRENTICESHIP), Eligibilities.AAPC_SOURCES));
    Credential cpb = certification(CPB, "Certified Professional Biller", CredentialDomain.BILLING, List.of(),
        Optional.empty(), List.of(), List.of(AAPC_CPB));
    Credential crc = certification(CRC, "Certified Risk Adjustment Coder", CredentialDomain.CODING, List.of(),
        Optional.empty(), List.of(), List.of(CRC_NAME));
    Credential cpcA = apprentice(CPC_A, "CPC apprentice designation", CPC, Eligibilities.CPC_A);
    Credential cocA = apprentice(COC_A, "COC apprentice designation", COC, Eligibilities.COC_A);
    Credential cpma = specialty(CPMA, "Certified Professional Medical Auditor", CredentialDomain.AUDITING,
        Policies.CPMA_RULE, NAMES);
    Credential cpco = specialty(CPCO, "Certified Professional Compliance Officer", CredentialDomain.COMPLIANCE,
        Policies.CPCO_RULE, NAMES);
    Credential cppm = specialty(CPPM, "Certified Physician Practice Manager", CredentialDomain.PRACTICE_MANAGEMENT,
        Policies.CPPM_RULE, NAMES);
    Credential circc = specialty(CIRCC, "Certified Interventional Radiology Cardiovascular Coder",
        CredentialDomain.CODING, Policies.CIRCC_RULE, AAPC_CIRCC);
    Credential cdeo = specialty(CDEO, "Certified Documentation Expert Outpatient",
        CredentialDomain.DOCUMENTATION_IMPROVEMENT, Policies.CDEO_RULE, AAPC_CDEO);
    return List.of(cpc, coc, cpb, crc, cpcA, cocA, cpma, cpco, cppm, circc, cdeo);
  }

  /**
   * A credential with a credential-specific minimum in AAPC's current CEU rules, its full name quoted from
   * an AAPC page, renewed under the AAPC policy with that minimum.
   */
  private static Credential specialty(CredentialId id, String fullName, CredentialDomain domain, String ceuRule,
      Citation name) {
    return MAKE.credential(id, fullName, CredentialKind.CERTIFICATION, AAPC, CredentialStatus.ACTIVE, List.of(domain),
        List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.of(POLICY), List.of(),
        Optional.of("Renewed with AAPC's CEUs; within the total, AAPC's CEU rules say: \"" + ceuRule + "\"."),
        List.of(), List.of(name, AAPC_CEU_HELP.quoting(ceuRule)));
  }

  private static Credential apprentice(CredentialId id, String fullName, CredentialId full, Requirement eligibility) {
    return MAKE.credential(id, fullName, CredentialKind.APPRENTICE_DESIGNATION, AAPC, CredentialStatus.ACTIVE,
        List.of(CredentialDomain.CODING), List.of(), List.of(), List.of(), Optional.empty(), Optional.of(eligibility),
        Optional.empty(), List.of(),
        Optional.of("Received on passing the " + full + " exam without the experience requirement; the apprentice "
            + "designation is removed after proof of two years' equivalent experience. AAPC writes it " + id
            + "; the full name here is descriptive."),
        List.of(), List.of(AAPC_APPRENTICESHIP, AAPC_APPRENTICE_OLD));
  }
}
