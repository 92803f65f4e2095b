package org.himkit.renewal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
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
 * <p>This class is confined to one issuer of one assessment.
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
  private final Ledger ledger;
  private final CreditLedger credits;
  private final LocalDate asOf;
  private final Optional<LocalDate> recordsBegin;
  private final Optional<LocalDate> statedThrough;

  IssuerWalk(HoldingGroups.Group group, Ledger ledger, LocalDate asOf, RenewalEvaluator.Input record) {
    this(group, ledger, asOf, record.recordsBegin(), record.goodStandingThrough().isEmpty() ? Optional.empty()
        : Optional.ofNullable(record.goodStandingThrough().get(group.issuer())));
  }

  private IssuerWalk(HoldingGroups.Group group, Ledger ledger, LocalDate asOf, Optional<LocalDate> recordsBegin,
      Optional<LocalDate> statedThrough) {
    this.group = group;
    this.ledger = ledger;
    this.credits = new CreditLedger(ledger, group.plan());
    this.asOf = asOf;
    this.recordsBegin = recordsBegin;
    this.statedThrough = statedThrough;
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
    @Nullable AssessmentWriter writer = mode == Mode.STANDING ? null : new AssessmentWriter(credits, group,
        new AssessmentWriter.Scope(asOf, recordsBegin, statedThrough, this::walkNotes), cycles);
    ImmutableList.Builder<RenewalAssessment> assessments = ImmutableList.builder();
    while (true) {
      LocalDate start = calendar.nextStart();
      VersionPlan version = group.plan().versionOn(start.toEpochDay());
      if (version == null) {
        return stopped(assessments, NotAssessedKind.NO_VERSION_IN_FORCE, inForce(start), start);
      }
      CycleCalendar.PlannedCycle cycle = calendar.next(version);
      if (writer != null) {
        cycles.add(cycle.cycle());
      }
      CycleCredentials credentials = credentials(cycle);
      NotAssessedKind problem = credentials.problem();
      if (problem != null) {
        HoldingGroups.Group rest = problem == NotAssessedKind.NOT_COVERED_BY_VERSION ? group.restartAfter(start) : null;
        return rest == null ? stopped(assessments, problem, problemCredentials(credentials), start)
            : restarted(assessments, rest, mode);
      }
      checkStatedThrough(cycle);
      JudgedCycle judged = judge(cycle, credentials);
      if (writer != null && (mode == Mode.HISTORY || judged.verdict().last())) {
        assessments.add(writer.assessment(judged));
      }
      if (judged.verdict().last()) {
        List<RenewalStanding> standing = writer == null ? List.of(AssessmentWriter.standing(group, judged)) : List.of();
        return new Outcome(assessments.build(), standing, List.of());
      }
    }
  }

  private JudgedCycle judge(CycleCalendar.PlannedCycle cycle, CycleCredentials credentials) {
    RenewalCycle c = cycle.cycle();
    if (!asOf.isAfter(c.end())) {
      CycleRules rules = RequirementJudge.rules(cycle, credentials, cycle.endDay());
      Tally t = credits.tally(cycle, rules);
      LapseTimeline.Verdict verdict = LapseTimeline.active(c, RequirementJudge.met(rules, t), rules.required, t.total,
          asOf);
      return new JudgedCycle(cycle, credentials, rules, t, verdict.with(lapseRule(cycle), Optional.empty()));
    }
    Optional<LapseRule> lapse = lapseRule(cycle);
    boolean judged = isJudged(c);
    Optional<LocalDate> grace = judged ? LapseTimeline.graceEnd(c, lapse) : Optional.empty();
    long windowEnd = grace.isPresent() ? grace.get().toEpochDay() : cycle.endDay();
    CycleRules rules = RequirementJudge.rules(cycle, credentials, windowEnd);
    Tally t = credits.tally(cycle, rules);
    boolean met = RequirementJudge.met(rules, t);
    if (!met && grace.isPresent()) {
      credits.extendIntoGrace(t, cycle, rules, windowEnd);
      met = RequirementJudge.met(rules, t);
    } else if (grace.isPresent()) {
      grace = Optional.empty(); // met without its grace period: judged to the cycle's end
      rules = RequirementJudge.rules(cycle, credentials, cycle.endDay());
    }
    LapseTimeline.Verdict verdict = LapseTimeline.ended(c, judged, met, lapse, asOf);
    return new JudgedCycle(cycle, credentials, rules, t, verdict.with(lapse, grace));
  }

  /** An ended cycle is judged unless it began before the records or the caller vouches for it. */
  private boolean isJudged(RenewalCycle c) {
    return (recordsBegin.isEmpty() || !c.start().isBefore(recordsBegin.get()))
        && (statedThrough.isEmpty() || c.end().isAfter(statedThrough.get()));
  }

  private void checkStatedThrough(CycleCalendar.PlannedCycle cycle) {
    if (statedThrough.isEmpty()) {
      return;
    }
    LocalDate d = statedThrough.get();
    RenewalCycle c = cycle.cycle();
    boolean beforeFirst = cycle.index() == 0 && d.isBefore(c.start());
    boolean inside = !d.isBefore(c.start()) && d.isBefore(c.end());
    if (!d.isBefore(asOf) || beforeFirst || inside) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, "holder record for " + group.issuer(),
          "goodStandingThrough", "must be the last day of a cycle (here the cycle " + c + ") that ended before "
              + "the assessment date " + asOf, d);
    }
  }

  private Optional<LapseRule> lapseRule(CycleCalendar.PlannedCycle cycle) {
    VersionPlan after = group.plan().versionOn(cycle.endDay() + 1);
    return (after != null ? after : cycle.version()).lapseRule;
  }

  private CycleCredentials credentials(CycleCalendar.PlannedCycle cycle) {
    CycleCredentials full = CycleCredentials.of(cycle.version(), group.held(), cycle.cycle().start(),
        cycle.cycle().end());
    if (full.problem() != null) {
      return full;
    }
    if (cycle.index() == 0 && group.firstCycleRequired().isPresent()) {
      return full.requiring(group.firstCycleRequired().get().hundredths());
    }
    return cycle.shortFirst() ? full.requiring(0) : full;
  }

  private List<Note> walkNotes() {
    VersionPlan first = group.plan().versionOn(group.certifiedSince().toEpochDay());
    ImmutableList.Builder<Note> notes = ImmutableList.builder();
    group.firstCycleRequired().ifPresent(c -> notes.add(new Note(NoteKind.FIRST_CYCLE_REQUIREMENT_GIVEN,
        Optional.empty(), List.of(), Optional.empty(), Optional.of(c))));
    if (group.explicitStart().isPresent()) {
      notes.add(Note.onDate(NoteKind.EXPLICIT_CYCLE_START, Optional.empty(), group.explicitStart().get()));
    } else if (first != null) {
      first.policy.choice(RenewalChoice.FIRST_CYCLE).ifPresent(id ->
          notes.add(Note.of(NoteKind.FIRST_CYCLE_FROM_DAY_EARNED, Optional.of(id))));
      if (ownPolicyHoldings() > 1) {
        first.policy.choice(RenewalChoice.SEVERAL_CREDENTIALS).ifPresent(id ->
            notes.add(Note.of(NoteKind.LATER_CREDENTIALS_JOIN_NEXT_CYCLE, Optional.of(id))));
      }
    }
    return notes.build();
  }

  private int ownPolicyHoldings() {
    int n = 0;
    for (HoldingGroups.Held h : group.held()) {
      n += h.ownPolicy() ? 1 : 0;
    }
    return n;
  }

  private List<CredentialId> inForce(LocalDate start) {
    ImmutableList.Builder<CredentialId> out = ImmutableList.builder();
    for (HoldingGroups.Held h : group.held()) {
      if (!h.earned().isAfter(start)) {
        out.add(h.id());
      }
    }
    return out.build();
  }

  /**
   * The walk of the credentials earned after a cycle whose version covers none of the credentials in force
   * (a retired one): they start their own cycles, as if held alone, after the cycles walked so far.
   */
  private Outcome restarted(ImmutableList.Builder<RenewalAssessment> assessments, HoldingGroups.Group rest,
      Mode mode) {
    Outcome later = new IssuerWalk(rest, ledger, asOf, recordsBegin,
        statedThrough.filter(d -> !d.isBefore(rest.certifiedSince()))).run(mode);
    return new Outcome(assessments.addAll(later.assessments()).build(), later.standings(), later.notAssessed());
  }

  private static List<CredentialId> problemCredentials(CycleCredentials credentials) {
    return credentials.problem() == NotAssessedKind.NOT_COVERED_BY_VERSION ? credentials.notCovered()
        : credentials.counted();
  }

  private Outcome stopped(ImmutableList.Builder<RenewalAssessment> assessments, NotAssessedKind kind,
      List<CredentialId> concerned, LocalDate start) {
    ImmutableList.Builder<NotAssessedReason> reasons = ImmutableList.builder();
    for (CredentialId id : concerned) {
      reasons.add(new NotAssessedReason(kind, id, Optional.of(group.plan().id), Optional.of(start)));
    }
    return new Outcome(assessments.build(), List.of(), reasons.build());
  }
}
