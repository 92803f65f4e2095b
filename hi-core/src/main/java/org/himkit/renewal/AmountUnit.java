package org.himkit.renewal;

import org.himkit.policy.CeUnit;

/** What the amounts of a {@link RequirementProgress} count. */
public enum AmountUnit {
  /** Continuing education units (AHIMA, AAPC). */
  CEUS,
  /** Continuing education hours (NCRA). */
  CE_HOURS,
  /** Activities, such as the coding self-reviews of a {@link RequirementKind#MANDATORY_ACTIVITY}. */
  ACTIVITIES;

  /**
   * Obtains the unit of a policy's CE amounts.
   *
   * @param unit  the policy's unit, not null
   * @return {@link #CEUS} or {@link #CE_HOURS}, not null
   */
  public static AmountUnit of(CeUnit unit) {
    java.util.Objects.requireNonNull(unit, "unit");
    return unit == CeUnit.CE_HOURS ? CE_HOURS : CEUS;
  }
}
