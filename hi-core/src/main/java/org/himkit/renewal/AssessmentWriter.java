package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.RenewalChoice;
import org.jspecify.annotations.Nullable;

/**
 * Stage 8 of an assessment: a judged cycle turned into typed answers, only when they are asked for: a
 * {@link RenewalStanding} for the status-only path, or a full {@link RenewalAssessment} whose explanation
 * (the progress per requirement, every activity's outcome, the key dates and the notes) is built when it is
 * first read ({@link DeferredAssessment}).
 *
 * <p>The writer is the walk's {@link CreditLedger} too, and the walk ({@link IssuerWalk} extends this class): one
 * object, not three. What an explanation reads of the activities and caches is its own.
 *
 * <p>This class is confined to one issuer of one assessment while the walk runs; after it, its explanations are
 * built under its own lock ({@link #explanation}), and nothing else it reads changes.
 */
class AssessmentWriter extends CreditLedger {
  /** The issuer's holdings. */
  final HoldingGroups.Group group;
  /** The assessment date. */
  final LocalDate asOf;
  /** The first day of the caller's records, if stated. */
  final Optional<LocalDate> recordsBegin;
  /** The last day the caller vouches the issuer's holdings were in good standing, if stated. */
  final Optional<LocalDate> statedThrough;
  /**
   * The cycles credited with their grace period, by index in the walk (null elsewhere), appended to by the walk:
   * an explanation names the cycle that took an activity ({@link ActivityDisposition#ALREADY_COUNTED}). Null
   * until the first such cycle; no other cycle before the one reported is built as a value.
   */
  private @Nullable RenewalCycle @Nullable [] graceCycles;
  private @Nullable List<Note> walkNotes;
  /**
   * The explanations built, by the index of their cycle in the walk (null where none is yet): replaced by a
   * longer or updated copy, never written in place once published, so that a read without the lock sees a whole
   * explanation or none. Null until the first explanation is read; an assessment whose explanation is not read
   * costs nothing here. Left null by the constructor rather than set to an empty array: a volatile store there
   * would fence every walk, waiting for the stores that made the walk's object to reach the cache.
   */
  private volatile DeferredAssessment.@Nullable Explanation @Nullable [] explained;
  /** The windows built, by the index of their cycle in the walk, as {@link #explained}; null until one is read. */
  private volatile @Nullable CycleWindow @Nullable [] windows;

  /**
   * Creates a writer.
   *
   * @param ledger  the holder's activities
   * @param group  the issuer's holdings
   * @param asOf  the assessment date
   * @param recordsBegin  the first day of the caller's records, if stated
   * @param statedThrough  the last day the caller vouches the issuer's holdings were in good standing, if stated
   */
  AssessmentWriter(Ledger ledger, HoldingGroups.Group group, LocalDate asOf, Optional<LocalDate> recordsBegin,
      Optional<LocalDate> statedThrough) {
    super(ledger, group, asOf);
    this.group = group;
    this.asOf = asOf;
    this.recordsBegin = recordsBegin;
    this.statedThrough = statedThrough;
  }

  /**
   * Keeps a cycle whose grace period was credited to it, for the explanations of later cycles.
   *
   * @param index  the cycle's index in the walk
   * @param cycle  the cycle
   */
  void creditedInGrace(int index, RenewalCycle cycle) {
    @Nullable RenewalCycle[] kept = graceCycles;
    if (kept == null || index >= kept.length) {
      kept = kept == null ? new RenewalCycle[Math.max(index + 1, 2)] : java.util.Arrays.copyOf(kept,
          Math.max(index + 1, 2 * kept.length));
      graceCycles = kept;
    }
    kept[index] = cycle;
  }

  /**
   * Returns the window of a judged cycle, built on the first call for the cycle (with its {@link RenewalCycle}) and
   * kept as the explanations are ({@link #explanation}): an assessment whose window is not read builds none.
   *
   * @param j  the cycle, one the walk reported
   * @return the window, the same on every call, not null
   */
  CycleWindow window(DeferredAssessment j) {
    int k = j.index();
    CycleWindow w = at(windows, k);
    if (w != null) {
      return w;
    }
    synchronized (this) {
      @Nullable CycleWindow @Nullable [] done = windows;
      w = at(done, k);
      if (w == null) {
        w = new CycleWindow(group.issuer(), new RenewalCycle(LocalDate.ofEpochDay(j.startDay()),
            LocalDate.ofEpochDay(j.endDay()), j.version().policy), j.graceEnd(), group.certifiedSince(), asOf);
        CycleWindow[] next = done == null ? new CycleWindow[k + 1] : with(done, k);
        next[k] = w;
        windows = next;
      }
      return w;
    }
  }

