package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pathways from a learner to a target, best first, or why there is none.
 *
 * <p>Alternatives are ranked by the number of steps of unknown duration, then by their total known
 * duration, then by the number of steps. A learner already at the target gets one empty pathway. A
 * target that cannot be reached gets no pathway and the obstacles met on the way.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param target  the target
 * @param alternatives  the pathways, best first, possibly empty
 * @param obstacles  why the target cannot be reached, empty when it can
 */
public record PathwayPlan(Target target, List<Pathway> alternatives, List<Obstacle> obstacles) {
  /**
   * Creates an instance.
   *
   * @param target  the target, not null
   * @param alternatives  the pathways, best first, possibly empty
   * @param obstacles  why the target cannot be reached, empty when it can
   * @throws NullPointerException if an argument is null
   */
  public PathwayPlan {
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(obstacles, "obstacles");
    Objects.requireNonNull(target, "target");
    alternatives = ImmutableList.copyOf(alternatives);
    obstacles = ImmutableList.copyOf(obstacles);
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
    return alternatives.isEmpty() ? Optional.empty() : Optional.of(alternatives.get(0));
  }
}
