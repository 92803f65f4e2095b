package org.himkit;

/**
 * The accreditation status of a program offering.
 */
public enum AccreditationStatus {
  /** The program is accredited. */
  ACCREDITED,
  /** The program is in candidacy for accreditation. */
  CANDIDACY,
  /** The program is accredited on probation. */
  PROBATION,
  /** The program is not accredited. */
  NOT_ACCREDITED;
}
