package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * A filter over the entries of one kind in a catalog, as a tree: indexed leaves (a precomputed set of
 * positions), predicate leaves (tested entry by entry), and {@code and}, {@code or}, {@code not}.
 *
 * <p>{@link #evaluate(List, BitSet)} works within a set of candidate positions, so that a predicate
 * after an indexed filter tests only the entries the index let through. Every implementation is
 * immutable: the bit sets of indexed leaves are never modified.
 *
 * @param <T> the kind of entry
 */
sealed interface Filter<T> permits Filter.Everything, Filter.Indexed, Filter.Test, Filter.And, Filter.Or,
    Filter.Not {

  /**
   * Returns the positions of the matching entries among the candidates.
   *
   * @param items the entries, in catalog order
   * @param candidates the positions to consider, not modified
   * @return a new set of positions, a subset of the candidates
   */
  BitSet evaluate(List<? extends T> items, BitSet candidates);

  /**
   * Returns the filter matching every entry.
   *
   * @param <T> the kind of entry
   * @return the filter
   */
  static <T> Filter<T> everything() {
    return new Everything<>();
  }

  /**
   * Returns an indexed filter.
   *
   * @param <T> the kind of entry
   * @param description the filter in words, such as {@code "inSetting(hospital)"}
   * @param positions the positions of the matching entries; not modified afterwards
   * @return the filter
   */
  static <T> Filter<T> indexed(String description, BitSet positions) {
    return new Indexed<>(description, positions);
  }

  /**
   * Returns a filter testing each entry.
   *
   * @param <T> the kind of entry
   * @param description the filter in words
   * @param test the test
   * @return the filter
   */
  static <T> Filter<T> test(String description, Predicate<? super T> test) {
    return new Test<>(description, test);
  }

  /**
   * Returns the conjunction of two filters; {@link #everything()} is its identity.
   *
   * @param <T> the kind of entry
   * @param a the first filter
   * @param b the second filter
   * @return the filter
   */
  static <T> Filter<T> and(Filter<T> a, Filter<T> b) {
    if (a instanceof Everything) {
      return b;
    }
    if (b instanceof Everything) {
      return a;
    }
    return new And<>(a, b);
  }

  /**
   * The filter matching every entry.
   *
   * @param <T> the kind of entry
   */
  record Everything<T>() implements Filter<T> {
    @Override
    public BitSet evaluate(List<? extends T> items, BitSet candidates) {
      return (BitSet) candidates.clone();
    }

    @Override
    public String toString() {
      return "all";
    }
  }

  /**
   * A filter answered from an index.
   *
   * @param <T> the kind of entry
   * @param description the filter in words
   * @param positions the positions of the matching entries, never modified
   */
  record Indexed<T>(String description, BitSet positions) implements Filter<T> {
    @Override
    public BitSet evaluate(List<? extends T> items, BitSet candidates) {
      BitSet result = (BitSet) candidates.clone();
      result.and(positions);
      return result;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * A filter testing each candidate entry.
   *
   * @param <T> the kind of entry
   * @param description the filter in words
   * @param test the test
   */
  record Test<T>(String description, Predicate<? super T> test) implements Filter<T> {
    @Override
    public BitSet evaluate(List<? extends T> items, BitSet candidates) {
      BitSet result = new BitSet(items.size());
      for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
        if (test.test(items.get(i))) {
          result.set(i);
        }
      }
      return result;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * The conjunction of two filters: the second is evaluated only on what the first lets through.
   *
   * @param <T> the kind of entry
   * @param first the first filter
   * @param second the second filter
   */
  record And<T>(Filter<T> first, Filter<T> second) implements Filter<T> {
    @Override
    public BitSet evaluate(List<? extends T> items, BitSet candidates) {
      return second.evaluate(items, first.evaluate(items, candidates));
    }

    @Override
    public String toString() {
      return first + " and " + second;
    }
  }

  /**
   * The disjunction of two filters.
   *
   * @param <T> the kind of entry
   * @param first the first filter
   * @param second the second filter
   */
  record Or<T>(Filter<T> first, Filter<T> second) implements Filter<T> {
    @Override
    public BitSet evaluate(List<? extends T> items, BitSet candidates) {
      BitSet result = first.evaluate(items, candidates);
      BitSet rest = (BitSet) candidates.clone();
      rest.andNot(result);
      result.or(second.evaluate(items, rest));
      return result;
    }

    @Override
    public String toString() {
      return "(" + first + " or " + second + ")";
    }
  }

  /**
   * The negation of a filter.
   *
   * @param <T> the kind of entry
   * @param negated the filter negated
   */
  record Not<T>(Filter<T> negated) implements Filter<T> {
    @Override
    public BitSet evaluate(List<? extends T> items, BitSet candidates) {
      BitSet result = (BitSet) candidates.clone();
      result.andNot(negated.evaluate(items, candidates));
      return result;
    }

    @Override
    public String toString() {
      return "not(" + negated + ")";
    }
  }

  /**
   * Returns the positions of a list of entries.
   *
   * @param size the number of entries
   * @return the set of positions {@code 0} to {@code size - 1}
   */
  static BitSet allOf(int size) {
    BitSet all = new BitSet(size);
    all.set(0, size);
    return all;
  }

  /**
   * Returns the entries at the given positions, in position order.
   *
   * @param <T> the kind of entry
   * @param items the entries
   * @param positions the positions
   * @return the entries, not null
   */
  static <T> ImmutableList<T> select(List<T> items, BitSet positions) {
    ImmutableList.Builder<T> b = ImmutableList.builderWithExpectedSize(positions.cardinality());
    for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
      b.add(items.get(i));
    }
    return b.build();
  }
}
