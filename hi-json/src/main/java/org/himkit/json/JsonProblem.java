package org.himkit.json;

import java.util.Objects;

/**
 * One problem found in a JSON document: where it is, as a JSON path such as
 * {@code $.credentials[3].renewalPolicy}, what kind of rule it breaks, and the rule in plain words.
 *
 * <p>A broken document is rejected with every problem found at once ({@link HimJsonException#problems()}),
 * so that a whole file can be fixed in one pass. Paths start at {@code $}, the document; object members
 * follow as {@code .name} (or {@code ['name']} for a name that is not a plain identifier, such as a
 * credential id {@code ['CCS-P']}), array elements as {@code [index]} counted from 0.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param path  where the problem is, such as {@code $.credentials[3].issuer}, not null
 * @param kind  what kind of rule is broken, not null
 * @param message  the rule and the offending value in plain words, not null
 */
public record JsonProblem(String path, Kind kind, String message) {

  /** What kind of rule a problem breaks. */
  public enum Kind {
    /** The input is not well-formed JSON, or not valid UTF-8; reading stops there. */
    SYNTAX,
    /** The input exceeds a documented read limit (size, nesting, number or string length); reading stops there. */
    LIMIT,
    /** The document's {@code formatVersion} is missing or not one this reader reads. */
    UNSUPPORTED_FORMAT,
    /** A member that the value's shape does not have, such as a misspelt name. */
    UNKNOWN_FIELD,
    /** A value of the wrong JSON type, such as a number where a string is expected. */
    WRONG_TYPE,
    /** A required member is missing or null. */
    MISSING_FIELD,
    /** A value of the right type that breaks a rule of HIM Kit's values, such as a negative amount. */
    INVALID_VALUE,
    /** Two entries of one kind with the same id. */
    DUPLICATE_ID,
    /** A reference to an entry the catalog does not hold. */
    UNRESOLVED_REFERENCE,
    /** Two versions of one renewal policy whose effective dates overlap. */
    OVERLAPPING_DATES,
    /** Another rule of a whole catalog, as {@link org.himkit.catalog.HimCatalog.Builder#build()} checks it. */
    CATALOG_RULE,
    /** More problems than a report lists; the document has at least one more. */
    TOO_MANY_PROBLEMS
  }

  /**
   * Creates a problem.
   *
   * @param path  where the problem is, not null
   * @param kind  what kind of rule is broken, not null
   * @param message  the rule in plain words, not null
   * @throws NullPointerException if an argument is null
   */
  public JsonProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the problem as {@code PATH: MESSAGE}, such as
   * {@code "$.credentials[3].issuer: refers to organization \"XYZ\", which the catalog does not hold"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
