package org.himkit;

import java.util.Objects;

/**
 * The identifier of an institution's program offering, such as {@code example-college-him-aas}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class ProgramOfferingId extends TypedId<ProgramOfferingId> {
  private static final long serialVersionUID = 1L;

  private ProgramOfferingId(String value) {
    super("program offering id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "example-college-him-aas"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static ProgramOfferingId of(String value) {
    Objects.requireNonNull(value, "value");
    return new ProgramOfferingId(value);
  }
}
