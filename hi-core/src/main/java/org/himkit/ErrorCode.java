package org.himkit;

/**
 * Classifies every failure that HIM Kit reports with a {@link HimException}.
 *
 * <p>The code is stable: callers may switch on it, while the message is for people and may be
 * reworded between releases.
 */
public enum ErrorCode {
  /** An identifier does not have the required form, for example an empty credential id. */
  INVALID_ID,
  /** A required attribute of a value was not given. */
  MISSING_ATTRIBUTE,
  /** An attribute has a value outside its allowed range or form. */
  INVALID_VALUE,
  /** Two attributes contradict each other, for example an end date before a start date. */
  INVALID_RANGE,
  /** A date is outside the range the rule accepts, for example an activity dated after the assessment date. */
  INVALID_DATE,
  /** The same entry was given twice where it may appear once. */
  DUPLICATE_ENTRY,
  /** A lookup named an entry that the catalog does not hold. */
  UNKNOWN_ENTRY,
  /** A catalog entry refers to another entry that the catalog does not hold. */
  UNRESOLVED_REFERENCE,
  /** A catalog as a whole is inconsistent; the exception lists every problem found. */
  INVALID_CATALOG,
  /** A question cannot be answered because the catalog lacks the data it needs. */
  MISSING_DATA
}
