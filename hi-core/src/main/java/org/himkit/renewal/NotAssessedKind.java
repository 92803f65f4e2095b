package org.himkit.renewal;

/** Why a credential held could not be assessed ({@link NotAssessedReason}). */
public enum NotAssessedKind {
  /** The catalog gives the credential no renewal policy, such as an apprentice designation (CPC-A). */
  NO_RENEWAL_POLICY,
  /** The credential's renewal policy has no version in the catalog. */
  POLICY_NOT_IN_CATALOG,
  /** No version of the policy is in force on the first day of a cycle ({@link NotAssessedReason#date()}). */
  NO_VERSION_IN_FORCE,
  /**
   * The version in force for the cycle beginning on {@link NotAssessedReason#date()} names no requirement
   * for the credential (a retired credential), and no other credential held is covered.
   */
  NOT_COVERED_BY_VERSION,
  /**
   * The version in force for the cycle beginning on {@link NotAssessedReason#date()} states no rule for
   * combining several credentials.
   */
  NO_MULTI_CREDENTIAL_RULE
}
