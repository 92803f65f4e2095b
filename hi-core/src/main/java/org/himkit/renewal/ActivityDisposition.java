package org.himkit.renewal;

/**
 * What became of one activity in one cycle's assessment. The facts that decided it are in the
 * {@link ActivityOutcome}; the words come from {@link org.himkit.text.HimText}.
 */
public enum ActivityDisposition {
  /** The activity counted toward the cycle. */
  COUNTED,
  /** Completed before the first credential held from the issuer was earned: it never counts. */
  BEFORE_CERTIFICATION,
  /** Completed outside the cycle (and outside its grace period, if any). */
  OUTSIDE_CYCLE,
  /**
   * Completed in the grace period of an unmet cycle after earlier activities had met its requirements:
   * it counts toward the next cycle instead.
   */
  GRACE_PERIOD_NOT_NEEDED,
  /** Completed after the assessment date: not yet counted. */
  AFTER_ASSESSMENT_DATE,
  /** Already counted toward an earlier cycle (completed in the grace period of that cycle). */
  ALREADY_COUNTED,
  /** Its category is not one the policy accepts, such as a topic unrelated to the holder's position. */
  NOT_ACCEPTED_CATEGORY,
  /** The policy accepts only CEUs from providers the issuer approves, and this provider is not one. */
  NOT_APPROVED,
  /** Given in minutes, and the policy states no conversion from contact time. */
  NO_CONVERSION,
  /** Given in minutes too few to earn a CEU under the policy's contact-time rule. */
  NO_CREDIT;

  /**
   * Checks whether the activity counted.
   *
   * @return true for {@link #COUNTED}
   */
  public boolean counted() {
    return this == COUNTED;
  }
}
