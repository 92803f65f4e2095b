package org.himkit.renewal;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.policy.CeCategory;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;

/**
 * One policy version, prepared once per catalog for the per-activity path: accepted categories as a bit
 * mask, the contact-time rule as two ints, the content rules and mandatory activities as arrays, the
 * providers the issuer-source rule names as comparison keys.
 *
 * <p>This class is immutable and thread-safe.
 */
final class VersionPlan {
  final RenewalPolicy policy;
  final AmountUnit unit;
  final Period cycleLength;
  final long effectiveFrom;
  final long effectiveTo;
  /** Bit {@code 1 << category.ordinal()} set for each accepted category. */
  final int acceptedMask;
  final boolean approvalRequired;
  /** The contact-time rule, one shared instance for every outcome. */
  final Optional<ContactTimeRule> contactTime;
  final int minutesPerCeu;
  final int minimumPartMinutes;
  final ContentRule[] contentRules;
  final boolean hasIssuerSourceRule;
  /** The keys ({@link CeActivity#key(String)}) of the providers an issuer-source rule names. */
  final Set<String> namedSourceKeys;
  private final int[] namedSourceHashes;
  final MandatoryActivity[] mandatory;
  /** The whole years of a cycle, at least 1: the years a mandatory activity is counted in. */
  final int yearsPerCycle;

  VersionPlan(RenewalPolicy policy) {
    this.policy = policy;
    this.unit = AmountUnit.of(policy.unit());
    this.cycleLength = policy.cycleLength();
    this.effectiveFrom = policy.effectiveFrom().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
    this.effectiveTo = policy.effectiveTo().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    int mask = 0;
    for (CeCategory c : policy.acceptedCategories()) {
      mask |= bit(c);
    }
    this.acceptedMask = mask;
    this.approvalRequired = policy.issuerApprovalRequired().isPresent();
    this.contactTime = policy.contactTimeRule();
    this.minutesPerCeu = contactTime.map(ContactTimeRule::minutesPerCeu).orElse(0);
    this.minimumPartMinutes = contactTime.map(ContactTimeRule::minimumPartMinutes).orElse(0);
    List<ContentRule> rules = policy.contentRules();
    this.contentRules = rules.toArray(new ContentRule[0]);
    ImmutableSet.Builder<String> named = ImmutableSet.builder();
    boolean issuerRule = false;
    for (ContentRule r : rules) {
      if (r.kind() == ContentRule.Kind.ISSUER_SOURCE) {
        issuerRule = true;
        r.namedSources().forEach(n -> named.add(CeActivity.key(n)));
      }
    }
    this.hasIssuerSourceRule = issuerRule;
    this.namedSourceKeys = named.build();
    this.namedSourceHashes = hashes(namedSourceKeys);
    this.mandatory = policy.mandatoryActivities().toArray(new MandatoryActivity[0]);
    this.yearsPerCycle = (int) Math.max(1, policy.cycleLength().toTotalMonths() / 12);
  }

  /**
   * Checks whether an activity's provider is one this version's issuer-source rule names.
   *
   * @param a  the activity
   * @return true if named
   */
  boolean namesSource(CeActivity a) {
    return mayContain(namedSourceHashes, a.providerKeyHash()) && namedSourceKeys.contains(a.providerKey());
  }

  static int[] hashes(Set<String> keys) {
    return keys.stream().mapToInt(String::hashCode).toArray();
  }

  static boolean mayContain(int[] hashes, int hash) {
    for (int h : hashes) {
      if (h == hash) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks whether the version governs a cycle beginning on a day.
   *
   * @param epochDay  the first day of the cycle
   * @return true if within the version's effective range
   */
  boolean isEffectiveOn(long epochDay) {
    return epochDay >= effectiveFrom && epochDay <= effectiveTo;
  }

  /**
   * Checks whether the version accepts a category.
   *
   * @param category  the category
   * @return true if accepted
   */
  boolean accepts(CeCategory category) {
    return (acceptedMask & bit(category)) != 0;
  }

  /** A category's bit in {@link #acceptedMask}: an int mask read on the per-activity path, with no set. */
  @SuppressWarnings("EnumOrdinal") // the mask lives inside one plan and is never stored or compared across versions
  private static int bit(CeCategory category) {
    return 1 << category.ordinal();
  }

  /**
   * Returns the hundredths of a CEU that contact time earns under the version's rule.
   *
   * @param minutes  the minutes, positive
   * @return the hundredths, zero if a part-hour too short earns nothing; negative if the version has no
   *     contact-time rule
   */
  long hundredthsForMinutes(int minutes) {
    if (minutesPerCeu == 0) {
      return -1;
    }
    long hours = (long) minutes / minutesPerCeu + (minutes % minutesPerCeu >= minimumPartMinutes ? 1 : 0);
    return hours * 100;
  }
}
