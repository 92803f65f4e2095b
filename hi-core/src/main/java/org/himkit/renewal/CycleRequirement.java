package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;

/**
 * The CEUs a set of credentials of one issuer requires in a cycle beginning on a day, with every rule
 * applied: the version in force that day, the credentials it covers, a credential replaced by another
 * held (RHIT by RHIA), and the multi-credential rule.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer  the issuer, not null
 * @param cycleStart  the first day of the cycle, not null
 * @param policy  the policy version in force on that day, not null
 * @param credentials  the credentials the requirement is for, not empty
 * @param superseded  the credentials replaced by another one of the set, possibly empty
 * @param notCovered  the credentials the version names no requirement for (retired ones), possibly empty
 * @param required  the CEUs required, not null
 * @param unit  the unit of the amount, not null
 */
public record CycleRequirement(OrganizationId issuer, LocalDate cycleStart, RenewalPolicy policy,
    List<CredentialId> credentials, List<CredentialId> superseded, List<CredentialId> notCovered, Ceus required,
    AmountUnit unit) {
  /**
   * Creates a cycle requirement.
   *
   * @param issuer  the issuer, not null
   * @param cycleStart  the first day of the cycle, not null
   * @param policy  the policy version, not null
   * @param credentials  the credentials the requirement is for, not null
   * @param superseded  the superseded credentials, not null
   * @param notCovered  the credentials not covered, not null
   * @param required  the CEUs required, not null
   * @param unit  the unit, not null
   * @throws NullPointerException if an argument is null
   */
  public CycleRequirement {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(cycleStart, "cycleStart");
    Objects.requireNonNull(policy, "policy");
    credentials = List.copyOf(Objects.requireNonNull(credentials, "credentials"));
    superseded = List.copyOf(Objects.requireNonNull(superseded, "superseded"));
    notCovered = List.copyOf(Objects.requireNonNull(notCovered, "notCovered"));
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(unit, "unit");
  }
}
