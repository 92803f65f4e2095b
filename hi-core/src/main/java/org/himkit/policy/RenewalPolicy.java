package org.himkit.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.internal.Checks;
import org.immutables.value.Value;

/**
 * One version of an issuer's rules for keeping its credentials: the cycle, the CEUs required per
 * credential, and the sources.
 *
 * <p>Policies are effective-dated: AHIMA changed its rules on 2021-01-01 and on 2025-01-01, and each
 * version is a separate {@code RenewalPolicy} with the same {@link #id()} and ranges that do not
 * overlap. A cycle is judged by the version in force on the day it began. The catalog holds the
 * versions; credentials refer to the policy by id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RenewalPolicy {
  RenewalPolicy() {}

  /**
   * Returns the id of the policy this version belongs to, such as {@code AHIMA-RECERTIFICATION}.
   *
   * @return the id, not null
   */
  public abstract RenewalPolicyId id();

  /**
   * Returns a name for this version, such as {@code "AHIMA recertification, 2021"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the issuer whose rules these are.
   *
   * @return the issuer, not null
   */
  public abstract org.himkit.OrganizationId issuer();

  /**
   * Returns the first day this version applies to cycles beginning on or after it.
   *
   * @return the first day, empty if the version applies since before the sources' records
   */
  public abstract Optional<LocalDate> effectiveFrom();

  /**
   * Returns the last day a cycle may begin on under this version.
   *
   * @return the last day, empty if the version is still in force
   */
  public abstract Optional<LocalDate> effectiveTo();

  /**
   * Returns the length of one renewal cycle, such as two years.
   *
   * @return the cycle length, positive
   */
  public abstract Period cycleLength();

  /**
   * Returns what the cycle is anchored to.
   *
   * @return the anchor, not null
   */
  public abstract CycleAnchor cycleAnchor();

  /**
   * Returns the CEUs required per cycle for each credential held alone.
   *
   * @return the requirements by credential, not empty, in the order given
   */
  public abstract Map<org.himkit.CredentialId, Ceus> requiredCeus();

  /**
   * Returns the sources of this policy version.
   *
   * @return the citations, not empty
   */
  public abstract List<org.himkit.Citation> citations();

  /**
   * Checks whether a cycle beginning on the given date is governed by this version.
   *
   * @param cycleStart the first day of the cycle, not null
   * @return true if the date is within this version's effective range
   */
  public boolean isEffectiveOn(LocalDate cycleStart) {
    return effectiveFrom().map(f -> !cycleStart.isBefore(f)).orElse(true)
        && effectiveTo().map(t -> !cycleStart.isAfter(t)).orElse(true);
  }

  /**
   * Returns the CEUs required per cycle for a credential held alone.
   *
   * @param credential the credential, not null
   * @return the requirement, empty if this policy does not cover the credential
   */
  public Optional<Ceus> requiredCeus(org.himkit.CredentialId credential) {
    return Optional.ofNullable(requiredCeus().get(credential));
  }

  @Value.Check
  void check() {
    String entity = "renewal policy " + id() + " (" + name() + ")";
    Checks.notBlank(name(), entity, "name");
    Checks.require(!cycleLength().isNegative() && !cycleLength().isZero(), org.himkit.ErrorCode.INVALID_VALUE, entity,
        "cycleLength", "must be positive", cycleLength());
    if (effectiveFrom().isPresent() && effectiveTo().isPresent()) {
      Checks.require(!effectiveTo().get().isBefore(effectiveFrom().get()), org.himkit.ErrorCode.INVALID_RANGE, entity,
          "effectiveTo", "must not be before effectiveFrom " + effectiveFrom().get(), effectiveTo().get());
    }
    Checks.notEmpty(requiredCeus().keySet(), entity, "requiredCeus", "must name at least one credential");
    Checks.notEmpty(citations(), entity, "citations", "must have at least one citation");
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link RenewalPolicy} values. */
  public static final class Builder extends ImmutableRenewalPolicy.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
