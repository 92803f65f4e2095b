package org.himkit.renewal;

import java.util.List;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;

/**
 * A {@link RenewalAssessment} as the evaluator gives it: the window, the credentials, the status and the
 * days left are set when the walk judges the cycle; the explanation (the progress per requirement, an
 * outcome per activity, the key dates and the notes) is built by the {@link AssessmentWriter} when one of
 * its lists is first read, once, from the judged cycle the walk kept. The status, the days left,
 * {@link #required()} and {@link #earned()} are read from the judged cycle (its verdict and tally, which
 * nothing changes after the walk) without building it.
 *
 * <p>Every field is final; the explanation is kept by the writer once built ({@link AssessmentWriter#explanation}),
 * so that an assessment whose explanation is not read holds nothing for it. The explanations of one walk's
 * assessments are built under the writer's lock (the one object they share that building them writes to), so that
 * two threads reading two assessments of one history do not race. Nothing the walk kept changes after the
 * evaluator returns.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DeferredAssessment extends RenewalAssessment {
  /** The lists built on first read. */
  record Explanation(List<RequirementProgress> requirements, List<ActivityOutcome> activities,
      List<KeyDate> keyDates, List<Note> notes) {}

  private final CycleWindow window;
  private final List<CredentialId> credentials;
  private final List<CredentialId> superseded;
  private final List<CredentialId> joining;
  private final AssessmentWriter writer;
  private final JudgedCycle judged;

  DeferredAssessment(AssessmentWriter writer, JudgedCycle judged, CycleWindow window) {
    this.window = window;
    this.credentials = judged.credentials().counted();
    this.superseded = judged.credentials().superseded();
    this.joining = judged.credentials().joining();
    this.writer = writer;
    this.judged = judged;
  }

  private Explanation explanation() {
    return writer.explanation(judged, window);
  }

  @Override
  public CycleWindow window() {
    return window;
  }

  @Override
  public List<CredentialId> credentials() {
    return credentials;
  }

  @Override
  public List<CredentialId> supersededCredentials() {
    return superseded;
  }

  @Override
  public List<CredentialId> joiningNextCycle() {
    return joining;
  }

  @Override
  public RenewalStatus status() {
    return judged.verdict().status();
  }

  @Override
  public long daysLeft() {
    return judged.verdict().daysLeft();
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
    return judged.rules().requiredCeus;
  }

  @Override
  public Ceus earned() {
    return Ceus.ofHundredths(judged.tally().total);
  }
}
