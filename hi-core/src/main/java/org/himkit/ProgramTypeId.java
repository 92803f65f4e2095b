package org.himkit;

import java.util.Objects;

/**
 * The identifier of a program type, a kind of education program, such as {@code him-associate}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class ProgramTypeId extends TypedId<ProgramTypeId> {
  private static final long serialVersionUID = 1L;

  private ProgramTypeId(String value) {
    super("program type id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "him-associate"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static ProgramTypeId of(String value) {
    Objects.requireNonNull(value, "value");
    return new ProgramTypeId(value);
  }
}
