package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1 of an assessment: a holder's activities checked once and laid out for the stages after it,
 * whatever the issuer. Activities are sorted by completion date, those of one day in the order given; each
 * one's day is kept as a primitive, and those completed after the assessment date are at the end, past
 * {@link #limit}. What an answer shows in date and then id order (the outcomes of an assessment) or credits
 * in that order (a grace period) takes a day's activities by id through {@link #byId}: only days with
 * several activities need it, and only those paths, so that an assessment whose explanation is not read
 * never compares ids.
 *
 * <p>Checks: ids are unique, and no activity is given twice (the same completion date, title and
 * provider after normalising Unicode form, blanks and case, whatever the amount). Both are found in
 * linear time (by the hashes kept with the activities: a filter of bits among a few dozen, an
 * open-addressing table among more, pairwise within a day), without allocating per activity. When one
 * fails, the ledger is put in date and then id order and checked as it always was, so that the exception
 * names the same activity whatever order they were given in.
 *
 * <p>The walk reads each activity's attributes from the activity itself, which checking the ledger has just
 * touched ({@link #categoryAt} and the accessors after it): no per-attribute columns are laid out, for a
 * ledger of one assessment ({@link #of}) or one kept with a {@link HolderRecord} ({@link #checked}); a record
 * asked for its status again keeps its own packed words instead ({@link ActivityWords}).
 *
 * <p>This class is immutable once built and is confined to one assessment.
 */
final class Ledger {
  /** The activities by completion date, those of one day in the order given. */
  final CeActivity[] activities;
  /** The number of activities completed on or before the assessment date; the rest are not yet counted. */
  final int limit;

  private Ledger(CeActivity[] activities, int limit) {
    this.activities = activities;
    this.limit = limit;
  }

  /** The categories by ordinal, for {@link #categoryAt}. */
  static final org.himkit.policy.CeCategory[] CATEGORIES = org.himkit.policy.CeCategory.values();

  /**
   * Checks and lays out a holder's activities for one assessment: those completed after its date are past
   * {@link #limit}.
   *
   * @param given  the activities, in any order, not null
   * @param asOf  the assessment date, not null
   * @return the ledger, not null
   * @throws HimValidationException if two activities share an id or one is given twice
   */
  static Ledger of(Collection<CeActivity> given, LocalDate asOf) {
    return build(given, asOf.toEpochDay());
  }

  /**
   * Checks and lays out a holder's activities whatever the assessment date:
   * every activity is within {@link #limit} until {@link #at} sets it. A {@link HolderRecord} keeps this once
   * it is built.
   *
   * @param given  the activities, in any order, not null
   * @return the ledger, not null
   * @throws HimValidationException if two activities share an id or one is given twice
   */
  static Ledger checked(Collection<CeActivity> given) {
    return build(given, Long.MAX_VALUE);
  }

  /**
   * One pass over the activities as given reads each one's day and id hash and checks the ids as it goes;
   * activities not given in date order are sorted; a day with several activities is checked for content.
   */
  private static Ledger build(Collection<CeActivity> given, long lastDay) {
    CeActivity[] sorted = given.toArray(new CeActivity[0]);
    int n = sorted.length;
    boolean inOrder = true;
    boolean sameDay = false;
    boolean idClash = false;
    long filter0 = 0;
    long filter1 = 0;
    long previous = Long.MIN_VALUE;
    boolean filtered = n <= FILTERED_IDS;
    for (int i = 0; i < n; i++) {
      CeActivity a = sorted[i];
      long day = a.day();
      inOrder &= day >= previous;
      sameDay |= day == previous;
      previous = day;
      if (filtered) {
        int bit = (a.idHash() * 0x9E3779B9) >>> 25; // the top 7 bits of the hash, mixed: one of 128
        long mask = 1L << bit;
        if (bit < 64) {
          idClash |= (filter0 & mask) != 0 && sameIdBefore(sorted, i);
          filter0 |= mask;
        } else {
          idClash |= (filter1 & mask) != 0 && sameIdBefore(sorted, i);
          filter1 |= mask;
        }
      }
    }
    if (!inOrder) { // most ledgers come in date order, from a query or a form; otherwise sort
      sortByDay(sorted);
      sameDay = hasSameDay(sorted);
    }
    if (!filtered) {
      idClash = tableClash(sorted);
    }
    if (idClash || (sameDay && contentClash(sorted))) {
      throw refusal(sorted);
    }
    int to = n;
    while (to > 0 && sorted[to - 1].day() > lastDay) { // usually none or a few: from the end
      to--;
    }
    return new Ledger(sorted, to);
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
    int to = activities.length;
    while (to > 0 && dayAt(to - 1) > last) { // usually none or a few: from the end
      to--;
    }
    return to == limit ? this : new Ledger(activities, to);
  }

  /**
   * Returns an activity's completion day.
   *
   * @param i  the activity's index
   * @return the epoch day
   */
  long dayAt(int i) {
    return activities[i].day();
  }

  /**
   * Returns an activity's category's ordinal ({@link #CATEGORIES}).
   *
   * @param i  the activity's index
   * @return the ordinal
   */
  @SuppressWarnings("EnumOrdinal") // read back through CATEGORIES
  int categoryAt(int i) {
    return activities[i].marks() >>> CeActivity.CATEGORY_SHIFT;
  }

  /**
   * Returns an activity's amount ({@link CeActivity#amountCode()}).
   *
   * @param i  the activity's index
   * @return the hundredths of a CEU, or minus the minutes
   */
  long amountAt(int i) {
    return activities[i].amountCode();
  }

  /**
   * Returns an activity's marks ({@link CeActivity#marks()}).
   *
   * @param i  the activity's index
   * @return the marks
   */
  int marksAt(int i) {
    return activities[i].marks() & 0xff;
  }

  /**
   * Returns the hash of an activity's provider's key ({@link CeActivity#providerKeyHash()}).
   *
   * @param i  the activity's index
   * @return the hash
   */
  int providerHashAt(int i) {
    return activities[i].providerKeyHash();
  }

  /** Sorts by (day, input position) on primitives. */
  private static void sortByDay(CeActivity[] activities) {
    int n = activities.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = activities[i].day() << 32 | i;
    }
    Arrays.sort(keys);
    CeActivity[] input = activities.clone();
    for (int i = 0; i < n; i++) {
      activities[i] = input[(int) keys[i]];
    }
  }

  private static boolean hasSameDay(CeActivity[] activities) {
    for (int i = 1; i < activities.length; i++) {
      if (activities[i].day() == activities[i - 1].day()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the end of the day's run that begins at an index: the index of the first activity of a later day,
   * or the number of activities.
   *
   * @param from  the index of the run's first activity
   * @return the index after its last
   */
  int runEnd(int from) {
    long day = dayAt(from);
    int to = from + 1;
    while (to < activities.length && dayAt(to) == day) {
      to++;
    }
    return to;
  }

  /**
   * Returns the indexes of a run of activities of one day in the order of their ids (two activities on a day
   * are common, more are rare): an insertion sort.
   *
   * @param from  the index of the run's first activity
   * @param to  the index after its last
   * @return the indexes from {@code from} to {@code to}, by id
   */
  int[] byId(int from, int to) {
    int[] order = new int[to - from];
    for (int k = 0; k < order.length; k++) {
      int i = from + k;
      String id = activities[i].id();
      int j = k - 1;
      while (j >= 0 && activities[order[j]].id().compareTo(id) > 0) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = i;
    }
    return order;
  }

  /**
   * Returns the indexes of every activity in the order of their days and then ids: the order an assessment
   * shows them in.
   *
   * @return the indexes, a permutation of those of {@link #activities}
   */
  int[] byDayThenId() {
    int n = activities.length;
    int[] order = new int[n];
    for (int from = 0; from < n; ) {
      int to = runEnd(from);
      for (int i = from; i < to; i++) { // an insertion sort of the day's run, in place
        String id = activities[i].id();
        int j = i - 1;
        while (j >= from && activities[order[j]].id().compareTo(id) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = i;
      }
      from = to;
    }
    return order;
  }

  /**
   * Returns the index of the first activity completed on or after a day.
   *
   * @param epochDay  the day
   * @return the index, from 0 to the number of activities
   */
  int firstOnOrAfter(long epochDay) {
    int lo = 0;
    int hi = activities.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dayAt(mid) < epochDay) {
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
   * Ids are checked through a filter of 128 bits, held in two {@code long}s, in a ledger of at most this many
   * (an activity whose bit is already set is compared with those before it), through a hash table in a larger
   * one: with 48 activities about nine of them are compared with the ones before, more cheaply than a table is
   * allocated.
   */
  private static final int FILTERED_IDS = 48;
  /** Ids are compared pairwise in a refused ledger of at most this many, through a hash table in a larger one. */
  private static final int PAIRWISE_IDS = 12;

  /** Whether an activity has the id of one before it in the array. */
  private static boolean sameIdBefore(CeActivity[] activities, int i) {
    for (int j = 0; j < i; j++) {
      if (sameId(activities, i, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameId(CeActivity[] activities, int i, int j) {
    return activities[i].idHash() == activities[j].idHash() && activities[i].id().equals(activities[j].id());
  }

  /** Whether two activities share an id, found through an open-addressing table. */
  private static boolean tableClash(CeActivity[] activities) {
    return tableClashAt(activities) >= 0;
  }

  /** The index of the first activity whose id one before it has, found through a table; -1 if none. */
  private static int tableClashAt(CeActivity[] activities) {
    int n = activities.length;
    int[] table = table(n);
    int mask = table.length - 1;
    for (int i = 0; i < n; i++) {
      int h = spread(activities[i].idHash()) & mask;
      while (table[h] != 0) {
        if (sameId(activities, i, table[h] - 1)) {
          return i;
        }
        h = h + 1 & mask;
      }
      table[h] = i + 1;
    }
    return -1;
  }

  /** Whether two activities of one day have the same content: within each day's run. */
  private static boolean contentClash(CeActivity[] activities) {
    return contentClashAt(activities) >= 0;
  }

  /** The index of the first activity given twice, in the order of the array; -1 if none. */
  private static int contentClashAt(CeActivity[] activities) {
    int from = 0;
    for (int i = 1; i <= activities.length; i++) {
      if (i == activities.length || activities[i].day() != activities[from].day()) {
        int clash = i - from > 1 ? dayClashAt(activities, from, i) : -1;
        if (clash >= 0) {
          return clash;
        }
        from = i;
      }
    }
    return -1;
  }

  private static int dayClashAt(CeActivity[] activities, int from, int to) {
    if (to - from <= PAIRWISE) {
      for (int i = from + 1; i < to; i++) {
        for (int j = from; j < i; j++) {
          if (sameContent(activities[i], activities[j])) {
            return i;
          }
        }
      }
      return -1;
    }
    int[] table = table(to - from);
    int mask = table.length - 1;
    for (int i = from; i < to; i++) {
      CeActivity a = activities[i];
      int h = spread(a.titleKeyHash() * 31 + a.providerKeyHash()) & mask;
      while (table[h] != 0) {
        if (sameContent(a, activities[table[h] - 1])) {
          return i;
        }
        h = h + 1 & mask;
      }
      table[h] = i + 1;
    }
    return -1;
  }

  /**
   * Whether two activities have the same title and provider keys: their hashes first (kept with the activities,
   * computed without building the keys), the keys themselves only when both hashes agree.
   */
  private static boolean sameContent(CeActivity a, CeActivity b) {
    return a.providerKeyHash() == b.providerKeyHash() && a.titleKeyHash() == b.titleKeyHash()
        && a.titleKey().equals(b.titleKey()) && a.providerKey().equals(b.providerKey());
  }

  /**
   * The exception for a ledger that failed a check, as it has always been reported: the activities are put in
   * date and then id order, and the first activity (in that order) whose id one before it has is named, or
   * else the first given twice.
   */
  private static HimValidationException refusal(CeActivity[] sorted) {
    for (int from = 0; from < sorted.length; ) {
      int to = from + 1;
      while (to < sorted.length && sorted[to].day() == sorted[from].day()) {
        to++;
      }
      Arrays.sort(sorted, from, to, BY_ID);
      from = to;
    }
    @Nullable HimValidationException id = idProblem(sorted);
    return id != null ? id : duplicateContent(sorted[contentClashAt(sorted)]);
  }

  private static final java.util.Comparator<CeActivity> BY_ID = new java.util.Comparator<>() {
    @Override
    public int compare(CeActivity a, CeActivity b) {
      return a.id().compareTo(b.id());
    }
  };

  /** The first activity whose id one before it has: pairwise among a few, through a table among more. */
  private static @Nullable HimValidationException idProblem(CeActivity[] activities) {
    int n = activities.length;
    if (n <= PAIRWISE_IDS) {
      for (int i = 1; i < n; i++) {
        if (sameIdBefore(activities, i)) {
          return duplicateId(activities, i);
        }
      }
      return null;
    }
    int i = tableClashAt(activities);
    return i < 0 ? null : duplicateId(activities, i);
  }

  /** The ids, titles and providers may be personal data: the message names the activities by day. */
  private static HimValidationException duplicateId(CeActivity[] activities, int i) {
    CeActivity a = activities[i];
    LocalDate other = activities[firstWithId(activities, i)].completed();
    return HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "CE activity completed " + a.completed(), "id",
        "must be unique among the activities assessed together; the activity completed " + other
            + " has the same id", "(" + a.id().length() + " characters, not shown)");
  }

  private static int firstWithId(CeActivity[] activities, int i) {
    int j = 0;
    while (j == i || !sameId(activities, i, j)) { // i has an id one before it has: found before i
      j++;
    }
    return j;
  }

  private static HimValidationException duplicateContent(CeActivity a) {
    return HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "CE activity completed " + a.completed(), "activity",
        "the same activity (completion date, title and provider, ignoring case, Unicode form and blanks) "
            + "must be given once", "(given twice; title and provider not shown)");
  }

  /** An open-addressing table of activity indexes plus one, at most half full. */
  private static int[] table(int entries) {
    int capacity = Integer.highestOneBit(Math.max(2, entries) * 2 - 1) << 1;
    return new int[capacity];
  }

  /**
   * Mixes a hash before it is masked to a slot: multiplied by the golden ratio's odd constant, so that hashes
   * close to one another (the string hashes of ids such as "a1", "a2", ...) land far apart instead of filling
   * runs of neighbouring slots that every later probe walks, then its high half folded into the low one.
   */
  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ x >>> 16;
  }
}
