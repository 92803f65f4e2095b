package org.himkit.pathway;

/**
 * Why an eligibility answer is what it is: the reason behind each {@link EligibilityStatus}.
 */
public enum EligibilityReason {
  /** A route of the credential's eligibility is met: {@link EligibilityStatus#ELIGIBLE}. */
  ROUTE_MET(EligibilityStatus.ELIGIBLE),
  /** No route of the credential's eligibility is met: {@link EligibilityStatus#NOT_ELIGIBLE}. */
  NO_ROUTE_MET(EligibilityStatus.NOT_ELIGIBLE),
  /** The credential is retired and its exam no longer offered: {@link EligibilityStatus#NOT_ELIGIBLE}. */
  EXAM_NOT_OFFERED(EligibilityStatus.NOT_ELIGIBLE),
  /** The catalog has no eligibility data for the credential: {@link EligibilityStatus#UNKNOWN}. */
  NO_ELIGIBILITY_DATA(EligibilityStatus.UNKNOWN);

  private final EligibilityStatus status;

  EligibilityReason(EligibilityStatus status) {
    this.status = status;
  }

  /**
   * Returns the answer this reason gives.
   *
   * @return the status, not null
   */
  public EligibilityStatus status() {
    return status;
  }
}
