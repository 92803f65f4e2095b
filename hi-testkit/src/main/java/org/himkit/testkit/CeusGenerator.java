package org.himkit.testkit;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.himkit.policy.Ceus;

/**
 * A generator of CEU amounts in a range, in which the edges come up often.
 *
 * <p>One amount in four is an edge: the smallest or the largest amount of the range (by default
 * {@link Ceus#ZERO} and {@link Ceus#MAX}), or one hundredth above the smallest. One in two is an
 * everyday amount, at most 100 CEUs above the smallest, in whole, half or quarter CEUs or in
 * hundredths. The rest are spread evenly over the whole range. An amount shrinks toward the smallest.
 *
 * <pre>{@code
 * Generator<Ceus> amounts = HimGenerators.ceus().between(Ceus.parse("0.25"), Ceus.of(60));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CeusGenerator implements Generator<Ceus> {
  private static final long EVERYDAY_HUNDREDTHS = 100_00;

  private final Ceus min;
  private final Ceus max;

  private CeusGenerator(Ceus min, Ceus max) {
    if (!max.isAtLeast(min)) {
      throw new IllegalArgumentException("the largest amount must not be below the smallest: " + min + " to " + max);
    }
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the generator of every amount, from zero to {@link Ceus#MAX}.
   *
   * @return the generator, not null
   */
  static CeusGenerator defaults() {
    return new CeusGenerator(Ceus.ZERO, Ceus.MAX);
  }

  /**
   * Returns a copy of this generator for a range of amounts.
   *
   * @param smallest  the smallest amount, not null
   * @param largest  the largest amount, not below {@code smallest}
   * @return the generator, not null
   * @throws IllegalArgumentException if the largest amount is below the smallest
   */
  public CeusGenerator between(Ceus smallest, Ceus largest) {
    return new CeusGenerator(Objects.requireNonNull(smallest, "smallest"), Objects.requireNonNull(largest, "largest"));
  }

  /**
   * Returns a copy of this generator that never gives zero: the smallest amount becomes one hundredth
   * if it was zero.
   *
   * @return the generator, not null
   * @throws IllegalArgumentException if the largest amount is zero
   */
  public CeusGenerator positive() {
    return min.isZero() ? between(Ceus.ofHundredths(1), max) : this;
  }

  /**
   * Returns the smallest amount of the range.
   *
   * @return the smallest amount, not null
   */
  public Ceus min() {
    return min;
  }

  /**
   * Returns the largest amount of the range.
   *
   * @return the largest amount, not null
   */
  public Ceus max() {
    return max;
  }

  @Override
  public Ceus next(RandomGenerator random) {
    long lo = min.hundredths();
    long hi = max.hundredths();
    int kind = random.nextInt(4);
    if (kind == 0) {
      return Ceus.ofHundredths(Draws.pick(random, lo, hi, Math.min(lo + 1, hi)));
    }
    if (kind == 3) {
      return Ceus.ofHundredths(random.nextLong(lo, hi + 1));
    }
    long step = Draws.pick(random, 100L, 50L, 25L, 1L);
    long top = Math.min(hi, lo + EVERYDAY_HUNDREDTHS);
    long base = (lo + step - 1) / step * step;
    if (base > top) {
      return min;
    }
    return Ceus.ofHundredths(base + step * random.nextLong(0, (top - base) / step + 1));
  }

  @Override
  public String toString() {
    return "CEUs from " + min + " to " + max;
  }
}
