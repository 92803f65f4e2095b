package org.himkit.policy;

import java.util.Objects;
import org.himkit.Citation;
import org.himkit.internal.Problems;

/**
 * Whether CEUs beyond a cycle's requirement carry over to the next cycle.
 *
 * <p>AAPC ("Excess CEUs do not carry over to the next renewal period.") and NCRA (extra CE "cannot be
 * carried over") say so explicitly; AHIMA only implies it (CEUs "must be earned within your
 * recertification cycle"), which {@link #stated()} records as {@code false}. No built-in policy allows
 * carryover, and the evaluator never carries CEUs over.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param allowed whether excess CEUs carry over
 * @param stated true if the source says so in as many words, false if it is implied
 * @param basis the source's words or the reasoning, not blank
 * @param citation the source, not null
 */
public record CarryoverRule(boolean allowed, boolean stated, String basis, Citation citation) {
  /**
   * Creates a carryover rule after checking it.
   *
   * @param allowed whether excess CEUs carry over
   * @param stated whether the source says so explicitly
   * @param basis the source's words or the reasoning, not blank
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if the basis is blank
   */
  public CarryoverRule {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(citation, "citation");
    Problems.of("carryover rule").text(basis, "basis").check();
  }
}
