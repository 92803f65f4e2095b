package org.himkit.testkit;

import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Typed ids in the forms of {@link org.himkit.TypedId}: mostly a readable prefix and a number, and
 * often one character or the full 64 characters.
 */
final class Ids {
  /** The longest id {@link org.himkit.TypedId} accepts. */
  static final int MAX_LENGTH = 64;

  private static final String FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String REST = FIRST + "._-";
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private Ids() {}

  /**
   * Returns a generator of ids: one in eight has one character, one in eight 64, the others are the
   * prefix and a number below 1000. Shrinks toward the prefix and 0.
   */
  static <T> Generator<T> of(String prefix, Function<String, T> factory) {
    return random -> factory.apply(text(random, prefix));
  }

  static String text(RandomGenerator random, String prefix) {
    int form = random.nextInt(8);
    if (form == 6) {
      return String.valueOf(FIRST.charAt(random.nextInt(FIRST.length())));
    }
    if (form == 7) {
      StringBuilder sb = new StringBuilder(MAX_LENGTH).append(FIRST.charAt(random.nextInt(FIRST.length())));
      while (sb.length() < MAX_LENGTH) {
        sb.append(REST.charAt(random.nextInt(REST.length())));
      }
      return sb.toString();
    }
    return prefix + random.nextInt(1000);
  }

  /**
   * Returns a unique base id, padded once in eight to the full 64 characters with a hyphen and
   * lower-case letters, so that two different bases never give the same id.
   */
  static String padded(RandomGenerator random, String base) {
    if (!Draws.oneIn(random, 8) || base.length() >= MAX_LENGTH - 1) {
      return base;
    }
    StringBuilder sb = new StringBuilder(MAX_LENGTH).append(base).append('-');
    while (sb.length() < MAX_LENGTH) {
      sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return sb.toString();
  }
}
