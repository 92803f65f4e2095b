package org.himkit.renewal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.himkit.policy.LapseRule;

/**
 * Stage 7 of an assessment: what a cycle's outcome means on the assessment date (its status, the days
 * left, whether the walk goes on to the next cycle) and, for a full assessment, the dates that matter.
 *
 * <p>A cycle in force on the date is {@link RenewalStatus#ACTIVE_REQUIREMENTS_MET},
 * {@link RenewalStatus#ACTIVE_ON_TRACK} or {@link RenewalStatus#ACTIVE_AT_RISK}. A cycle that ended met is
 * {@link RenewalStatus#RENEWED}, and one not judged {@link RenewalStatus#NOT_RECORDED}; the walk goes on
 * after both. A cycle that ended unmet ends the walk, with the status its lapse rule (the rule of the
 * version in force on the day after it ended) gives on the date: in grace (within the grace period, or up
 * to the submission deadline, NCRA's January 31), inactive, revoked (after the inactive period, or after the
 * revocation period of a rule without an inactive status, AAPC's 90 days), or otherwise expired. A rule with
 * an exam-retake period (NCRA's three years) adds the day from which the exam must be retaken.
 *
 * <p>This class is stateless.
 */
final class LapseTimeline {
  /**
   * A cycle's status on the assessment date, whether the walk ends with it, the lapse rule applied to it
   * and the last day of the grace period it was judged with.
   */
  record Verdict(RenewalStatus status, long daysLeft, boolean last, Optional<LapseRule> lapse,
      Optional<LocalDate> graceEnd) {
    Verdict(RenewalStatus status, long daysLeft, boolean last) {
      this(status, daysLeft, last, Optional.empty(), Optional.empty());
    }

    Verdict with(Optional<LapseRule> rule, Optional<LocalDate> grace) {
      return new Verdict(status, daysLeft, last, rule, grace);
    }

    /** Whether the cycle ended unmet and decides a lapsed status. */
    boolean lapsed() {
      return last && !status.isInGoodStanding();
    }
  }

  /** Key dates in date order (a class, not a lambda: no class is spun on the way to the first answer). */
  private static final Comparator<KeyDate> BY_DATE = new Comparator<>() {
    @Override
    public int compare(KeyDate a, KeyDate b) {
      return a.date().compareTo(b.date());
    }
  };

  /** A part of the lapse rule, or empty without a rule: {@code lapse.flatMap(part)} without a lambda. */
  private static Optional<Period> inactivePeriod(Optional<LapseRule> lapse) {
    return lapse.isPresent() ? lapse.get().inactivePeriod() : Optional.empty();
  }

  private static Optional<Period> revokedAfter(Optional<LapseRule> lapse) {
    return lapse.isPresent() ? lapse.get().revokedAfter() : Optional.empty();
  }

  private LapseTimeline() {}

  /** The verdicts that carry no days and no rule: built once, shared by every walk. */
  private static final Verdict RENEWED = new Verdict(RenewalStatus.RENEWED, 0, false);
  private static final Verdict NOT_RECORDED = new Verdict(RenewalStatus.NOT_RECORDED, 0, false);
  private static final Verdict INACTIVE = new Verdict(RenewalStatus.INACTIVE, 0, true);
  private static final Verdict REVOKED = new Verdict(RenewalStatus.REVOKED, 0, true);
  private static final Verdict EXPIRED = new Verdict(RenewalStatus.EXPIRED, 0, true);

  /**
   * Decides the status of a cycle in force on the assessment date.
   *
   * @param startDay  the cycle's first day, as an epoch day
   * @param endDay  its last day, as an epoch day, not before {@code asOfDay}
   * @param asOfDay  the assessment date, as an epoch day, not before {@code startDay}
   * @param met  whether every requirement is met
   * @param lessThanHalf  whether less than half of the total required is earned (twice the CEUs earned are
   *     less than the CEUs required)
   * @return the verdict, the last of the walk
   */
  static Verdict active(long startDay, long endDay, long asOfDay, boolean met, boolean lessThanHalf) {
    return new Verdict(activeStatus(startDay, endDay, asOfDay, met, lessThanHalf), endDay - asOfDay, true);
  }

