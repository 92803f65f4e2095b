package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date that matters to a holder, such as the last day of the cycle or the day the credentials become
 * revoked, with what happens on it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  what happens on the date, not null
 * @param date  the date, not null
 * @param ifUnmet  true if it happens only should the cycle's requirements be unmet at its end (the
 *     inactive and revocation dates of a cycle still in force), false if it happens regardless or has
 *     already been decided by an unmet cycle
 */
public record KeyDate(KeyDateKind kind, LocalDate date, boolean ifUnmet) {
  /**
   * Creates a key date.
   *
   * @param kind  what happens on the date, not null
   * @param date  the date, not null
   * @param ifUnmet  whether it happens only should the requirements be unmet
   * @throws NullPointerException if the kind or date is null
   */
  public KeyDate {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains a key date that happens regardless of the requirements.
   *
   * @param kind  what happens, not null
   * @param date  the date, not null
   * @return the key date, not null
   */
  public static KeyDate of(KeyDateKind kind, LocalDate date) {
    return new KeyDate(kind, date, false);
  }
}
