package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.himkit.OrganizationId;

/**
 * The span an activity was judged against in one cycle's assessment: the issuer, the cycle, the grace
 * period it was judged with, the day the issuer's first credential held was earned and the assessment
 * date. Every {@link ActivityOutcome} of an assessment shares it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer  the issuer assessed, not null
 * @param cycle  the cycle, not null
 * @param graceEnd  the last day of the grace period the cycle was judged with, empty if none
 * @param certifiedSince  the day the issuer's first credential held was earned, not null
 * @param asOf  the assessment date, not null
 */
public record CycleWindow(OrganizationId issuer, RenewalCycle cycle, Optional<LocalDate> graceEnd,
    LocalDate certifiedSince, LocalDate asOf) {
  /**
   * Creates a window.
   *
   * @param issuer  the issuer assessed, not null
   * @param cycle  the cycle, not null
   * @param graceEnd  the last day of the grace period, empty if none
   * @param certifiedSince  the day the issuer's first credential held was earned, not null
   * @param asOf  the assessment date, not null
   * @throws NullPointerException if an argument is null
   */
  public CycleWindow {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(graceEnd, "graceEnd");
    Objects.requireNonNull(certifiedSince, "certifiedSince");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * Returns the last day an activity may be completed on to count toward the cycle: the grace period's
   * last day if judged with one, else the cycle's last day.
   *
   * @return the day, not null
   */
  public LocalDate end() {
    return graceEnd.orElse(cycle.end());
  }
}
