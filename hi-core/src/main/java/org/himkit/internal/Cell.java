package org.himkit.internal;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value kept once it is known: for a part of an immutable object that the first questions asked of it do not need.
 * Its owner computes the value on first use under the cell's lock ({@code synchronized (cell)}, checking again inside)
 * and sets it; the value is published safely. No supplier: each supplier was a class of its own to load on the first
 * call (start-up).
 *
 * @param <T> the type of the value
 */
public final class Cell<T> {
  private volatile @Nullable T value;

  private Cell(@Nullable T value) {
    this.value = value;
  }

  /**
   * Obtains a cell without a value yet.
   *
   * @param <T> the type of the value
   * @return the cell, not null
   */
  public static <T> Cell<T> empty() {
    return new Cell<>(null);
  }

  /**
   * Obtains a cell holding a value known already, for an object whose part is lazy only when built one way.
   *
   * @param <T> the type of the value
   * @param value  the value, not null
   * @return the cell, not null
   */
  public static <T> Cell<T> of(T value) {
    return new Cell<>(Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the value, if it is known yet.
   *
   * @return the value, or null before it is set
   */
  public @Nullable T get() {
    return value;
  }

  /**
   * Sets the value; called under the cell's lock, once.
   *
   * @param value  the value, not null
   * @return the value
   */
  public T set(T value) {
    this.value = Objects.requireNonNull(value, "value");
    return value;
  }
}
