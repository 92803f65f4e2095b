package org.himkit;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.himkit.internal.Problems;

/**
 * The number of jobs of an occupation in one industry, as a statistics edition publishes it, such as
 * OEWS May 2021: "General Medical and Surgical Hospitals | 16,900" for 29-9021.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param industry  the industry as the publisher names it, not blank
 * @param jobs  the number of jobs, positive
 * @param referenceMonth  the month the figure refers to, not null
 * @param edition  the edition that published it, such as {@code "OEWS May 2021"}, not blank
 * @param citations  the sources, not empty
 */
public record IndustryEmployment(String industry, long jobs, YearMonth referenceMonth, String edition,
    List<Citation> citations) {
  /**
   * Creates a figure after checking it.
   *
   * @param industry  the industry, not blank
   * @param jobs  the number of jobs, positive
   * @param referenceMonth  the month, not null
   * @param edition  the edition, not blank
   * @param citations  the sources, not empty
   * @throws HimValidationException if a text is blank, the number not positive or there is no citation
   * @throws NullPointerException if an argument or element is null
   */
  public IndustryEmployment {
    Objects.requireNonNull(industry, "industry");
    Objects.requireNonNull(edition, "edition");
    Objects.requireNonNull(citations, "citations");
    Objects.requireNonNull(referenceMonth, "referenceMonth");
    citations = ImmutableList.copyOf(citations);
    Problems p = Problems.of("industry employment", industry);
    p.text(industry, "industry");
    p.text(edition, "edition");
    p.require(jobs > 0, ErrorCode.INVALID_VALUE, "jobs", "must be positive", jobs);
    p.notEmpty(citations, "citations", "must have at least one citation");
    p.check();
  }
}
