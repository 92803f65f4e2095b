package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.KnownOmissionId;
import org.himkit.policy.Ceus;
import org.himkit.policy.LapseRule;
import org.himkit.policy.RenewalChoice;
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
 * <p>This class is confined to one issuer of one assessment. No lambda on the way to the first answer:
 * each would be a class spun at its first use after start-up.
 */
final class IssuerWalk {
  /** What the walk hands on. */
  enum Mode {
    /** The last cycle's standing only: no outcomes, key dates or notes are built. */
    STANDING,
    /** The last cycle's full assessment. */
    LAST,
    /** Every cycle's full assessment. */
    HISTORY
  }

  /** What one issuer's walk gives: assessments or standings, and the credentials it could not assess. */
  record Outcome(List<RenewalAssessment> assessments, List<RenewalStanding> standings,
      List<NotAssessedReason> notAssessed) {}

  private final HoldingGroups.Group group;
  /** The holder's activities, for a walk on the ledger; null for a status-only walk on packed words. */
  private final @Nullable Ledger ledger;
  private final @Nullable CreditLedger credits;
  /** The holder's activities packed for this issuer ({@link ActivityWords}), or null for a walk on the ledger. */
  private final @Nullable ActivityWords words;
  private final LocalDate asOf;
  private final long asOfDay;
  private final Optional<LocalDate> recordsBegin;
  private final Optional<LocalDate> statedThrough;
  /** The status-only walk's one tally for every cycle, or null: a full answer keeps a tally per cycle. */
  private final @Nullable Tally scratch;

