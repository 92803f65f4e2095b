package org.himkit.policy;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.himkit.Citation;
import org.himkit.ErrorCode;
import org.himkit.internal.Problems;

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
 * <p>An {@link Kind#ISSUER_SOURCE} rule may name providers whose activities count as from the issuer's
 * sources ({@link #namedSources()}: AHIMA's "including HCPro products"), besides the issuer itself; the
 * evaluator matches an activity's provider against them ignoring case, Unicode form and repeated blanks,
 * unless the caller marks the activity otherwise.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind what the rule counts, not null
 * @param minimumPercent the minimum share in percent, from 1 to 100
 * @param description the rule in plain words, for exports, not blank
 * @param citation the source, not null
 * @param namedSources the providers the source names as the issuer's own besides the issuer, such as
 *     {@code "HCPro"}, possibly empty
 */
public record ContentRule(Kind kind, int minimumPercent, String description, Citation citation,
    Set<String> namedSources) {

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
   * @param namedSources the providers named as the issuer's own, possibly empty
   * @throws org.himkit.HimValidationException if the share is out of range, the description or a named
   *     source blank, or sources are named for a rule that is not {@link Kind#ISSUER_SOURCE}
   */
  public ContentRule {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(namedSources, "namedSources");
    // the JDK's set in insertion order, not Guava's: no Guava class on the built-in catalog's first call (start-up)
    Set<String> sources = new LinkedHashSet<>();
    for (String s : namedSources) {
      sources.add(Objects.requireNonNull(s, "namedSources element"));
    }
    namedSources = Collections.unmodifiableSet(sources);
    Problems.of("content rule", description)
        .require(minimumPercent >= 1 && minimumPercent <= 100, ErrorCode.INVALID_VALUE, "minimumPercent",
            "must be from 1 to 100", minimumPercent)
        .text(description, "description")
        .texts(namedSources, "namedSources")
        .require(namedSources.isEmpty() || kind == Kind.ISSUER_SOURCE, ErrorCode.INVALID_VALUE, "namedSources",
            "may be given only for an ISSUER_SOURCE rule", namedSources)
        .check();
  }

  /**
   * Creates a rule that names no sources besides the issuer, after checking it.
   *
   * @param kind what the rule counts, not null
   * @param minimumPercent the minimum share in percent, from 1 to 100
   * @param description the rule in plain words, not blank
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if the share is out of range or the description blank
   */
  public ContentRule(Kind kind, int minimumPercent, String description, Citation citation) {
    this(kind, minimumPercent, description, citation, Set.of());
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
