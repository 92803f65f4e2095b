package org.himkit.renewal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.policy.RenewalPolicy;

/**
 * One renewal cycle: its first and last day, both inclusive, and the policy version that governs it,
 * the version in force on its first day.
 *
 * <p>Consecutive cycles of one holder and issuer tile time: each begins the day after the previous one
 * ends. A later policy never rewrites a cycle that began before it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param start the first day, not null
 * @param end the last day, not before {@code start}
 * @param policy the policy version in force on {@code start}, not null
 */
public record RenewalCycle(LocalDate start, LocalDate end, RenewalPolicy policy) {
  /**
   * Creates a cycle after checking it.
   *
   * @param start the first day, not null
   * @param end the last day, not before {@code start}
   * @param policy the policy version, not null
   * @throws org.himkit.HimValidationException if the end is before the start
   */
  public RenewalCycle {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      // the entity's text is built only for the error, not for every cycle
      throw HimValidationException.of(ErrorCode.INVALID_RANGE, "renewal cycle from " + start, "end",
          "must not be before the start", end);
    }
    Objects.requireNonNull(policy, "policy");
  }

  /**
   * Checks whether a day falls within the cycle, its first and last day included.
   *
   * @param date the day, not null
   * @return true if {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Returns the number of days in the cycle, both ends included.
   *
   * @return the days, positive
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Returns the first day of the next cycle.
   *
   * @return the day after {@link #end()}, not null
   */
  public LocalDate nextStart() {
    return end.plusDays(1);
  }

  /**
   * Returns the cycle as {@code "2023-03-15 to 2025-03-14"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return start + " to " + end;
  }
}
