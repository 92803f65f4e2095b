package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.internal.Text;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
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
  /**
   * The anchor of the cycles ({@link RenewalPolicy#cycleAnchor()}) when every version has the same, as every
   * built-in policy's versions do: then the calendar of a holder's cycles need not look for the version in force
   * on the day earned. Null if the versions differ.
   */
  private final @Nullable CycleAnchor anchor;

  private PolicyPlan(RenewalPolicyId id, OrganizationId issuer, VersionPlan[] versions, Set<String> issuerKeys) {
    this.id = id;
    this.issuer = issuer;
    this.versions = versions;
    this.issuerKeys = issuerKeys;
    this.issuerKeyHashes = VersionPlan.hashes(issuerKeys);
    CycleAnchor first = versions[0].policy.cycleAnchor();
    for (VersionPlan v : versions) {
      if (v.policy.cycleAnchor() != first) {
        first = null;
        break;
      }
    }
    this.anchor = first;
  }

  /**
   * Returns the anchor of the cycles of holdings first earned on a day: that of the version in force on the
   * day, or of the first version if none is.
   *
   * @param earned  the day the first credential was earned, not null
   * @return the anchor, not null
   */
  CycleAnchor anchorOn(LocalDate earned) {
    CycleAnchor same = anchor;
    if (same != null) {
      return same;
    }
    VersionPlan v = versionOn(earned.toEpochDay());
    return (v != null ? v : versions[0]).policy.cycleAnchor();
  }

  /**
   * Checks whether an activity's provider is the issuer itself, reading the activity only when the hash of
   * its provider's key agrees.
   *
   * @param providerHash  the hash of the activity's provider key
   * @param a  the activity
   * @return true if its provider's key names the issuer
   */
  boolean isIssuer(int providerHash, CeActivity a) {
    return VersionPlan.mayContain(issuerKeyHashes, providerHash) && issuerKeys.contains(a.providerKey());
  }

  /**
   * Prepares the plan of a policy held by a catalog.
   *
   * @param catalog  the catalog, not null
   * @param versions  the policy's versions, not empty
   * @return the plan, not null
   */
  /** Versions by the day they take effect, the earliest first (a class, not a lambda: start-up). */
  private static final Comparator<RenewalPolicy> BY_EFFECTIVE_FROM = new Comparator<>() {
    @Override
    public int compare(RenewalPolicy a, RenewalPolicy b) {
      return Long.compare(a.effectiveFrom().isPresent() ? a.effectiveFrom().get().toEpochDay() : Long.MIN_VALUE,
          b.effectiveFrom().isPresent() ? b.effectiveFrom().get().toEpochDay() : Long.MIN_VALUE);
    }
  };

  static PolicyPlan of(HimCatalog catalog, List<RenewalPolicy> versions) {
    RenewalPolicy first = versions.get(0);
    RenewalPolicy[] sorted = versions.toArray(new RenewalPolicy[0]);
    Arrays.sort(sorted, BY_EFFECTIVE_FROM); // stable: versions with the same start keep their order
    VersionPlan[] plans = new VersionPlan[sorted.length];
    for (int k = 0; k < sorted.length; k++) {
      plans[k] = new VersionPlan(sorted[k], k);
    }
    // the JDK's set, not Guava's: no Guava class on the way to the first answer (start-up)
    Set<String> keys = new LinkedHashSet<>(4);
    keys.add(Text.nameKey(first.issuer().value()));
    Optional<Organization> issuer = catalog.findOrganization(first.issuer());
    if (issuer.isPresent()) {
      keys.add(Text.nameKey(issuer.get().name()));
      keys.add(Text.nameKey(issuer.get().abbreviation()));
    }
    return new PolicyPlan(first.id(), first.issuer(), plans, Collections.unmodifiableSet(keys));
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

  /**
   * Returns the lapse rule applied to a cycle that ends unmet: that of the version in force on the day after the
   * cycle ends, or of the cycle's own version if none is.
   *
   * @param endDay  the cycle's last day, as an epoch day
   * @param governing  the version governing the cycle
   * @return the rule, if any
   */
  Optional<LapseRule> lapseRuleAfter(long endDay, VersionPlan governing) {
    VersionPlan after = versionOn(endDay + 1);
    return (after != null ? after : governing).lapseRule;
  }
}
