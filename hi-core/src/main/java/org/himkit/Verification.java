package org.himkit;

/**
 * How far a figure has been checked against its original publisher.
 */
public enum Verification {
  /** The figure was read at the original publisher. */
  CONFIRMED_AT_SOURCE,
  /** The figure was read only in a third party's restatement. */
  SECONDARY_ONLY,
  /** The figure is kept because a cited page states it, but it could not be found at the original publisher. */
  NOT_CONFIRMED_AT_SOURCE;
}
