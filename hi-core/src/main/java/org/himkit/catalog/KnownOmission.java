package org.himkit.catalog;

import org.himkit.internal.Checks;

/**
 * A fact that the catalog deliberately leaves out, and why.
 *
 * <p>The built-in catalog holds only sourced facts. Where the sources could not confirm a fact (CHDA
 * eligibility, the AHIMA cycle rule for several credentials, a 2024 wage figure at BLS), the fact
 * stays out and is listed here, so that an application can tell its users what the library does not
 * know rather than guess.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param subject what is left out, such as {@code "CHDA exam eligibility"}, not blank
 * @param reason why it is left out, not blank
 */
public record KnownOmission(String subject, String reason) {
  /**
   * Creates an omission after checking it.
   *
   * @param subject what is left out, not blank
   * @param reason why it is left out, not blank
   * @throws org.himkit.HimValidationException if a part is blank
   */
  public KnownOmission {
    Checks.notBlank(subject, "known omission", "subject");
    Checks.notBlank(reason, "known omission \"" + subject + "\"", "reason");
  }
}
