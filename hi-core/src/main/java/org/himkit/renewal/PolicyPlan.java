package org.himkit.renewal;

import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.internal.Text;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;
import org.jspecify.annotations.Nullable;

/**
 * A renewal policy with all its versions, prepared once per catalog: the versions in date order, and the
 * keys under which an activity's provider is the issuer itself (its id, abbreviation and name).
 *
 * <p>This class is immutable and thread-safe.
 */
final class PolicyPlan {
  final RenewalPolicyId id;
  final OrganizationId issuer;
  final VersionPlan[] versions;
  /** The keys ({@link Text#nameKey(String)}) naming the issuer: its id, abbreviation and name. */
  final Set<String> issuerKeys;
  private final int[] issuerKeyHashes;

  private PolicyPlan(RenewalPolicyId id, OrganizationId issuer, VersionPlan[] versions, Set<String> issuerKeys) {
    this.id = id;
    this.issuer = issuer;
    this.versions = versions;
    this.issuerKeys = issuerKeys;
    this.issuerKeyHashes = VersionPlan.hashes(issuerKeys);
  }

  /**
   * Checks whether an activity's provider is the issuer itself, looking at the provider's text only when
   * a hash agrees.
   *
   * @param a  the activity
   * @return true if its provider's key names the issuer
   */
  boolean isIssuer(CeActivity a) {
    return VersionPlan.mayContain(issuerKeyHashes, a.providerKeyHash()) && issuerKeys.contains(a.providerKey());
  }

  /**
   * Prepares the plan of a policy held by a catalog.
   *
   * @param catalog  the catalog, not null
   * @param versions  the policy's versions, not empty
   * @return the plan, not null
   */
  static PolicyPlan of(HimCatalog catalog, List<RenewalPolicy> versions) {
    RenewalPolicy first = versions.get(0);
    VersionPlan[] plans = versions.stream()
        .sorted(Comparator.comparing((RenewalPolicy p) -> p.effectiveFrom().map(d -> d.toEpochDay()).orElse(
            Long.MIN_VALUE)))
        .map(VersionPlan::new).toArray(VersionPlan[]::new);
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    keys.add(Text.nameKey(first.issuer().value()));
    catalog.findOrganization(first.issuer()).ifPresent((Organization o) -> {
      keys.add(Text.nameKey(o.name()));
      keys.add(Text.nameKey(o.abbreviation()));
    });
    return new PolicyPlan(first.id(), first.issuer(), plans, keys.build());
  }

  /**
   * Returns the version governing a cycle that begins on a day.
   *
   * @param epochDay  the first day of the cycle
   * @return the version, or null if none is in force
   */
  @Nullable VersionPlan versionOn(long epochDay) {
    for (VersionPlan v : versions) {
      if (v.isEffectiveOn(epochDay)) {
        return v;
      }
    }
    return null;
  }
}
