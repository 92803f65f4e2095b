package org.himkit;

/**
 * How much a role works directly with patients.
 */
public enum PatientContact {
  /** The role works directly with patients. */
  DIRECT,
  /** The role does not generally work directly with patients. */
  NOT_GENERALLY_DIRECT,
  /** The sources do not say. */
  NOT_STATED;
}
