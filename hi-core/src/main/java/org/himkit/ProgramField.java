package org.himkit;

/**
 * The field of study of an education program.
 */
public enum ProgramField {
  /** Health information management (HIM). */
  HEALTH_INFORMATION_MANAGEMENT,
  /** Health informatics (HI). */
  HEALTH_INFORMATICS,
  /** Medical coding. */
  MEDICAL_CODING;

  /**
   * Returns the field in plain words, such as {@code "health information management"}.
   *
   * @return the label, not null
   */
  public String label() {
    return switch (this) {
      case HEALTH_INFORMATION_MANAGEMENT -> "health information management";
      case HEALTH_INFORMATICS -> "health informatics";
      case MEDICAL_CODING -> "medical coding";
    };
  }
}