  /**
   * Returns a judged cycle's explanation, built on the first call for the cycle under this writer's lock (building
   * one reads and caches into the credit ledger that the writer is, shared by every assessment of the walk).
   *
   * @param j  the cycle, one the walk reported
   * @return the explanation, the same on every call, not null
   */
  DeferredAssessment.Explanation explanation(DeferredAssessment j) {
    int k = j.index();
    DeferredAssessment.Explanation e = at(explained, k);
    if (e != null) {
      return e;
    }
    synchronized (this) {
      DeferredAssessment.@Nullable Explanation @Nullable [] done = explained;
      e = at(done, k);
      if (e == null) {
        e = explain(j, j.window());
        DeferredAssessment.Explanation[] next = done == null ? new DeferredAssessment.Explanation[k + 1]
            : with(done, k);
        next[k] = e;
        explained = next;
      }
      return e;
    }
  }

  /** The entry of a copy-on-write cache ({@link #windows}, {@link #explained}) for a cycle, or null if none. */
  private static <T> @Nullable T at(@Nullable T @Nullable [] done, int k) {
    return done != null && k < done.length ? done[k] : null;
  }

  /** A copy of a copy-on-write cache with room for a cycle's entry, to be published once that entry is set. */
  private static <T> T[] with(T[] done, int k) {
    return java.util.Arrays.copyOf(done, Math.max(k + 1, done.length));
  }

  /**
   * Builds a judged cycle's explanation: the progress per requirement, every activity's outcome, the key dates
   * and the notes. Called under this writer's lock, after the walk.
   *
   * @param j  the cycle
   * @param window  its window
   * @return the explanation, not null
   */
  DeferredAssessment.Explanation explain(DeferredAssessment j, CycleWindow window) {
    List<ActivityOutcome> outcomes = outcomes(j, window);
    return new DeferredAssessment.Explanation(
        RequirementJudge.progress(j.rules(), j.tally(), group.issuer(), j.version().unit),
        outcomes,
        LapseTimeline.keyDates(j.cycle(), j.rules().mandatoryYearEnds(j.endDay()),
            j.lapse(), j.lapsed()),
        notes(j, outcomes));
  }

  private List<Note> notes(DeferredAssessment j, List<ActivityOutcome> outcomes) {
    List<Note> cycle = cycleNotes(j, outcomes);
    List<Note> walk = walkNotes();
    if (cycle.isEmpty()) {
      return walk;
    }
    List<Note> all = new java.util.ArrayList<>(walk.size() + cycle.size()); // the JDK's lists, not Guava's: start-up
    all.addAll(walk);
    all.addAll(cycle);
    return java.util.Collections.unmodifiableList(all);
  }

  /** The notes of every cycle of the walk, built on the first explanation only. */
  private List<Note> walkNotes() {
    List<Note> notes = walkNotes;
    if (notes == null) {
      notes = groupNotes();
      walkNotes = notes;
    }
    return notes;
  }

  private List<Note> groupNotes() {
    VersionPlan first = group.plan().versionOn(group.certifiedSince().toEpochDay());
    List<Note> notes = new java.util.ArrayList<>();
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
    for (int m = 0; m < group.size(); m++) {
      n += group.laidOut(m).ownPolicy() ? 1 : 0;
    }
    return n;
  }

