package org.himkit.renewal;

import java.util.Objects;
import org.himkit.OrganizationId;
import org.himkit.policy.Ceus;

/**
 * The status of a holder's credentials with one issuer on one date, without the explanation: what the
 * nightly job of a CE tracker asks of every holder ("who is on track, at risk, inactive, revoked?").
 *
 * <p>{@link RenewalEvaluator#standings} computes it without building outcomes, key dates or notes; it
 * equals {@link RenewalAssessment#standing()} of the full assessment.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer  the issuer, not null
 * @param cycle  the cycle that decides the status, not null
 * @param status  the derived status, not null
 * @param required  the CEUs the cycle requires, not null
 * @param earned  the CEUs earned toward it, not null
 * @param daysLeft  the days left, as {@link RenewalAssessment#daysLeft()}, not negative
 */
public record RenewalStanding(OrganizationId issuer, RenewalCycle cycle, RenewalStatus status, Ceus required,
    Ceus earned, long daysLeft) {
  /**
   * Creates a standing.
   *
   * @param issuer  the issuer, not null
   * @param cycle  the cycle, not null
   * @param status  the status, not null
   * @param required  the CEUs required, not null
   * @param earned  the CEUs earned, not null
   * @param daysLeft  the days left, not negative
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the days left are negative
   */
  public RenewalStanding {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(earned, "earned");
    if (daysLeft < 0) {
      throw new IllegalArgumentException("daysLeft must not be negative: " + daysLeft);
    }
  }
}
