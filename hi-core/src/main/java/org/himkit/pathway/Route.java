package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.Requirement;

/**
 * One way to meet a requirement tree, checked against a learner: the leaves that together meet it
 * (one conjunct of the tree's disjunctive form, such as "the CCA credential and 1 year of coding
 * experience") and, for each of them the learner does not meet, what is missing.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param leaves  the leaves of the route, in the tree's order, not empty
 * @param unmet  the leaves the learner does not meet, with what is missing, in the same order, possibly
 *     empty
 */
public record Route(List<Requirement.Leaf> leaves, List<Unmet.Condition> unmet) {
  /**
   * Creates an instance after checking it.
   *
   * @param leaves  the leaves of the route, not empty
   * @param unmet  the unmet leaves, each about one of {@code leaves}
   * @throws org.himkit.HimValidationException if there is no leaf or an unmet condition is not about a
   *     leaf of the route
   */
  public Route {
    Objects.requireNonNull(leaves, "leaves");
    Objects.requireNonNull(unmet, "unmet");
    leaves = ImmutableList.copyOf(leaves);
    unmet = ImmutableList.copyOf(unmet);
    if (leaves.isEmpty()) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "route", "leaves", "must have at least one leaf", 0);
    }
    for (Unmet.Condition c : unmet) {
      if (!leaves.contains(c.leaf())) {
        throw HimValidationException.of(ErrorCode.INVALID_VALUE, "route", "unmet", "must be about leaves of the route",
            c.leaf());
      }
    }
  }

  /**
   * Returns whether the learner meets every leaf of the route.
   *
   * @return true if no leaf is unmet
   */
  public boolean isMet() {
    return unmet.isEmpty();
  }
}
