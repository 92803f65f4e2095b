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
 * @param citation the source, not null
 */
public record LapseRule(
    Optional<Period> gracePeriod, Optional<Period> inactivePeriod, Optional<Period> appealPeriod,
    Citation citation) {

  /**
   * Creates a lapse rule after checking it.
   *
   * @param gracePeriod the grace period, empty if none
   * @param inactivePeriod the inactive period, empty if none
   * @param appealPeriod the appeal period, empty if not stated
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if a period is not positive
   */
  public LapseRule {
    Objects.requireNonNull(gracePeriod, "gracePeriod");
    Objects.requireNonNull(inactivePeriod, "inactivePeriod");
    Objects.requireNonNull(appealPeriod, "appealPeriod");
    Objects.requireNonNull(citation, "citation");
    Problems p = Problems.of("lapse rule");
    positive(p, gracePeriod, "gracePeriod");
    positive(p, inactivePeriod, "inactivePeriod");
    positive(p, appealPeriod, "appealPeriod");
    p.check();
  }

  private static void positive(Problems problems, Optional<Period> period, String attribute) {
    period.ifPresent(q -> problems.require(!q.isNegative() && !q.isZero(), ErrorCode.INVALID_VALUE, attribute,
        "must be positive", q));
  }

  /**
   * Obtains a rule with a grace period added to the cycle and no later status named.
   *
   * @param gracePeriod the grace period, positive
   * @param citation the source, not null
   * @return the rule, not null
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
   */
  public static LapseRule inactiveThenRevoked(Period inactivePeriod, Period appealPeriod, Citation citation) {
    Objects.requireNonNull(inactivePeriod, "inactivePeriod");
    Objects.requireNonNull(appealPeriod, "appealPeriod");
    Objects.requireNonNull(citation, "citation");
    return new LapseRule(Optional.empty(), Optional.of(inactivePeriod), Optional.of(appealPeriod), citation);
  }
}
