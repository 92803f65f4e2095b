package org.himkit;

import java.util.Objects;

/**
 * The identifier of a role, a kind of job in the profession, such as {@code health-information-technician}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class RoleId extends TypedId<RoleId> {
  private static final long serialVersionUID = 1L;

  private RoleId(String value) {
    super("role id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "health-information-technician"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static RoleId of(String value) {
    Objects.requireNonNull(value, "value");
    return new RoleId(value);
  }
}
