package org.himkit;

import java.util.Objects;

/**
 * The identifier of a credential in the catalog, such as {@code RHIA}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class CredentialId extends TypedId<CredentialId> {
  private static final long serialVersionUID = 1L;

  private CredentialId(String value) {
    super("credential id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "RHIA"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static CredentialId of(String value) {
    Objects.requireNonNull(value, "value");
    return new CredentialId(value);
  }
}
