package org.himkit.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;

/**
 * A generator of renewal policy versions with every kind of rule: content rules, a mandatory activity,
 * a multi-credential rule (a table by count, or a fixed amount per additional credential up to a cap
 * that one to four additional credentials meet exactly), a lapse rule (grace, inactive then revoked, or
 * any mix), carryover, contact time (often 60 minutes a CEU with a 45-minute part-hour), accepted
 * categories, and the two citations a policy may carry.
 *
 * <p>Each version covers one to three credentials with CEU amounts from {@link CeusGenerator} (by default
 * 0 to 60 CEUs, zero often); its effective range, when it has one, lies in a {@link DateGenerator}
 * range, so policy boundary dates such as 2021-01-01 and 2025-01-01 come up often. {@link #versions()}
 * gives the versions of one policy, whose ranges never overlap, as a catalog requires. A version
 * shrinks toward one without optional rules, covering one credential.
 *
 * <pre>{@code
 * Generator<RenewalPolicy> ahima = HimGenerators.renewalPolicies().issuedBy(OrganizationId.of("AHIMA"))
 *     .covering(CredentialId.of("RHIT"), CredentialId.of("RHIA"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RenewalPolicyGenerator implements Generator<RenewalPolicy> {
  private static final int MAX_VERSIONS = 4;

  private final Optional<OrganizationId> issuer;
  private final List<CredentialId> covered;
  private final DateGenerator dates;
  private final CeusGenerator ceus;

  private RenewalPolicyGenerator(Optional<OrganizationId> issuer, List<CredentialId> covered, DateGenerator dates,
      CeusGenerator ceus) {
    this.issuer = issuer;
    this.covered = covered;
    this.dates = dates;
    this.ceus = ceus;
  }

  /** Returns the generator of policies of any issuer over any credentials. */
  static RenewalPolicyGenerator defaults() {
    return new RenewalPolicyGenerator(Optional.empty(), List.of(), DateGenerator.defaults(),
        CeusGenerator.defaults().between(org.himkit.policy.Ceus.ZERO, org.himkit.policy.Ceus.of(60)));
  }

  /**
   * Returns a copy of this generator whose policies are issued by an organization.
   *
   * @param organization  the issuer, not null
   * @return the generator, not null
   */
  public RenewalPolicyGenerator issuedBy(OrganizationId organization) {
    return new RenewalPolicyGenerator(Optional.of(organization), covered, dates, ceus);
  }

  /**
   * Returns a copy of this generator whose versions give the CEUs of one to three of the given
   * credentials.
   *
   * @param credentials  the credentials, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no credential is given
   */
  public RenewalPolicyGenerator covering(CredentialId... credentials) {
    if (credentials.length == 0) {
      throw new IllegalArgumentException("at least one credential must be given");
    }
    return new RenewalPolicyGenerator(issuer, List.copyOf(new LinkedHashSet<>(Arrays.asList(credentials))), dates, ceus);
  }

  /**
   * Returns a copy of this generator whose effective dates, and the last days of mandatory activities,
   * come from a date generator.
   *
   * @param effectiveDates  the dates, such as {@code HimGenerators.dates().between(from, to)}, not null
   * @return the generator, not null
   */
  public RenewalPolicyGenerator withDates(DateGenerator effectiveDates) {
    return new RenewalPolicyGenerator(issuer, covered, Objects.requireNonNull(effectiveDates, "effectiveDates"), ceus);
  }

  /**
   * Returns a copy of this generator whose CEUs required per credential come from a CEU generator.
   *
   * @param requiredCeus  the amounts, such as {@code HimGenerators.ceus().between(Ceus.ZERO, Ceus.MAX)}, not null
   * @return the generator, not null
   */
  public RenewalPolicyGenerator withRequiredCeus(CeusGenerator requiredCeus) {
    return new RenewalPolicyGenerator(issuer, covered, dates, Objects.requireNonNull(requiredCeus, "requiredCeus"));
  }

  /**
   * Returns a generator of all the versions of one policy: one to four versions with one id, one
   * issuer and effective ranges that do not overlap, oldest first.
   *
   * @return the generator, not null
   */
  public Generator<List<RenewalPolicy>> versions() {
    return random -> {
      RenewalPolicyId id = HimGenerators.renewalPolicyIds().next(random);
      OrganizationId by = issuer(random);
      List<CredentialId> pool = pool(random);
      return Policies.versions(random, id, by, MAX_VERSIONS, ceus, dates, Pool.free(HimGenerators.knownOmissionIds()),
          (v, n) -> Draws.some(random, pool, 1, 3));
    };
  }

  @Override
  public RenewalPolicy next(RandomGenerator random) {
    RenewalPolicyId id = HimGenerators.renewalPolicyIds().next(random);
    OrganizationId by = issuer(random);
    List<CredentialId> pool = pool(random);
    Optional<LocalDate> from = Draws.maybe(random, () -> dates.next(random));
    Optional<LocalDate> to = Draws.maybe(random, () -> dates.next(random));
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      Optional<LocalDate> first = to;
      to = from;
      from = first;
    }
    return Policies.version(random, id, id + " version", by, Draws.some(random, pool, 1, 3), ceus, dates, from, to,
        Pool.free(HimGenerators.knownOmissionIds()));
  }

  private OrganizationId issuer(RandomGenerator random) {
    return issuer.orElseGet(() -> HimGenerators.organizationIds().next(random));
  }

  private List<CredentialId> pool(RandomGenerator random) {
    return covered.isEmpty() ? HimGenerators.credentialIds().lists(3, 3).next(random).stream().distinct().toList()
        : covered;
  }

  @Override
  public String toString() {
    return "renewal policies" + issuer.map(i -> " issued by " + i).orElse("")
        + (covered.isEmpty() ? "" : " covering " + covered) + ", " + dates + ", " + ceus;
  }
}
