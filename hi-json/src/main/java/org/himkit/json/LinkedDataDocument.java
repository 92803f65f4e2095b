package org.himkit.json;

import java.util.List;
import java.util.Objects;

/**
 * A JSON-LD document exported from a catalog, with the rules it could state only in words.
 *
 * <p>CTDL and schema.org describe credentials, occupations and programs, but not every rule HIM Kit
 * models: AHIMA's 80 % and 40 % content rules, the combined requirement of several credentials, the
 * lapse timeline. The export states such rules in a {@code description} and lists them here, so that an
 * application knows which parts a reader of the JSON-LD sees only as prose.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinkedDataDocument {
  private final String json;
  private final List<ProseOnly> proseOnly;

  LinkedDataDocument(String json, List<ProseOnly> proseOnly) {
    this.json = json;
    this.proseOnly = List.copyOf(proseOnly);
  }

  /**
   * A rule stated only in words in an export.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param about  the id of the entry the rule belongs to, such as {@code "RHIT"}, not null
   * @param rule  what kind of rule it is, not null
   */
  public record ProseOnly(String about, Rule rule) {
    /** What kind of rule an export states only in words. */
    public enum Rule {
      /**
       * A content rule, such as AHIMA's 80 % in the HIIM domains, or a credential's own minimum, such as
       * AAPC's 16 CEUs related to auditing for CPMA.
       */
      CONTENT_RULES,
      /** An activity required besides the CEU total, such as AHIMA's former annual coding self-reviews. */
      MANDATORY_ACTIVITIES,
      /** How the requirements of several credentials combine. */
      MULTI_CREDENTIAL_RULE,
      /** What follows a cycle that ends unmet: grace, inactive status, revocation, appeal. */
      LAPSE_RULE,
      /** What a cycle is anchored to, such as the day the exam was passed. */
      CYCLE_ANCHOR,
      /** Whether excess CEUs carry over. */
      CARRYOVER_RULE,
      /** That CEUs must come from providers the issuer approves. */
      ISSUER_APPROVAL,
      /** An "at least n of" requirement that condition profiles cannot express. */
      REQUIREMENT_LOGIC
    }

    /**
     * Creates an instance.
     *
     * @param about  the id of the entry, not null
     * @param rule  the kind of rule, not null
     * @throws NullPointerException if an argument is null
     */
    public ProseOnly {
      Objects.requireNonNull(about, "about");
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * Returns the JSON-LD text, indented.
   *
   * @return the JSON-LD, not null
   */
  public String json() {
    return json;
  }

  /**
   * Returns the rules the document states only in words, in the order written.
   *
   * @return the rules, possibly empty
   */
  public List<ProseOnly> proseOnly() {
    return proseOnly;
  }

  /**
   * Returns the JSON-LD text.
   *
   * @return the JSON-LD, not null
   */
  @Override
  public String toString() {
    return json;
  }
}