  /**
   * Prepares the walk of one issuer's holdings.
   *
   * @param group  the issuer's holdings
   * @param ledger  the holder's activities
   * @param asOf  the assessment date
   * @param record  what the caller stated about the ledger
   * @param scratch  the tally a status-only walk reuses for every cycle (the caller's, confined to it), or
   *     null for a full answer
   */
  IssuerWalk(HoldingGroups.Group group, Ledger ledger, LocalDate asOf, RenewalEvaluator.Input record,
      @Nullable Tally scratch) {
    this.group = group;
    this.ledger = ledger;
    this.credits = new CreditLedger(ledger, group.plan());
    this.words = null;
    this.asOf = asOf;
    this.asOfDay = asOf.toEpochDay();
    this.recordsBegin = record.recordsBegin();
    this.statedThrough = statedThrough(record, group);
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
   */
  IssuerWalk(HoldingGroups.Group group, ActivityWords words, LocalDate asOf, RenewalEvaluator.Input record,
      Tally scratch) {
    this.group = group;
    this.ledger = null;
    this.credits = null;
    this.words = words;
    this.asOf = asOf;
    this.asOfDay = asOf.toEpochDay();
    this.recordsBegin = record.recordsBegin();
    this.statedThrough = statedThrough(record, group);
    this.scratch = scratch;
  }

  private static Optional<LocalDate> statedThrough(RenewalEvaluator.Input record, HoldingGroups.Group group) {
    return record.goodStandingThrough().isEmpty() ? Optional.empty()
        : Optional.ofNullable(record.goodStandingThrough().get(group.issuer()));
  }

  /** The walk of the holdings left after a restart, as {@link #restarted} describes. */
  private IssuerWalk(IssuerWalk before, HoldingGroups.Group rest) {
    this.group = rest;
    this.ledger = before.ledger;
    this.credits = ledger == null ? null : new CreditLedger(ledger, rest.plan());
    this.words = before.words == null ? null : before.words.again();
    this.asOf = before.asOf;
    this.asOfDay = before.asOfDay;
    this.recordsBegin = before.recordsBegin;
    this.statedThrough = before.statedThrough.isPresent() && before.statedThrough.get().isBefore(rest.certifiedSince())
        ? Optional.empty() : before.statedThrough;
    this.scratch = before.scratch;
  }

  /**
   * Walks the cycles.
   *
   * @param mode  what to hand on
   * @return the outcome, not null
   * @throws HimValidationException if the cycle start or the stated good standing does not fit the cycles
   */
  Outcome run(Mode mode) {
    CycleCalendar calendar = CycleCalendar.of(group, asOf);
    // The status-only walk keeps no cycles and builds no writer.
    List<RenewalCycle> cycles = mode == Mode.STANDING ? List.of() : new ArrayList<>();
    @Nullable AssessmentWriter writer = mode == Mode.STANDING ? null : new AssessmentWriter(
        Objects.requireNonNull(credits, "a full answer walks the ledger"), group,
        new AssessmentWriter.Scope(asOf, recordsBegin, statedThrough, new WalkNotes()), cycles);
    @Nullable List<RenewalAssessment> assessments = writer == null ? null : new ArrayList<>();
    while (true) {
      long start = calendar.nextStartDay();
      VersionPlan version = group.plan().versionOn(start);
      if (version == null) {
        return stopped(assessments, NotAssessedKind.NO_VERSION_IN_FORCE, inForce(start), start);
      }
      calendar.advance(version);
      CycleCalendar.@Nullable PlannedCycle planned = writer == null ? null : calendar.planned();
      if (planned != null) {
        cycles.add(planned.cycle());
      }
      CycleCredentials credentials = credentials(calendar);
      NotAssessedKind problem = credentials.problem();
      if (problem != null) {
        HoldingGroups.Group rest = problem == NotAssessedKind.NOT_COVERED_BY_VERSION ? group.restartAfter(
            LocalDate.ofEpochDay(start)) : null;
        return rest == null ? stopped(assessments, problem, problemCredentials(credentials), start)
            : restarted(assessments, rest, mode);
      }
      checkStatedThrough(calendar);
      Tally t = scratch != null && writer == null ? scratch : new Tally();
      LapseTimeline.Verdict verdict = judge(calendar, credentials, t, writer != null);
      if (writer != null && planned != null && (mode == Mode.HISTORY || verdict.last())) {
        Objects.requireNonNull(assessments).add(writer.assessment(new JudgedCycle(planned, credentials, t.rules, t,
            verdict)));
      }
      if (verdict.last()) {
        List<RenewalStanding> standing = writer == null ? List.of(standing(calendar, t, verdict)) : List.of();
        return new Outcome(assessments == null ? List.of() : java.util.Collections.unmodifiableList(assessments), standing, List.of());
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
   * and has one) into a tally, and decides its status.
   *
   * @param c  the calendar, on the cycle
   * @param credentials  the cycle's credentials
   * @param t  the tally to fill, reset here to the cycle's rules
   * @param full  whether the verdict carries the lapse rule and grace period, for a full answer
   * @return the verdict, not null
   */
  private LapseTimeline.Verdict judge(CycleCalendar c, CycleCredentials credentials, Tally t, boolean full) {
    VersionPlan v = c.version();
    long startDay = c.startDay();
    long endDay = c.endDay();
    if (asOfDay <= endDay) {
      t.reset(RequirementJudge.rules(v, startDay, endDay, credentials, endDay));
      tally(t, startDay, endDay, v);
      LapseTimeline.Verdict verdict = LapseTimeline.active(startDay, endDay, asOfDay, RequirementJudge.met(t.rules, t),
          2 * t.total < t.rules.required);
      return full ? verdict.with(lapseRule(c), Optional.empty()) : verdict;
    }
    Optional<LapseRule> lapse = lapseRule(c);
    boolean judged = isJudged(c);
    Optional<LocalDate> grace = judged ? LapseTimeline.graceEnd(endDay, lapse) : Optional.empty();
    long windowEnd = grace.isPresent() ? grace.get().toEpochDay() : endDay;
    t.reset(RequirementJudge.rules(v, startDay, endDay, credentials, windowEnd));
    tally(t, startDay, endDay, v);
    boolean met = RequirementJudge.met(t.rules, t);
    if (!met && grace.isPresent()) {
      if (words != null) {
        words.extendIntoGrace(t, endDay, c.index(), v, windowEnd);
      } else {
        Objects.requireNonNull(credits, "credits").extendIntoGrace(t, endDay, c.index(), v, windowEnd);
      }
      met = RequirementJudge.met(t.rules, t);
    } else if (grace.isPresent()) {
      grace = Optional.empty(); // met without its grace period: judged to the cycle's end
      t.rules = RequirementJudge.rules(v, startDay, endDay, credentials, endDay);
    }
    LapseTimeline.Verdict verdict = LapseTimeline.ended(endDay, judged, met, lapse, asOf);
    return full ? verdict.with(lapse, grace) : verdict;
  }

  /** Tallies a cycle on the packed words or on the ledger, whichever the walk has. */
  private void tally(Tally t, long startDay, long endDay, VersionPlan v) {
    if (words != null) {
      words.tally(t, startDay, endDay, v);
    } else {
      Objects.requireNonNull(credits, "credits").tally(t, startDay, endDay, v);
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
    VersionPlan after = group.plan().versionOn(c.endDay() + 1);
    return (after != null ? after : c.version()).lapseRule;
  }

  private CycleCredentials credentials(CycleCalendar c) {
    CycleCredentials full = CycleCredentials.of(c.version(), group.held(), c.startDay(), c.endDay());
    if (full.problem() != null) {
      return full;
    }
    if (c.index() == 0 && group.firstCycleRequired().isPresent()) {
      return full.requiring(group.firstCycleRequired().get().hundredths());
    }
    return c.shortFirst() ? full.requiring(0) : full;
  }

  /** The notes every full assessment of the walk carries: a class, not a method reference (start-up). */
  private final class WalkNotes implements Supplier<List<Note>> {
    @Override
    public List<Note> get() {
      return walkNotes();
    }
  }

  private List<Note> walkNotes() {
    VersionPlan first = group.plan().versionOn(group.certifiedSince().toEpochDay());
    List<Note> notes = new ArrayList<>();
    if (group.firstCycleRequired().isPresent()) {
      notes.add(new Note(NoteKind.FIRST_CYCLE_REQUIREMENT_GIVEN, Optional.empty(), List.of(), Optional.empty(),
          group.firstCycleRequired()));
    }
    if (group.explicitStart().isPresent()) {
      notes.add(Note.onDate(NoteKind.EXPLICIT_CYCLE_START, Optional.empty(), group.explicitStart().get()));
    } else if (first != null) {
      Optional<KnownOmissionId> firstCycle = first.policy.choice(RenewalChoice.FIRST_CYCLE);
      if (firstCycle.isPresent()) {
        notes.add(Note.of(NoteKind.FIRST_CYCLE_FROM_DAY_EARNED, firstCycle));
      }
      Optional<KnownOmissionId> several = ownPolicyHoldings() > 1 ? first.policy.choice(RenewalChoice.SEVERAL_CREDENTIALS)
          : Optional.empty();
      if (several.isPresent()) {
        notes.add(Note.of(NoteKind.LATER_CREDENTIALS_JOIN_NEXT_CYCLE, several));
      }
    }
    return java.util.Collections.unmodifiableList(notes);
  }

  private int ownPolicyHoldings() {
    int n = 0;
    for (HoldingGroups.Held h : group.held()) {
      n += h.ownPolicy() ? 1 : 0;
    }
    return n;
  }

  private List<CredentialId> inForce(long start) {
    List<CredentialId> out = new ArrayList<>();
    for (HoldingGroups.Held h : group.held()) {
      if (h.earnedDay() <= start) {
        out.add(h.id());
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * The walk of the credentials earned after a cycle whose version covers none of the credentials in force
   * (a retired one): they start their own cycles, as if held alone, after the cycles walked so far.
   */
  private Outcome restarted(@Nullable List<RenewalAssessment> assessments, HoldingGroups.Group rest,
      Mode mode) {
    Outcome later = new IssuerWalk(this, rest).run(mode);
    if (assessments == null) {
      return later;
    }
    assessments.addAll(later.assessments());
    return new Outcome(java.util.Collections.unmodifiableList(assessments), later.standings(), later.notAssessed());
  }

  private static List<CredentialId> problemCredentials(CycleCredentials credentials) {
    return credentials.problem() == NotAssessedKind.NOT_COVERED_BY_VERSION ? credentials.notCovered()
        : credentials.counted();
  }

  private Outcome stopped(@Nullable List<RenewalAssessment> assessments, NotAssessedKind kind,
      List<CredentialId> concerned, long start) {
    List<NotAssessedReason> reasons = new ArrayList<>();
    Optional<LocalDate> on = Optional.of(LocalDate.ofEpochDay(start));
    for (CredentialId id : concerned) {
      reasons.add(new NotAssessedReason(kind, id, Optional.of(group.plan().id), on));
    }
    return new Outcome(assessments == null ? List.of() : java.util.Collections.unmodifiableList(assessments), List.of(), java.util.Collections.unmodifiableList(reasons));
  }
}
