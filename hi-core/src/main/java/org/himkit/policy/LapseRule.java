package org.himkit.policy;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.ErrorCode;
import org.himkit.internal.Problems;

/**
 * What happens when a cycle ends with its requirements unmet.
 *
 * <p>AHIMA before 2021: "A 3-month grace period is added to the 2-year cycle" ({@link #gracePeriod()});
 * the sources do not say what status follows an unmet grace period. AHIMA from 2021-01-01: no grace
 * status; the credential becomes inactive at the end of the cycle, stays inactive for 180 days
 * ({@link #inactivePeriod()}), then is revoked, and the holder has 90 days to file an appeal
 * ({@link #appealPeriod()}).
 *
 * <p>AAPC: "If membership payment/arrangements are not made or CEUs are not submitted within 90 days of
 * your renewal date, your credential will be revoked" ({@link #revokedAfter()}); the sources name no
 * status for the days before.
 *
 * <p>NCRA: "The deadline to submit required CE hours and pay the annual ODS certification maintenance fee is
 * January 31. ODS credential holders are out of compliance when requirements are not met by the January 31
 * deadline." ({@link #submissionDeadline()}: one month after a cycle ending December 31); and "Individuals who
 * have not submitted CTR maintenance fees and/or CE hours (via a CE Summary Form) for three or more years must
 * retake the CTR Exam." ({@link #examRetakeAfter()}, three years, quoted among the policy's citations). The
 * CE hours still have to be earned within the cycle: a submission deadline, unlike a grace period, credits
 * nothing completed after the cycle's last day.
 *
 * <p>A change of lapse rule takes effect on a date for everyone ("Removing 'grace' as a certification
 * status", AHIMA from 2021): the rule applied to a cycle that ended unmet is the one of the policy version
 * in force on the day after the cycle ends, not the one governing the cycle. A cycle that began in 2020
 * and ended in 2022 therefore has no grace period.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param gracePeriod the grace period added to the cycle, empty if none
 * @param inactivePeriod how long an unmet credential stays inactive before it is revoked, empty if the
 *     policy has no inactive status
 * @param appealPeriod how long after revocation an appeal may be filed, empty if not stated
 * @param revokedAfter how long after the end of an unmet cycle the credential is revoked when the policy
 *     names no status before that (AAPC: 90 days), empty if none; never together with an inactive period,
 *     which ends in revocation itself
 * @param submissionDeadline how long after the end of a cycle its CE hours may still be submitted (NCRA: one
 *     month, to January 31), empty if none; until then a cycle that ended unmet is reported
 *     {@code IN_GRACE} (not yet "out of compliance", in NCRA's words: a deadline, not a grace period), but
 *     activities completed after its last day do not count toward it; never together with a grace period or
 *     an inactive period
 * @param examRetakeAfter how long without a submission after which the holder must retake the exam (NCRA:
 *     three years), counted from the day after the submission deadline (or after the cycle's last day, for a
 *     rule without one) of the first cycle that ended unmet; empty if none
 * @param citation the source of the rule's main sentence, not null
 */
