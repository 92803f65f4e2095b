package org.himkit.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Formats the catalog's vocabulary for display: an enum constant as lower-case words, amounts of money in US
 * dollars. The answers' sentences come from {@link org.himkit.text.HimText}; these are labels of data.
 */
public final class Labels {
  private Labels() {}

  /**
   * Returns an enum constant as words: {@code NOT_GENERALLY_DIRECT} becomes "not generally direct".
   *
   * @param constant  the constant
   * @return the words
   */
  public static String words(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Returns enum constants as words joined with commas.
   *
   * @param constants  the constants
   * @return the words, empty for none
   */
  public static String words(Collection<? extends Enum<?>> constants) {
    return constants.stream().map(Labels::words).collect(Collectors.joining(", "));
  }

  /**
   * Returns an amount of US dollars, such as "$48,780".
   *
   * @param amount  the amount
   * @return the formatted amount
   */
  public static String usd(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
    return format.format(amount);
  }
}
