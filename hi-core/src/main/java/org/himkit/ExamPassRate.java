package org.himkit;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Problems;

/**
 * The share of first-time testers who passed an exam in a year, as the issuer publishes it, such as
 * AHIMA's "2019* CHPS 76 58%" (76 first-time testers, 58 % passed; "*U.S. and Canada results only").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param year  the year of the results, not null
 * @param firstTimeTesters  how many first-time testers took the exam, positive
 * @param passPercent  the share of them who passed, in whole percent, from 0 to 100
 * @param scope  who the results count where the issuer limits them, such as {@code "U.S. and Canada
 *     results only"}, not null
 * @param citations  the sources, not empty
 */
public record ExamPassRate(Year year, int firstTimeTesters, int passPercent, Optional<String> scope,
    List<Citation> citations) {
  /**
   * Creates a pass rate after checking it.
   *
   * @param year  the year, not null
   * @param firstTimeTesters  how many first-time testers, positive
   * @param passPercent  the share who passed, from 0 to 100
   * @param scope  who the results count, not null
   * @param citations  the sources, not empty
   * @throws HimValidationException if a number is out of range, the scope blank or there is no citation
   * @throws NullPointerException if an argument or element is null
   */
  public ExamPassRate {
    Objects.requireNonNull(citations, "citations");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(scope, "scope");
    citations = List.copyOf(citations);
    Problems p = Problems.of("exam pass rate", year);
    p.require(firstTimeTesters > 0, ErrorCode.INVALID_VALUE, "firstTimeTesters", "must be positive",
        firstTimeTesters);
    p.require(passPercent >= 0 && passPercent <= 100, ErrorCode.INVALID_VALUE, "passPercent",
        "must be from 0 to 100", passPercent);
    p.text(scope, "scope");
    p.notEmpty(citations, "citations", "must have at least one citation");
    p.check();
  }
}
