package org.himkit.internal;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first use, exactly once whatever the threads, and then kept: for parts of an
 * immutable object that the first questions asked of it do not need.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> {
  private final Object lock = new Object();
  private @Nullable Supplier<T> supplier;
  private volatile @Nullable T value;

  private Lazy(@Nullable Supplier<T> supplier, @Nullable T value) {
    this.supplier = supplier;
    this.value = value;
  }

  /**
   * Obtains a value computed by a supplier on first use.
   *
   * @param <T> the type of the value
   * @param supplier  computes the value, not null; called at most once, and must not return null
   * @return the lazy value, not null
   */
  public static <T> Lazy<T> of(Supplier<T> supplier) {
    return new Lazy<>(Objects.requireNonNull(supplier, "supplier"), null);
  }

  /**
   * Obtains a value known already, for an object whose part is lazy only when built one way.
   *
   * @param <T> the type of the value
   * @param value  the value, not null
   * @return the value, not null
   */
  public static <T> Lazy<T> ofValue(T value) {
    return new Lazy<>(null, Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the value, computing it on the first call.
   *
   * @return the value, not null
   */
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (lock) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(Objects.requireNonNull(supplier, "supplier").get(), "computed value");
          value = v;
          supplier = null;
        }
      }
    }
    return v;
  }
}
