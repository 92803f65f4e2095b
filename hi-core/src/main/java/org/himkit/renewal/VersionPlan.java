package org.himkit.renewal;

import java.time.Period;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.himkit.CredentialId;
import org.himkit.internal.Text;
import org.himkit.policy.CeCategory;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.RenewalPolicy;
import org.jspecify.annotations.Nullable;

/**
 * One policy version, prepared once per catalog for the per-activity path: accepted categories as a bit
 * mask, the contact-time rule as two ints, the content rules and mandatory activities as arrays, the
 * providers the issuer-source rule names as comparison keys, the policy's optional parts read once, and the
 * total of each set of credentials held together, combined by the multi-credential rule the first time a
 * holder has that set and remembered ({@link #combined}).
 *
 * <p>This class is thread-safe: its only changing parts, the combined totals and the plain rules it
 * remembers, are replaced whole, never changed in place.
 */
final class VersionPlan {
  final RenewalPolicy policy;
  /** The version's position among its policy's versions, in date order ({@link PolicyPlan#versions}). */
  final int index;
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
  final CredentialContentRule[] credentialRules;
  final boolean hasIssuerSourceRule;
  /** The keys ({@link Text#nameKey(String)}) of the providers an issuer-source rule names. */
  final Set<String> namedSourceKeys;
  private final int[] namedSourceHashes;
  final MandatoryActivity[] mandatory;
  /**
   * The credentials a mandatory activity or a credential content rule of the version names: a cycle counting none
   * of them has the version's plain rules ({@link #plainRules}), whatever its years. Empty for most versions.
   */
  private final Set<CredentialId> ruleCredentials;
  /** The whole years of a cycle, at least 1: the years a mandatory activity is counted in. */
  final int yearsPerCycle;
  /** The multi-credential rule, or null. */
  final @Nullable MultiCredentialRule multi;
  /** The lapse rule, one shared instance. */
  final Optional<LapseRule> lapseRule;
  /** The bit of each credential the version requires CEUs of, for the table of combined totals. */
  private final Map<CredentialId, Integer> credentialBits;
  /**
   * Combined totals: pairs of a set of credentials (a bit mask, never 0) and its hundredths, 0 marking a
   * free slot; replaced whole when a set is added.
   */
  private final AtomicReference<long[]> combined = new AtomicReference<>(new long[2 * 16]);

  VersionPlan(RenewalPolicy policy) {
    this(policy, 0);
  }

  VersionPlan(RenewalPolicy policy, int index) {
    this.policy = policy;
    this.index = index;
    this.unit = AmountUnit.of(policy.unit());
    this.cycleLength = policy.cycleLength();
    this.effectiveFrom = policy.effectiveFrom().isPresent() ? policy.effectiveFrom().get().toEpochDay()
        : Long.MIN_VALUE;
    this.effectiveTo = policy.effectiveTo().isPresent() ? policy.effectiveTo().get().toEpochDay() : Long.MAX_VALUE;
    int mask = 0;
    for (CeCategory c : policy.acceptedCategories()) {
      mask |= bit(c);
    }
    this.acceptedMask = mask;
    this.approvalRequired = policy.issuerApprovalRequired().isPresent();
    this.contactTime = policy.contactTimeRule();
    this.minutesPerCeu = contactTime.isPresent() ? contactTime.get().minutesPerCeu() : 0;
    this.minimumPartMinutes = contactTime.isPresent() ? contactTime.get().minimumPartMinutes() : 0;
    List<ContentRule> rules = policy.contentRules();
    this.contentRules = rules.toArray(new ContentRule[0]);
    this.credentialRules = policy.credentialContentRules().toArray(new CredentialContentRule[0]);
    Set<String> named = new LinkedHashSet<>(); // the JDK's, not Guava's: start-up
    boolean issuerRule = false;
    for (ContentRule r : rules) {
      if (r.kind() == ContentRule.Kind.ISSUER_SOURCE) {
        issuerRule = true;
        for (String n : r.namedSources()) {
          named.add(Text.nameKey(n));
        }
      }
    }
    this.hasIssuerSourceRule = issuerRule;
    this.namedSourceKeys = named.isEmpty() ? Collections.<String>emptySet() : Collections.unmodifiableSet(named);
    this.namedSourceHashes = hashes(namedSourceKeys);
    this.mandatory = policy.mandatoryActivities().toArray(new MandatoryActivity[0]);
    Set<CredentialId> ruled = new java.util.HashSet<>(); // the JDK's, not Guava's: start-up
    for (MandatoryActivity m : mandatory) {
      ruled.addAll(m.credentials());
    }
    for (CredentialContentRule r : credentialRules) {
      ruled.add(r.credential());
    }
    this.ruleCredentials = ruled.isEmpty() ? Collections.<CredentialId>emptySet()
        : Collections.unmodifiableSet(ruled);
    this.yearsPerCycle = (int) Math.max(1, policy.cycleLength().toTotalMonths() / 12);
    this.multi = policy.multiCredentialRule().orElse(null);
    this.lapseRule = policy.lapseRule();
    Map<CredentialId, Integer> bits = new HashMap<>(); // the JDK's, not Guava's: start-up
    if (policy.requiredCeus().size() <= Long.SIZE) {
      int bit = 0;
      for (CredentialId id : policy.requiredCeus().keySet()) {
        bits.put(id, bit++);
      }
    }
    this.credentialBits = Collections.unmodifiableMap(bits);
  }

