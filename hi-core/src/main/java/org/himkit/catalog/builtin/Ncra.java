package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.math.BigDecimal;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialCount;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.Exam;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.FormerName;
import org.himkit.MemberRate;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.Verification;
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
        .addFees(maintenanceFee("35", MemberRate.MEMBER), maintenanceFee("145", MemberRate.NON_MEMBER))
        .build();
  }

  /** The annual ODS certification maintenance fee, as the ODS-era maintenance page states it. */
  private static Fee maintenanceFee(String amount, MemberRate rate) {
    return Fee.builder().kind(FeeKind.RECERTIFICATION).description("annual ODS certification maintenance fee")
        .amount(new BigDecimal(amount)).rate(rate).basis(FeeBasis.PER_PAYMENT).every(Period.ofYears(1))
        .addCredential(ODS).verification(Verification.CONFIRMED_AT_SOURCE)
        .addCitation(NCRA_ODS_MAINTENANCE.quoting("ODS credential holders are required to pay an annual certification "
            + "maintenance fee. The fee for NCRA members is $35; the non-member fee is $145."))
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
        .addAliases("ODS-C", "ODS-Certified")
        .exam(Exam.builder().description("ODS certification exam (the CTR exam until 2024)").national(false)
            .addCitation(NCRA_CERTIFICATION_HISTORY).build())
        .renewalPolicy(POLICY)
        .eligibility(Eligibilities.ODS)
        .addAllCitations(Eligibilities.ODS_SOURCES)
        .description("The cancer registry credential; most hospitals and central cancer registries require their "
            + "cancer registrars to hold it, and Commission on Cancer (CoC)-accredited facilities require case "
            + "abstracting to be performed by an ODS (Standard 5.1). Holders may write ODS, ODS-C or ODS-Certified; "
            + "NCRA began using the name ODS on January 1, 2024.")
        .addCounts(
            new CredentialCount(CredentialCount.Kind.EVER_EARNED, 9_000, true, Optional.empty(), Optional.empty(),
                List.of(NCRA_ODS_POTENTIAL.quoting("Over 9,000 cancer registry professionals have earned the ODS "
                    + "credential since it was first offered in 1983."))),
            new CredentialCount(CredentialCount.Kind.CURRENT_HOLDERS, 5_700, true, Optional.empty(),
                Optional.of("worldwide"), List.of(NCRA_ODS_POTENTIAL.quoting("Today, there are over 5,700 ODSs "
                    + "worldwide."))))
        .addCitations(NCRA_ABOUT, NCRA_PATHS, NCRA_MAINTENANCE,
            NCRA_ODS_TOOLKIT.quoting("Credential holders can choose to use ODS, ODS-C, or ODS-Certified."),
            NCRA_ODS_TOOLKIT.quoting("NCRA will start implementing the use of ODS on January 1, 2024."),
            NCRA_ODS_POTENTIAL.quoting("CoC-accredited facilities require case abstracting be performed by a ODS "
                + "(Standard 5.1)."))
        .build();
  }
}
