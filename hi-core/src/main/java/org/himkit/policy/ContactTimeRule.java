package org.himkit.policy;

import java.util.Objects;
import org.himkit.Citation;
import org.himkit.ErrorCode;
import org.himkit.internal.Checks;
import org.himkit.internal.Problems;

/**
 * How contact time converts to CEUs: one CEU per full hour, and a part-hour counts as a full hour
 * only from a minimum number of minutes.
 *
 * <p>AHIMA's Recertification Guide (2014 revision, as quoted by a component association): one CEU per
 * 60 minutes; "a fraction of an hour shorter than 45 minutes does not count as a full hour", and "a
 * program that is 2 1/2 hours long is equivalent to two CEUs". The source says what a part-hour under 45
 * minutes gives (nothing) but not, in as many words, what a longer one gives. The library reads the
 * rule a contrario: a part-hour of 45 minutes or more counts as a full hour, so 105 minutes give 2 CEUs,
 * 150 minutes give 2 and 165 minutes give 3. Conversions are whole CEUs.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param minutesPerCeu the minutes of contact time per CEU, positive
 * @param minimumPartMinutes the minutes from which a part-hour counts as a full one, from 1 to
 *     {@code minutesPerCeu}
 * @param citation the source, not null
 */
public record ContactTimeRule(int minutesPerCeu, int minimumPartMinutes, Citation citation) {
  /**
   * Creates a contact-time rule after checking it.
   *
   * @param minutesPerCeu the minutes per CEU, positive
   * @param minimumPartMinutes the minutes from which a part-hour counts, from 1 to {@code minutesPerCeu}
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if a number is out of range
   */
  public ContactTimeRule {
    Objects.requireNonNull(citation, "citation");
    Problems.of("contact-time rule")
        .require(minutesPerCeu > 0, ErrorCode.INVALID_VALUE, "minutesPerCeu", "must be positive", minutesPerCeu)
        .require(minimumPartMinutes >= 1 && minimumPartMinutes <= Math.max(minutesPerCeu, 1), ErrorCode.INVALID_VALUE,
            "minimumPartMinutes", "must be from 1 to minutesPerCeu, " + minutesPerCeu, minimumPartMinutes)
        .check();
  }

  /**
   * Returns the CEUs that an activity of the given contact time earns.
   *
   * <p>With AHIMA's rule, 150 minutes (2 1/2 hours) give 2 CEUs, 44 minutes give none and 45 minutes
   * give 1.
   *
   * @param minutes the contact time in minutes, not negative
   * @return the whole CEUs earned, not null
   * @throws org.himkit.HimValidationException if the minutes are negative
   */
  public Ceus toCeus(long minutes) {
    Checks.require(minutes >= 0, ErrorCode.INVALID_VALUE, "contact time", "minutes", "must not be negative",
        minutes);
    long hours = minutes / minutesPerCeu + (minutes % minutesPerCeu >= minimumPartMinutes ? 1 : 0);
    return Ceus.of(hours);
  }
}
