package org.himkit.pathway;

/**
 * The kinds of {@link Target}: where a learner wants to get.
 */
public enum TargetKind {
  /** Eligibility to sit for a credential's exam. */
  ELIGIBLE_FOR,
  /** Holding a credential. */
  HOLDS,
  /** Meeting a role's typical entry. */
  ENTERS;
}
