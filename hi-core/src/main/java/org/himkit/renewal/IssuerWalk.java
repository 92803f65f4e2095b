package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.policy.Ceus;
import org.himkit.policy.LapseRule;
import org.jspecify.annotations.Nullable;

/**
 * The walk over one issuer's cycles, in order: for each cycle, the calendar gives its dates and version,
 * {@link CycleCredentials} its requirement, the {@link CreditLedger} what counted (with a grace period for
 * an unmet cycle that has one), the {@link RequirementJudge} whether it is met and the
 * {@link LapseTimeline} its status; the walk stops at the cycle in force or at the first unmet cycle. A cycle
 * whose version covers none of the credentials in force (only retired ones are held) is not assessed: the
 * walk starts again on the day the next credential was earned, or stops there if there is none.
 * What it hands on depends on the question: a standing, the last cycle's full assessment, or every
 * cycle's.
 *
 * <p>The status-only walk ({@link Mode#STANDING}) works on the calendar's epoch days and one tally for all
 * its cycles (the caller's, reused across the records of a batch): it builds no cycle value, verdict or
 * amount for the cycles before the one it reports, and for that one only the standing itself.
 *
 * <p>The walk is its own {@link CycleCalendar}, {@link CreditLedger} and {@link AssessmentWriter} (it extends
 * them) and, once it has run, its own outcome ({@link #assessments}, {@link #standings}, {@link #notAssessed}): an
 * issuer's walk is one object, not five. A status-only walk on the packed words has no ledger of its own (it reads
 * the words) and writes nothing.
 *
 * <p>This class is confined to one issuer of one assessment. No lambda on the way to the first answer:
 * each would be a class spun at its first use after start-up.
 */
final class IssuerWalk extends AssessmentWriter {
  /** What the walk hands on. */
  enum Mode {
    /** The last cycle's standing only: no outcomes, key dates or notes are built. */
    STANDING,
    /** The last cycle's full assessment. */
    LAST,
    /** Every cycle's full assessment. */
    HISTORY
  }

  /** The holder's activities packed for this issuer ({@link ActivityWords}), or null for a walk on the ledger. */
  private final @Nullable ActivityWords words;
  /** The status-only walk's one tally for every cycle, or null: a full answer keeps a tally per cycle. */
  private final @Nullable Tally scratch;
  /**
   * What the walk gives once it has run ({@link #run}): assessments or standings, and the credentials it could not
   * assess (null for none: left unwritten by the constructor, as the fields of the classes it extends are, see
   * {@link CycleCalendar}). The walk is its own outcome: no object of its own.
   */
  private @Nullable List<RenewalAssessment> assessments;
  private @Nullable List<RenewalStanding> standings;
  private @Nullable List<NotAssessedReason> notAssessed;

  /**
   * Prepares the walk of one issuer's holdings.
   *
   * @param group  the issuer's holdings
   * @param ledger  the holder's activities
   * @param asOf  the assessment date
   * @param record  what the caller stated about the ledger
   * @param scratch  the tally a status-only walk reuses for every cycle (the caller's, confined to it), or
   *     null for a full answer
   * @throws HimValidationException if the explicit cycle start does not fit the assessment date or the anchor
   */
  IssuerWalk(HoldingGroups.Group group, Ledger ledger, LocalDate asOf, RenewalEvaluator.Input record,
      @Nullable Tally scratch) {
    super(ledger, group, asOf, record.recordsBegin(), statedThrough(record, group));
    this.words = null;
    this.scratch = scratch;
  }

  /**
   * Prepares the status-only walk of one issuer's holdings on the holder's activities packed for it.
   *
   * @param group  the issuer's holdings
   * @param words  the holder's activities packed for the issuer, viewed for the assessment date
   * @param asOf  the assessment date
   * @param record  what the caller stated about the ledger
   * @param scratch  the tally the walk reuses for every cycle (the caller's, confined to it)
   * @throws HimValidationException if the explicit cycle start does not fit the assessment date or the anchor
   */
  IssuerWalk(HoldingGroups.Group group, ActivityWords words, LocalDate asOf, RenewalEvaluator.Input record,
      Tally scratch) {
    super(NO_LEDGER, group, asOf, record.recordsBegin(), statedThrough(record, group));
    this.words = words;
    this.scratch = scratch;
  }

  /** The ledger of a walk on the packed words, never read: the words are. */
  private static final Ledger NO_LEDGER = Ledger.of(List.of(), LocalDate.EPOCH);

