package org.himkit;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * The number of jobs in an occupation in a year, as a statistics edition publishes it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EmploymentFigure {
  EmploymentFigure() {}

  /**
   * Returns the year counted.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * Returns the number of jobs.
   *
   * @return the jobs, positive
   */
  public abstract long jobs();

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
    Problems p = Problems.of("employment figure", year());
    p.require(jobs() > 0, ErrorCode.INVALID_VALUE, "jobs", "must be positive", jobs());
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

  /** A builder of {@link EmploymentFigure} values. */
  public static final class Builder extends ImmutableEmploymentFigure.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
