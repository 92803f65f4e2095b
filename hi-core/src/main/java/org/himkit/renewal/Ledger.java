package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;

/**
 * Stage 1 of an assessment: a holder's activities checked once and laid out for the stages after it,
 * whatever the issuer. Activities are sorted by completion date and then id; each one's day is kept as a
 * primitive, and those completed after the assessment date are at the end, past {@link #limit}.
 *
 * <p>Checks: ids are unique, and no activity is given twice (the same completion date, title and
 * provider after normalising Unicode form, blanks and case, whatever the amount). Both are found in
 * linear time (pairwise among a few, through an open-addressing table among many), without allocating
 * per activity.
 *
 * <p>This class is immutable once built and is confined to one assessment.
 */
final class Ledger {
  /** The activities by completion date and then id. */
  final CeActivity[] activities;
  /** The completion day of each activity, as an epoch day. */
  final long[] days;
  /** The number of activities completed on or before the assessment date; the rest are not yet counted. */
  final int limit;
  /**
   * What the per-activity path reads, one primitive column per attribute so that tallying a cycle reads
   * contiguous arrays instead of each activity's objects: the category's ordinal, the amount
   * ({@link CeActivity#amountCode()}: hundredths, or minus the minutes, within an {@code int} by
   * {@link CeActivity#MAX_CEUS} and {@link CeActivity#MAX_MINUTES}), the caller's marks
   * ({@link CeActivity#marks()}) and the hash of the provider's key.
   */
  final byte[] category;
  final int[] amount;
  final byte[] marks;
  final int[] providerHash;

  private Ledger(CeActivity[] activities, long[] days, int limit, byte[] category, int[] amount, byte[] marks,
      int[] providerHash) {
    this.activities = activities;
    this.days = days;
    this.limit = limit;
    this.category = category;
    this.amount = amount;
    this.marks = marks;
    this.providerHash = providerHash;
  }

  /** Lays out the primitive columns of activities already in order. */
  @SuppressWarnings("EnumOrdinal") // a column of the ledger, read back through CATEGORIES; never stored outside
  private static Ledger laidOut(CeActivity[] sorted, long[] days) {
    int n = sorted.length;
    byte[] category = new byte[n];
    int[] amount = new int[n];
    byte[] marks = new byte[n];
    int[] providerHash = new int[n];
    for (int i = 0; i < n; i++) {
      CeActivity a = sorted[i];
      category[i] = (byte) a.category().ordinal();
      amount[i] = (int) a.amountCode(); // at most 10,000 hundredths or 6,000 minutes (CeActivity's limits)
      marks[i] = (byte) a.marks();
      providerHash[i] = a.providerKeyHash();
    }
    return new Ledger(sorted, days, n, category, amount, marks, providerHash);
  }

  /** The categories by ordinal, for {@link #category}. */
  static final org.himkit.policy.CeCategory[] CATEGORIES = org.himkit.policy.CeCategory.values();

  /**
   * Checks and lays out a holder's activities for an assessment date.
   *
   * @param given  the activities, in any order, not null
   * @param asOf  the assessment date, not null
   * @return the ledger, not null
   * @throws HimValidationException if two activities share an id or one is given twice
   */
  static Ledger of(Collection<CeActivity> given, LocalDate asOf) {
    return checked(given).at(asOf);
  }

  /**
   * Checks and lays out a holder's activities, whatever the assessment date: every activity is within
   * {@link #limit} until {@link #at} sets it. A {@link HolderRecord} keeps this once it is built.
   *
   * @param given  the activities, in any order, not null
   * @return the ledger, not null
   * @throws HimValidationException if two activities share an id or one is given twice
   */
  static Ledger checked(Collection<CeActivity> given) {
    CeActivity[] sorted = given.toArray(new CeActivity[0]);
    int n = sorted.length;
    long[] days = new long[n];
    boolean inOrder = true;
    for (int i = 0; i < n; i++) {
      days[i] = sorted[i].day();
      inOrder &= i == 0 || days[i] >= days[i - 1];
    }
    if (!inOrder) { // most ledgers come in date order, from a query or a form; otherwise sort
      sortByDay(sorted, days);
    }
    orderSameDayById(sorted, days);
    Ledger ledger = laidOut(sorted, days);
    ledger.checkIds();
    ledger.checkContent();
    return ledger;
  }

  /**
   * Returns this ledger for an assessment date: the activities completed after it are past {@link #limit}.
   * The arrays are shared, not copied.
   *
   * @param asOf  the assessment date, not null
   * @return the ledger, this one if its limit is the same
   */
  Ledger at(LocalDate asOf) {
    long last = asOf.toEpochDay();
    int n = days.length;
    int to = n;
    while (to > 0 && days[to - 1] > last) { // usually none or a few: from the end
      to--;
    }
    return to == limit ? this : new Ledger(activities, days, to, category, amount, marks, providerHash);
  }

