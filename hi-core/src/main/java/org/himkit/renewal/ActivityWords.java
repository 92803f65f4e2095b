package org.himkit.renewal;

import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.ContentRule;
import org.himkit.policy.MandatoryActivity;
import org.jspecify.annotations.Nullable;

/**
 * A holder's activities packed for the status-only walk of one issuer: one {@code long} per activity, in the
 * order of the days and then the ids ({@link Ledger#byDayThenId}, the order in which a grace period credits
 * them), holding everything the walk reads of it, so that tallying a cycle reads one contiguous array kept with
 * the record (after the group's own data, {@link StatusWalk}) instead of the activities themselves.
 *
 * <p>A word holds, from the high bits: the completion day as an epoch day (32 bits, signed: the words sort as
 * the days do), then, for each version {@code k} of the issuer's policy (at most {@link #MAX_VERSIONS}),
 * whether the activity counts as from the issuer's own sources under it ({@link IssuerSource#counts()}, as
 * {@link CreditLedger#source} decides it), whether the caller marked it specific to credentials, whether the
 * issuer approved it (as the caller marked), the category's ordinal (4 bits) and the amount code
 * ({@link CeActivity#amountCode()}: hundredths, or minus the minutes, 16 bits signed by {@link CeActivity#MAX_CEUS}
 * and {@link CeActivity#MAX_MINUTES}).
 *
 * <p>What an activity earns is worked out from its word as {@link CreditLedger#credit} works it out from the
 * ledger, and a cycle is tallied as {@link CreditLedger#tally} and {@link CreditLedger#extendIntoGrace} tally
 * it: the same rules on the same facts, checked against the ledger's path by property tests.
 *
 * <p>The words are immutable once built. An instance ({@link #walk}) holds one walk's state (the activities
 * a grace period took) and is confined to that walk.
 */
final class ActivityWords {
  /** The most versions of one policy a word has room for; a policy with more is walked on the ledger. */
  static final int MAX_VERSIONS = 8;
  private static final int AMOUNT_MASK = 0xFFFF;
  private static final int CATEGORY_SHIFT = 16;
  private static final int CATEGORY_MASK = 0xF;
  static final long APPROVED = 1L << 20;
  static final long SPECIFIC = 1L << 21;
  private static final int SOURCE_SHIFT = 24;
  private static final int DAY_SHIFT = 32;

  /** The bits of the categories in HIIM domains, by ordinal. */
  private static final int HIIM_DOMAINS;

  static {
    if (Ledger.CATEGORIES.length > CATEGORY_MASK + 1) {
      throw new AssertionError("a category's ordinal must fit in 4 bits");
    }
    int hiim = 0;
    for (int k = 0; k < Ledger.CATEGORIES.length; k++) {
      hiim |= Ledger.CATEGORIES[k].isHiimDomain() ? 1 << k : 0;
    }
    HIIM_DOMAINS = hiim;
  }

  /** The words, from {@link #base} to the array's end (what is before them is the group's, {@link StatusWalk}). */
  private final long[] words;
  private final int base;
  /** The activities by index in the ledger, kept only if one is marked specific to credentials. */
  private final CeActivity @Nullable [] specific;
  /** The end of the words of activities completed on or before the assessment date (an index in the array). */
  private final int limit;
  /** The assessment date, as an epoch day. */
  private final long asOfDay;
  /** For each activity, 1 + the index of the cycle that took it in its grace period; empty until one does. */
  private int[] takenInGraceBy = NONE;
  private static final int[] NONE = new int[0];

  private ActivityWords(long[] words, int base, CeActivity @Nullable [] specific, int limit, long asOfDay) {
    this.words = words;
    this.base = base;
    this.specific = specific;
    this.limit = limit;
    this.asOfDay = asOfDay;
  }

