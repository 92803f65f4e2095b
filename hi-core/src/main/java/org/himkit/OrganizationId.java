package org.himkit;

import java.util.Objects;

/**
 * The identifier of an organization: an issuer, an accreditor or a statistics agency, such as {@code AHIMA}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class OrganizationId extends TypedId<OrganizationId> {
  private static final long serialVersionUID = 1L;

  private OrganizationId(String value) {
    super("organization id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "AHIMA"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static OrganizationId of(String value) {
    Objects.requireNonNull(value, "value");
    return new OrganizationId(value);
  }
}
