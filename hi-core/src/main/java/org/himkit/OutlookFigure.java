package org.himkit;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A projected change in employment of an occupation over a projection period, as an edition of the
 * Occupational Outlook Handbook publishes it, such as 16 % for 2022–32.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OutlookFigure {
  OutlookFigure() {}

  /**
   * Returns the projected change in employment, in whole percent.
   *
   * @return the change, may be negative
   */
  public abstract int percentChange();

  /**
   * Returns the base year of the projection.
   *
   * @return the first year, not null
   */
  public abstract Year fromYear();

  /**
   * Returns the target year of the projection.
   *
   * @return the last year, after the first
   */
  public abstract Year toYear();

  /**
   * Returns the publisher's words for the change, such as {@code "Much faster than average"}.
   *
   * @return the descriptor, empty if not given
   */
  public abstract Optional<String> descriptor();

  /**
   * Returns the projected change in the number of jobs.
   *
   * @return the change, empty if not given
   */
  public abstract Optional<Long> employmentChange();

  /**
   * Returns the projected openings per year.
   *
   * @return the openings, empty if not given
   */
  public abstract Optional<Long> annualOpenings();

  /**
   * Returns the edition that published the figure.
   *
   * @return the edition, empty if not known
   */
  public abstract Optional<String> edition();

  /**
   * Returns the group the figure counts where that is not exactly this occupation, such as the
   * broader Occupational Outlook Handbook profile an older edition published the figure for.
   *
   * @return the scope, empty when the figure counts the occupation itself
   */
  public abstract Optional<String> scope();

  /**
   * Returns how far the figure was checked at its publisher.
   *
   * @return the verification, not null
   */
  public abstract Verification verification();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("outlook figure " + fromYear() + "-" + toYear());
    p.require(toYear().isAfter(fromYear()), ErrorCode.INVALID_RANGE, "toYear", "must be after fromYear", toYear());
    p.require(percentChange() > -100 && percentChange() < 1000, ErrorCode.INVALID_VALUE, "percentChange",
        "must be above -100 and below 1000", percentChange());
    if (annualOpenings().isPresent()) { // not a lambda: built on the built-in catalog's first call (start-up)
      long n = annualOpenings().get();
      p.require(n >= 0, ErrorCode.INVALID_VALUE, "annualOpenings", "must not be negative", n);
    }
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.text(scope(), "scope");
    p.check();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link OutlookFigure} values. */
  public static final class Builder extends ImmutableOutlookFigure.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
