package org.himkit.catalog;

/** Why a known omission exists: a fact the sources could not confirm, or a choice where they leave a rule open. */
public enum OmissionKind {
  /** A fact left out of the catalog because the sources could not confirm it. */
  UNCONFIRMED,
  /**
   * A choice the library makes where a source leaves a rule open; answers that rest on it link to it,
   * and an explicit input (such as a holding's cycle start) usually overrides it.
   */
  LIBRARY_CHOICE
}