  /**
   * Returns the bit of a credential in the keys of {@link #combined}.
   *
   * @param id  a credential the version requires CEUs of
   * @return the bit, from 0 to 63, or -1 if the version has too many credentials to key them
   */
  int credentialBit(CredentialId id) {
    Integer bit = credentialBits.get(id);
    return bit == null ? -1 : bit;
  }

  /**
   * Checks whether a mandatory activity or a credential content rule of this version names a credential: whether
   * the version may have rules beyond its plain ones for a cycle counting it.
   *
   * @param id  the credential
   * @return true if a rule names it
   */
  boolean rulesName(CredentialId id) {
    return !ruleCredentials.isEmpty() && ruleCredentials.contains(id);
  }

  /**
   * Checks whether a mandatory activity or a credential content rule of this version names a credential a cycle
   * counts: if none does, the cycle has the version's plain rules ({@link #plainRules}).
   *
   * @param credentials  the cycle's credentials
   * @return true if a rule names one of those counted
   */
  boolean rulesApplyTo(CycleCredentials credentials) {
    return !ruleCredentials.isEmpty() && credentials.countsAnyOf(ruleCredentials);
  }

  /** The most requirements whose rules {@link #plainRules} remembers. */
  private static final int MAX_PLAIN_RULES = 64;
  /** The rules of the cycles without a mandatory activity, by requirement, replaced whole when one is added. */
  private final AtomicReference<CycleRules[]> plainRules = new AtomicReference<>(new CycleRules[0]);

  /**
   * Returns the rules of a cycle of this version that requires an amount and needs no mandatory activity
   * (the version has none, none names a credential counted or is required in the cycle's years, or the cycle
   * requires nothing) and no credential content rule (no credential counted has one), laid out once per amount.
   *
   * @param required  the total required, in hundredths
   * @return the rules, not null
   */
  CycleRules plainRules(long required) {
    for (CycleRules r : java.util.Objects.requireNonNull(plainRules.get())) {
      if (r.required == required) {
        return r;
      }
    }
    CycleRules rules = new CycleRules(required, contentRules, CycleRules.NO_CREDENTIAL_RULES, CycleRules.NONE,
        CycleRules.NO_YEARS);
    synchronized (plainRules) {
      CycleRules[] known = java.util.Objects.requireNonNull(plainRules.get());
      if (known.length < MAX_PLAIN_RULES) {
        CycleRules[] more = java.util.Arrays.copyOf(known, known.length + 1);
        more[known.length] = rules;
        plainRules.set(more);
      }
    }
    return rules;
  }

  /** The most sets of credentials remembered: past it, totals are combined every time. */
  private static final int MAX_COMBINED = 4096;

  /**
   * Returns the remembered total of a set of credentials held together.
   *
   * @param key  the set, as the bits ({@link #credentialBit}) of two or more credentials
   * @return the hundredths, or -1 if not remembered
   */
  long combined(long key) {
    long[] table = java.util.Objects.requireNonNull(combined.get());
    int mask = table.length / 2 - 1;
    for (int s = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask; ; s = s + 1 & mask) {
      long k = table[2 * s];
      if (k == key) {
        return table[2 * s + 1];
      }
      if (k == 0) {
        return -1;
      }
    }
  }

  /**
   * Remembers the total of a set of credentials held together.
   *
   * @param key  the set, as in {@link #combined}
   * @param hundredths  its total
   */
  void remember(long key, long hundredths) {
    synchronized (combined) {
      long[] old = java.util.Objects.requireNonNull(combined.get());
      int slots = old.length / 2;
      int count = 0;
      for (int s = 0; s < slots; s++) {
        count += old[2 * s] != 0 ? 1 : 0;
      }
      if (count >= MAX_COMBINED || combined(key) >= 0) {
        return;
      }
      long[] table = new long[(count + 1) * 2 > slots ? old.length * 2 : old.length];
      int mask = table.length / 2 - 1;
      for (int s = 0; s < slots; s++) {
        if (old[2 * s] != 0) {
          put(table, mask, old[2 * s], old[2 * s + 1]);
        }
      }
      put(table, mask, key, hundredths);
      combined.set(table);
    }
  }

  private static void put(long[] table, int mask, long key, long value) {
    int s = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (table[2 * s] != 0) {
      s = s + 1 & mask;
    }
    table[2 * s] = key;
    table[2 * s + 1] = value;
  }

  /**
   * Checks whether an activity's provider is one this version's issuer-source rule names, reading the
   * activity only when the hash of its provider's key agrees.
   *
   * @param providerHash  the hash of the activity's provider key
   * @param a  the activity
   * @return true if named
   */
  boolean namesSource(int providerHash, CeActivity a) {
    return mayContain(namedSourceHashes, providerHash) && namedSourceKeys.contains(a.providerKey());
  }

  static int[] hashes(Set<String> keys) {
    int[] out = new int[keys.size()];
    int i = 0;
    for (String k : keys) {
      out[i++] = k.hashCode();
    }
    return out;
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

  /**
   * Checks whether the version accepts a category, given by its ordinal (a column of the {@link Ledger}).
   *
   * @param ordinal  the category's ordinal
   * @return true if accepted
   */
  boolean acceptsOrdinal(int ordinal) {
    return (acceptedMask & 1 << ordinal) != 0;
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