  private static Optional<LocalDate> statedThrough(RenewalEvaluator.Input record, HoldingGroups.Group group) {
    return record.goodStandingThrough().isEmpty() ? Optional.empty()
        : Optional.ofNullable(record.goodStandingThrough().get(group.issuer()));
  }

  /** The walk of the holdings left after a restart, as {@link #restarted} describes. */
  private IssuerWalk(IssuerWalk before, HoldingGroups.Group rest) {
    super(before.ledger, rest, before.asOf, before.recordsBegin, before.statedThrough.isPresent()
        && before.statedThrough.get().isBefore(rest.certifiedSince()) ? Optional.empty() : before.statedThrough);
    this.words = before.words == null ? null : before.words.again();
    this.scratch = before.scratch;
  }

  /** The assessments, in the order of the cycles, once the walk has run. */
  List<RenewalAssessment> assessments() {
    List<RenewalAssessment> a = assessments;
    return a != null ? a : List.of();
  }

  /** The standing of the cycle a status-only walk stopped at, once it has run. */
  List<RenewalStanding> standings() {
    List<RenewalStanding> s = standings;
    return s != null ? s : List.of();
  }

  /** The credentials the walk could not assess, with the reasons, once it has run. */
  List<NotAssessedReason> notAssessed() {
    List<NotAssessedReason> n = notAssessed;
    return n != null ? n : List.of();
  }

  /** Sets what the walk gives and returns it. */
  private IssuerWalk gives(List<RenewalAssessment> a, List<RenewalStanding> s, List<NotAssessedReason> n) {
    assessments = a;
    standings = s;
    notAssessed = n;
    return this;
  }

  /**
   * Walks the cycles.
   *
   * <p>A full answer builds typed values only for the cycles it reports (the last, or every one of a history):
   * the cycles before are walked on the calendar's epoch days, with one tally and, where a cycle needs the same
   * credentials as the one before, the same {@link CycleCredentials}; the writer keeps only the cycles that took
   * an activity in their grace period, which an explanation names.
   *
   * @param mode  what to hand on
   * @return this walk, with what it gives ({@link #assessments}, {@link #standings}, {@link #notAssessed})
   * @throws HimValidationException if the stated good standing does not fit the cycles
   */
  IssuerWalk run(Mode mode) {
    CycleCalendar calendar = this;
    // The status-only walk writes nothing (the walk is a writer, unused).
    @Nullable AssessmentWriter writer = mode == Mode.STANDING ? null : this;
    @Nullable List<RenewalAssessment> history = mode == Mode.HISTORY ? new ArrayList<>() : null;
    // One tally for the cycles of the walk: a full answer hands the reported cycle's on with it and takes another.
    Tally t = scratch != null && writer == null ? scratch : new Tally();
    @Nullable CycleCredentials before = null;
    long asOfDay = asOf.toEpochDay();
    while (true) {
      long start = calendar.nextStartDay();
      VersionPlan version = group.plan().versionOn(start);
      if (version == null) {
        return stopped(history, NotAssessedKind.NO_VERSION_IN_FORCE, inForce(start), start);
      }
      calendar.advance(version);
      CycleCredentials full = CycleCredentials.of(version, group, calendar.startDay(), calendar.endDay(),
          before);
      before = full;
      NotAssessedKind problem = full.problem();
      if (problem != null) {
        HoldingGroups.Group rest = problem == NotAssessedKind.NOT_COVERED_BY_VERSION ? group.restartAfter(
            LocalDate.ofEpochDay(start)) : null;
        return rest == null ? stopped(history, problem, problemCredentials(full), start)
            : restarted(history, rest, mode);
      }
      CycleCredentials credentials = credentials(calendar, full);
      checkStatedThrough(calendar);
      LapseTimeline.Verdict verdict = judge(calendar, credentials, t, writer, asOfDay);
      if (writer != null && (history != null || verdict.last())) {
        RenewalAssessment a = new DeferredAssessment(writer, calendar.index(), version, calendar.shortFirst(),
            calendar.startDay(), calendar.endDay(), credentials, t, withLapse(calendar, verdict, t, asOfDay));
        if (history == null) { // the last cycle: the walk ends here
          assessments = List.of(a);
          return this;
        }
        history.add(a);
        t = new Tally(); // the one handed on is the assessment's
      }
      if (verdict.last()) {
        List<RenewalStanding> standing = writer == null ? List.of(standing(calendar, t, verdict)) : List.of();
        return gives(history == null ? List.of() : java.util.Collections.unmodifiableList(history), standing,
            List.of());
      }
    }
  }

