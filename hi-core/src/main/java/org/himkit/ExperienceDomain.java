package org.himkit;

/**
 * A domain of work experience that eligibility rules count.
 */
public enum ExperienceDomain {
  /** Coding experience directly applying codes. */
  CODING,
  /** Experience in healthcare privacy or security management. */
  HEALTHCARE_PRIVACY_SECURITY,
  /**
   * Experience in the cancer registry field, which NCRA's Council on Certification defines as "the
   * collection, management, and analysis of cancer incidence data".
   */
  CANCER_REGISTRY;

  /**
   * Returns the domain in plain words, such as {@code "coding"}.
   *
   * @return the label, not null
   */
  public String label() {
    return switch (this) {
      case CODING -> "coding";
      case HEALTHCARE_PRIVACY_SECURITY -> "healthcare privacy or security management";
      case CANCER_REGISTRY -> "cancer registry";
    };
  }
}
