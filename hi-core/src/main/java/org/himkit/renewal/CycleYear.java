package org.himkit.renewal;

import java.time.LocalDate;
import org.himkit.ErrorCode;
import org.himkit.internal.Checks;

/**
 * One year of a renewal cycle, as a mandatory activity counts it: the first year begins on the cycle's
 * first day, the next on its anniversary; the last year ends on the cycle's last day (or, in a grace
 * period, on the grace period's last day).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param first  the first day, not null
 * @param last  the last day, not before {@code first}
 */
public record CycleYear(LocalDate first, LocalDate last) {
  /**
   * Creates a cycle year after checking it.
   *
   * @param first  the first day, not null
   * @param last  the last day, not before {@code first}
   * @throws org.himkit.HimValidationException if the last day is before the first
   */
  public CycleYear {
    java.util.Objects.requireNonNull(first, "first");
    java.util.Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      Checks.require(false, ErrorCode.INVALID_RANGE, "cycle year from " + first, "last",
          "must not be before the first day", last);
    }
  }

  /**
   * Returns the year as {@code "2019-06-01 to 2020-05-31"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return first + " to " + last;
  }
}
