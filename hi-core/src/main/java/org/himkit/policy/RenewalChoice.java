package org.himkit.policy;

/**
 * A point where an issuer's sources leave a renewal rule open and the library makes a documented
 * choice. A policy version links each choice it relies on to the
 * {@link org.himkit.catalog.KnownOmission known omission} that documents it
 * ({@link RenewalPolicy#choices()}), so that an assessment resting on the choice can say so by id.
 */
public enum RenewalChoice {
  /**
   * Where the first cycle begins and ends without an explicit cycle start on the holding (AAPC: aligned
   * to the membership renewal date; NCRA: only the December 31 end is stated).
   */
  FIRST_CYCLE,
  /** On which day a cycle ends (AHIMA: the day before the anniversary of its start). */
  CYCLE_END,
  /** The cycle of several credentials, and from when a credential earned later joins the requirement. */
  SEVERAL_CREDENTIALS,
  /** The days before an explicit cycle start later than the day earned: a first, short cycle. */
  SHORT_FIRST_CYCLE,
  /** How the activities completed in a grace period split between the unmet cycle and the next. */
  GRACE_PERIOD_SPLIT,
  /** The status after an unmet cycle (and its grace period) where the sources name none. */
  STATUS_AFTER_LAPSE,
  /** How a credential that a later version no longer lists (a retired credential) is maintained. */
  RETIRED_CREDENTIALS,
  /** How a mandatory activity discontinued on a date ends within a cycle that began earlier. */
  MANDATORY_ACTIVITY_END,
  /** Whether holders of several credentials named by a mandatory activity need it once or each. */
  MANDATORY_ACTIVITY_SEVERAL,
  /** How contact time converts to CEUs where the source leaves part of the rule open. */
  CONTACT_TIME,
  /**
   * Which activities count as from the issuer's own sources when the caller does not say: one whose
   * provider is the issuer, or a provider the content rule names.
   */
  ISSUER_SOURCE,
  /**
   * From when the years without a submission that require an exam retake are counted (NCRA's "three or more
   * years").
   */
  EXAM_RETAKE_PERIOD,
  /** Whether one activity may count toward the credential-specific minimums of two credentials held. */
  CREDENTIAL_MINIMUMS_SHARED
}
