package org.himkit;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.HimDataStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A wage figure of an occupation: what it measures, the amount and currency, the reference period,
 * the edition it was published in, and how far it was checked at its publisher.
 *
 * <p>Wage figures change with every edition: a "2023 Median Pay" in the Occupational Outlook Handbook
 * is the May 2023 figure, published in the 2024–25 edition. Each figure therefore keeps its reference
 * month, or says that the source does not give one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimDataStyle // the JDK's collections in the generated code: start-up
public abstract class WageStatistic {
  WageStatistic() {}

  /**
   * Returns what the figure measures.
   *
   * @return the measure, not null
   */
  public abstract WageMeasure measure();

  /**
   * Returns the amount, in the currency's units.
   *
   * @return the amount, positive
   */
  public abstract BigDecimal amount();

  /**
   * Returns the currency of the amount.
   *
   * @return the currency, not null
   */
  @Value.Default
  public Currency currency() {
    return Currency.getInstance("USD");
  }

  /**
   * Returns the month the figure refers to, such as May 2022.
   *
   * @return the reference month, empty if the source does not give one
   */
  public abstract Optional<YearMonth> referenceMonth();

  /**
   * Returns the edition that published the figure, such as {@code "OOH, 2022 data"}.
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
   * Returns a caveat about the figure.
   *
   * @return the note, empty if none
   */
  public abstract Optional<String> note();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("wage statistic " + measure() + " " + amount());
    p.require(amount().signum() > 0, ErrorCode.INVALID_VALUE, "amount", "must be positive", amount());
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.text(edition(), "edition");
    p.text(note(), "note");
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

  /** A builder of {@link WageStatistic} values. */
  public static final class Builder extends ImmutableWageStatistic.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
