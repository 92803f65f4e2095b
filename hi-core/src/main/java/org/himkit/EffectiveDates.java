package org.himkit;

import java.time.LocalDate;
import java.util.Optional;
import org.himkit.internal.Problems;

/** The effective-date range shared by dated facts ({@link Fee}, {@link ExamPeriod}): checks and lookup. */
final class EffectiveDates {
  private EffectiveDates() {}

  /** Checks that a range's end, where both ends are given, is not before its start. */
  static void check(Optional<LocalDate> from, Optional<LocalDate> to, Problems problems) {
    if (from.isPresent() && to.isPresent()) {
      problems.require(!to.get().isBefore(from.get()), ErrorCode.INVALID_RANGE, "effectiveTo",
          "must not be before effectiveFrom " + from.get(), to.get());
    }
  }

  /** Returns whether a date is within a range; a missing end is open. */
  static boolean contain(Optional<LocalDate> from, Optional<LocalDate> to, LocalDate date) {
    return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
  }
}
