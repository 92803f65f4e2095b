package org.himkit.renewal;

/**
 * Whether an activity counts as from the assessed issuer's own sources, for a content rule of kind
 * {@link org.himkit.policy.ContentRule.Kind#ISSUER_SOURCE} (AHIMA's 40 percent rule), and why.
 */
public enum IssuerSource {
  /** The caller marked the activity as from the issuer's sources ({@link CeActivity#sourceOf()}). */
  MARKED_BY_CALLER,
  /**
   * The activity's provider is the issuer itself, by its id or name (ignoring case, Unicode form and
   * repeated blanks), and the caller did not say otherwise.
   */
  PROVIDER_IS_ISSUER,
  /**
   * The activity's provider is one the content rule names as the issuer's own (AHIMA: HCPro), and the
   * caller did not say otherwise.
   */
  PROVIDER_NAMED_BY_RULE,
  /** The caller said the activity is not from the issuer's sources ({@link CeActivity#notSourceOf()}). */
  EXCLUDED_BY_CALLER,
  /** Neither marked by the caller nor provided by the issuer or a provider its rule names. */
  NOT_FROM_ISSUER;

  /**
   * Checks whether an activity with this basis counts as from the issuer's sources.
   *
   * @return true for {@link #MARKED_BY_CALLER}, {@link #PROVIDER_IS_ISSUER} and
   *     {@link #PROVIDER_NAMED_BY_RULE}
   */
  public boolean counts() {
    return this == MARKED_BY_CALLER || this == PROVIDER_IS_ISSUER || this == PROVIDER_NAMED_BY_RULE;
  }
}
