package org.himkit.catalog;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An index of one comparable value per entry, sorted, answering range questions ({@code at least},
 * {@code at most}, {@code starting with}) by binary search instead of a scan. Entries without a value
 * are never in a range.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the kind of value
 */
final class SortedValues<V extends Comparable<? super V>> {
  private final int size;
  private final @Nullable Object[] byPosition;
  private final Object[] sortedValues;
  private final int[] sortedPositions;

  /**
   * Builds the index.
   *
   * @param <T> the kind of entry
   * @param items the entries, in catalog order
   * @param value the value of an entry, empty if it has none
   */
  <T> SortedValues(List<T> items, Function<? super T, Optional<V>> value) {
    this.size = items.size();
    this.byPosition = new Object[size];
    Integer[] order = new Integer[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      Optional<V> v = value.apply(items.get(i));
      if (v.isPresent()) {
        byPosition[i] = v.get();
        order[n++] = i;
      }
    }
    Integer[] present = Arrays.copyOf(order, n);
    Arrays.sort(present, Comparator.comparing(this::at));
    this.sortedValues = new Object[n];
    this.sortedPositions = new int[n];
    for (int k = 0; k < n; k++) {
      sortedPositions[k] = present[k];
      sortedValues[k] = byPosition[present[k]];
    }
  }

  @SuppressWarnings("unchecked")
  private V at(int position) {
    return (V) java.util.Objects.requireNonNull(byPosition[position]);
  }

  @SuppressWarnings("unchecked")
  private V sorted(int k) {
    return (V) sortedValues[k];
  }

  /**
   * Returns the value of the entry at a position.
   *
   * @param position the position
   * @return the value, empty if the entry has none
   */
  @SuppressWarnings("unchecked")
  Optional<V> value(int position) {
    return Optional.ofNullable((V) byPosition[position]);
  }

  /** Returns the first sorted index whose value is at least {@code v}. */
  private int lowerBound(V v) {
    int lo = 0;
    int hi = sortedValues.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted(mid).compareTo(v) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the first sorted index whose value is greater than {@code v}. */
  private int upperBound(V v) {
    int lo = 0;
    int hi = sortedValues.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted(mid).compareTo(v) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private BitSet positions(int from, int to) {
    BitSet bits = new BitSet(size);
    for (int k = from; k < to; k++) {
      bits.set(sortedPositions[k]);
    }
    return bits;
  }

  /**
   * Returns the positions of the entries whose value is at least the given one.
   *
   * @param min the smallest value accepted
   * @return a new set of positions
   */
  BitSet atLeast(V min) {
    return positions(lowerBound(min), sortedValues.length);
  }

  /**
   * Returns the positions of the entries whose value is at most the given one.
   *
   * @param max the largest value accepted
   * @return a new set of positions
   */
  BitSet atMost(V max) {
    return positions(0, upperBound(max));
  }

  /**
   * Returns the positions of the entries whose value equals the given one.
   *
   * @param v the value
   * @return a new set of positions
   */
  BitSet equalTo(V v) {
    return positions(lowerBound(v), upperBound(v));
  }

  /**
   * Returns the positions of the entries whose text value starts with a prefix; for an index of
   * strings only.
   *
   * @param prefix the prefix, compared exactly
   * @return a new set of positions
   */
  BitSet startingWith(String prefix) {
    BitSet bits = new BitSet(size);
    @SuppressWarnings("unchecked")
    int k = lowerBound((V) prefix);
    while (k < sortedValues.length && ((String) sortedValues[k]).startsWith(prefix)) {
      bits.set(sortedPositions[k++]);
    }
    return bits;
  }

  /**
   * Returns a comparator of positions by value, entries without one last, in the given direction.
   *
   * @param descending true for the largest value first
   * @return the comparator; ties compare equal
   */
  Comparator<Integer> byValue(boolean descending) {
    Comparator<V> values = descending ? Comparator.<V>reverseOrder() : Comparator.<V>naturalOrder();
    return Comparator.comparing(this::value, (a, b) -> a.isPresent() && b.isPresent()
        ? values.compare(a.get(), b.get())
        : Boolean.compare(a.isEmpty(), b.isEmpty()));
  }
}
