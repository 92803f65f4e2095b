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
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
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
    return MAKE.organization(NCRA, "National Cancer Registrars Association", "NCRA",
        List.of(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY),
        List.of(MAKE.formerName("National Tumor Registrars Association", Optional.of("NTRA"),
            Optional.of(Year.of(1974)), Optional.of(Year.of(1993)), List.of(NCRA_ABOUT, NCRA_CERTIFICATION_HISTORY))),
        Optional.empty(),
        Optional.of("Represents cancer registry professionals; its Council on Certification administers the ODS "
            + "credential."),
        List.of(NCRA_ABOUT, NCRA_CERTIFICATION_HISTORY),
        List.of(maintenanceFee("35", MemberRate.MEMBER), maintenanceFee("145", MemberRate.NON_MEMBER)));
  }

  /** The annual ODS certification maintenance fee, as the ODS-era maintenance page states it. */
  private static Fee maintenanceFee(String amount, MemberRate rate) {
    return MAKE.fee(FeeKind.RECERTIFICATION, "annual ODS certification maintenance fee", new BigDecimal(amount), USD,
        rate, FeeBasis.PER_PAYMENT, Optional.empty(), Optional.of(Period.ofYears(1)), List.of(ODS), Optional.empty(),
        Optional.empty(), Verification.CONFIRMED_AT_SOURCE,
        List.of(NCRA_ODS_MAINTENANCE.quoting("ODS credential holders are required to pay an annual certification "
            + "maintenance fee. The fee for NCRA members is $35; the non-member fee is $145.")));
  }

  static Credential ods() {
    return MAKE.credential(ODS, "Oncology Data Specialist", CredentialKind.CERTIFICATION, NCRA,
        CredentialStatus.ACTIVE, List.of(CredentialDomain.CANCER_REGISTRY), List.of("ODS-C", "ODS-Certified"),
        List.of(MAKE.formerName("Certified Tumor Registrar", Optional.of("CTR"), Optional.of(Year.of(1983)),
            Optional.of(Year.of(2024)), List.of(NCRA_ABOUT, NCRA_CERTIFICATION_HISTORY, SEER_REGISTRARS))),
        List.of(),
        Optional.of(MAKE.exam("ODS certification exam (the CTR exam until 2024)", false, Optional.empty(),
            Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(NCRA_CERTIFICATION_HISTORY))),
        Optional.of(Eligibilities.ODS),
        Optional.of(POLICY),
        List.of(),
        Optional.of("The cancer registry credential; most hospitals and central cancer registries require their "
            + "cancer registrars to hold it, and Commission on Cancer (CoC)-accredited facilities require case "
            + "abstracting to be performed by an ODS (Standard 5.1). Holders may write ODS, ODS-C or ODS-Certified; "
            + "NCRA began using the name ODS on January 1, 2024."),
        List.of(
            new CredentialCount(CredentialCount.Kind.EVER_EARNED, 9_000, true, Optional.empty(), Optional.empty(),
                List.of(NCRA_ODS_POTENTIAL.quoting("Over 9,000 cancer registry professionals have earned the ODS "
                    + "credential since it was first offered in 1983."))),
            new CredentialCount(CredentialCount.Kind.CURRENT_HOLDERS, 5_700, true, Optional.empty(),
                Optional.of("worldwide"), List.of(NCRA_ODS_POTENTIAL.quoting("Today, there are over 5,700 ODSs "
                    + "worldwide.")))),
        concat(Eligibilities.ODS_SOURCES, List.of(NCRA_ABOUT, NCRA_PATHS, NCRA_MAINTENANCE,
            NCRA_ODS_TOOLKIT.quoting("Credential holders can choose to use ODS, ODS-C, or ODS-Certified."),
            NCRA_ODS_TOOLKIT.quoting("NCRA will start implementing the use of ODS on January 1, 2024."),
            NCRA_ODS_POTENTIAL.quoting("CoC-accredited facilities require case abstracting be performed by a ODS "
                + "(Standard 5.1)."))));
  }
}
