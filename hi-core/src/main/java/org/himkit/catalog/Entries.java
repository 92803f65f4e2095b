package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The entries of one kind in a catalog, in catalog order, with their positions by id and helpers to
 * build indexes: for each key, the set of positions of the entries that have it.
 *
 * <p>This class is immutable and thread-safe; the bit sets it hands out are fresh or never modified.
 *
 * @param <K> the kind of id
 * @param <T> the kind of entry
 */
final class Entries<K, T> {
  private final ImmutableList<T> items;
  private final ImmutableMap<K, Integer> positions;
  private final BitSet all;

  /**
   * Creates the entries.
   *
   * @param items the entries, in catalog order
   * @param id the id of an entry
   */
  Entries(List<T> items, Function<? super T, K> id) {
    this.items = ImmutableList.copyOf(items);
    ImmutableMap.Builder<K, Integer> b = ImmutableMap.builderWithExpectedSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      b.put(id.apply(items.get(i)), i);
    }
    this.positions = b.buildOrThrow();
    this.all = Filter.allOf(items.size());
  }

  /**
   * Returns the entries in catalog order.
   *
   * @return the entries
   */
  ImmutableList<T> items() {
    return items;
  }

  /**
   * Returns a new set of every position.
   *
   * @return the positions of all entries
   */
  BitSet all() {
    return (BitSet) all.clone();
  }

  /**
   * Returns the position of the entry with the given id.
   *
   * @param id the id
   * @return the position, empty if no entry has that id
   */
  Optional<Integer> position(K id) {
    return Optional.ofNullable(positions.get(id));
  }

  /**
   * Returns the positions of the entries with the given ids; unknown ids are ignored.
   *
   * @param ids the ids
   * @return a new set of positions
   */
  BitSet positionsOf(Collection<K> ids) {
    BitSet bits = new BitSet(items.size());
    for (K id : ids) {
      Integer p = positions.get(id);
      if (p != null) {
        bits.set(p);
      }
    }
    return bits;
  }

  /**
   * Builds an index from each key to the positions of the entries that have it.
   *
   * @param <V> the kind of key
   * @param keys the keys of an entry, possibly none
   * @return the index; a key no entry has is absent
   */
  <V> ImmutableMap<V, BitSet> index(Function<? super T, ? extends Iterable<? extends V>> keys) {
    Map<V, BitSet> map = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (V key : keys.apply(items.get(i))) {
        map.computeIfAbsent(key, k -> new BitSet(items.size())).set(i);
      }
    }
    return ImmutableMap.copyOf(map);
  }

  /**
   * Returns the positions indexed under a key, never modified by the caller.
   *
   * @param <V> the kind of key
   * @param index the index
   * @param key the key
   * @return the positions, empty if no entry has the key
   */
  static <V> BitSet lookup(Map<V, BitSet> index, V key) {
    BitSet bits = index.get(key);
    return bits == null ? new BitSet() : bits;
  }
}
