package org.himkit;

/**
 * Whether an option is available, with room for sources that do not say.
 */
public enum Availability {
  /** The source says the option is available. */
  AVAILABLE,
  /** The source says the option is not available. */
  NOT_AVAILABLE,
  /** The source does not say. */
  NOT_STATED;
}
