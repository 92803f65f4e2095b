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
 * <p>The calendar is a cursor: {@link #advance(VersionPlan)} moves it to the next cycle, whose first and last
 * day it holds as epoch days, worked out with the ISO calendar's arithmetic on {@code int}s (the same days
 * {@link LocalDate#plusMonths} and {@link LocalDate#plusDays} give, without a {@code LocalDate} per cycle).
 * A {@link RenewalCycle} is built only for a cycle an answer reports ({@link #cycle()}, {@link #planned()}).
 *
 * <p>This class is confined to one assessment: {@link #advance(VersionPlan)} moves it. An {@link IssuerWalk} is
 * its own calendar, credit ledger and writer (one object per issuer's walk): {@link CreditLedger} extends this
 * class.
 */
class CycleCalendar {
  /**
   * A cycle with the version governing it, and its first and last day as epoch days, as a full answer
   * keeps it.
   *
   * @param index  the cycle's position in the walk, from 0
   * @param cycle  the cycle
   * @param version  the version governing it
   * @param shortFirst  whether it is a first, short cycle before the first boundary
   * @param startDay  its first day, as an epoch day
   * @param endDay  its last day, as an epoch day
   */
  record PlannedCycle(int index, RenewalCycle cycle, VersionPlan version, boolean shortFirst, long startDay,
      long endDay) {
    PlannedCycle(int index, RenewalCycle cycle, VersionPlan version, boolean shortFirst) {
      this(index, cycle, version, shortFirst, cycle.start().toEpochDay(), cycle.end().toEpochDay());
    }
  }

  /** No short first cycle: the sentinel of {@link #shortUntil}. */
  private final CycleAnchor anchorKind;
  /** The anchor's proleptic month ({@code year * 12 + month - 1}) and day of month. */
  private final long anchorMonths;
  private final int anchorDay;
  /** The whole length from the anchor to the next cycle's first day, in months and days. */
  private long elapsedMonths;
  private long elapsedDays;
  /** The next cycle's first day, as an epoch day: the day after the current cycle's last ({@link #endDay}). */
  private long nextStart;
  /** The last day of a first, short cycle before the first boundary, while {@link #shortPending}. */
  private long shortUntil;
  private boolean shortPending;
  /**
   * The cycles advanced to: the current one's index plus one. Every field a walk's calendar starts with at its
   * default (0, false, null) is left unwritten by its constructor, as {@link CreditLedger}'s and {@link
   * AssessmentWriter}'s are: the walk is a new object per issuer and assessment, and each store into its fresh
   * memory costs.
   */
  private int cycles;
  private long startDay;
  private boolean shortFirst;
  private @Nullable VersionPlan version;

  /**
   * Lays out the calendar of a group of holdings, as {@link #of} does: the form an {@link IssuerWalk}, its own
   * calendar, is built with.
   *
   * @param group  the holdings of one policy, not null
   * @param asOf  the assessment date, not null
   * @throws HimValidationException if the explicit cycle start is more than one cycle after the
   *     assessment date, or not a January 1 under a calendar-year policy
   */
  @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths, the days apart
  CycleCalendar(HoldingGroups.Group group, LocalDate asOf) {
    LocalDate since = group.certifiedSince();
    CycleAnchor kind = anchorOf(group);
    this.anchorKind = kind;
    this.nextStart = since.toEpochDay();
    if (group.explicitStart().isEmpty()) { // the first cycle begins on the day earned
      this.anchorMonths = since.getYear() * 12L + since.getMonthValue() - 1;
      this.anchorDay = since.getDayOfMonth();
      return;
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
    this.anchorMonths = x.getYear() * 12L + x.getMonthValue() - 1;
    this.anchorDay = x.getDayOfMonth();
    this.elapsedMonths = elapsed.toTotalMonths();
    this.elapsedDays = elapsed.getDays();
    if (!firstBoundary.equals(since)) {
      this.shortUntil = firstBoundary.minusDays(1).toEpochDay();
      this.shortPending = true;
    }
  }

  /**
   * A calendar of no group, never advanced: the form of a {@link CreditLedger} that is not a walk's (a walk's credit
   * ledger is its calendar too).
   */
  CycleCalendar() {
    this(CycleAnchor.DATE_EARNED, 0, 1, 0);
  }

  private CycleCalendar(CycleAnchor anchorKind, long anchorMonths, int anchorDay, long start) {
    this.anchorKind = anchorKind;
    this.anchorMonths = anchorMonths;
    this.anchorDay = anchorDay;
    this.nextStart = start;
  }

  /**
   * Lays out the calendar of a group without an explicit cycle start from what the status-only walk keeps of it
   * ({@link StatusWalk}): the same cycles as {@link #of} gives that group.
   *
   * @param kind  the anchor of the policy's version in force on the day earned (or of its first version)
   * @param anchorMonths  the proleptic month of the day earned ({@code year * 12 + month - 1})
   * @param anchorDay  its day of the month
   * @param sinceDay  the day earned, as an epoch day
   * @return the calendar, positioned before the first cycle
   */
  static CycleCalendar fromDayEarned(CycleAnchor kind, long anchorMonths, int anchorDay, long sinceDay) {
    return new CycleCalendar(kind, anchorMonths, anchorDay, sinceDay);
  }

  /**
   * Returns the anchor of a group's cycles: that of the policy's version in force on the day the group's first
   * credential was earned, or of its first version if none is.
   *
   * @param group  the holdings of one policy, not null
   * @return the anchor, not null
   */
  static CycleAnchor anchorOf(HoldingGroups.Group group) {
    return group.plan().anchorOn(group.certifiedSince()); // kept by the plan when every version has the same
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
    return new CycleCalendar(group, asOf);
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
   * @return the epoch day
   */
  long nextStartDay() {
    return nextStart;
  }

  /**
   * Moves to the next cycle, under the version in force on its first day.
   *
   * @param v  the version in force on {@link #nextStartDay()}, not null
   */
  @SuppressWarnings("JavaPeriodGetDays") // the months are counted by toTotalMonths, the days apart
  void advance(VersionPlan v) {
    long end;
    boolean isShort = shortPending;
    if (isShort) {
      end = shortUntil;
      shortPending = false;
    } else if (anchorKind == CycleAnchor.CALENDAR_YEAR_END) {
      end = epochDay(yearOf(nextStart) + v.yearsPerCycle - 1, 12, 31);
    } else {
      // anchor.plus(elapsed) as LocalDate.plus(Period) does it (months, then days), on ints
      elapsedMonths += v.cycleLength.toTotalMonths();
      elapsedDays += v.cycleLength.getDays();
      end = plusMonths(anchorMonths + elapsedMonths, anchorDay) + elapsedDays - 1;
    }
    cycles++;
    startDay = nextStart;
    shortFirst = isShort;
    version = v;
    nextStart = end + 1;
  }

  /**
   * Moves to the next cycle and returns it as a full answer keeps it.
   *
   * @param v  the version in force on {@link #nextStartDay()}, not null
   * @return the cycle, not null
   */
  PlannedCycle next(VersionPlan v) {
    advance(v);
    return planned();
  }

  /** The current cycle's position in the walk, from 0. */
  int index() {
    return cycles - 1;
  }

  /** The current cycle's first day, as an epoch day. */
  long startDay() {
    return startDay;
  }

  /** The current cycle's last day, as an epoch day. */
  long endDay() {
    return nextStart - 1;
  }

  /** Whether the current cycle is a first, short cycle before the first boundary. */
  boolean shortFirst() {
    return shortFirst;
  }

  /** The version governing the current cycle. */
  VersionPlan version() {
    return java.util.Objects.requireNonNull(version, "advance() first");
  }

  /**
   * Returns the current cycle as a value: built only for a cycle an answer reports.
   *
   * @return the cycle, not null
   */
  RenewalCycle cycle() {
    return new RenewalCycle(LocalDate.ofEpochDay(startDay), LocalDate.ofEpochDay(endDay()), version().policy);
  }

  /**
   * Returns the current cycle as a full answer keeps it.
   *
   * @return the cycle, not null
   */
  PlannedCycle planned() {
    return new PlannedCycle(index(), cycle(), version(), shortFirst, startDay, endDay());
  }

  // The ISO calendar on ints, as java.time.LocalDate computes it (its toEpochDay, ofEpochDay and plusMonths).

  /** The days from 0000-03-01 to 1970-01-01. */
  private static final long DAYS_0000_TO_1970 = 146_097L * 5 - (30L * 365 + 7);

  /**
   * Returns the epoch day of a date, as {@link LocalDate#toEpochDay()} does.
   *
   * @param year  the proleptic year
   * @param month  the month, 1 to 12
   * @param day  the day of the month, valid for the month
   * @return the epoch day
   */
  static long epochDay(long year, int month, int day) {
    long total = 365 * year;
    if (year >= 0) {
      total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    } else {
      total -= year / -4 - year / -100 + year / -400;
    }
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - DAYS_0000_TO_1970;
  }

  /**
   * Returns the proleptic year of an epoch day, as {@link LocalDate#ofEpochDay(long)} does.
   *
   * @param epochDay  the epoch day
   * @return the year
   */
  static long yearOf(long epochDay) {
    return Math.floorDiv(monthOf(epochDay), 12);
  }

  /**
   * Returns the proleptic month of an epoch day ({@code year * 12 + month - 1}), as
   * {@link LocalDate#ofEpochDay(long)} works out its year and month.
   *
   * @param epochDay  the epoch day
   * @return the month
   */
  static long monthOf(long epochDay) {
    long zeroDay = epochDay + DAYS_0000_TO_1970 - 60; // from 0000-03-01, so that the leap day ends a year
    long adjust = 0;
    if (zeroDay < 0) {
      long adjustCycles = (zeroDay + 1) / 146_097 - 1;
      adjust = adjustCycles * 400;
      zeroDay += -adjustCycles * 146_097;
    }
    long yearEst = (400 * zeroDay + 591) / 146_097;
    long doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    if (doyEst < 0) {
      yearEst--;
      doyEst = zeroDay - (365 * yearEst + yearEst / 4 - yearEst / 100 + yearEst / 400);
    }
    yearEst += adjust;
    int marchDoy0 = (int) doyEst;
    int marchMonth0 = (marchDoy0 * 5 + 2) / 153;
    long year = yearEst + marchMonth0 / 10; // January and February belong to the next year
    return year * 12 + (marchMonth0 + 2) % 12;
  }

  /**
   * Returns the day of the month of an epoch day.
   *
   * @param epochDay  the epoch day
   * @param month  its proleptic month ({@link #monthOf})
   * @return the day, 1 to 31
   */
  static int dayOfMonth(long epochDay, long month) {
    return (int) (epochDay - epochDay(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1)) + 1;
  }

  /**
   * Returns the epoch day a month count after a month lands on, the day of the month kept or, past the
   * month's end, its last day: {@code LocalDate.plusMonths}.
   *
   * @param prolepticMonth  {@code year * 12 + month - 1} of the month landed on
   * @param dayOfMonth  the day of the month asked for, 1 to 31
   * @return the epoch day
   */
  static long plusMonths(long prolepticMonth, int dayOfMonth) {
    long year = Math.floorDiv(prolepticMonth, 12);
    int month = Math.floorMod(prolepticMonth, 12) + 1;
    return epochDay(year, month, Math.min(dayOfMonth, lengthOfMonth(year, month)));
  }

  private static int lengthOfMonth(long year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }
}