public record LapseRule(
    Optional<Period> gracePeriod, Optional<Period> inactivePeriod, Optional<Period> appealPeriod,
    Optional<Period> revokedAfter, Optional<Period> submissionDeadline, Optional<Period> examRetakeAfter,
    Citation citation) {

  /**
   * Creates a lapse rule after checking it.
   *
   * @param gracePeriod the grace period, empty if none
   * @param inactivePeriod the inactive period, empty if none
   * @param appealPeriod the appeal period, empty if not stated
   * @param revokedAfter the period after which an unmet credential is revoked without an inactive status,
   *     empty if none
   * @param submissionDeadline the period after a cycle's end within which its CE hours may be submitted,
   *     empty if none
   * @param examRetakeAfter the period without a submission after which the exam must be retaken, empty if none
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if a period is not positive, both an inactive period and a
   *     revocation period are given, or a submission deadline is given with a grace or an inactive period
   */
  public LapseRule {
    Objects.requireNonNull(gracePeriod, "gracePeriod");
    Objects.requireNonNull(inactivePeriod, "inactivePeriod");
    Objects.requireNonNull(appealPeriod, "appealPeriod");
    Objects.requireNonNull(revokedAfter, "revokedAfter");
    Objects.requireNonNull(submissionDeadline, "submissionDeadline");
    Objects.requireNonNull(examRetakeAfter, "examRetakeAfter");
    Objects.requireNonNull(citation, "citation");
    Problems p = Problems.of("lapse rule");
    positive(p, gracePeriod, "gracePeriod");
    positive(p, inactivePeriod, "inactivePeriod");
    positive(p, appealPeriod, "appealPeriod");
    positive(p, revokedAfter, "revokedAfter");
    positive(p, submissionDeadline, "submissionDeadline");
    positive(p, examRetakeAfter, "examRetakeAfter");
    p.require(inactivePeriod.isEmpty() || revokedAfter.isEmpty(), ErrorCode.INVALID_VALUE, "revokedAfter",
        "must be empty when an inactive period is given (revocation follows the inactive period)", revokedAfter);
    p.require(submissionDeadline.isEmpty() || (gracePeriod.isEmpty() && inactivePeriod.isEmpty()),
        ErrorCode.INVALID_VALUE, "submissionDeadline",
        "must be empty when a grace period or an inactive period is given", submissionDeadline);
    p.check();
  }

  /**
   * Creates a lapse rule without a submission deadline or an exam retake.
   *
   * @param gracePeriod the grace period, empty if none
   * @param inactivePeriod the inactive period, empty if none
   * @param appealPeriod the appeal period, empty if not stated
   * @param revokedAfter the period after which an unmet credential is revoked without an inactive status,
   *     empty if none
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if a period is not positive, or both an inactive period and a
   *     revocation period are given
   */
  public LapseRule(Optional<Period> gracePeriod, Optional<Period> inactivePeriod, Optional<Period> appealPeriod,
      Optional<Period> revokedAfter, Citation citation) {
    this(gracePeriod, inactivePeriod, appealPeriod, revokedAfter, Optional.empty(), Optional.empty(), citation);
  }

  private static void positive(Problems problems, Optional<Period> period, String attribute) {
    if (period.isPresent()) { // not a lambda: built on the built-in catalog's first call (start-up)
      Period q = period.get();
      problems.require(!q.isNegative() && !q.isZero(), ErrorCode.INVALID_VALUE, attribute, "must be positive", q);
    }
  }

  /**
   * Creates a lapse rule without a revocation period of its own (no {@link #revokedAfter()}).
   *
   * @param gracePeriod the grace period, empty if none
   * @param inactivePeriod the inactive period, empty if none
   * @param appealPeriod the appeal period, empty if not stated
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if a period is not positive
   */
  public LapseRule(Optional<Period> gracePeriod, Optional<Period> inactivePeriod, Optional<Period> appealPeriod,
      Citation citation) {
    this(gracePeriod, inactivePeriod, appealPeriod, Optional.empty(), Optional.empty(), Optional.empty(), citation);
  }

  /**
   * Returns how long after the end of an unmet cycle the credential is revoked: the inactive period, or
   * the revocation period of a policy without an inactive status.
   *
   * @return the period, empty if the rule revokes nothing
   */
  public Optional<Period> revocationPeriod() {
    return inactivePeriod.isPresent() ? inactivePeriod : revokedAfter;
  }

  /**
   * Obtains a rule with a grace period added to the cycle and no later status named.
   *
   * @param gracePeriod the grace period, positive
   * @param citation the source, not null
   * @return the rule, not null
   * @throws org.himkit.HimValidationException if a period is not positive
   */
  public static LapseRule withGracePeriod(Period gracePeriod, Citation citation) {
    Objects.requireNonNull(gracePeriod, "gracePeriod");
    Objects.requireNonNull(citation, "citation");
    return new LapseRule(Optional.of(gracePeriod), Optional.empty(), Optional.empty(), citation);
  }

  /**
   * Obtains a rule without grace: inactive at the end of the cycle, revoked after the inactive period,
   * with an appeal period after revocation.
   *
   * @param inactivePeriod how long the credential stays inactive, positive
   * @param appealPeriod how long after revocation an appeal may be filed, positive
   * @param citation the source, not null
   * @return the rule, not null
   * @throws org.himkit.HimValidationException if a period is not positive
   */
  public static LapseRule inactiveThenRevoked(Period inactivePeriod, Period appealPeriod, Citation citation) {
    Objects.requireNonNull(inactivePeriod, "inactivePeriod");
    Objects.requireNonNull(appealPeriod, "appealPeriod");
    Objects.requireNonNull(citation, "citation");
    return new LapseRule(Optional.empty(), Optional.of(inactivePeriod), Optional.of(appealPeriod), citation);
  }

  /**
   * Obtains a rule that revokes the credential a period after the end of an unmet cycle, naming no status
   * before that (AAPC: "within 90 days of your renewal date, your credential will be revoked").
   *
   * @param period how long after the end of the cycle the credential is revoked, positive
   * @param citation the source, not null
   * @return the rule, not null
   * @throws org.himkit.HimValidationException if a period is not positive
   */
  public static LapseRule revokedAfter(Period period, Citation citation) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(citation, "citation");
    return new LapseRule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(period), Optional.empty(),
        Optional.empty(), citation);
  }

  /**
   * Obtains a rule with a submission deadline after the end of each cycle, naming no status once it has
   * passed (NCRA: "ODS credential holders are out of compliance when requirements are not met by the January
   * 31 deadline"), and the period without a submission after which the exam must be retaken.
   *
   * @param submissionDeadline how long after the end of a cycle its CE hours may be submitted, positive
   * @param examRetakeAfter how long without a submission after which the exam must be retaken, positive
   * @param citation the source of the deadline, not null
   * @return the rule, not null
   * @throws org.himkit.HimValidationException if a period is not positive
   */
  public static LapseRule withSubmissionDeadline(Period submissionDeadline, Period examRetakeAfter, Citation citation) {
    Objects.requireNonNull(submissionDeadline, "submissionDeadline");
    Objects.requireNonNull(examRetakeAfter, "examRetakeAfter");
    Objects.requireNonNull(citation, "citation");
    return new LapseRule(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(submissionDeadline), Optional.of(examRetakeAfter), citation);
  }
}
