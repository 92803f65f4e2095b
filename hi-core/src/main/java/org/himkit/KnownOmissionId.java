package org.himkit;

import java.util.Objects;
/**
 * The identifier of a known omission: a fact the catalog leaves out, or a choice the library makes
 * where a source leaves a rule open, such as {@code ahima-cycle-end}.
 *
 * <p>Policies and answers link to the omission they rest on by this id, so that an application can
 * show the reason without matching text.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KnownOmissionId extends TypedId<KnownOmissionId> {
  private static final long serialVersionUID = 1L;

  private KnownOmissionId(String value) {
    super("known omission id", value);
  }

  /**
   * Obtains an id from its text.
   *
   * @param value  the text, such as {@code "ahima-cycle-end"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the form of an id
   */
  public static KnownOmissionId of(String value) {
    Objects.requireNonNull(value, "value");
    return new KnownOmissionId(value);
  }
}
