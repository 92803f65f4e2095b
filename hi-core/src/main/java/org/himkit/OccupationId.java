package org.himkit;

import java.util.Objects;

/**
 * The identifier of a coded occupation, such as {@code 29-2072}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class OccupationId extends TypedId<OccupationId> {
  private static final long serialVersionUID = 1L;

  private OccupationId(String value) {
    super("occupation id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "29-2072"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static OccupationId of(String value) {
    Objects.requireNonNull(value, "value");
    return new OccupationId(value);
  }
}
