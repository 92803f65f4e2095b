package org.himkit.policy;

/** What a renewal cycle is anchored to: the date its first cycle starts or ends on. */
public enum CycleAnchor {
  /**
   * The cycle begins on the day the exam was passed (AHIMA: "two years beginning on the day the exam
   * was passed").
   */
  DATE_EARNED,
  /** The cycle ends on December 31 (NCRA: "The two-year CE cycle ends on December 31."). */
  CALENDAR_YEAR_END,
  /** The cycle ends on the membership renewal date (AAPC: CEUs are reported on or before the membership due date). */
  MEMBERSHIP_RENEWAL_DATE
}
