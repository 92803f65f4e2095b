package org.himkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Problems;

/**
 * How many people hold or have earned a credential, as the issuer counts them, such as AHIMA's "As
 * of 12/31/19, there were 639 certified CHPS professionals" or NCRA's "Today, there are over 5,700
 * ODSs worldwide".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  what is counted, not null
 * @param count  the number, positive
 * @param moreThan  true where the issuer gives a lower bound ("over 5,700") rather than a count
 * @param asOf  the date of the count, empty where the source gives none (its citation says which version
 *     of the page was read), not null
 * @param scope  where the count applies where the issuer says, such as {@code "worldwide"}, not null
 * @param citations  the sources, not empty
 */
public record CredentialCount(Kind kind, long count, boolean moreThan, Optional<LocalDate> asOf,
    Optional<String> scope, List<Citation> citations) {

  /** What a credential count counts. */
  public enum Kind {
    /** The people who hold the credential on the date. */
    CURRENT_HOLDERS,
    /** Everyone who has earned the credential since it was first offered. */
    EVER_EARNED;
  }

  /**
   * Creates a count after checking it.
   *
   * @param kind  what is counted, not null
   * @param count  the number, positive
   * @param moreThan  true for a lower bound
   * @param asOf  the date of the count, not null
   * @param scope  where the count applies, not null
   * @param citations  the sources, not empty
   * @throws HimValidationException if the number is not positive, the scope blank or there is no citation
   * @throws NullPointerException if an argument or element is null
   */
  public CredentialCount {
    Objects.requireNonNull(citations, "citations");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(scope, "scope");
    citations = List.copyOf(citations);
    Problems p = Problems.of("credential count", kind);
    p.require(count > 0, ErrorCode.INVALID_VALUE, "count", "must be positive", count);
    p.text(scope, "scope");
    p.notEmpty(citations, "citations", "must have at least one citation");
    p.check();
  }
}
