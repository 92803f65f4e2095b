package org.himkit.renewal;

/**
 * The status of a holder's credentials with one issuer, derived from the holdings, the activities and
 * the date asked about; never stored.
 *
 * <p>The evaluator walks the cycles from the first one. Every cycle that ended with its requirements met
 * is {@link #RENEWED}, and the walk continues; so does it past a cycle that is {@link #NOT_RECORDED}. The walk stops at the cycle in force on the date asked
 * about, which gives one of the three {@code ACTIVE_} statuses, or at the first cycle that ended with a
 * requirement unmet, which gives {@link #IN_GRACE}, {@link #INACTIVE}, {@link #REVOKED} or
 * {@link #EXPIRED} by the lapse rule of the policy version in force on the day after that cycle ended
 * (see {@link org.himkit.policy.LapseRule}).
 */
public enum RenewalStatus {
  /** Every requirement of the cycle in force (CEU total, content rules, mandatory activities) is met. */
  ACTIVE_REQUIREMENTS_MET,
  /** A requirement of the cycle in force is still open, and the cycle is not {@link #ACTIVE_AT_RISK}. */
  ACTIVE_ON_TRACK,
  /**
   * A requirement of the cycle in force is still open, and either
   * <ul>
   *   <li>fewer than {@link RenewalEvaluator#AT_RISK_DAYS} days are left after the date asked about (the
   *       days from that date to the cycle's last day, that date excluded; 0 on the last day), or</li>
   *   <li>the cycle is past its middle (twice the days from its first day to the date asked about, that
   *       date excluded, exceed the cycle's length in days) and less than half of the CEU total is
   *       earned (twice the CEUs earned are less than the CEUs required).</li>
   * </ul>
   * The rule is deterministic and uses exact integer arithmetic; it is the library's, not an issuer's.
   */
  ACTIVE_AT_RISK,
  /**
   * The cycle ended with a requirement unmet and the date asked about is within the grace period added
   * to it (AHIMA, for a cycle ending before 2020-12-31: three months); CEUs completed in the grace
   * period count toward it, in date order, until its requirements are met. Also the status up to a
   * submission deadline after the cycle (NCRA: January 31, {@link org.himkit.policy.LapseRule#submissionDeadline()}),
   * when nothing completed after the cycle's last day counts toward it; {@link RenewalStanding#daysLeft()}
   * counts the days to the end of the grace period or to the deadline.
   */
  IN_GRACE,
  /**
   * The cycle ended with a requirement unmet, and the policy makes the credential inactive for a period
   * that includes the date asked about (AHIMA, for a cycle ending on or after 2020-12-31: 180 days from
   * the end of the cycle).
   */
  INACTIVE,
  /**
   * The cycle ended with a requirement unmet, and the inactive period has passed: the credential is
   * revoked (AHIMA from 2021), with an appeal period that the assessment's key dates show. Also the status
   * once a policy without an inactive status revokes the credential (AAPC: 90 days after the renewal date).
   */
  REVOKED,
  /**
   * The cycle ended with a requirement unmet (and after its grace period or submission deadline, if any),
   * and the sources name no status for that case (AHIMA before 2021 after the grace period, AAPC in the 90
   * days before it revokes the credential, NCRA after January 31: "out of compliance"). The credential is
   * not in good standing; what the issuer calls it is not confirmed.
   */
  EXPIRED,
  /** A past cycle whose requirements were met; appears only in {@link RenewalEvaluator#history}. */
  RENEWED,
  /**
   * A past cycle that was not judged: it began before the ledger's records begin, or the caller states the
   * holder was in good standing through it ({@link HolderRecord}); appears only in
   * {@link RenewalEvaluator#history}. Its amounts are what the ledger holds, and it has no shortfalls.
   */
  NOT_RECORDED;

  /**
   * Checks whether the status is one of the three {@code ACTIVE_} statuses or {@link #RENEWED}.
   *
   * @return true if the credential is in good standing under this status; false for
   *     {@link #NOT_RECORDED}, which is not judged
   */
  public boolean isInGoodStanding() {
    return this == ACTIVE_REQUIREMENTS_MET || this == ACTIVE_ON_TRACK || this == ACTIVE_AT_RISK || this == RENEWED;
  }
}
