package org.himkit;

import java.util.Objects;

/**
 * The identifier of an organization: an issuer, an accreditor or a statistics agency, such as {@code AHIMA}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class OrganizationId extends TypedId<OrganizationId> {
  private static final long serialVersionUID = 1L;

  // the organizations of the built-in catalog, so that a caller need not spell their ids
  /** The American Health Information Management Association. */
  public static final OrganizationId AHIMA = new OrganizationId("AHIMA");
  /** AAPC, the American Academy of Professional Coders. */
  public static final OrganizationId AAPC = new OrganizationId("AAPC");
  /** The National Cancer Registrars Association. */
  public static final OrganizationId NCRA = new OrganizationId("NCRA");
  /** The Commission on Accreditation for Health Informatics and Information Management Education. */
  public static final OrganizationId CAHIIM = new OrganizationId("CAHIIM");
  /** The U.S. Bureau of Labor Statistics. */
  public static final OrganizationId BLS = new OrganizationId("BLS");
  /** O*NET, the Occupational Information Network. */
  public static final OrganizationId ONET = new OrganizationId("ONET");

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
