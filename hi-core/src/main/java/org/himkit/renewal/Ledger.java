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
 * linear time, in the same pass as the days are read when the activities come in date order (by the hashes
 * kept with the activities: ids through a filter of bits among a few dozen and an open-addressing table among
 * more, a day's contents pairwise among a few and through one table shared by every busy day among more),
 * without allocating per activity or per day. When one
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
   * One pass over the activities as given reads each one's day, checks its id against those before it and its
   * content against those of its day before it. Activities not given in date order are sorted when the first
   * one out of order is met, and checked again in that order.
   */
  private static Ledger build(Collection<CeActivity> given, long lastDay) {
    CeActivity[] sorted = snapshot(given);
    int n = sorted.length;
    int @Nullable [] ids = n <= FILTERED_IDS ? null : table(n);
    int checked = check(sorted, ids);
    if (checked == OUT_OF_ORDER) { // most ledgers come in date order, from a query or a form; otherwise sort
      sortByDay(sorted);
      if (ids != null) {
        Arrays.fill(ids, 0);
      }
      checked = check(sorted, ids);
    }
    if (checked == CLASH) { // found before the first activity out of order, if any: sorted for the message
      sortByDay(sorted);
      throw refusal(sorted);
    }
    int to = n;
    while (to > 0 && sorted[to - 1].day() > lastDay) { // usually none or a few: from the end
      to--;
    }
    return new Ledger(sorted, to);
  }

  /**
   * The activities as an array: copied into one of the collection's size (no reflective array, as an empty one
   * given to {@code toArray} makes), or, if its last place is empty (the collection shrank meanwhile), copied
   * again into one the collection makes, as a snapshot of what it holds then.
   */
  static CeActivity[] snapshot(Collection<CeActivity> given) {
    return snapshot(given, new CeActivity[given.size()]);
  }

  /**
   * A collection as an array, as {@link #snapshot(Collection)} copies the activities (the holdings too).
   *
   * @param given  the collection, not null
   * @param sized  an empty array of the collection's size, copied into
   * @return {@code sized}, or an array the collection makes if it shrank meanwhile
   */
  static <T> T[] snapshot(Collection<T> given, T[] sized) {
    int size = sized.length;
    T[] copy = given.toArray(sized);
    return size == 0 || copy[size - 1] != null ? copy : given.toArray(Arrays.copyOf(sized, 0));
  }

  /** What {@link #check} returns when the activities are not in date order. */
  private static final int OUT_OF_ORDER = 1;
  /** What {@link #check} returns when two activities share an id or one is given twice. */
  private static final int CLASH = 2;

  /**
   * Checks activities in one pass while they are in date order: each one's id against those before it (through
   * a filter of bits among a few dozen, through an id table, empty when given, among more), and its content
   * against those of its day before it (pairwise among a few, through a content table among more). One content
   * table serves every busy day: a slot holds an activity's index plus one, and a slot of an earlier day's
   * activity (an index before the day's first) counts as empty, so that a day needs neither a table of its own
   * nor a clearing.
   *
   * @return 0 if every check passed, {@link #OUT_OF_ORDER} at the first activity of a day before its
   *     predecessor's, {@link #CLASH} at the first clash
   */
  private static int check(CeActivity[] activities, int @Nullable [] ids) {
    int n = activities.length;
    long filter0 = 0;
    long filter1 = 0;
    int @Nullable [] contents = null;
    long previous = Long.MIN_VALUE;
    int dayFrom = 0;
    for (int i = 0; i < n; i++) {
      CeActivity a = activities[i];
      long day = a.day();
      if (day != previous) {
        if (day < previous) {
          return OUT_OF_ORDER;
        }
        previous = day;
        dayFrom = i;
      }
      if (ids == null) {
        int mixed = a.idHash() * 0x9E3779B9;
        int bit0 = mixed >>> 26; // the top 6 bits of the mixed hash: one of 64 in each word
        int bit1 = mixed >>> 20; // the next 6 (a shift takes its distance's low 6 bits)
        // both bits tested at once, without a branch per word: the first word's bit alone is set for a good share of
        // the activities, a branch on it mispredicted while the activity's first read may still be on its way
        if ((filter0 >>> bit0 & filter1 >>> bit1 & 1) != 0 && sameIdBefore(activities, i)) {
          return CLASH;
        }
        filter0 |= 1L << bit0;
        filter1 |= 1L << bit1;
      } else if (!putId(activities, ids, i)) {
        return CLASH;
      }
      int before = i - dayFrom; // activities of the same day before this one
      if (before == 0) {
        continue;
      }
      if (before < PAIRWISE) {
        for (int j = dayFrom; j < i; j++) {
          if (sameContent(a, activities[j])) {
            return CLASH;
          }
        }
        continue;
      }
      if (contents == null || before == PAIRWISE) { // the day turns busy (null until the first does)
        contents = busyDay(activities, contents, dayFrom, i);
      }
      if (!putContent(activities, contents, dayFrom, i)) {
        return CLASH;
      }
    }
    return 0;
  }

  /**
   * Returns the content table for a day that turns busy at {@code i}, whose first activity is at {@code dayFrom}:
   * the one given if it holds all of the day's activities at most half full, or else a new one that does; the
   * day's activities before {@code i}, already checked pairwise, are put in.
   */
  private static int[] busyDay(CeActivity[] activities, int @Nullable [] contents, int dayFrom, int i) {
    long day = activities[i].day();
    int dayTo = i + 1;
    while (dayTo < activities.length && activities[dayTo].day() == day) {
      dayTo++;
    }
    int[] table = contents == null || dayTo - dayFrom > contents.length / 2 ? table(dayTo - dayFrom) : contents;
    for (int j = dayFrom; j < i; j++) {
      putContent(activities, table, dayFrom, j);
    }
    return table;
  }

  /** Puts an activity's index in the id table: false, and not put, if one before it has its id. */
  private static boolean putId(CeActivity[] activities, int[] ids, int i) {
    int mask = ids.length - 1;
    int h = spread(activities[i].idHash()) & mask;
    while (ids[h] != 0) {
      if (sameId(activities, i, ids[h] - 1)) {
        return false;
      }
      h = h + 1 & mask;
    }
    ids[h] = i + 1;
    return true;
  }

  /**
   * Puts an activity's index in the content table of its day, whose first activity is at {@code dayFrom}: false,
   * and not put, if one before it on that day has its content. A slot of an earlier day's activity is free.
   */
  private static boolean putContent(CeActivity[] activities, int[] contents, int dayFrom, int i) {
    CeActivity a = activities[i];
    int mask = contents.length - 1;
    int h = spread(a.titleKeyHash() * 31 + a.providerKeyHash()) & mask;
    while (contents[h] > dayFrom) { // an index of this day, plus one
      if (sameContent(a, activities[contents[h] - 1])) {
        return false;
      }
      h = h + 1 & mask;
    }
    contents[h] = i + 1;
    return true;
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
   * are common, more are rare): an insertion sort among a few, packed keys among more ({@link #sortRun}).
   *
   * @param from  the index of the run's first activity
   * @param to  the index after its last
   * @return the indexes from {@code from} to {@code to}, by id
   */
  int[] byId(int from, int to) {
    int[] order = new int[to - from];
    sortRun(order, 0, from, to, null);
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
    long @Nullable [] keys = null;
    int from = 0;
    while (from < n) {
      long day = activities[from].day();
      int to = from + 1;
      while (to < n && activities[to].day() == day) {
        to++;
      }
      if (to - from == 1) { // most days: one activity
        order[from] = from;
      } else {
        keys = sortRun(order, from, from, to, keys);
      }
      from = to;
    }
    return order;
  }

  /** A day's activities are put in id order by an insertion sort if at most this many, through packed keys if more. */
  private static final int INSERTION = 16;
  /** Packed keys are sorted by {@link Arrays#sort} if at most this many, by a radix sort ({@link #radixSort}) if more. */
  private static final int RADIX = 256;
  /**
   * Keys are built a block of this many activities at a time: their activities read first, then their ids, then
   * the ids' characters, so that the reads of a block, each likely to miss the caches on a busy day given in an
   * order unrelated to memory's, overlap instead of each one waiting for the one before it.
   */
  private static final int BLOCK = 32;
  /** The bits of a radix sort's digit: 256 counts, and as many places its pass writes to. */
  private static final int DIGIT = 8;

  /**
   * Puts the indexes of a run of activities, {@code from} to {@code to}, in the order of their ids into {@code
   * order} from {@code at}. Among a few, an insertion sort comparing the ids. Among more, one {@code long} per
   * activity is sorted as a primitive: the index within the run in its low bits, and above them the first
   * characters of the id past the prefix every id of the run shares, packed (seven bits a character when those
   * characters are all ASCII, sixteen otherwise; a shorter id padded with zeros) and cut to the bits that remain.
   * Keys in that order are ids in {@link String#compareTo} order, except that ids whose packed characters are
   * equal (ids longer than the packed part, or a zero character against the end of an id) are then sorted among
   * themselves by comparing the ids. The ids of a ledger are unique, so the order is the one {@link
   * String#compareTo} gives.
   *
   * <p>The keys are built in one pass over the ids, in the order of the run, past the prefix that three of them
   * share and seven bits a character; if an id does not share that prefix or has a wider character in its packed
   * part, they are built again past the prefix every id shares, and as wide as their characters need.
   *
   * @param keys  the keys' array to reuse, or null to make it if needed
   * @return the keys' array, null if none was needed
   */
  private long @Nullable [] sortRun(int[] order, int at, int from, int to, long @Nullable [] keys) {
    int m = to - from;
    if (m <= INSERTION) {
      for (int k = 0; k < m; k++) {
        order[at + k] = from + k;
      }
      sortById(order, at, at + m, null);
      return keys;
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(m - 1);
    long[] sorted = keys != null && keys.length >= m ? keys : new long[Math.max(m, keys == null ? 0 : keys.length)];
    String first = activities[from].id();
    int guess = sharedPrefix(first, activities[from + m / 2].id(), first.length());
    guess = sharedPrefix(first, activities[to - 1].id(), guess);
    int shared = packKeys(sorted, from, m, guess, 7);
    if (shared < 0) { // an id shares less than the three, or a character is wider than seven bits: again
      shared = first.length();
      int all = 0; // the bits of every character of every id past the prefix they share
      for (int i = from; i < to; i++) {
        shared = sharedPrefix(first, activities[i].id(), shared);
      }
      for (int i = from; i < to; i++) {
        String id = activities[i].id();
        for (int c = shared; c < id.length(); c++) {
          all |= id.charAt(c);
        }
      }
      packKeys(sorted, from, m, shared, all < 0x80 ? 7 : 16);
    }
    if (m <= RADIX) {
      Arrays.sort(sorted, 0, m);
    } else {
      sorted = radixSort(sorted, m, indexBits);
    }
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < m; k++) {
      order[at + k] = from + (int) (sorted[k] & mask);
    }
    int @Nullable [] work = null;
    for (int k = 0; k < m; ) { // equal packed characters: compare the ids
      long prefix = sorted[k] >>> indexBits;
      int end = k + 1;
      while (end < m && sorted[end] >>> indexBits == prefix) {
        end++;
      }
      if (end - k > 1) {
        work = sortById(order, at + k, at + end, work);
      }
      k = end;
    }
    return sorted;
  }

  /** The length of the prefix two ids share, at most {@code upTo}. */
  private static int sharedPrefix(String a, String b, int upTo) {
    int most = Math.min(upTo, b.length());
    int common = 0;
    while (common < most && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common;
  }

  /**
   * Builds the keys of a run's {@code m} activities from {@code from}, in their order: the characters of each id
   * past {@code shared}, {@code charBits} a character, cut to the bits above the index within the run (as in
   * {@link #sortRun}). With seven bits a character, checks that every id begins with the run's first id's first
   * {@code shared} characters and that the packed ones are ASCII.
   *
   * @return {@code shared}, or -1 if the check failed (the keys are then to be built again)
   */
  private int packKeys(long[] keys, int from, int m, int shared, int charBits) {
    String first = activities[from].id();
    int indexBits = 32 - Integer.numberOfLeadingZeros(m - 1);
    int prefixBits = 63 - indexBits; // keys stay positive: a signed sort is the unsigned order
    int chars = (prefixBits + charBits - 1) / charBits;
    int cut = chars * charBits - prefixBits;
    int all = 0; // the bits of every packed character
    boolean sharing = true;
    String[] ids = new String[Math.min(m, BLOCK)];
    int[] lengths = new int[ids.length];
    for (int block = 0; block < m; block += BLOCK) {
      int size = Math.min(BLOCK, m - block);
      for (int j = 0; j < size; j++) { // reads that do not wait for one another: the activities, then the ids
        ids[j] = activities[from + block + j].id();
      }
      for (int j = 0; j < size; j++) {
        lengths[j] = ids[j].length();
      }
      for (int j = 0; j < size; j++) {
        String id = ids[j];
        int length = lengths[j];
        long packed = 0;
        for (int c = shared; c < shared + chars; c++) {
          int ch = c < length ? id.charAt(c) : 0;
          all |= ch;
          packed = packed << charBits | ch;
        }
        if (charBits == 7) {
          sharing &= sharedPrefix(first, id, shared) == shared;
        }
        keys[block + j] = (packed >>> cut) << indexBits | (block + j);
      }
    }
    return charBits == 7 && (!sharing || all >= 0x80) ? -1 : shared;
  }

  /**
   * Sorts {@code m} keys, given in the order of their indexes (their low {@code indexBits}), by their bits above
   * the index: a least significant digit radix sort, {@link #DIGIT} bits a pass, over the bits that differ among
   * the keys only, skipping a pass whose digit is the same in every key. Each pass keeps the order of equal
   * digits, so keys of equal bits stay in the order of their indexes: the order {@link Arrays#sort} gives.
   *
   * @return the sorted keys: the array given or a new one
   */
  private static long[] radixSort(long[] keys, int m, int indexBits) {
    long any = 0;
    long every = -1;
    for (int k = 0; k < m; k++) {
      any |= keys[k];
      every &= keys[k];
    }
    long differ = (any ^ every) >>> indexBits << indexBits; // not 0: unique ids differ in their first packed character
    int low = Long.numberOfTrailingZeros(differ);
    int passes = Math.max(0, (64 - Long.numberOfLeadingZeros(differ) - low + DIGIT - 1) / DIGIT);
    int[] counts = new int[passes << DIGIT];
    for (int k = 0; k < m; k++) {
      long key = keys[k] >>> low;
      for (int p = 0; p < passes; p++) {
        counts[(p << DIGIT) | digit(key >>> (p * DIGIT))]++;
      }
    }
    long[] from = keys;
    long[] into = new long[m];
    for (int p = 0; p < passes; p++) {
      int base = p << DIGIT;
      int shift = low + p * DIGIT;
      if (counts[base | digit(from[0] >>> shift)] == m) { // one digit in every key
        continue;
      }
      int sum = 0;
      for (int d = base; d < base + (1 << DIGIT); d++) {
        int count = counts[d];
        counts[d] = sum;
        sum += count;
      }
      for (int k = 0; k < m; k++) {
        long key = from[k];
        into[counts[base | digit(key >>> shift)]++] = key;
      }
      long[] swap = from;
      from = into;
      into = swap;
    }
    return from;
  }

  /** The low {@link #DIGIT} bits of a key shifted to the digit's place. */
  private static int digit(long shifted) {
    return (int) shifted & ((1 << DIGIT) - 1);
  }

  /**
   * Sorts a range of activity indexes by the activities' ids, comparing them: an insertion sort in a short range,
   * a merge sort in a longer one (ids that share their packed characters, in n log n however many).
   *
   * @param work  the merge sort's work array, as long as {@code order}, or null to make it if needed
   * @return the work array, null if none was needed
   */
  private int @Nullable [] sortById(int[] order, int from, int to, int @Nullable [] work) {
    if (to - from <= INSERTION) {
      for (int i = from + 1; i < to; i++) {
        int index = order[i];
        String id = activities[index].id();
        int j = i - 1;
        while (j >= from && activities[order[j]].id().compareTo(id) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = index;
      }
      return work;
    }
    int[] merged = work != null ? work : new int[order.length];
    int mid = (from + to) >>> 1;
    sortById(order, from, mid, merged);
    sortById(order, mid, to, merged);
    if (activities[order[mid - 1]].id().compareTo(activities[order[mid]].id()) > 0) {
      System.arraycopy(order, from, merged, from, to - from);
      int i = from;
      int j = mid;
      for (int k = from; k < to; k++) {
        boolean left = j == to || (i < mid && activities[merged[i]].id().compareTo(activities[merged[j]].id()) <= 0);
        order[k] = left ? merged[i++] : merged[j++];
      }
    }
    return merged;
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
   * Ids are checked through a filter of two {@code long}s in a ledger of at most this many, through a hash table
   * in a larger one. Each id sets one bit of each word, chosen by different bits of its mixed hash, without a
   * branch; an activity whose two bits are both set already is compared with those before it: about one of 22
   * activities, five of 48, more cheaply than a table is allocated.
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

  /** The index of the first activity whose id one before it has, found through a table; -1 if none. */
  private static int tableClashAt(CeActivity[] activities) {
    int[] table = table(activities.length);
    for (int i = 0; i < activities.length; i++) {
      if (!putId(activities, table, i)) {
        return i;
      }
    }
    return -1;
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
    for (int i = from; i < to; i++) {
      if (!putContent(activities, table, from, i)) { // a fresh table: every slot is free for this day
        return i;
      }
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
