package org.himkit.renewal;

import java.time.LocalDate;
import java.time.Period;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.policy.CycleAnchor;
import org.jspecify.annotations.Nullable;

/**
 * Stage 3 of an assessment: the cycles of one issuer's holdings, in order, tiling time from the day the
 * first credential was earned.
 *
 * <p>Without an explicit cycle start, the first cycle begins on the day earned. With one, the cycle
 * boundaries are the explicit start plus or minus whole cycle lengths; the first cycle is the one
 * beginning on the day earned if that day is a boundary, and otherwise a first, short cycle from the day
 * earned to the day before the first boundary after it. A cycle anchored to the day earned or the
 * membership renewal date ends the day before the next boundary (counted from the anchor, so that a cycle
 * beginning 2024-02-29 ends 2026-02-27 and the next ends 2028-02-28); one anchored to the calendar year
 * end (NCRA) ends on December 31 of the year its length runs out in. Which of these applies is the
 * policy's data ({@link org.himkit.policy.RenewalPolicy#cycleAnchor()}).
 *
 * <p>This class is confined to one assessment: {@link #next(VersionPlan)} advances it.
 */
final class CycleCalendar {
  /** A cycle with the version governing it, and its first and last day as epoch days (worked out once). */
  record PlannedCycle(int index, RenewalCycle cycle, VersionPlan version, boolean shortFirst, long startDay,
      long endDay) {
    PlannedCycle(int index, RenewalCycle cycle, VersionPlan version, boolean shortFirst) {
      this(index, cycle, version, shortFirst, cycle.start().toEpochDay(), cycle.end().toEpochDay());
    }
  }

  private final CycleAnchor anchorKind;
  private final LocalDate anchor;
  /** The whole length from the anchor to the next cycle's first day, in months and days. */
  private long elapsedMonths;
  private long elapsedDays;
  private LocalDate start;
  private @Nullable LocalDate shortUntil;
  private int index;

  @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths, the days apart
  private CycleCalendar(CycleAnchor anchorKind, LocalDate anchor, Period elapsed, LocalDate start,
      @Nullable LocalDate shortUntil) {
    this.anchorKind = anchorKind;
    this.anchor = anchor;
    this.elapsedMonths = elapsed.toTotalMonths();
    this.elapsedDays = elapsed.getDays();
    this.start = start;
    this.shortUntil = shortUntil;
  }

  /**
   * Lays out the calendar of a group of holdings.
   *
   * @param group  the holdings of one policy, not null
   * @param asOf  the assessment date, not null
   * @return the calendar, positioned before the first cycle
   * @throws HimValidationException if the explicit cycle start is more than one cycle after the
   *     assessment date, or not a January 1 under a calendar-year policy
   */
  static CycleCalendar of(HoldingGroups.Group group, LocalDate asOf) {
    LocalDate since = group.certifiedSince();
    VersionPlan first = group.plan().versionOn(since.toEpochDay());
    CycleAnchor kind = (first != null ? first : group.plan().versions[0]).policy.cycleAnchor();
    if (group.explicitStart().isEmpty()) {
      return new CycleCalendar(kind, since, Period.ZERO, since, null);
    }
    LocalDate x = group.explicitStart().get();
    VersionPlan atX = group.plan().versionOn(x.toEpochDay());
    Period length = (atX != null ? atX : group.plan().versions[0]).cycleLength;
    check(group, x, asOf, length, kind);
    int back = 0;
    while (!boundary(kind, x, length, back - 1).isBefore(since)) {
      back--;
    }
    LocalDate firstBoundary = boundary(kind, x, length, back);
    Period elapsed = length.multipliedBy(back);
    if (firstBoundary.equals(since)) {
      return new CycleCalendar(kind, x, elapsed, since, null);
    }
    return new CycleCalendar(kind, x, elapsed, since, firstBoundary.minusDays(1));
  }

  private static void check(HoldingGroups.Group group, LocalDate x, LocalDate asOf, Period length,
      CycleAnchor kind) {
    String entity = "credential holdings of " + group.issuer();
    if (x.isAfter(asOf.plus(length))) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, entity, "cycleStart",
          "must be the first day of the cycle in force on the assessment date " + asOf + ", of an earlier one or "
              + "of the next one, so not more than one cycle (" + length + ") after it", x);
    }
    if (kind == CycleAnchor.CALENDAR_YEAR_END && x.getDayOfYear() != 1 && !x.equals(group.certifiedSince())) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, entity, "cycleStart",
          "must be a January 1 (or the day earned) under a policy whose cycles end on December 31", x);
    }
  }

  /** The {@code k}-th boundary from the explicit start (negative: before it). */
  private static LocalDate boundary(CycleAnchor kind, LocalDate x, Period length, int k) {
    if (kind == CycleAnchor.CALENDAR_YEAR_END && k < 0) {
      return LocalDate.of(x.getYear() + k * Math.max(1, (int) (length.toTotalMonths() / 12)), 1, 1);
    }
    return x.plus(length.multipliedBy(k));
  }

  /**
   * Returns the first day of the next cycle.
   *
   * @return the day, not null
   */
  LocalDate nextStart() {
    return start;
  }

  /**
   * Returns the next cycle under the version in force on its first day, and advances.
   *
   * @param version  the version in force on {@link #nextStart()}, not null
   * @return the cycle, not null
   */
  @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths, the days apart
  PlannedCycle next(VersionPlan version) {
    LocalDate end;
    boolean isShort = shortUntil != null;
    if (shortUntil != null) {
      end = shortUntil;
      shortUntil = null;
    } else if (anchorKind == CycleAnchor.CALENDAR_YEAR_END) {
      end = LocalDate.of(start.getYear() + version.yearsPerCycle - 1, 12, 31);
    } else {
      // anchor.plus(elapsed) as LocalDate.plus(Period) does it (months, then days), without a Period per cycle
      elapsedMonths += version.cycleLength.toTotalMonths();
      elapsedDays += version.cycleLength.getDays();
      end = anchor.plusMonths(elapsedMonths).plusDays(elapsedDays - 1);
    }
    PlannedCycle cycle = new PlannedCycle(index++, new RenewalCycle(start, end, version.policy), version, isShort);
    start = end.plusDays(1);
    return cycle;
  }
}
