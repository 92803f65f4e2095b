package org.himkit;

import java.util.Objects;

/**
 * The identifier of a role, a kind of job in the profession, such as {@code health-information-technician}.
 *
 * <p>See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class RoleId extends TypedId<RoleId> {
  private static final long serialVersionUID = 1L;

  // the roles of the built-in catalog, so that a caller need not spell their ids
  /** Health information technician. */
  public static final RoleId HEALTH_INFORMATION_TECHNICIAN = new RoleId("health-information-technician");
  /** Health information manager. */
  public static final RoleId HEALTH_INFORMATION_MANAGER = new RoleId("health-information-manager");
  /** Medical coder. */
  public static final RoleId MEDICAL_CODER = new RoleId("medical-coder");
  /** Cancer registrar. */
  public static final RoleId CANCER_REGISTRAR = new RoleId("cancer-registrar");
  /** Clinical documentation improvement specialist. */
  public static final RoleId CDI_SPECIALIST = new RoleId("cdi-specialist");
  /** Privacy official. */
  public static final RoleId PRIVACY_OFFICER = new RoleId("privacy-officer");

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