  /**
   * Returns the status of a cycle in force on the assessment date, as {@link #active} decides it.
   *
   * @param startDay  the cycle's first day, as an epoch day
   * @param endDay  its last day, as an epoch day, not before {@code asOfDay}
   * @param asOfDay  the assessment date, as an epoch day, not before {@code startDay}
   * @param met  whether every requirement is met
   * @param lessThanHalf  whether less than half of the total required is earned
   * @return the status, not null
   */
  static RenewalStatus activeStatus(long startDay, long endDay, long asOfDay, boolean met, boolean lessThanHalf) {
    if (met) {
      return RenewalStatus.ACTIVE_REQUIREMENTS_MET;
    }
    long daysLeft = endDay - asOfDay;
    long passed = asOfDay - startDay;
    boolean behind = 2 * passed > endDay - startDay + 1 && lessThanHalf;
    return daysLeft < RenewalEvaluator.AT_RISK_DAYS || behind ? RenewalStatus.ACTIVE_AT_RISK
        : RenewalStatus.ACTIVE_ON_TRACK;
  }

  /**
   * Decides the status of a cycle that ended before the assessment date.
   *
   * @param endDay  the cycle's last day, as an epoch day
   * @param judged  false if the cycle is not judged (not recorded, or stated in good standing)
   * @param met  whether every requirement is met, with its grace period if it has one
   * @param lapse  the lapse rule applied to it, if any
   * @param asOf  the assessment date
   * @return the verdict; the walk goes on after a cycle renewed or not judged
   */
  static Verdict ended(long endDay, boolean judged, boolean met, Optional<LapseRule> lapse, LocalDate asOf) {
    if (!judged) {
      return NOT_RECORDED;
    }
    if (met) {
      return RENEWED;
    }
    LocalDate end = LocalDate.ofEpochDay(endDay);
    Optional<LocalDate> graceEnd = graceEnd(end, lapse);
    Optional<Period> inactive = inactivePeriod(lapse);
    if (graceEnd.isPresent() && !asOf.isAfter(graceEnd.get())) {
      return new Verdict(RenewalStatus.IN_GRACE, ChronoUnit.DAYS.between(asOf, graceEnd.get()), true);
    }
    Optional<LocalDate> deadline = submissionDeadline(end, lapse);
    if (deadline.isPresent() && !asOf.isAfter(deadline.get())) {
      return new Verdict(RenewalStatus.IN_GRACE, ChronoUnit.DAYS.between(asOf, deadline.get()), true);
    }
    if (inactive.isPresent()) {
      return asOf.isAfter(end.plus(inactive.get())) ? REVOKED : INACTIVE;
    }
    Optional<Period> revokedAfter = revokedAfter(lapse);
    return revokedAfter.isPresent() && asOf.isAfter(end.plus(revokedAfter.get())) ? REVOKED : EXPIRED;
  }

  /**
   * Returns the last day of the grace period a lapse rule adds to a cycle.
   *
   * @param endDay  the cycle's last day, as an epoch day
   * @param lapse  the lapse rule, if any
   * @return the day, empty if the rule has no grace period
   */
  static Optional<LocalDate> graceEnd(long endDay, Optional<LapseRule> lapse) {
    Optional<Period> grace = lapse.isPresent() ? lapse.get().gracePeriod() : Optional.empty();
    return grace.isPresent() ? Optional.of(LocalDate.ofEpochDay(endDay).plus(grace.get())) : Optional.empty();
  }

  /** What {@link #graceEndDay} returns for a rule without a grace period. */
  static final long NO_GRACE = Long.MIN_VALUE;

  /**
   * Returns the last day of the grace period a lapse rule adds to a cycle, as {@link #graceEnd(long, Optional)}
   * does, as an epoch day: what the walk of a cycle that ended reads, with no date or optional made (an old AHIMA
   * cycle has a grace period).
   *
   * @param endDay  the cycle's last day, as an epoch day
   * @param lapse  the lapse rule, if any
   * @return the epoch day, or {@link #NO_GRACE} if the rule has no grace period
   */
  @SuppressWarnings("JavaPeriodGetDays") // the months, then the days: LocalDate.plus(Period)'s order
  static long graceEndDay(long endDay, Optional<LapseRule> lapse) {
    if (lapse.isEmpty()) {
      return NO_GRACE;
    }
    Optional<Period> grace = lapse.get().gracePeriod();
    if (grace.isEmpty()) {
      return NO_GRACE;
    }
    Period p = grace.get();
    long month = CycleCalendar.monthOf(endDay);
    long end = CycleCalendar.plusMonths(month + p.toTotalMonths(), CycleCalendar.dayOfMonth(endDay, month));
    return end + p.getDays();
  }

  private static Optional<LocalDate> graceEnd(LocalDate end, Optional<LapseRule> lapse) {
    Optional<Period> grace = lapse.isPresent() ? lapse.get().gracePeriod() : Optional.empty();
    return grace.isPresent() ? Optional.of(end.plus(grace.get())) : Optional.empty();
  }

