package org.himkit.portal.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats amounts of money for display. The words of the catalog's vocabulary and of the answers come from
 * {@link org.himkit.text.HimText}, which every page receives as {@code text}.
 */
public final class Labels {
  private Labels() {}

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
