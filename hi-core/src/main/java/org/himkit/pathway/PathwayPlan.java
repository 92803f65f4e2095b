package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.Checks;

/**
 * The pathways from a learner to a target, best first, or why there is none.
 *
 * <p>Alternatives are ranked by the number of steps of unknown duration, then by their total known
 * duration, then by the number of steps. A learner already at the target gets one empty pathway. A target that
 * cannot be reached gets no pathway and the reasons.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param target the target, not null
 * @param alternatives the pathways, best first, possibly empty
 * @param reasons why the target cannot be reached, empty when it can
 */
public record PathwayPlan(Target target, List<Pathway> alternatives, List<String> reasons) {
  /**
   * Creates an instance after checking it.
   *
   * @param target the target, not null
   * @param alternatives the pathways, best first, possibly empty
   * @param reasons why the target cannot be reached, not blank, empty when it can
   * @throws org.himkit.HimValidationException if a reason is blank
   */
  public PathwayPlan {
    alternatives = ImmutableList.copyOf(alternatives);
    reasons = ImmutableList.copyOf(reasons);
    Checks.noneBlank(reasons, "pathway plan", "reasons");
  }

  /**
   * Returns whether at least one pathway reaches the target.
   *
   * @return true if there is a pathway
   */
  public boolean isReachable() {
    return !alternatives.isEmpty();
  }

  /**
   * Returns whether the learner is already at the target.
   *
   * @return true if the best pathway is empty
   */
  public boolean isAlreadyThere() {
    return best().map(Pathway::isEmpty).orElse(false);
  }

  /**
   * Returns the best pathway.
   *
   * @return the first alternative, empty if the target cannot be reached
   */
  public Optional<Pathway> best() {
    return alternatives.stream().findFirst();
  }
}
