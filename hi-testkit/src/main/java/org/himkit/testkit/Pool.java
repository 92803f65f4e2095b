package org.himkit.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * What a generated reference may point to: the ids of one kind that a catalog holds, or, for a value
 * generated on its own, any id of that kind.
 *
 * @param <T>  the type of id
 */
final class Pool<T> {
  private final List<T> items;
  private final @Nullable Generator<T> fresh;

  private Pool(List<T> items, @Nullable Generator<T> fresh) {
    this.items = List.copyOf(items);
    this.fresh = fresh;
  }

  /** A pool of the given ids only. */
  static <T> Pool<T> of(List<T> items) {
    return new Pool<>(items, null);
  }

  /** A pool of any id the generator gives. */
  static <T> Pool<T> free(Generator<T> fresh) {
    return new Pool<>(List.of(), fresh);
  }

  /** One id, empty if the pool has none; shrinks toward the first id. */
  Optional<T> one(RandomGenerator random) {
    if (fresh != null) {
      return Optional.of(fresh.next(random));
    }
    return items.isEmpty() ? Optional.empty() : Optional.of(Draws.pick(random, items));
  }

  /** Up to {@code max} distinct ids, possibly none; the number shrinks toward zero. */
  List<T> some(RandomGenerator random, int max) {
    if (fresh == null) {
      return Draws.some(random, items, max);
    }
    int n = Draws.between(random, 0, max);
    Set<T> out = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      out.add(fresh.next(random));
    }
    return new ArrayList<>(out);
  }
}
