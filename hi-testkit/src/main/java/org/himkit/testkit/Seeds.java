package org.himkit.testkit;

import java.util.SplittableRandom;

/** Derives an independent random generator from a seed and an index, so that element i of a stream needs nothing else. */
final class Seeds {
  private Seeds() {}

  /**
   * Returns a new random generator for element {@code index} of the sequence of {@code seed}.
   *
   * @param seed  the seed of the sequence
   * @param index  the index of the element
   * @return a generator determined by the two numbers alone
   */
  static SplittableRandom random(long seed, long index) {
    return new SplittableRandom(mix(seed ^ mix(index + 0x9E37_79B9_7F4A_7C15L)));
  }

  /** The SplitMix64 finalizer: a bijection that spreads every input bit over the output. */
  static long mix(long value) {
    long z = (value ^ (value >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
