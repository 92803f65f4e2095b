package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.himkit.ErrorCode;
import org.himkit.Requirement;
import org.himkit.internal.Checks;

/**
 * One way to meet a requirement tree, checked against a learner: the leaves that together meet it
 * (one conjunct of the tree's disjunctive form, such as "a CCA credential and 1 year of coding
 * experience") and those of them the learner does not meet.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param leaves the leaves of the route, in the tree's order, not empty
 * @param unmet the leaves the learner does not meet, in the same order, possibly empty
 */
public record Route(List<Requirement.Leaf> leaves, List<Requirement.Leaf> unmet) {
  /**
   * Creates an instance after checking it.
   *
   * @param leaves the leaves of the route, not empty
   * @param unmet the leaves the learner does not meet, each one of {@code leaves}
   * @throws org.himkit.HimValidationException if there is no leaf or an unmet leaf is not a leaf of the route
   */
  public Route {
    leaves = ImmutableList.copyOf(leaves);
    unmet = ImmutableList.copyOf(unmet);
    Checks.notEmpty(leaves, "route", "leaves", "must have at least one leaf");
    Checks.require(leaves.containsAll(unmet), ErrorCode.INVALID_VALUE, "route", "unmet",
        "must be leaves of the route", unmet);
  }

  /**
   * Returns whether the learner meets every leaf of the route.
   *
   * @return true if no leaf is unmet
   */
  public boolean isMet() {
    return unmet.isEmpty();
  }

  /**
   * Returns the route in plain words, its leaves joined by "and", such as {@code "the CCA credential
   * and 1 year of coding experience"}.
   *
   * @return the description, not null
   */
  public String describe() {
    return leaves.stream().map(Requirement::describe).collect(Collectors.joining(" and "));
  }
}