  private List<ActivityOutcome> outcomes(DeferredAssessment j, CycleWindow window) {
    List<ActivityOutcome> out = new java.util.ArrayList<>(ledger.size()); // the JDK's, not Guava's: start-up
    for (int i : ledger.byDayThenId()) { // by day and then id, as the ledger's activities are not within a day
      out.add(outcome(j, window, i));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private ActivityOutcome outcome(DeferredAssessment j, CycleWindow window, int i) {
    CeActivity a = ledger.activities[i];
    VersionPlan v = j.version();
    IssuerSource source = keptSource(i, v);
    Optional<ContactTimeRule> conversion = ledger.amountAt(i) < 0 ? v.contactTime : Optional.empty();
    long day = ledger.dayAt(i);
    int takenBy = takenInGraceBy(i);
    ActivityDisposition d;
    if (i >= ledger.limit) {
      d = ActivityDisposition.AFTER_ASSESSMENT_DATE;
    } else if (day < group.certifiedSince().toEpochDay()) {
      d = ActivityDisposition.BEFORE_CERTIFICATION;
    } else if (takenBy >= 0 && takenBy < j.index()) {
      return new ActivityOutcome(a, ActivityDisposition.ALREADY_COUNTED, Ceus.ZERO, window, conversion, source,
          Optional.of(java.util.Objects.requireNonNull(
              java.util.Objects.requireNonNull(graceCycles, "credited in grace")[takenBy], "credited in grace")));
    } else if (day < j.startDay() || day > window.end().toEpochDay()) {
      d = ActivityDisposition.OUTSIDE_CYCLE;
    } else if (day > j.endDay() && takenBy != j.index()) {
      d = ActivityDisposition.GRACE_PERIOD_NOT_NEEDED;
    } else {
      long credit = credit(i, v);
      if (credit >= 0) {
        Ceus credited = ledger.amountAt(i) >= 0 ? a.givenCeus() : Ceus.ofHundredths(credit);
        return new ActivityOutcome(a, ActivityDisposition.COUNTED, credited, window, conversion, source,
            Optional.empty());
      }
      d = refusal(credit);
    }
    return new ActivityOutcome(a, d, Ceus.ZERO, window, conversion, source, Optional.empty());
  }

  private static ActivityDisposition refusal(long credit) {
    if (credit == CreditLedger.NOT_ACCEPTED) {
      return ActivityDisposition.NOT_ACCEPTED_CATEGORY;
    } else if (credit == CreditLedger.NOT_APPROVED) {
      return ActivityDisposition.NOT_APPROVED;
    } else if (credit == CreditLedger.NO_CONVERSION) {
      return ActivityDisposition.NO_CONVERSION;
    }
    return ActivityDisposition.NO_CREDIT;
  }

  private List<Note> cycleNotes(DeferredAssessment j, List<ActivityOutcome> outcomes) {
    List<Note> notes = new java.util.ArrayList<>();
    VersionPlan v = j.version();
    if (j.shortFirst()) {
      notes.add(new Note(NoteKind.SHORT_FIRST_CYCLE, v.policy.choice(RenewalChoice.SHORT_FIRST_CYCLE), List.of(),
          group.explicitStart(), Optional.of(Ceus.ofHundredths(j.rules().required))));
    }
    if (!j.judgedCredentials().notCovered().isEmpty()) {
      notes.add(new Note(NoteKind.CREDENTIALS_NOT_COVERED, v.policy.choice(RenewalChoice.RETIRED_CREDENTIALS),
          j.judgedCredentials().notCovered(), Optional.empty(), Optional.empty()));
    }
    RenewalStatus status = j.status();
    if (status == RenewalStatus.NOT_RECORDED) {
      notes.add(statedThrough.filter(d -> !j.cycle().end().isAfter(d))
          .map(d -> Note.onDate(NoteKind.STATED_IN_GOOD_STANDING, Optional.empty(), d))
          .orElseGet(() -> Note.onDate(NoteKind.CYCLE_NOT_RECORDED, Optional.empty(),
              recordsBegin.orElseThrow())));
    } else if (recordsBegin.isPresent() && recordsBegin.get().isAfter(j.cycle().start())) {
      notes.add(Note.onDate(NoteKind.RECORDS_BEGIN_WITHIN_CYCLE, Optional.empty(), recordsBegin.get()));
    }
    if (j.graceEnd().isPresent()) {
      notes.add(Note.of(NoteKind.GRACE_PERIOD_SPLIT, choiceOfLapse(j, RenewalChoice.GRACE_PERIOD_SPLIT)));
    }
    if (status == RenewalStatus.EXPIRED) {
      notes.add(Note.of(NoteKind.STATUS_NOT_NAMED_BY_SOURCES, choiceOfLapse(j, RenewalChoice.STATUS_AFTER_LAPSE)));
    }
    if (j.lapsed()) {
      LapseTimeline.examRetakeFrom(j.cycle(), j.lapse()).filter(d -> !asOf.isBefore(d))
          .ifPresent(d -> notes.add(Note.onDate(NoteKind.EXAM_RETAKE_REQUIRED,
              choiceOfLapse(j, RenewalChoice.EXAM_RETAKE_PERIOD), d)));
    }
    List<CredentialId> shared = sharedMinimums(j.rules().credentialRules, outcomes);
    if (!shared.isEmpty()) {
      notes.add(new Note(NoteKind.CREDENTIAL_MINIMUMS_SHARED, v.policy.choice(RenewalChoice.CREDENTIAL_MINIMUMS_SHARED),
          shared, Optional.empty(), Optional.empty()));
    }
    return java.util.Collections.unmodifiableList(notes);
  }

  /**
   * Returns the credentials whose minimums share an activity counted toward two or more of them, in the order
   * of the rules; empty if no activity counted toward more than one.
   */
  private static List<CredentialId> sharedMinimums(CredentialContentRule[] rules, List<ActivityOutcome> outcomes) {
    if (rules.length < 2) {
      return List.of();
    }
    boolean[] shared = new boolean[rules.length];
    boolean any = false;
    for (ActivityOutcome o : outcomes) {
      Set<CredentialId> marked = o.activity().specificTo();
      if (o.disposition() != ActivityDisposition.COUNTED || marked.size() < 2) {
        continue;
      }
      int hits = 0;
      for (CredentialContentRule r : rules) {
        hits += marked.contains(r.credential()) ? 1 : 0;
      }
      if (hits >= 2) {
        any = true;
        for (int r = 0; r < rules.length; r++) {
          shared[r] |= marked.contains(rules[r].credential());
        }
      }
    }
    if (!any) {
      return List.of();
    }
    List<CredentialId> out = new java.util.ArrayList<>();
    for (int r = 0; r < rules.length; r++) {
      if (shared[r]) {
        out.add(rules[r].credential());
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /** A choice of the version whose lapse rule was applied: the one in force on the day after the cycle. */
  private Optional<KnownOmissionId> choiceOfLapse(DeferredAssessment j, RenewalChoice choice) {
    VersionPlan after = group.plan().versionOn(j.endDay() + 1);
    return (after != null ? after : j.version()).policy.choice(choice);
  }
}
