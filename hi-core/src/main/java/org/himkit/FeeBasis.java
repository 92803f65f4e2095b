package org.himkit;

/** What one amount of a fee is charged for. */
public enum FeeBasis {
  /** Each payment: the amount is charged once each time the fee is due. */
  PER_PAYMENT,
  /** Each credential the fee concerns. */
  PER_CREDENTIAL,
  /** Each credential after the first (AHIMA: "each additional certification is $50"). */
  PER_ADDITIONAL_CREDENTIAL,
  /** Each increment of time, such as each 30 days of an exam eligibility extension ({@link Fee#increment()}). */
  PER_INCREMENT;
}
