package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.RenewalPolicyId;

/**
 * Why one credential held could not be assessed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  why, not null
 * @param credential  the credential, not null
 * @param policy  its renewal policy, empty for {@link NotAssessedKind#NO_RENEWAL_POLICY}
 * @param date  the first day of the cycle that could not be assessed, empty if the credential could not
 *     be assessed for any cycle
 */
public record NotAssessedReason(NotAssessedKind kind, CredentialId credential, Optional<RenewalPolicyId> policy,
    Optional<LocalDate> date) {
  /**
   * Creates a reason.
   *
   * @param kind  why, not null
   * @param credential  the credential, not null
   * @param policy  its renewal policy, if it has one
   * @param date  the first day of the cycle concerned, if any
   * @throws NullPointerException if an argument is null
   */
  public NotAssessedReason {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(date, "date");
  }
}
