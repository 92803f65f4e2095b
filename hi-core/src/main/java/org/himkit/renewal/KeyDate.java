package org.himkit.renewal;

import java.time.LocalDate;
import org.himkit.internal.Checks;

/**
 * A date that matters to a holder, such as the last day of the cycle or the day a credential becomes
 * revoked.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param date the date, not null
 * @param description what happens on it in plain words, not blank
 */
public record KeyDate(LocalDate date, String description) {
  /**
   * Creates a key date after checking it.
   *
   * @param date the date, not null
   * @param description what happens on it, not blank
   * @throws org.himkit.HimValidationException if the description is blank
   */
  public KeyDate {
    Checks.notBlank(description, "key date " + date, "description");
  }
}
