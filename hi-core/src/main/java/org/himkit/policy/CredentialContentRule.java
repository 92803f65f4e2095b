package org.himkit.policy;

import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.internal.Problems;

/**
 * A rule that the holder of one credential earn a minimum of CEUs on that credential's own subject,
 * within the total the cycle requires, such as AAPC's "If CPMA, 16 must be related to auditing".
 *
 * <p>The rule applies to a cycle whose requirement counts its {@link #credential()}. The CEUs it counts
 * are those of activities the caller marks as specific to the credential
 * ({@link org.himkit.renewal.CeActivity#specificTo()}), the way an activity is marked as from an
 * issuer's sources: the library does not read a subject from a title. They count toward the total too;
 * the rule asks for no CEUs beyond it.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param credential  the credential whose holders the rule binds, not null
 * @param minimum  the CEUs required on the subject per cycle, positive
 * @param subject  the subject as the source words it, such as {@code "auditing"}, not blank
 * @param citation  the source, not null
 */
public record CredentialContentRule(CredentialId credential, Ceus minimum, String subject, Citation citation) {

  /**
   * Creates a rule after checking it.
   *
   * @param credential  the credential whose holders the rule binds, not null
   * @param minimum  the CEUs required on the subject per cycle, positive
   * @param subject  the subject as the source words it, not blank
   * @param citation  the source, not null
   * @throws org.himkit.HimValidationException if the minimum is zero or the subject blank (every problem at
   *     once)
   * @throws NullPointerException if an argument is null
   */
  public CredentialContentRule {
    java.util.Objects.requireNonNull(credential, "credential");
    java.util.Objects.requireNonNull(minimum, "minimum");
    java.util.Objects.requireNonNull(subject, "subject");
    java.util.Objects.requireNonNull(citation, "citation");
    Problems.of("credential content rule of", credential)
        .require(!minimum.isZero(), ErrorCode.INVALID_VALUE, "minimum", "must be more than 0", minimum)
        .text(subject, "subject")
        .check();
  }
}
