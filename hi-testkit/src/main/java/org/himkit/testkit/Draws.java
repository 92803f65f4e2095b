package org.himkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The kit's drawing conventions in one place: every choice is one bounded draw, and the smallest draw
 * is the simplest choice, so that QuickTheories shrinks toward simpler values.
 */
final class Draws {
  private Draws() {}

  /**
   * Returns the source of the details of one element of a larger value (an entry of a catalog, an
   * activity of a holder), in two draws: one in {@code simplestOneIn} elements is the simplest (see
   * {@link Simplest}), the others are drawn from a seed. A larger value then has few draws, most of
   * them numbers of entries, and QuickTheories, which shrinks one draw at a time, shrinks those
   * numbers often and can reduce any element to its simplest form.
   *
   * @param random  the source
   * @param simplestOneIn  the odds of the simplest element, at least 2
   * @return the source of the element's details
   */
  static RandomGenerator detail(RandomGenerator random, int simplestOneIn) {
    return random.nextInt(simplestOneIn) == 0 ? Simplest.INSTANCE : new SplittableRandom(random.nextLong());
  }

  /**
   * Returns true about once in {@code n} draws; the draw shrinks to false.
   *
   * @param random  the source
   * @param n  the odds, at least 2
   * @return true once in {@code n}
   */
  static boolean oneIn(RandomGenerator random, int n) {
    return random.nextInt(n) == n - 1;
  }

  /**
   * Returns a number from {@code min} to {@code max} as {@link #between(RandomGenerator, long, long)}
   * does.
   *
   * @param random  the source
   * @param min  the smallest number
   * @param max  the largest number, at most a billion above {@code min}
   * @return the number
   */
  static int between(RandomGenerator random, int min, int max) {
    return (int) between(random, (long) min, (long) max);
  }

  /**
   * Returns a number from {@code min} to {@code max}, each bound about once in eight draws, in one
   * draw whose number never decreases as the draw increases, so that it shrinks toward {@code min}:
   * the lowest draws give {@code min}, the highest {@code max}, those between every number in order.
   *
   * @param random  the source
   * @param min  the smallest number
   * @param max  the largest number, at most 2^60 above {@code min}
   * @return the number
   */
  static long between(RandomGenerator random, long min, long max) {
    if (min >= max) {
      return min;
    }
    long n = max - min + 1;
    long edges = Math.max(1, n / 6);
    long v = random.nextLong(0, n + 2 * edges);
    return v < edges ? min : v < edges + n ? min + v - edges : max;
  }

  /**
   * Returns one of the items; the draw shrinks toward the first.
   *
   * @param <T>  the type of the items
   * @param random  the source
   * @param items  the items, not empty
   * @return one item
   */
  static <T> T pick(RandomGenerator random, List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /**
   * Returns one of the items; the draw shrinks toward the first.
   *
   * @param <T>  the type of the items
   * @param random  the source
   * @param items  the items, not empty
   * @return one item
   */
  @SafeVarargs
  static <T> T pick(RandomGenerator random, T... items) {
    return items[random.nextInt(items.length)];
  }

  /**
   * Returns up to {@code max} distinct items, in a random order; the number shrinks toward zero.
   *
   * @param <T>  the type of the items
   * @param random  the source
   * @param items  the items to choose from, distinct
   * @param max  the largest number to return
   * @return the chosen items, possibly empty
   */
  static <T> List<T> some(RandomGenerator random, List<T> items, int max) {
    return some(random, items, 0, max);
  }

  /**
   * Returns from {@code min} to {@code max} distinct items, in a random order; the number shrinks
   * toward {@code min}.
   *
   * @param <T>  the type of the items
   * @param random  the source
   * @param items  the items to choose from, distinct
   * @param min  the smallest number to return, at most the number of items
   * @param max  the largest number to return
   * @return the chosen items
   */
  static <T> List<T> some(RandomGenerator random, List<T> items, int min, int max) {
    int n = between(random, Math.min(min, items.size()), Math.min(max, items.size()));
    List<T> pool = new ArrayList<>(items);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }

  /**
   * Returns a value or nothing, each half of the time; the draw shrinks to nothing.
   *
   * @param <T>  the type of the value
   * @param random  the source
   * @param value  computes the value, drawing from the same source
   * @return the value or empty
   */
  static <T> Optional<T> maybe(RandomGenerator random, Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  /**
   * Returns a list of from {@code min} to {@code max} values; the size shrinks toward {@code min}.
   *
   * @param <T>  the type of the values
   * @param random  the source
   * @param min  the smallest size
   * @param max  the largest size
   * @param value  computes one value, drawing from the same source
   * @return the values
   */
  static <T> List<T> listOf(RandomGenerator random, int min, int max, Supplier<T> value) {
    int n = between(random, min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(value.get());
    }
    return out;
  }

  /**
   * Returns a non-blank phrase of one to three words of a vocabulary; shrinks to its first word.
   *
   * @param random  the source
   * @param words  the vocabulary, not empty
   * @return the phrase
   */
  static String phrase(RandomGenerator random, List<String> words) {
    StringBuilder sb = new StringBuilder(pick(random, words));
    int more = random.nextInt(3);
    for (int i = 0; i < more; i++) {
      sb.append(' ').append(pick(random, words));
    }
    return sb.toString();
  }
}
