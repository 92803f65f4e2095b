package org.himkit.renewal;

import org.himkit.internal.Checks;
import org.himkit.policy.Ceus;

/**
 * What one activity counted for in one cycle's assessment, and why, in plain words.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param activity the activity, not null
 * @param disposition what became of it, not null
 * @param credited the CEUs it contributed, zero unless it counted
 * @param explanation the reason in plain words, not blank
 */
public record ActivityOutcome(CeActivity activity, ActivityDisposition disposition, Ceus credited,
    String explanation) {
  /**
   * Creates an outcome after checking it.
   *
   * @param activity the activity, not null
   * @param disposition what became of it, not null
   * @param credited the CEUs it contributed, zero unless it counted
   * @param explanation the reason, not blank
   * @throws org.himkit.HimValidationException if the explanation is blank or CEUs are credited to an
   *     activity that did not count
   */
  public ActivityOutcome {
    Checks.notBlank(explanation, "activity outcome of " + activity.id(), "explanation");
    Checks.require(disposition.counted() || credited.isZero(), org.himkit.ErrorCode.INVALID_VALUE,
        "activity outcome of " + activity.id(), "credited", "must be zero for an activity that did not count",
        credited);
  }
}
