package org.himkit.renewal;

import java.util.Optional;
import org.himkit.internal.Checks;
import org.himkit.policy.Ceus;

/**
 * Progress toward one requirement of a cycle: the CEU total, a content rule or a mandatory activity.
 *
 * <p>For a mandatory activity the amounts are counts of activities, held as whole {@link Ceus} so that
 * every requirement reads the same way; {@link #unit()} says which.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the requirement in plain words, such as {@code "CEUs"} or {@code "at least 80 % of the CEUs
 *     within the HIIM domains"}, not blank
 * @param unit what the amounts count, such as {@code "CEUs"} or {@code "self-reviews"}, not blank
 * @param required the amount required, not null
 * @param earned the amount earned so far, not null
 * @param shortfall what is missing in plain words, empty if the requirement is met
 */
public record RequirementProgress(String name, String unit, Ceus required, Ceus earned,
    Optional<String> shortfall) {
  /**
   * Creates a progress entry after checking it.
   *
   * @param name the requirement, not blank
   * @param unit the unit, not blank
   * @param required the amount required, not null
   * @param earned the amount earned, not null
   * @param shortfall what is missing, empty if and only if the requirement is met
   * @throws org.himkit.HimValidationException if a text is blank or the shortfall contradicts the amounts
   */
  public RequirementProgress {
    Checks.notBlank(name, "requirement progress", "name");
    Checks.notBlank(unit, "requirement progress \"" + name + "\"", "unit");
    Checks.require(shortfall.isPresent() != earned.isAtLeast(required), org.himkit.ErrorCode.INVALID_VALUE,
        "requirement progress \"" + name + "\"", "shortfall", "must be given exactly when earned is below required",
        shortfall.orElse("(none)"));
  }

  /**
   * Checks whether the requirement is met.
   *
   * @return true if the earned amount is at least the required amount
   */
  public boolean met() {
    return earned.isAtLeast(required);
  }

  /**
   * Returns the amount still missing.
   *
   * @return the required amount minus the earned amount, or zero, not null
   */
  public Ceus remaining() {
    return required.minusOrZero(earned);
  }
}
