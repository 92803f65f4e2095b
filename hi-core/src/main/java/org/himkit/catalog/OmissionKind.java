package org.himkit.catalog;

/**
 * Why a known omission exists: a fact the sources could not confirm, a choice where they leave a rule
 * open, or a sourced fact the model cannot express yet.
 */
public enum OmissionKind {
  /** A fact left out of the catalog because the sources could not confirm it. */
  UNCONFIRMED,
  /**
   * A choice the library makes where a source leaves a rule open; answers that rest on it link to it,
   * and an explicit input (such as a holding's cycle start) usually overrides it.
   */
  LIBRARY_CHOICE,
  /**
   * A fact the sources state that the catalog's model cannot express yet (such as NCRA's ODS eligibility
   * routes); it is listed with its source so that an application can tell its users, and answers that rest
   * on its absence can say so.
   */
  NOT_MODELLED
}
