package org.himkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A fee an organization charges, as its own pages state it: what it pays for, the amount and
 * currency, whom the amount applies to, how often it is due, and the dates it is in force where the
 * sources give them.
 *
 * <p>For example, NCRA's annual ODS certification maintenance fee is $35 for NCRA members and $145
 * for everyone else: two fees of kind {@link FeeKind#RECERTIFICATION}, one per {@link MemberRate},
 * each due every year. A fee whose sources give no effective date has empty dates; its citation says
 * which version of the page was read.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class Fee {
  Fee() {}

  /**
   * Returns what the fee pays for.
   *
   * @return the kind, not null
   */
  public abstract FeeKind kind();

  /**
   * Returns a short description as the source puts it, such as {@code "recertification fee, first
   * credential"}.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the amount, in the currency's units.
   *
   * @return the amount, positive
   */
  public abstract BigDecimal amount();

  /**
   * Returns the currency of the amount.
   *
   * @return the currency, US dollars unless given
   */
  @Value.Default
  public Currency currency() {
    return Currency.getInstance("USD");
  }

  /**
   * Returns whom this amount applies to.
   *
   * @return the rate, not null
   */
  public abstract MemberRate rate();

  /**
   * Returns what one amount is charged for.
   *
   * @return the basis, not null
   */
  public abstract FeeBasis basis();

  /**
   * Returns the increment of time one amount pays for, for a fee charged {@link FeeBasis#PER_INCREMENT}.
   *
   * @return the increment, present exactly when the basis is {@code PER_INCREMENT}
   */
  public abstract Optional<Period> increment();

  /**
   * Returns how often the fee falls due, such as every year or every two years.
   *
   * @return the interval, empty for a fee charged when something is asked for
   */
  public abstract Optional<Period> every();

  /**
   * Returns the credentials the fee concerns.
   *
   * @return the credentials, empty where the fee concerns every credential of the organization
   */
  public abstract Set<CredentialId> credentials();

  /**
   * Returns the first day the amount applies.
   *
   * @return the date, empty if the sources do not give it
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the last day the amount applies.
   *
   * @return the date, empty if the amount still applies or the sources do not say
   */
  public abstract Optional<LocalDate> effectiveTo();

  /**
   * Returns how far the amount was checked at the organization's own pages.
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

  /**
   * Checks whether the amount applies on a date, as far as the sources date it: a fee without dates
   * applies on every date.
   *
   * @param date the date, not null
   * @return true if the date is within the fee's effective dates
   */
  public boolean appliesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return EffectiveDates.contain(effectiveFrom(), effectiveTo(), date);
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("fee", description());
    p.text(description(), "description");
    p.require(amount().signum() > 0, ErrorCode.INVALID_VALUE, "amount", "must be positive", amount());
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.require(increment().isPresent() == (basis() == FeeBasis.PER_INCREMENT), ErrorCode.INVALID_VALUE,
        "increment", "must be given exactly when the basis is PER_INCREMENT", increment());
    // if-present, not lambdas: the built-in catalog builds fees on its first call (start-up)
    if (increment().isPresent()) {
      Period q = increment().get();
      p.require(!q.isNegative() && !q.isZero(), ErrorCode.INVALID_VALUE, "increment", "must be positive", q);
    }
    if (every().isPresent()) {
      Period q = every().get();
      p.require(!q.isNegative() && !q.isZero(), ErrorCode.INVALID_VALUE, "every", "must be positive", q);
    }
    EffectiveDates.check(effectiveFrom(), effectiveTo(), p);
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

  /** A builder of {@link Fee} values. */
  public static final class Builder extends ImmutableFee.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
