package org.himkit;

/**
 * The focus of an education program, as the seed page describes it.
 */
public enum ProgramFocus {
  /** A technical focus: a general overview of the profession (the seed's associate degree). */
  TECHNICAL,
  /** A management focus (the seed's bachelor's degree). */
  MANAGEMENT;
}