  /** Sorts by (day, input position) on primitives. */
  private static void sortByDay(CeActivity[] activities, long[] days) {
    int n = activities.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = days[i] << 32 | i;
    }
    Arrays.sort(keys);
    CeActivity[] input = activities.clone();
    for (int i = 0; i < n; i++) {
      activities[i] = input[(int) keys[i]];
      days[i] = keys[i] >> 32;
    }
  }

  private static void orderSameDayById(CeActivity[] sorted, long[] days) {
    int from = 0;
    for (int i = 1; i <= sorted.length; i++) {
      if (i == sorted.length || days[i] != days[from]) {
        if (i - from > 1) {
          sortRunById(sorted, from, i);
        }
        from = i;
      }
    }
  }

  /**
   * Sorts one day's run by id unless it already is (two activities on a day are common, more are rare): an
   * insertion sort, which for the few activities of a day is the fastest and allocates nothing.
   */
  private static void sortRunById(CeActivity[] sorted, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      CeActivity a = sorted[i];
      int j = i - 1;
      if (sorted[j].id().compareTo(a.id()) <= 0) {
        continue;
      }
      do {
        sorted[j + 1] = sorted[j];
        j--;
      } while (j >= from && sorted[j].id().compareTo(a.id()) > 0);
      sorted[j + 1] = a;
    }
  }

  /**
   * Returns the index of the first activity completed on or after a day.
   *
   * @param epochDay  the day
   * @return the index, from 0 to the number of activities
   */
  int firstOnOrAfter(long epochDay) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < epochDay) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int size() {
    return activities.length;
  }

  /** Activities of one day are compared pairwise if at most this many, through a hash table if more. */
  private static final int PAIRWISE = 8;
  /**
   * Ids are compared pairwise in a ledger of at most this many (comparing hashes held with the activities,
   * cheaper than a table's allocation), through a hash table in a larger one.
   */
  private static final int PAIRWISE_IDS = 12;

  private void checkIds() {
    int n = activities.length;
    if (n <= PAIRWISE_IDS) {
      for (int i = 1; i < n; i++) {
        for (int j = 0; j < i; j++) {
          if (sameId(i, j)) {
            throw duplicateId(i);
          }
        }
      }
      return;
    }
    int[] table = table(n);
    int mask = table.length - 1;
    for (int i = 0; i < n; i++) {
      int h = spread(activities[i].idHash()) & mask;
      while (table[h] != 0) {
        if (sameId(i, table[h] - 1)) {
          throw duplicateId(i);
        }
        h = h + 1 & mask;
      }
      table[h] = i + 1;
    }
  }

  private boolean sameId(int i, int j) {
    return activities[i].idHash() == activities[j].idHash() && activities[i].id().equals(activities[j].id());
  }

  /** The ids, titles and providers may be personal data: the message names the activities by day. */
  private HimValidationException duplicateId(int i) {
    CeActivity a = activities[i];
    LocalDate other = LocalDate.ofEpochDay(days[firstWithId(i)]);
    return HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "CE activity completed " + a.completed(), "id",
        "must be unique among the activities assessed together; the activity completed " + other
            + " has the same id", "(" + a.id().length() + " characters, not shown)");
  }

  private int firstWithId(int i) {
    for (int j = 0; j < activities.length; j++) {
      if (j != i && sameId(i, j)) {
        return j;
      }
    }
    return i;
  }

  /** The same activity can only be given twice on one day: compare within each day's run. */
  private void checkContent() {
    int from = 0;
    for (int i = 1; i <= activities.length; i++) {
      if (i == activities.length || days[i] != days[from]) {
        checkDay(from, i);
        from = i;
      }
    }
  }

  private void checkDay(int from, int to) {
    if (to - from <= PAIRWISE) {
      for (int i = from + 1; i < to; i++) {
        for (int j = from; j < i; j++) {
          if (sameContent(i, j)) {
            throw duplicateContent(i);
          }
        }
      }
      return;
    }
    int[] table = table(to - from);
    int mask = table.length - 1;
    for (int i = from; i < to; i++) {
      CeActivity a = activities[i];
      int h = spread(a.titleKeyHash() * 31 + a.providerKeyHash()) & mask;
      while (table[h] != 0) {
        if (sameContent(i, table[h] - 1)) {
          throw duplicateContent(i);
        }
        h = h + 1 & mask;
      }
      table[h] = i + 1;
    }
  }

  /**
   * Whether two activities have the same title and provider keys: their hashes first (kept with the activities,
   * computed without building the keys), the keys themselves only when both hashes agree.
   */
  private boolean sameContent(int i, int j) {
    CeActivity a = activities[i];
    CeActivity b = activities[j];
    return a.providerKeyHash() == b.providerKeyHash() && a.titleKeyHash() == b.titleKeyHash()
        && a.titleKey().equals(b.titleKey()) && a.providerKey().equals(b.providerKey());
  }

  private HimValidationException duplicateContent(int i) {
    CeActivity a = activities[i];
    return HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "CE activity completed " + a.completed(), "activity",
        "the same activity (completion date, title and provider, ignoring case, Unicode form and blanks) "
            + "must be given once", "(given twice; title and provider not shown)");
  }

  /** An open-addressing table of activity indexes plus one, at most half full. */
  private static int[] table(int entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries) * 2 - 1) << 1;
    return new int[capacity];
  }

  private static int spread(int h) {
    return h ^ h >>> 16;
  }
}
