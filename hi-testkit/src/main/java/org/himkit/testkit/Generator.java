package org.himkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A generator of values of one type, drawing every choice from a {@link RandomGenerator}.
 *
 * <p>A generator is framework-neutral: any source of randomness drives it, and the same sequence of
 * random numbers always gives the same value. Generators of this kit follow two conventions that
 * make {@linkplain HimGens QuickTheories' shrinking} work on them: every choice is a bounded draw
 * ({@code nextInt(bound)}, {@code nextInt(origin, bound)}, {@code nextLong(origin, bound)} or
 * {@code nextBoolean()}), and the smallest draw is the simplest choice (no optional part, the fewest
 * entries, the earliest date, the smallest amount, a leaf rather than an inner node).
 *
 * <pre>{@code
 * Generator<Credential> credentials = HimGenerators.credentials();
 * Credential one = credentials.example(42);                      // the same for seed 42, always
 * List<Credential> many = credentials.stream(42).limit(100).toList();
 * Credential another = credentials.next(new SplittableRandom(7));
 * }</pre>
 *
 * <p>Implementations in this kit are immutable and thread-safe; the random generator passed in is
 * used by one thread at a time.
 *
 * @param <T> the type of the values generated
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Returns the next value, drawing every choice from the given random generator.
   *
   * @param random  the source of randomness, not null
   * @return a valid value, not null
   */
  T next(RandomGenerator random);

  /**
   * Returns a generator of this generator's values transformed by a function.
   *
   * @param <R>  the type of the transformed values
   * @param mapper  the function, not null
   * @return the generator, not null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> mapper.apply(next(random));
  }

  /**
   * Returns a generator of lists of this generator's values, with a size from {@code minSize} to
   * {@code maxSize}. The smallest and the largest sizes come up often by design; the size shrinks
   * toward {@code minSize}.
   *
   * @param minSize  the smallest size, not negative
   * @param maxSize  the largest size, not below {@code minSize}
   * @return the generator, not null
   * @throws IllegalArgumentException if the sizes are out of range
   */
  default Generator<List<T>> lists(int minSize, int maxSize) {
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException("sizes must satisfy 0 <= minSize <= maxSize: " + minSize + ", " + maxSize);
    }
    return random -> {
      int n = Draws.between(random, minSize, maxSize);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(next(random));
      }
      return List.copyOf(out);
    };
  }

  /**
   * Returns the value for a seed: the first element of {@link #stream(long)}.
   *
   * @param seed  the seed
   * @return the value, the same for the same seed, not null
   */
  default T example(long seed) {
    return next(Seeds.random(seed, 0));
  }

  /**
   * Returns an infinite, ordered stream of values for a seed. Element {@code i} is derived from the
   * seed and {@code i} alone, so the stream is reproducible, gives the same elements in parallel and
   * keeps nothing in memory.
   *
   * @param seed  the seed
   * @return the values, not null
   */
  default Stream<T> stream(long seed) {
    return LongStream.iterate(0, i -> i + 1).mapToObj(i -> next(Seeds.random(seed, i)));
  }
}