  /** The standing of the cycle the walk stopped at: the only values the status-only walk builds. */
  private RenewalStanding standing(CycleCalendar c, Tally t, LapseTimeline.Verdict verdict) {
    return new RenewalStanding(group.issuer(), c.cycle(), verdict.status(), t.rules.requiredCeus,
        Ceus.ofHundredths(t.total), verdict.daysLeft());
  }

  /**
   * Judges the calendar's cycle: lays out its rules, tallies it (with its grace period where it ended unmet
   * and has one) into a tally, and decides its status. The verdict of a cycle that ended carries no lapse rule
   * or grace period: {@link #withLapse} adds them for a cycle a full answer reports; that of the cycle in force,
   * always the last, is in a full answer one of three shared by status, without its days left or lapse rule, which
   * its assessment works out from the cycle.
   *
   * @param c  the calendar, on the cycle
   * @param credentials  the cycle's credentials
   * @param t  the tally to fill, reset here to the cycle's rules; its rules are those the cycle was judged by
   * @param writer  the writer of a full answer, told of a cycle credited with its grace period; null for a
   *     status-only walk
   * @param asOfDay  the assessment date, as an epoch day
   * @return the verdict, not null
   */
  private LapseTimeline.Verdict judge(CycleCalendar c, CycleCredentials credentials, Tally t,
      @Nullable AssessmentWriter writer, long asOfDay) {
    VersionPlan v = c.version();
    long startDay = c.startDay();
    long endDay = c.endDay();
    if (asOfDay <= endDay) { // the cycle in force: the last, whose verdict a full answer keeps whole
      t.reset(RequirementJudge.rules(v, startDay, endDay, credentials, endDay));
      tallyCycle(t, startDay, endDay, v);
      boolean met = RequirementJudge.met(t.rules, t);
      boolean lessThanHalf = 2 * t.total < t.rules.required;
      return writer == null ? LapseTimeline.active(startDay, endDay, asOfDay, met, lessThanHalf)
          : inForce(LapseTimeline.activeStatus(startDay, endDay, asOfDay, met, lessThanHalf));
    }
    Optional<LapseRule> lapse = lapseRule(c);
    boolean judged = isJudged(c);
    long graceEnd = judged ? LapseTimeline.graceEndDay(endDay, lapse) : LapseTimeline.NO_GRACE; // no LocalDate
    boolean grace = graceEnd != LapseTimeline.NO_GRACE;
    long windowEnd = grace ? graceEnd : endDay;
    t.reset(RequirementJudge.rules(v, startDay, endDay, credentials, windowEnd));
    tallyCycle(t, startDay, endDay, v);
    boolean met = RequirementJudge.met(t.rules, t);
    if (!met && grace) {
      if (words != null) {
        words.extendIntoGrace(t, endDay, c.index(), v, windowEnd);
      } else {
        extendIntoGrace(t, endDay, c.index(), v, windowEnd);
      }
      t.graceCounted = true;
      if (writer != null) {
        writer.creditedInGrace(c.index(), c.cycle()); // an explanation may name it as having taken an activity
      }
      met = RequirementJudge.met(t.rules, t);
    } else if (grace) {
      // met without its grace period: judged to the cycle's end
      t.rules = RequirementJudge.rules(v, startDay, endDay, credentials, endDay);
    }
    return LapseTimeline.ended(endDay, judged, met, lapse, asOf);
  }

  /**
   * The verdicts of the cycle in force in a full answer, by status, shared: its assessment works out the days left
   * and the lapse rule from its cycle ({@link DeferredAssessment#daysLeft}, {@link DeferredAssessment#lapse}).
   */
  private static final LapseTimeline.Verdict MET_IN_FORCE =
      new LapseTimeline.Verdict(RenewalStatus.ACTIVE_REQUIREMENTS_MET, 0, true);
  private static final LapseTimeline.Verdict ON_TRACK_IN_FORCE =
      new LapseTimeline.Verdict(RenewalStatus.ACTIVE_ON_TRACK, 0, true);
  private static final LapseTimeline.Verdict AT_RISK_IN_FORCE =
      new LapseTimeline.Verdict(RenewalStatus.ACTIVE_AT_RISK, 0, true);

  private static LapseTimeline.Verdict inForce(RenewalStatus status) {
    return status == RenewalStatus.ACTIVE_REQUIREMENTS_MET ? MET_IN_FORCE
        : status == RenewalStatus.ACTIVE_ON_TRACK ? ON_TRACK_IN_FORCE : AT_RISK_IN_FORCE;
  }

