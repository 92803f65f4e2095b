package org.himkit.internal;

import java.util.Locale;

/** Text helpers of the query API. */
public final class Text {
  private Text() {}

  /**
   * Returns a text folded for case-insensitive comparison: lower case in the root locale.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
