package org.himkit;

/**
 * The kind of a credential.
 */
public enum CredentialKind {
  /** A certification earned by passing an exam and kept by meeting renewal rules. */
  CERTIFICATION,
  /** An apprentice designation, such as AAPC's CPC-A, held until an experience requirement is met. */
  APPRENTICE_DESIGNATION;
}