  /**
   * Checks whether a ledger's activities can be packed for a policy.
   *
   * @param ledger  the ledger, checked
   * @param plan  the issuer's policy
   * @return false if a day is beyond an {@code int} of epoch days or the policy has more than
   *     {@link #MAX_VERSIONS} versions: that issuer is then walked on the ledger
   */
  static boolean fits(Ledger ledger, PolicyPlan plan) {
    if (plan.versions.length > MAX_VERSIONS) {
      return false;
    }
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.dayAt(i) != (int) ledger.dayAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Packs a ledger's activities for one issuer's policy, into an array from an index on.
   *
   * @param ledger  the ledger, checked, that {@link #fits} the policy
   * @param order  the indexes of its activities by day and then id ({@link Ledger#byDayThenId}), the order of the
   *     words: a grace period credits a day's activities by id, as {@link CreditLedger} does
   * @param plan  the issuer's policy
   * @param words  the array, with room for one word per activity from {@code base} on
   * @param base  the index of the first activity's word
   */
  static void pack(Ledger ledger, int[] order, PolicyPlan plan, long[] words, int base) {
    VersionPlan[] versions = plan.versions;
    boolean sources = false; // whether any version reads the issuer-source bits
    for (VersionPlan v : versions) {
      sources |= v.hasIssuerSourceRule || v.approvalRequired;
    }
    OrganizationId issuer = plan.issuer;
    int n = ledger.size();
    for (int j = 0; j < n; j++) {
      int i = order[j];
      long w = ledger.dayAt(i) << DAY_SHIFT | dayless(ledger, i, issuer);
      if (sources) {
        CeActivity a = ledger.activities[i];
        IssuerSource basis = basis(ledger.marksAt(i), ledger.providerHashAt(i), a, plan);
        for (int k = 0; k < versions.length; k++) {
          if (counts(basis, ledger.providerHashAt(i), a, versions[k])) {
            w |= 1L << (SOURCE_SHIFT + k);
          }
        }
      }
      words[base + j] = w;
    }
  }

  /**
   * Returns the word of a ledger's activity for one version, without its day: what {@link #credit},
   * {@link #hiimDomain} and {@link #fromIssuer} read of it under that version, for a walk that reads the ledger
   * itself ({@link StatusWalk#first}). As {@link CreditLedger} does, the activity's approvals are read only if the
   * version requires approval, and its source only if the version reads it (a content rule on the issuer's sources,
   * or approval not marked); the word has no other version's bit.
   *
   * @param ledger  the ledger, checked
   * @param i  the activity's index in it
   * @param plan  the issuer's policy, of at most {@link #MAX_VERSIONS} versions
   * @param v  the version
   * @return the word, its day bits zero
   */
  static long word(Ledger ledger, int i, PolicyPlan plan, VersionPlan v) {
    CeActivity a = ledger.activities[i];
    int all = a.marks(); // read once: the category above the marks (Ledger#categoryAt, Ledger#marksAt)
    long w = low(all, a.amountCode());
    if (v.approvalRequired && (all & CeActivity.MARKED_APPROVED) != 0 && a.approvedBy().contains(plan.issuer)) {
      w |= APPROVED;
    }
    if (v.hasIssuerSourceRule || (v.approvalRequired && (w & APPROVED) == 0)) {
      int hash = a.providerKeyHash();
      if (counts(basis(all & 0xff, hash, a, plan), hash, a, v)) {
        w |= 1L << (SOURCE_SHIFT + v.index);
      }
    }
    return w;
  }

  /** A word's bits below the day and the sources: the category, the amount and the caller's marks. */
  private static long dayless(Ledger ledger, int i, OrganizationId issuer) {
    CeActivity a = ledger.activities[i];
    int marks = ledger.marksAt(i);
    long w = low(a.marks(), ledger.amountAt(i));
    if ((marks & CeActivity.MARKED_APPROVED) != 0 && a.approvedBy().contains(issuer)) {
      w |= APPROVED;
    }
    if ((marks & CeActivity.MARKED_SPECIFIC) != 0) {
      w |= SPECIFIC;
    }
    return w;
  }

  /** The category (from an activity's {@link CeActivity#marks()}) and the amount code of a word. */
  private static long low(int marks, long amountCode) {
    // the amount within a short by CeActivity's limits
    return ((long) (marks >>> CeActivity.CATEGORY_SHIFT) << CATEGORY_SHIFT) | ((int) amountCode & AMOUNT_MASK);
  }

  /** Whether an activity of a basis counts as from the issuer's sources under a version ({@link CreditLedger#source}). */
  private static boolean counts(IssuerSource basis, int providerHash, CeActivity a, VersionPlan v) {
    return basis.counts() || (basis == IssuerSource.NOT_FROM_ISSUER && v.namesSource(providerHash, a));
  }

  /** The basis that does not depend on the version, as {@link CreditLedger} works it out. */
  private static IssuerSource basis(int marks, int providerHash, CeActivity a, PolicyPlan plan) {
    if ((marks & CeActivity.MARKED_SOURCE) != 0 && a.sourceOf().contains(plan.issuer)) {
      return IssuerSource.MARKED_BY_CALLER;
    }
    if ((marks & CeActivity.MARKED_NOT_SOURCE) != 0 && a.notSourceOf().contains(plan.issuer)) {
      return IssuerSource.EXCLUDED_BY_CALLER;
    }
    return plan.isIssuer(providerHash, a) ? IssuerSource.PROVIDER_IS_ISSUER : IssuerSource.NOT_FROM_ISSUER;
  }

  /**
   * Returns the activities a word list needs beside its words: those marked specific to credentials, by index.
   *
   * @param ledger  the ledger the words were packed from
   * @param order  the order they were packed in
   * @return the ledger's activities in the order of the words, or null if none is marked specific
   */
  static CeActivity @Nullable [] specific(Ledger ledger, int[] order) {
    for (int i = 0; i < ledger.size(); i++) {
      if ((ledger.marksAt(i) & CeActivity.MARKED_SPECIFIC) != 0) {
        CeActivity[] byWord = new CeActivity[order.length];
        for (int j = 0; j < order.length; j++) {
          byWord[j] = ledger.activities[order[j]];
        }
        return byWord;
      }
    }
    return null;
  }

  /**
   * Starts one walk over packed words for an assessment date.
   *
   * @param words  the words, packed by {@link #pack} from {@code base} to the array's end
   * @param base  the index of the first activity's word
   * @param specific  the activities, from {@link #specific}
   * @param asOfDay  the assessment date, as an epoch day
   * @return the walk's view, confined to it
   */
  static ActivityWords walk(long[] words, int base, CeActivity @Nullable [] specific, long asOfDay) {
    int to = words.length;
    while (to > base && day(words[to - 1]) > asOfDay) { // usually none or a few: from the end
      to--;
    }
    return new ActivityWords(words, base, specific, to, asOfDay);
  }

  /**
   * Returns a view of the same words for another walk (the holdings left after a restart): no activity taken
   * in a grace period yet.
   *
   * @return the view, confined to that walk
   */
  ActivityWords again() {
    return new ActivityWords(words, base, specific, limit, asOfDay);
  }

  /**
   * The completion day in a word.
   *
   * @param w  the word
   * @return the epoch day
   */
  static long day(long w) {
    return w >> DAY_SHIFT;
  }

  /**
   * The category's ordinal in a word.
   *
   * @param w  the word
   * @return the ordinal
   */
  static int category(long w) {
    return (int) (w >>> CATEGORY_SHIFT) & CATEGORY_MASK;
  }

  /**
   * Whether the category in a word is in an HIIM domain ({@link CeCategory#isHiimDomain()}).
   *
   * @param w  the word
   * @return true if it is
   */
  static boolean hiimDomain(long w) {
    return (HIIM_DOMAINS >>> category(w) & 1) != 0;
  }

  /**
   * The amount code in a word.
   *
   * @param w  the word
   * @return the hundredths, or minus the minutes
   */
  static int amount(long w) {
    return (short) w;
  }

  /**
   * Whether the activity of a word counts as from the issuer's own sources under a version.
   *
   * @param w  the word
   * @param v  the version
   * @return true if it counts
   */
  static boolean fromIssuer(long w, VersionPlan v) {
    return ((w >>> (SOURCE_SHIFT + v.index)) & 1) != 0;
  }

  /**
   * Returns what the activity of a word is worth under a version, as {@link CreditLedger#credit} does.
   *
   * @param w  the word
   * @param v  the version
   * @return the hundredths, or one of {@link CreditLedger}'s negative codes
   */
  static long credit(long w, VersionPlan v) {
    if (!v.acceptsOrdinal(category(w))) {
      return CreditLedger.NOT_ACCEPTED;
    }
    if (v.approvalRequired && (w & APPROVED) == 0 && !fromIssuer(w, v)) {
      return CreditLedger.NOT_APPROVED;
    }
    long amount = amount(w);
    if (amount >= 0) {
      return amount;
    }
    long converted = v.hundredthsForMinutes((int) -amount);
    return converted < 0 ? CreditLedger.NO_CONVERSION : converted == 0 ? CreditLedger.NO_CREDIT : converted;
  }

  /** The index of the first activity completed on or after a day. */
  private int firstOnOrAfter(long epochDay) {
    int lo = base;
    int hi = words.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (day(words[mid]) < epochDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Tallies a cycle into an empty tally against its rules, as {@link CreditLedger#tally(Tally, long, long,
   * VersionPlan)} does.
   *
   * @param t  the tally, empty, filled
   * @param startDay  the cycle's first day, as an epoch day
   * @param endDay  its last day, as an epoch day
   * @param v  the version governing it
   */
  void tally(Tally t, long startDay, long endDay, VersionPlan v) {
    CycleRules rules = t.rules;
    boolean taken = takenInGraceBy.length != 0;
    for (int i = firstOnOrAfter(startDay); i < limit; i++) {
      long w = words[i];
      if (day(w) > endDay) {
        return;
      }
      if (!taken || takenInGraceBy[i] == 0) {
        add(t, rules, i, w, v);
      }
    }
  }

  /**
   * Credits the activities of a grace period to an unmet cycle, in date order, until the cycle's requirements
   * are met, as {@link CreditLedger#extendIntoGrace(Tally, long, int, VersionPlan, long)} does.
   *
   * @param t  the cycle's tally, updated; its rules laid out to the grace period's end
   * @param endDay  the cycle's last day, as an epoch day
   * @param index  the cycle's index in the walk
   * @param v  the version governing it
   * @param graceEnd  the grace period's last day, as an epoch day
   */
  void extendIntoGrace(Tally t, long endDay, int index, VersionPlan v, long graceEnd) {
    CycleRules rules = t.rules;
    for (int i = firstOnOrAfter(endDay + 1); i < limit && day(words[i]) <= graceEnd; i++) {
      if (RequirementJudge.met(rules, t)) {
        return;
      }
      if (add(t, rules, i, words[i], v)) {
        if (takenInGraceBy.length == 0) {
          takenInGraceBy = new int[words.length]; // indexed as the words are
        }
        takenInGraceBy[i] = index + 1;
      }
    }
  }

  private boolean add(Tally t, CycleRules rules, int i, long w, VersionPlan v) {
    long credit = credit(w, v);
    if (credit < 0) {
      return false;
    }
    t.total += credit;
    ContentRule[] content = rules.contentRules;
    if (content.length != 0) {
      CeCategory category = Ledger.CATEGORIES[category(w)];
      boolean fromIssuer = v.hasIssuerSourceRule && fromIssuer(w, v);
      for (int r = 0; r < content.length; r++) {
        boolean qualifies = switch (content[r].kind()) {
          case HIIM_DOMAIN -> category.isHiimDomain();
          case ISSUER_SOURCE -> fromIssuer;
        };
        if (qualifies) {
          t.content[r] += credit;
        }
      }
    }
    if ((w & SPECIFIC) != 0 && rules.credentialRules.length != 0) {
      CeActivity a = java.util.Objects.requireNonNull(specific, "specific")[i - base];
      for (int r = 0; r < rules.credentialRules.length; r++) {
        if (a.specificTo().contains(rules.credentialRules[r].credential())) {
          t.credentialContent[r] += credit;
        }
      }
    }
    for (int m = 0; m < rules.mandatory.length; m++) {
      MandatoryActivity activity = rules.mandatory[m];
      if (Ledger.CATEGORIES[category(w)] == activity.category() && credit >= activity.ceusEach().hundredths()) {
        int year = rules.yearOf(day(w));
        if (year >= 0) {
          t.mandatoryCounts[m][year]++;
        }
      }
    }
    return true;
  }
}
