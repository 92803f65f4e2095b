package org.himkit;

import com.google.common.collect.ImmutableList;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Checks;

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
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(scope, "scope");
    citations = ImmutableList.copyOf(citations);
    String entity = "exam pass rate " + year;
    Checks.require(firstTimeTesters > 0, ErrorCode.INVALID_VALUE, entity, "firstTimeTesters", "must be positive",
        firstTimeTesters);
    Checks.require(passPercent >= 0 && passPercent <= 100, ErrorCode.INVALID_VALUE, entity, "passPercent",
        "must be from 0 to 100", passPercent);
    scope.ifPresent(s -> Checks.notBlank(s, entity, "scope"));
    Checks.notEmpty(citations, entity, "citations", "must have at least one citation");
  }
}
