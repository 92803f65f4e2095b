package org.himkit.policy;

/**
 * The unit an issuer counts continuing education in. The amounts are {@link Ceus} either way: one CE
 * hour of NCRA counts as one unit, exactly as one CEU of AHIMA or AAPC does.
 */
public enum CeUnit {
  /** Continuing education units (AHIMA, AAPC). */
  CEUS,
  /** Continuing education hours (NCRA). */
  CE_HOURS
}