  /** The last day to submit a cycle's CE hours under a lapse rule with a submission deadline, if it has one. */
  static Optional<LocalDate> submissionDeadline(LocalDate end, Optional<LapseRule> lapse) {
    if (lapse.isEmpty() || lapse.get().submissionDeadline().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(end.plus(lapse.get().submissionDeadline().get()));
  }

  /**
   * Returns the first day the exam must be retaken should the cycle stay unmet: the exam-retake period after
   * the submission deadline (or after the cycle's last day), counted from the day after it.
   *
   * @param cycle  the cycle
   * @param lapse  the lapse rule, if any
   * @return the day, empty if the rule has no exam-retake period
   */
  static Optional<LocalDate> examRetakeFrom(RenewalCycle cycle, Optional<LapseRule> lapse) {
    return examRetakeFrom(cycle, submissionDeadline(cycle.end(), lapse), lapse);
  }

  private static Optional<LocalDate> examRetakeFrom(RenewalCycle cycle, Optional<LocalDate> deadline,
      Optional<LapseRule> lapse) {
    Optional<Period> retake = lapse.isPresent() ? lapse.get().examRetakeAfter() : Optional.empty();
    if (retake.isEmpty()) {
      return Optional.empty();
    }
    LocalDate lastDay = deadline.isPresent() ? deadline.get() : cycle.end();
    return Optional.of(lastDay.plus(retake.get()).plusDays(1));
  }

  /**
   * Returns the dates that matter for a cycle, in date order.
   *
   * @param cycle  the cycle
   * @param yearEnds  the last days of its years that need a mandatory activity, before its last day
   * @param lapse  the lapse rule applied to it, if any
   * @param lapsed  true if the cycle ended unmet and decides a lapsed status
   * @return the key dates, not empty
   */
  static List<KeyDate> keyDates(RenewalCycle cycle, List<LocalDate> yearEnds, Optional<LapseRule> lapse,
      boolean lapsed) {
    boolean ifUnmet = !lapsed;
    List<KeyDate> dates = new ArrayList<>(8);
    dates.add(KeyDate.of(KeyDateKind.CYCLE_START, cycle.start()));
    for (LocalDate d : yearEnds) {
      dates.add(KeyDate.of(KeyDateKind.MANDATORY_YEAR_END, d));
    }
    dates.add(KeyDate.of(KeyDateKind.CYCLE_END, cycle.end()));
    Optional<LocalDate> grace = graceEnd(cycle.end(), lapse);
    if (grace.isPresent()) {
      dates.add(new KeyDate(KeyDateKind.GRACE_END, grace.get(), ifUnmet));
    }
    Optional<LocalDate> deadline = submissionDeadline(cycle.end(), lapse);
    if (deadline.isPresent()) {
      dates.add(KeyDate.of(KeyDateKind.SUBMISSION_DEADLINE, deadline.get()));
    }
    Optional<Period> inactive = inactivePeriod(lapse);
    Optional<Period> revokedAfter = revokedAfter(lapse);
    if (inactive.isPresent()) {
      LocalDate revoked = cycle.end().plus(inactive.get()).plusDays(1);
      dates.add(new KeyDate(KeyDateKind.INACTIVE_FROM, cycle.nextStart(), ifUnmet));
      dates.add(new KeyDate(KeyDateKind.REVOKED_ON, revoked, ifUnmet));
      Optional<Period> appeal = lapse.get().appealPeriod(); // an inactive period comes with a rule
      if (appeal.isPresent()) {
        dates.add(new KeyDate(KeyDateKind.APPEAL_DEADLINE, revoked.plus(appeal.get()).minusDays(1), ifUnmet));
      }
    } else if (revokedAfter.isPresent()) {
      dates.add(new KeyDate(KeyDateKind.REVOKED_ON, cycle.end().plus(revokedAfter.get()).plusDays(1), ifUnmet));
    }
    Optional<LocalDate> retake = examRetakeFrom(cycle, deadline, lapse); // the deadline worked out once
    if (retake.isPresent()) {
      dates.add(new KeyDate(KeyDateKind.EXAM_RETAKE_FROM, retake.get(), ifUnmet));
    }
    if (!lapsed) {
      dates.add(KeyDate.of(KeyDateKind.NEXT_CYCLE_START, cycle.nextStart()));
    }
    dates.sort(BY_DATE);
    return List.copyOf(dates); // the JDK's, not Guava's: start-up
  }
}
