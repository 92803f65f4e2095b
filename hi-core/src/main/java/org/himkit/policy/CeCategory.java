package org.himkit.policy;

/**
 * What a continuing education activity is about, as the holder classifies it.
 *
 * <p>AHIMA requires "Eighty (80) percent of all CEUs" to be "earned within the HIIM domain"; the
 * remaining CEUs may be on topics outside the domains that are relevant to the holder's position.
 * Renewal policies name the categories they accept ({@link RenewalPolicy#acceptedCategories()}).
 */
public enum CeCategory {
  /** Within AHIMA's health informatics and information management (HIIM) domains. */
  HIIM_DOMAIN,
  /**
   * An annual coding self-review (AHIMA, before 2021, for CCA, CCS and CCS-P); a coding activity, so
   * within the HIIM domains.
   */
  CODING_SELF_REVIEW,
  /** Outside the HIIM domains but relevant to the holder's position. */
  OTHER_RELEVANT,
  /** Neither within the HIIM domains nor relevant to the holder's position. */
  UNRELATED;

  /**
   * Checks whether this category is within AHIMA's HIIM domains.
   *
   * @return true for {@link #HIIM_DOMAIN} and {@link #CODING_SELF_REVIEW}
   */
  public boolean isHiimDomain() {
    return this == HIIM_DOMAIN || this == CODING_SELF_REVIEW;
  }
}
