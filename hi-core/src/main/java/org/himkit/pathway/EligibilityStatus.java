package org.himkit.pathway;

/**
 * The answer to "may this learner sit for this credential's exam?".
 */
public enum EligibilityStatus {
  /** At least one route of the credential's eligibility is met. */
  ELIGIBLE,
  /** No route is met, or the issuer no longer offers the exam. */
  NOT_ELIGIBLE,
  /** The catalog has no eligibility data for the credential (a known omission). */
  UNKNOWN;
}
