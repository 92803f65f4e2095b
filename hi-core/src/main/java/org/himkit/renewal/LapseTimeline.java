package org.himkit.renewal;

import com.google.common.collect.ImmutableList;
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

  /**
   * Decides the status of a cycle in force on the assessment date.
   *
   * @param cycle  the cycle, containing {@code asOf}
   * @param met  whether every requirement is met
   * @param required  the total required, in hundredths
   * @param earned  the total earned, in hundredths
   * @param asOf  the assessment date
   * @return the verdict, the last of the walk
   */
  static Verdict active(RenewalCycle cycle, boolean met, long required, long earned, LocalDate asOf) {
    long daysLeft = ChronoUnit.DAYS.between(asOf, cycle.end());
    if (met) {
      return new Verdict(RenewalStatus.ACTIVE_REQUIREMENTS_MET, daysLeft, true);
    }
    long passed = ChronoUnit.DAYS.between(cycle.start(), asOf);
    boolean behind = 2 * passed > cycle.lengthInDays() && 2 * earned < required;
    RenewalStatus status = daysLeft < RenewalEvaluator.AT_RISK_DAYS || behind ? RenewalStatus.ACTIVE_AT_RISK
        : RenewalStatus.ACTIVE_ON_TRACK;
    return new Verdict(status, daysLeft, true);
  }

  /**
   * Decides the status of a cycle that ended before the assessment date.
   *
   * @param cycle  the cycle
   * @param judged  false if the cycle is not judged (not recorded, or stated in good standing)
   * @param met  whether every requirement is met, with its grace period if it has one
   * @param lapse  the lapse rule applied to it, if any
   * @param asOf  the assessment date
   * @return the verdict; the walk goes on after a cycle renewed or not judged
   */
  static Verdict ended(RenewalCycle cycle, boolean judged, boolean met, Optional<LapseRule> lapse, LocalDate asOf) {
    if (!judged) {
      return new Verdict(RenewalStatus.NOT_RECORDED, 0, false);
    }
    if (met) {
      return new Verdict(RenewalStatus.RENEWED, 0, false);
    }
    Optional<LocalDate> graceEnd = graceEnd(cycle, lapse);
    Optional<Period> inactive = inactivePeriod(lapse);
    if (graceEnd.isPresent() && !asOf.isAfter(graceEnd.get())) {
      return new Verdict(RenewalStatus.IN_GRACE, ChronoUnit.DAYS.between(asOf, graceEnd.get()), true);
    }
    Optional<LocalDate> deadline = submissionDeadline(cycle, lapse);
    if (deadline.isPresent() && !asOf.isAfter(deadline.get())) {
      return new Verdict(RenewalStatus.IN_GRACE, ChronoUnit.DAYS.between(asOf, deadline.get()), true);
    }
    if (inactive.isPresent()) {
      boolean revoked = asOf.isAfter(cycle.end().plus(inactive.get()));
      return new Verdict(revoked ? RenewalStatus.REVOKED : RenewalStatus.INACTIVE, 0, true);
    }
    Optional<Period> revokedAfter = revokedAfter(lapse);
    boolean revoked = revokedAfter.isPresent() && asOf.isAfter(cycle.end().plus(revokedAfter.get()));
    return new Verdict(revoked ? RenewalStatus.REVOKED : RenewalStatus.EXPIRED, 0, true);
  }

  /**
   * Returns the last day of the grace period a lapse rule adds to a cycle.
   *
   * @param cycle  the cycle
   * @param lapse  the lapse rule, if any
   * @return the day, empty if the rule has no grace period
   */
  static Optional<LocalDate> graceEnd(RenewalCycle cycle, Optional<LapseRule> lapse) {
    Optional<Period> grace = lapse.isPresent() ? lapse.get().gracePeriod() : Optional.empty();
    return grace.isPresent() ? Optional.of(cycle.end().plus(grace.get())) : Optional.empty();
  }

  /**
   * Returns the last day to submit a cycle's CE hours under a lapse rule with a submission deadline.
   *
   * @param cycle  the cycle
   * @param lapse  the lapse rule, if any
   * @return the day, empty if the rule has no submission deadline
   */
  static Optional<LocalDate> submissionDeadline(RenewalCycle cycle, Optional<LapseRule> lapse) {
    if (lapse.isEmpty() || lapse.get().submissionDeadline().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cycle.end().plus(lapse.get().submissionDeadline().get()));
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
    Optional<Period> retake = lapse.isPresent() ? lapse.get().examRetakeAfter() : Optional.empty();
    if (retake.isEmpty()) {
      return Optional.empty();
    }
    LocalDate lastDay = submissionDeadline(cycle, lapse).orElse(cycle.end());
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
    Optional<LocalDate> grace = graceEnd(cycle, lapse);
    if (grace.isPresent()) {
      dates.add(new KeyDate(KeyDateKind.GRACE_END, grace.get(), ifUnmet));
    }
    Optional<LocalDate> deadline = submissionDeadline(cycle, lapse);
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
    Optional<LocalDate> retake = examRetakeFrom(cycle, lapse);
    if (retake.isPresent()) {
      dates.add(new KeyDate(KeyDateKind.EXAM_RETAKE_FROM, retake.get(), ifUnmet));
    }
    if (!lapsed) {
      dates.add(KeyDate.of(KeyDateKind.NEXT_CYCLE_START, cycle.nextStart()));
    }
    dates.sort(BY_DATE);
    return ImmutableList.copyOf(dates);
  }
}
