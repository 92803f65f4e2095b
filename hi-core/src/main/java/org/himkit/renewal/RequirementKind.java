package org.himkit.renewal;

/** Which rule of a policy a {@link RequirementProgress} measures. */
public enum RequirementKind {
  /** The total of CEUs the cycle requires for the credentials held. */
  TOTAL,
  /** A {@link org.himkit.policy.ContentRule}: a minimum share of the total on a topic or from a source. */
  CONTENT_RULE,
  /**
   * A {@link org.himkit.policy.CredentialContentRule}: a minimum of CEUs on a credential's own subject
   * within the total, for a holder of that credential.
   */
  CREDENTIAL_CONTENT_RULE,
  /** A {@link org.himkit.policy.MandatoryActivity}: activities required in each year of the cycle. */
  MANDATORY_ACTIVITY
}
