package org.himkit;

import java.io.Serializable;
import java.util.Objects;
import org.himkit.internal.Text;
import org.jspecify.annotations.Nullable;

/**
 * The base of HIM Kit's typed identifiers, such as {@link CredentialId} and {@link RoleId}.
 *
 * <p>An id is a short code of letters, digits, {@code .}, {@code _} and {@code -}, starting with a
 * letter or digit, at most 64 characters long. Ids of different kinds are never equal, even when
 * their text is the same. Ids compare by their text.
 *
 * <p>This class is immutable and thread-safe, and so are its subclasses.
 *
 * @param <T> the concrete id type
 */
public abstract class TypedId<T extends TypedId<T>> implements Comparable<T>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The text of the id. */
  private final String value;

  /**
   * Constructs an id after checking its form.
   *
   * @param kind the kind of id, used in the error message, such as {@code "credential id"}
   * @param value the text of the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  protected TypedId(String kind, String value) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (!wellFormed(value)) {
      throw HimValidationException.of(
          ErrorCode.INVALID_ID, kind, "value",
          "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit",
          Text.quoted(value));
    }
    this.value = value;
  }

  /**
   * Checks the form {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}} with a loop, not a regular expression: every id
   * of the built-in catalog is checked on its first call (start-up).
   */
  private static boolean wellFormed(String value) {
    int n = value.length();
    if (n == 0 || n > 64 || !asciiLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!asciiLetterOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Returns the text of this id.
   *
   * @return the text, not null
   */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  // EqualsGetClass: ids of different kinds are never equal (CredentialId "CCS" is not RoleId "CCS");
  // every subclass is final, so comparing classes is exact and symmetric, which instanceof is not here.
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object obj) {
    return obj == this
        || (obj != null && obj.getClass() == getClass() && ((TypedId<?>) obj).value.equals(value));
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /**
   * Returns the text of this id.
   *
   * @return the text, not null
   */
  @Override
  public final String toString() {
    return value;
  }
}
