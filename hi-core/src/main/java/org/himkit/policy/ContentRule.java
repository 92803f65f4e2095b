package org.himkit.policy;

import java.util.Objects;
import org.himkit.Citation;
import org.himkit.ErrorCode;
import org.himkit.internal.Checks;

/**
 * A rule on what the CEUs of a cycle must be about or where they must come from, as a minimum share of
 * the CEUs required.
 *
 * <p>The share is of the CEUs <em>required</em> for the cycle, rounded up to the hundredth
 * ({@link Ceus#percent(int)}): AHIMA's 40 percent rule says so ("40 percent of the CEUs needed in a
 * 2-year recertification period"), and for the 80 percent rule ("Eighty (80) percent of all CEUs") the
 * library reads "all CEUs" as the CEUs the holder reports to meet the requirement, which comes to the
 * same: of 30 required CEUs, at least 24 must be in the HIIM domains.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what the rule counts, not null
 * @param minimumPercent the minimum share in percent, from 1 to 100
 * @param description the rule in plain words, not blank
 * @param citation the source, not null
 */
public record ContentRule(Kind kind, int minimumPercent, String description, Citation citation) {

  /** What a content rule counts. */
  public enum Kind {
    /** CEUs whose category is within the HIIM domains ({@link CeCategory#isHiimDomain()}). */
    HIIM_DOMAIN,
    /**
     * CEUs from the issuer's own sources (AHIMA: "AHIMA resources (including HCPro products, services,
     * and family of brands) and/or the Component Associations").
     */
    ISSUER_SOURCE
  }

  /**
   * Creates a rule after checking it.
   *
   * @param kind what the rule counts, not null
   * @param minimumPercent the minimum share in percent, from 1 to 100
   * @param description the rule in plain words, not blank
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if the share is out of range or the description blank
   */
  public ContentRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    String entity = "content rule \"" + description + "\"";
    Checks.require(minimumPercent >= 1 && minimumPercent <= 100, ErrorCode.INVALID_VALUE, entity,
        "minimumPercent", "must be from 1 to 100", minimumPercent);
    Checks.notBlank(description, entity, "description");
  }

  /**
   * Returns the CEUs this rule asks for out of a requirement: the share rounded up to the hundredth.
   *
   * @param required the CEUs required for the cycle, not null
   * @return the minimum, not null
   */
  public Ceus minimumOf(Ceus required) {
    return required.percent(minimumPercent);
  }
}
