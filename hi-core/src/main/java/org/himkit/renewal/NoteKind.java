package org.himkit.renewal;

/** What a {@link Note} of an assessment says. */
public enum NoteKind {
  /** Cycles follow the explicit cycle start given with a holding ({@link Note#date()}). */
  EXPLICIT_CYCLE_START,
  /**
   * Without an explicit cycle start, the first cycle begins on the day the earliest credential was earned
   * and requires the full amount, where the issuer anchors cycles otherwise (AAPC's membership renewal
   * date, NCRA's December 31); a library choice.
   */
  FIRST_CYCLE_FROM_DAY_EARNED,
  /**
   * With several credentials, the first cycle begins on the day the earliest was earned and a later one
   * joins from the next cycle beginning on or after the day it was earned; a library choice.
   */
  LATER_CREDENTIALS_JOIN_NEXT_CYCLE,
  /** The first cycle requires the amount given with the holding ({@link Note#amount()}), not the full amount. */
  FIRST_CYCLE_REQUIREMENT_GIVEN,
  /**
   * The days before the explicit cycle start ({@link Note#date()}) form a first, short cycle requiring
   * {@link Note#amount()}; a library choice.
   */
  SHORT_FIRST_CYCLE,
  /**
   * The policy version governing the cycle names no requirement for the credentials
   * ({@link Note#credentials()}, retired ones), which are left out of the cycle's requirement.
   */
  CREDENTIALS_NOT_COVERED,
  /**
   * The ledger's records begin on {@link Note#date()}, within this cycle: activities before that day may
   * be missing from the earned amounts.
   */
  RECORDS_BEGIN_WITHIN_CYCLE,
  /** The cycle began before the ledger's records begin on {@link Note#date()}: it is not judged. */
  CYCLE_NOT_RECORDED,
  /**
   * The caller states the holder was in good standing through the cycle ending {@link Note#date()}: the
   * cycle is not judged.
   */
  STATED_IN_GOOD_STANDING,
  /**
   * Activities completed in the grace period were credited to the unmet cycle in date order only until
   * its requirements were met; a library choice.
   */
  GRACE_PERIOD_SPLIT,
  /** The sources name no status after an unmet cycle; the library reports it as expired; a library choice. */
  STATUS_NOT_NAMED_BY_SOURCES,
  /**
   * The holder has not submitted for the issuer's exam-retake period since the submission deadline the
   * cycle missed, and must retake the exam from {@link Note#date()} (NCRA: three or more years); from when
   * the years count is a library choice.
   */
  EXAM_RETAKE_REQUIRED,
  /**
   * An activity counted toward the credential-specific minimums of several credentials at once
   * ({@link Note#credentials()}), within the one total; a library choice, as the issuer does not say
   * whether one CEU may count toward two credentials' minimums.
   */
  CREDENTIAL_MINIMUMS_SHARED
}
