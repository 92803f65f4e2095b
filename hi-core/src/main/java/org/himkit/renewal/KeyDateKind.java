package org.himkit.renewal;

/** What happens on a {@link KeyDate}. */
public enum KeyDateKind {
  /** The first day of the cycle. */
  CYCLE_START,
  /**
   * The last day of a year of the cycle that requires a mandatory activity (AHIMA's annual coding
   * self-review before 2021), when that day is before the cycle's last day.
   */
  MANDATORY_YEAR_END,
  /** The last day of the cycle: every requirement must be met by then. */
  CYCLE_END,
  /** The last day of the grace period added to the cycle (AHIMA, for a cycle ending before 2020-12-31). */
  GRACE_END,
  /**
   * The last day to submit the cycle's CE hours (NCRA: January 31 after a cycle ending December 31); the
   * hours must still have been earned within the cycle.
   */
  SUBMISSION_DEADLINE,
  /** The first day the credentials are inactive (AHIMA from 2021: the day after the cycle ends). */
  INACTIVE_FROM,
  /**
   * The first day the credentials are revoked: after the inactive period (AHIMA from 2021), or after the
   * revocation period of a policy without an inactive status (AAPC: 90 days after the renewal date).
   */
  REVOKED_ON,
  /** The last day to file an appeal after revocation. */
  APPEAL_DEADLINE,
  /**
   * The first day the holder must retake the exam to hold the credential again, after a period without a
   * submission (NCRA: three or more years), counted from the day after the submission deadline.
   */
  EXAM_RETAKE_FROM,
  /** The first day of the next cycle. */
  NEXT_CYCLE_START
}
