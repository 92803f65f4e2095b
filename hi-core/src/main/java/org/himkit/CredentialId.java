package org.himkit;

import java.util.Objects;

/**
 * The identifier of a credential in the catalog, such as {@code RHIA}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class CredentialId extends TypedId<CredentialId> {
  private static final long serialVersionUID = 1L;

  // the credentials of the built-in catalog, so that a caller need not spell their ids
  /** Registered Health Information Administrator (RHIA), issued by AHIMA. */
  public static final CredentialId RHIA = new CredentialId("RHIA");
  /** Registered Health Information Technician (RHIT), issued by AHIMA. */
  public static final CredentialId RHIT = new CredentialId("RHIT");
  /** Certified Coding Associate (CCA), issued by AHIMA. */
  public static final CredentialId CCA = new CredentialId("CCA");
  /** Certified Coding Specialist (CCS), issued by AHIMA. */
  public static final CredentialId CCS = new CredentialId("CCS");
  /** Certified Coding Specialist&mdash;Physician-based (CCS-P), issued by AHIMA. */
  public static final CredentialId CCS_P = new CredentialId("CCS-P");
  /** Certified in Healthcare Privacy and Security (CHPS), issued by AHIMA. */
  public static final CredentialId CHPS = new CredentialId("CHPS");
  /** Certified in Healthcare Privacy (CHP), issued by AHIMA. */
  public static final CredentialId CHP = new CredentialId("CHP");
  /** Certified in Healthcare Security (CHS), issued by AHIMA. */
  public static final CredentialId CHS = new CredentialId("CHS");
  /** Certified Health Data Analyst (CHDA), issued by AHIMA. */
  public static final CredentialId CHDA = new CredentialId("CHDA");
  /** Certified Documentation Improvement Practitioner (CDIP), issued by AHIMA. */
  public static final CredentialId CDIP = new CredentialId("CDIP");
  /** Physician Coding Specialist (PCS), issued by AHIMA. */
  public static final CredentialId PCS = new CredentialId("PCS");
  /** Certified Professional Coder (CPC), issued by AAPC. */
  public static final CredentialId CPC = new CredentialId("CPC");
  /** the CPC apprentice designation (CPC-A), issued by AAPC. */
  public static final CredentialId CPC_A = new CredentialId("CPC-A");
  /** Certified Outpatient Coder (COC), issued by AAPC. */
  public static final CredentialId COC = new CredentialId("COC");
  /** the COC apprentice designation (COC-A), issued by AAPC. */
  public static final CredentialId COC_A = new CredentialId("COC-A");
  /** Certified Professional Biller (CPB), issued by AAPC. */
  public static final CredentialId CPB = new CredentialId("CPB");
  /** Certified Risk Adjustment Coder (CRC), issued by AAPC. */
  public static final CredentialId CRC = new CredentialId("CRC");
  /** Certified Professional Medical Auditor (CPMA), issued by AAPC. */
  public static final CredentialId CPMA = new CredentialId("CPMA");
  /** Certified Professional Compliance Officer (CPCO), issued by AAPC. */
  public static final CredentialId CPCO = new CredentialId("CPCO");
  /** Certified Physician Practice Manager (CPPM), issued by AAPC. */
  public static final CredentialId CPPM = new CredentialId("CPPM");
  /** Oncology Data Specialist (ODS), issued by NCRA. */
  public static final CredentialId ODS = new CredentialId("ODS");

  private CredentialId(String value) {
    super("credential id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "RHIA"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static CredentialId of(String value) {
    Objects.requireNonNull(value, "value");
    return new CredentialId(value);
  }
}
