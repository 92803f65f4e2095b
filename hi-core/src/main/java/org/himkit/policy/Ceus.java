package org.himkit.policy;

import java.io.Serializable;
import java.math.BigDecimal;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.internal.Text;
import org.jspecify.annotations.Nullable;

/**
 * An exact, non-negative amount of continuing education units (CEUs), to the hundredth.
 *
 * <p>Renewal rules are about exact amounts: "20 CEUs every 2 years", "at least 80 percent in the HIIM
 * domains". {@code Ceus} keeps an integer count of hundredths, so that arithmetic is exact and no
 * floating point is involved: {@code Ceus.parse("2.5").plus(Ceus.parse("0.25"))} is exactly
 * {@code 2.75}. Amounts are at most {@link #MAX}, 100 trillion CEUs: more than any ledger can sum
 * to, so that totals never overflow (a single activity's amount has its own, much lower bound, which
 * catches a mistyped amount).
 *
 * <pre>{@code
 * Ceus required = Ceus.of(20);
 * Ceus earned = Ceus.of(12).plus(Ceus.parse("1.5"));
 * Ceus left = required.minusOrZero(earned);   // 6.5
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Ceus implements Comparable<Ceus>, Serializable {
  private static final long serialVersionUID = 1L;
  /** {@link #MAX} in hundredths: 10^16, so that a percentage of any amount fits in a {@code long}. */
  private static final long MAX_HUNDREDTHS = 10_000_000_000_000_000L;

  /** The longest text {@link #parse(String)} reads: more digits than any amount up to {@link #MAX} has. */
  private static final int MAX_TEXT = 32;

  /** No CEUs. */
  public static final Ceus ZERO = new Ceus(0);

  /**
   * The largest amount: 100,000,000,000,000 CEUs. No ledger reaches it: a Java collection holds fewer than
   * 2^31 activities, and one activity earns at most 6,000 CEUs (6,000 minutes at one CEU a minute), which
   * sum to less than 1.3 * 10^13 CEUs.
   */
  public static final Ceus MAX = new Ceus(MAX_HUNDREDTHS);

  /** The amount in hundredths of a CEU. */
  private final long hundredths;

  private Ceus(long hundredths) {
    this.hundredths = hundredths;
  }

  /**
   * Obtains an amount of whole CEUs.
   *
   * @param whole the number of CEUs, from 0 to {@link #MAX}
   * @return the amount, not null
   * @throws HimValidationException if the number is negative or too large
   */
  public static Ceus of(long whole) {
    if (whole < 0 || whole > MAX_HUNDREDTHS / 100) {
      throw invalid("CEU amount", "whole", "must be from 0 to " + MAX, whole);
    }
    return ofHundredths(whole * 100);
  }

  /**
   * Obtains an amount from a count of hundredths of a CEU.
   *
   * @param hundredths the number of hundredths, from 0 to 10^16
   * @return the amount, not null
   * @throws HimValidationException if the number is negative or too large
   */
  public static Ceus ofHundredths(long hundredths) {
    if (hundredths < 0 || hundredths > MAX_HUNDREDTHS) {
      throw invalid("CEU amount", "hundredths", "must be from 0 to " + MAX_HUNDREDTHS, hundredths);
    }
    return hundredths == 0 ? ZERO : new Ceus(hundredths);
  }

  /**
   * Obtains an amount from its decimal text, such as {@code "20"}, {@code "2.5"} or {@code "0.25"}.
   *
   * <p>The text is ASCII digits, optionally followed by a point and more ASCII digits, with no sign,
   * exponent or grouping, and no other kind of digit; spaces around it are ignored.
   *
   * @param text the text, a non-negative decimal with at most two fraction digits
   * @return the amount, not null
   * @throws HimValidationException if the text is not such a decimal or is too large
   */
  public static Ceus parse(String text) {
    String t = text.trim();
    int digits = t.startsWith("-") ? 1 : 0;
    int point = -1;
    boolean decimal = t.length() > digits && t.length() <= MAX_TEXT;
    for (int i = digits; i < t.length() && decimal; i++) {
      char c = t.charAt(i);
      if (c == '.' && point < 0 && i > digits && i < t.length() - 1) {
        point = i;
      } else if (c < '0' || c > '9') {
        decimal = false;
      }
    }
    if (!decimal) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "CEU amount", "text",
          "must be a decimal number of ASCII digits, such as 2.5", Text.quoted(text));
    }
    return of(new BigDecimal(t), "text", Text.quoted(text));
  }

  /**
   * Obtains an amount from a decimal.
   *
   * @param value the amount, non-negative, with at most two fraction digits
   * @return the amount, not null
   * @throws HimValidationException if the value is negative, too large or too precise
   */
  public static Ceus of(BigDecimal value) {
    return of(value, "value", value);
  }

  private static Ceus of(BigDecimal value, String attribute, Object shown) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(MAX_HUNDREDTHS, 2)) > 0) {
      throw invalid("CEU amount", attribute, "must be from 0 to " + MAX, shown);
    }
    BigDecimal scaled = value.movePointRight(2);
    if (scaled.stripTrailingZeros().scale() > 0) {
      throw invalid("CEU amount", attribute, "must have at most two fraction digits", shown);
    }
    return ofHundredths(scaled.longValueExact());
  }

  private static HimValidationException invalid(String entity, String attribute, String rule, Object value) {
    return HimValidationException.of(ErrorCode.INVALID_VALUE, entity, attribute, rule, value);
  }

  /**
   * Returns the amount as a count of hundredths of a CEU.
   *
   * @return the hundredths, from 0 to 10^16
   */
  public long hundredths() {
    return hundredths;
  }

  /**
   * Returns the amount as an exact decimal.
   *
   * @return the decimal, not null
   */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(hundredths, 2).stripTrailingZeros();
  }

  /**
   * Checks whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return hundredths == 0;
  }

  /**
   * Returns this amount plus another.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param other the amount to add, not null
   * @return the sum, not null
   * @throws HimValidationException if the sum exceeds {@link #MAX}
   */
  public Ceus plus(Ceus other) {
    if (other.hundredths > MAX_HUNDREDTHS - hundredths) {
      throw invalid("CEU sum " + this + " + " + other, "other", "must keep the sum at most " + MAX, other);
    }
    return ofHundredths(hundredths + other.hundredths);
  }

  /**
   * Returns this amount minus another, or zero if the other is larger.
   *
   * <p>This is the amount still needed to reach this amount after earning {@code other}.
   *
   * @param other the amount to subtract, not null
   * @return the difference, never negative, not null
   */
  public Ceus minusOrZero(Ceus other) {
    return ofHundredths(Math.max(0, hundredths - other.hundredths));
  }

  /**
   * Returns this amount multiplied by a whole number.
   *
   * @param factor the factor, not negative
   * @return the product, not null
   * @throws HimValidationException if the factor is negative or the product exceeds {@link #MAX}
   */
  public Ceus multipliedBy(int factor) {
    if (factor < 0) {
      throw invalid("CEU product " + this + " * " + factor, "factor", "must not be negative", factor);
    }
    if (factor > 0 && hundredths > MAX_HUNDREDTHS / factor) {
      throw invalid("CEU product " + this + " * " + factor, "factor", "must keep the product at most " + MAX, factor);
    }
    return ofHundredths(hundredths * factor);
  }

  /**
   * Returns the given percentage of this amount, rounded up to the next hundredth.
   *
   * <p>Rounding up means a rule such as "at least 80 percent" is never met by a rounded-down
   * fraction: 80 percent of 30 CEUs is exactly 24, and 40 percent of 0.05 CEUs is 0.02.
   *
   * @param percent the percentage, from 0 to 100
   * @return the share, not null
   * @throws HimValidationException if the percentage is out of range
   */
  public Ceus percent(int percent) {
    if (percent < 0 || percent > 100) {
      throw invalid("CEU share of " + this, "percent", "must be from 0 to 100", percent);
    }
    return ofHundredths(percentOfHundredths(hundredths, percent));
  }

  /**
   * Returns the given percentage of an amount in hundredths, rounded up to the next hundredth: the
   * primitive form of {@link #percent(int)}.
   *
   * @param hundredths the amount in hundredths, from 0 to 10^16
   * @param percent the percentage, from 0 to 100
   * @return the share in hundredths
   */
  public static long percentOfHundredths(long hundredths, int percent) {
    return (hundredths * percent + 99) / 100;
  }

  /**
   * Checks whether this amount is at least the other.
   *
   * @param other the amount to compare to, not null
   * @return true if this amount is greater than or equal to the other
   */
  public boolean isAtLeast(Ceus other) {
    return hundredths >= other.hundredths;
  }

  /**
   * Returns the larger of two amounts.
   *
   * @param a the first amount, not null
   * @param b the second amount, not null
   * @return the larger, not null
   */
  public static Ceus max(Ceus a, Ceus b) {
    return a.hundredths >= b.hundredths ? a : b;
  }

  /**
   * Returns the smaller of two amounts.
   *
   * @param a the first amount, not null
   * @param b the second amount, not null
   * @return the smaller, not null
   */
  public static Ceus min(Ceus a, Ceus b) {
    return a.hundredths <= b.hundredths ? a : b;
  }

  @Override
  public int compareTo(Ceus other) {
    return Long.compare(hundredths, other.hundredths);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Ceus other && other.hundredths == hundredths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hundredths);
  }

  /**
   * Returns the amount as a plain decimal without trailing zeros, such as {@code "20"} or
   * {@code "2.5"}; {@link #parse(String)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
