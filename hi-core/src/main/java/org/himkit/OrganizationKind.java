package org.himkit;

/**
 * The part an organization plays in the profession.
 */
public enum OrganizationKind {
  /** A professional association of practitioners. */
  PROFESSIONAL_ASSOCIATION,
  /** An organization that issues credentials. */
  CERTIFYING_BODY,
  /** An organization that accredits education programs. */
  ACCREDITOR,
  /** A government agency that publishes labor statistics. */
  STATISTICS_AGENCY,
  /** An organization that publishes an occupation taxonomy. */
  OCCUPATION_TAXONOMY;
}
