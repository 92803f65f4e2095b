package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.ErrorCode;
import org.himkit.internal.Checks;
import org.himkit.policy.Ceus;

/**
 * A requirement of a cycle that is not met, with what is missing and by when.
 *
 * <p>{@link org.himkit.text.HimText#describe(Shortfall)} gives it in words, such as "25 more CEUs needed
 * for the cycle ending 2025-03-14: 5 of 30 earned".
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param requirement  the unmet requirement, not null
 * @param cycleEnd  the last day of the cycle, not null
 * @param graceEnd  the last day of the grace period the requirement was judged to, empty if none
 */
public record Shortfall(RequirementProgress requirement, LocalDate cycleEnd, Optional<LocalDate> graceEnd) {
  /**
   * Creates a shortfall after checking it.
   *
   * @param requirement  the unmet requirement, not null
   * @param cycleEnd  the last day of the cycle, not null
   * @param graceEnd  the last day of the grace period, empty if none
   * @throws org.himkit.HimValidationException if the requirement is met
   * @throws NullPointerException if an argument is null
   */
  public Shortfall {
    Objects.requireNonNull(cycleEnd, "cycleEnd");
    Objects.requireNonNull(graceEnd, "graceEnd");
    if (requirement.met()) {
      Checks.require(false, ErrorCode.INVALID_VALUE, "shortfall of the cycle ending " + cycleEnd, "requirement",
          "must not be met", requirement.kind());
    }
  }

  /**
   * Returns which rule is unmet.
   *
   * @return the kind, not null
   */
  public RequirementKind kind() {
    return requirement.kind();
  }

  /**
   * Returns the amount missing.
   *
   * @return the required amount minus the earned amount, or zero for a mandatory activity met in number
   *     but missing in a year, not null
   */
  public Ceus missing() {
    return requirement.remaining();
  }

  /**
   * Returns what the amount counts.
   *
   * @return the unit, not null
   */
  public AmountUnit unit() {
    return requirement.unit();
  }

  /**
   * Returns the cycle years that lack a mandatory activity.
   *
   * @return the years, empty unless the kind is {@link RequirementKind#MANDATORY_ACTIVITY}
   */
  public List<CycleYear> yearsMissing() {
    return requirement.yearsMissing();
  }

  /**
   * Returns the last day by which the requirement had to be, or has to be, met: the grace period's last
   * day if it was judged with one, else the cycle's last day.
   *
   * @return the day, not null
   */
  public LocalDate deadline() {
    return graceEnd.orElse(cycleEnd);
  }
}
