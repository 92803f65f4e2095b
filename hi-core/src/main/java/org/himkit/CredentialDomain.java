package org.himkit;

/**
 * The area of practice a credential attests to.
 */
public enum CredentialDomain {
  /** Health information management and administration. */
  HEALTH_INFORMATION_MANAGEMENT,
  /** Medical coding. */
  CODING,
  /** Medical billing. */
  BILLING,
  /** Healthcare privacy and security. */
  PRIVACY_AND_SECURITY,
  /** Health data analysis. */
  DATA_ANALYTICS,
  /** Clinical documentation improvement. */
  DOCUMENTATION_IMPROVEMENT,
  /** Cancer (tumor) registry. */
  CANCER_REGISTRY,
  /** Medical auditing. */
  AUDITING,
  /** Healthcare compliance. */
  COMPLIANCE,
  /** Physician practice management. */
  PRACTICE_MANAGEMENT;
}
