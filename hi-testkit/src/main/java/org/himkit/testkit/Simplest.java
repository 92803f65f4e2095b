package org.himkit.testkit;

import java.util.random.RandomGenerator;

/**
 * A source that always makes the simplest choice: the lower bound of every draw, false for every
 * coin. A generator driven by it gives its simplest value: no optional part, the fewest entries, the
 * first day of its range, the smallest amount.
 */
final class Simplest implements RandomGenerator {
  static final Simplest INSTANCE = new Simplest();

  private Simplest() {}

  @Override
  public long nextLong() {
    return 0;
  }

  @Override
  public int nextInt() {
    return 0;
  }

  @Override
  public boolean nextBoolean() {
    return false;
  }

  @Override
  public int nextInt(int bound) {
    return 0;
  }

  @Override
  public int nextInt(int origin, int bound) {
    return origin;
  }

  @Override
  public long nextLong(long bound) {
    return 0;
  }

  @Override
  public long nextLong(long origin, long bound) {
    return origin;
  }

  @Override
  public double nextDouble() {
    return 0;
  }

  @Override
  public float nextFloat() {
    return 0;
  }
}
