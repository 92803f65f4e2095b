package org.himkit;

import java.util.Objects;
/**
 * The identifier of a work setting, such as {@link #HOSPITAL}.
 *
 * <p>Work settings are an open set: a custom catalog may define its own. The constants are the nine
 * work environments of the seed page, which the built-in catalog defines and promises to keep.
 * See {@link TypedId} for the form of ids. This class is immutable and thread-safe.
 */
public final class WorkSettingId extends TypedId<WorkSettingId> {
  private static final long serialVersionUID = 1L;

  /** Hospitals. */
  public static final WorkSettingId HOSPITAL = new WorkSettingId("hospital");
  /** Physician offices. */
  public static final WorkSettingId PHYSICIAN_OFFICE = new WorkSettingId("physician-office");
  /** Long-term care facilities. */
  public static final WorkSettingId LONG_TERM_CARE = new WorkSettingId("long-term-care");
  /** Insurance companies. */
  public static final WorkSettingId INSURANCE_COMPANY = new WorkSettingId("insurance-company");
  /** Correctional facilities. */
  public static final WorkSettingId CORRECTIONAL_FACILITY = new WorkSettingId("correctional-facility");
  /** Mental health facilities. */
  public static final WorkSettingId MENTAL_HEALTH_FACILITY = new WorkSettingId("mental-health-facility");
  /** IT companies. */
  public static final WorkSettingId IT_COMPANY = new WorkSettingId("it-company");
  /** Law offices. */
  public static final WorkSettingId LAW_OFFICE = new WorkSettingId("law-office");
  /** Consultants: consulting firms and independent consulting. */
  public static final WorkSettingId CONSULTING = new WorkSettingId("consulting");

  private WorkSettingId(String value) {
    super("work setting id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "hospital"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static WorkSettingId of(String value) {
    Objects.requireNonNull(value, "value");
    return new WorkSettingId(value);
  }
}