  /**
   * Returns the verdict of a cycle a full answer reports with the lapse rule applied to it and, for a cycle that
   * ended, the last day of the grace period it was judged with: the one it has, if {@link #judge} credited it
   * ({@link Tally#graceCounted}: the cycle was judged and unmet on its last day).
   */
  private LapseTimeline.Verdict withLapse(CycleCalendar c, LapseTimeline.Verdict verdict, Tally t, long asOfDay) {
    if (asOfDay <= c.endDay()) {
      return verdict; // judged in force: with its lapse rule already
    }
    Optional<LapseRule> lapse = lapseRule(c);
    if (!isJudged(c)) {
      return verdict.with(lapse, Optional.empty());
    }
    Optional<LocalDate> grace = LapseTimeline.graceEnd(c.endDay(), lapse);
    return verdict.with(lapse, t.graceCounted ? grace : Optional.empty());
  }

  /** Tallies a cycle on the packed words or on the ledger, whichever the walk has. */
  private void tallyCycle(Tally t, long startDay, long endDay, VersionPlan v) {
    if (words != null) {
      words.tally(t, startDay, endDay, v);
    } else {
      tally(t, startDay, endDay, v);
    }
  }

  /** An ended cycle is judged unless it began before the records or the caller vouches for it. */
  private boolean isJudged(CycleCalendar c) {
    return (recordsBegin.isEmpty() || c.startDay() >= recordsBegin.get().toEpochDay())
        && (statedThrough.isEmpty() || c.endDay() > statedThrough.get().toEpochDay());
  }

  private void checkStatedThrough(CycleCalendar c) {
    if (statedThrough.isEmpty()) {
      return;
    }
    LocalDate d = statedThrough.get();
    long day = d.toEpochDay();
    boolean beforeFirst = c.index() == 0 && day < c.startDay();
    boolean inside = day >= c.startDay() && day < c.endDay();
    if (!d.isBefore(asOf) || beforeFirst || inside) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, "holder record for " + group.issuer(),
          "goodStandingThrough", "must be the last day of a cycle (here the cycle " + c.cycle() + ") that ended "
              + "before the assessment date " + asOf, d);
    }
  }

  private Optional<LapseRule> lapseRule(CycleCalendar c) {
    return group.plan().lapseRuleAfter(c.endDay(), c.version());
  }

  /** The cycle's credentials with the requirement of a first cycle given by the holder, or of a short one. */
  private CycleCredentials credentials(CycleCalendar c, CycleCredentials full) {
    if (c.index() == 0 && group.firstCycleRequired().isPresent()) {
      return full.requiring(group.firstCycleRequired().get().hundredths());
    }
    return c.shortFirst() ? full.requiring(0) : full;
  }

  private List<CredentialId> inForce(long start) {
    List<CredentialId> out = new ArrayList<>();
    for (int m = 0; m < group.size(); m++) {
      if (group.earnedDay(m) <= start) {
        out.add(group.laidOut(m).id());
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * The walk of the credentials earned after a cycle whose version covers none of the credentials in force
   * (a retired one): they start their own cycles, as if held alone, after the cycles walked so far.
   */
  private IssuerWalk restarted(@Nullable List<RenewalAssessment> history, HoldingGroups.Group rest,
      Mode mode) {
    IssuerWalk later = new IssuerWalk(this, rest).run(mode);
    if (history == null) {
      return later;
    }
    history.addAll(later.assessments());
    return gives(java.util.Collections.unmodifiableList(history), later.standings(), later.notAssessed());
  }

  private static List<CredentialId> problemCredentials(CycleCredentials credentials) {
    return credentials.problem() == NotAssessedKind.NOT_COVERED_BY_VERSION ? credentials.notCovered()
        : credentials.counted();
  }

  private IssuerWalk stopped(@Nullable List<RenewalAssessment> history, NotAssessedKind kind,
      List<CredentialId> concerned, long start) {
    List<NotAssessedReason> reasons = new ArrayList<>();
    Optional<LocalDate> on = Optional.of(LocalDate.ofEpochDay(start));
    for (CredentialId id : concerned) {
      reasons.add(new NotAssessedReason(kind, id, Optional.of(group.plan().id), on));
    }
    return gives(history == null ? List.of() : java.util.Collections.unmodifiableList(history), List.of(),
        java.util.Collections.unmodifiableList(reasons));
  }
}
