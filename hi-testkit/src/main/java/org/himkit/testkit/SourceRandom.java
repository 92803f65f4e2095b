package org.himkit.testkit;

import java.util.random.RandomGenerator;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A {@link RandomGenerator} view of a QuickTheories {@link RandomnessSource}: every bounded draw
 * becomes one draw of the source within the same bounds, with the lower bound (or zero, if in range) as
 * its shrink target, so that QuickTheories shrinks a generated value by shrinking its choices.
 */
final class SourceRandom implements RandomGenerator {
  private static final long DOUBLE_UNITS = (1L << 53) - 1;
  private static final long FLOAT_UNITS = (1L << 24) - 1;

  private final RandomnessSource source;

  SourceRandom(RandomnessSource source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    return source.next(Constraint.none());
  }

  @Override
  public int nextInt() {
    return (int) source.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  @Override
  public boolean nextBoolean() {
    return source.next(Constraint.zeroToOne()) == 1;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) source.next(Constraint.between(0, bound - 1L));
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin must be below bound: " + origin + ", " + bound);
    }
    return (int) source.next(Constraint.between(origin, bound - 1L));
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return source.next(Constraint.between(0, bound - 1));
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin must be below bound: " + origin + ", " + bound);
    }
    return source.next(Constraint.between(origin, bound - 1));
  }

  @Override
  public double nextDouble() {
    return source.next(Constraint.between(0, DOUBLE_UNITS)) * 0x1.0p-53;
  }

  @Override
  public float nextFloat() {
    return source.next(Constraint.between(0, FLOAT_UNITS)) * 0x1.0p-24f;
  }
}
