package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;

/**
 * A {@link RenewalAssessment} as the evaluator gives it, and the cycle as the walk judged it, in primitive form:
 * its index in the walk, days, version, credentials, what counted ({@link Tally}) and its verdict (with the lapse
 * rule and grace period it was judged with). The status, the days left, {@link #required()} and {@link #earned()}
 * are read from the verdict and the tally, which nothing changes after the walk (for the cycle in force, the days
 * left and the lapse rule from the cycle: its verdict is shared by every cycle in force with its status). The window (and the cycle's
 * {@link RenewalCycle} in it) is built when first read; the explanation (the progress per requirement, an outcome
 * per activity, the key dates and the notes) is built by the {@link AssessmentWriter} when one of its lists is
 * first read, once, from this judged cycle. An assessment whose explanation and window are not read is one object
 * besides its tally and verdict.
 *
 * <p>The explanation is kept by the writer once built ({@link AssessmentWriter#explanation}), so that an assessment
 * whose explanation is not read holds nothing for it. The explanations of one walk's assessments are built under
 * the writer's lock (the one object they share that building them writes to), so that two threads reading two
 * assessments of one history do not race; the window is kept alike ({@link AssessmentWriter#window}). Nothing the
 * walk kept changes after the evaluator returns.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DeferredAssessment extends RenewalAssessment {
  /** The lists built on first read. */
  record Explanation(List<RequirementProgress> requirements, List<ActivityOutcome> activities,
      List<KeyDate> keyDates, List<Note> notes) {}

  private final AssessmentWriter writer;
  private final int index;
  private final VersionPlan version;
  private final boolean shortFirst;
  private final long startDay;
  private final long endDay;
  private final CycleCredentials judgedCredentials;
  private final Tally tally;
  private final LapseTimeline.Verdict verdict;

  /**
   * Keeps a judged cycle.
   *
   * @param writer  the writer of the walk, which builds the explanation
   * @param index  the cycle's position in the walk, from 0
   * @param version  the version governing it
   * @param shortFirst  whether it is a first, short cycle before the first boundary
   * @param startDay  its first day, as an epoch day
   * @param endDay  its last day, as an epoch day
   * @param credentials  the credentials the requirement is for, and the total
   * @param tally  what counted, against the rules it was judged by ({@link Tally#rules})
   * @param verdict  its status on the assessment date, with the lapse rule and grace period it was judged with (for
   *     the cycle in force, a verdict shared by status: see {@link #inForce})
   */
  DeferredAssessment(AssessmentWriter writer, int index, VersionPlan version, boolean shortFirst, long startDay,
      long endDay, CycleCredentials credentials, Tally tally, LapseTimeline.Verdict verdict) {
    this.writer = writer;
    this.index = index;
    this.version = version;
    this.shortFirst = shortFirst;
    this.startDay = startDay;
    this.endDay = endDay;
    this.judgedCredentials = credentials;
    this.tally = tally;
    this.verdict = verdict;
  }

  /** The cycle's position in the walk, from 0. */
  int index() {
    return index;
  }

  /** The version governing the cycle. */
  VersionPlan version() {
    return version;
  }

  /** Whether the cycle is a first, short cycle before the first boundary. */
  boolean shortFirst() {
    return shortFirst;
  }

  /** The cycle's first day, as an epoch day. */
  long startDay() {
    return startDay;
  }

  /** The cycle's last day, as an epoch day. */
  long endDay() {
    return endDay;
  }

  /** The credentials the requirement is for, and the total. */
  CycleCredentials judgedCredentials() {
    return judgedCredentials;
  }

  /** What counted. */
  Tally tally() {
    return tally;
  }

  /**
   * Whether the cycle is the one in force on the assessment date: its verdict is then one shared by every cycle
   * in force with its status, without the days left or the lapse rule, worked out here from the cycle.
   */
  private boolean inForce() {
    return endDay >= writer.asOf.toEpochDay();
  }

  /** The lapse rule applied to the cycle: that of the version in force on the day after it ends. */
  java.util.Optional<org.himkit.policy.LapseRule> lapse() {
    return inForce() ? writer.plan.lapseRuleAfter(endDay, version) : verdict.lapse();
  }

  /** The last day of the grace period the cycle was judged with, if it was. */
  java.util.Optional<LocalDate> graceEnd() {
    return verdict.graceEnd();
  }

  /** Whether the cycle ended unmet and decides a lapsed status. */
  boolean lapsed() {
    return verdict.lapsed();
  }

  /** The requirements laid out, as the cycle was judged by them. */
  CycleRules rules() {
    return tally.rules;
  }

  private Explanation explanation() {
    return writer.explanation(this);
  }

  @Override
  public CycleWindow window() {
    return writer.window(this);
  }

  @Override
  public List<CredentialId> credentials() {
    return judgedCredentials.counted();
  }

  @Override
  public List<CredentialId> supersededCredentials() {
    return judgedCredentials.superseded();
  }

  @Override
  public List<CredentialId> joiningNextCycle() {
    return judgedCredentials.joining();
  }

  @Override
  public RenewalStatus status() {
    return verdict.status();
  }

  @Override
  public long daysLeft() {
    return inForce() ? endDay - writer.asOf.toEpochDay() : verdict.daysLeft();
  }

  @Override
  public List<RequirementProgress> requirements() {
    return explanation().requirements();
  }

  @Override
  public List<ActivityOutcome> activities() {
    return explanation().activities();
  }

  @Override
  public List<KeyDate> keyDates() {
    return explanation().keyDates();
  }

  @Override
  public List<Note> notes() {
    return explanation().notes();
  }

  @Override
  public Ceus required() {
    return tally.rules.requiredCeus;
  }

  @Override
  public Ceus earned() {
    return Ceus.ofHundredths(tally.total);
  }
}
