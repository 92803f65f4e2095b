package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;

/**
 * Stage 1 of an assessment: a holder's activities checked once and laid out for the stages after it,
 * whatever the issuer. Activities are sorted by completion date and then id; each one's day is kept as a
 * primitive, and those completed after the assessment date are at the end, past {@link #limit}.
 *
 * <p>Checks: ids are unique, and no activity is given twice (the same completion date, title and
 * provider after normalising Unicode form, blanks and case, whatever the amount). Both are found in
 * linear time, without allocating per activity.
 *
 * <p>This class is immutable once built and is confined to one assessment.
 */
final class Ledger {
  private static final Comparator<CeActivity> ORDER = (a, b) -> {
    int c = a.completed().compareTo(b.completed());
    return c != 0 ? c : a.id().compareTo(b.id());
  };

  /** The activities by completion date and then id. */
  final CeActivity[] activities;
  /** The completion day of each activity, as an epoch day. */
  final long[] days;
  /** The number of activities completed on or before the assessment date; the rest are not yet counted. */
  final int limit;

  private Ledger(CeActivity[] activities, long[] days, int limit) {
    this.activities = activities;
    this.days = days;
    this.limit = limit;
  }

  /**
   * Checks and lays out a holder's activities.
   *
   * @param given  the activities, in any order, not null
   * @param asOf  the assessment date, not null
   * @return the ledger, not null
   * @throws HimValidationException if two activities share an id or one is given twice
   */
  static Ledger of(Collection<CeActivity> given, LocalDate asOf) {
    CeActivity[] sorted = given.toArray(new CeActivity[0]);
    Arrays.sort(sorted, ORDER);
    long[] days = new long[sorted.length];
    long last = asOf.toEpochDay();
    int limit = sorted.length;
    for (int i = 0; i < sorted.length; i++) {
      days[i] = sorted[i].completed().toEpochDay();
      if (days[i] > last && limit == sorted.length) {
        limit = i;
      }
    }
    Ledger ledger = new Ledger(sorted, days, limit);
    ledger.checkIds();
    ledger.checkContent();
    return ledger;
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

  private void checkIds() {
    int[] table = table();
    int mask = table.length - 1;
    for (int i = 0; i < activities.length; i++) {
      String id = activities[i].id();
      int h = spread(id.hashCode()) & mask;
      while (table[h] != 0) {
        CeActivity other = activities[table[h] - 1];
        if (other.id().equals(id)) {
          throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "CE activity " + id, "id",
              "must be unique among the activities assessed together", id);
        }
        h = h + 1 & mask;
      }
      table[h] = i + 1;
    }
  }

  private void checkContent() {
    int[] table = table();
    int mask = table.length - 1;
    for (int i = 0; i < activities.length; i++) {
      CeActivity a = activities[i];
      int h = spread(Long.hashCode(days[i]) * 961 + a.titleKey().hashCode() * 31 + a.providerKey().hashCode())
          & mask;
      while (table[h] != 0) {
        int j = table[h] - 1;
        CeActivity other = activities[j];
        if (days[j] == days[i] && other.titleKey().equals(a.titleKey())
            && other.providerKey().equals(a.providerKey())) {
          throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "CE activity " + a.id(), "activity",
              "the same activity (completion date, title and provider, ignoring case, Unicode form and blanks) "
                  + "must be given once; it is also given as " + other.id(),
              a.completed() + " \"" + a.title() + "\"");
        }
        h = h + 1 & mask;
      }
      table[h] = i + 1;
    }
  }

  /** An open-addressing table of activity indexes plus one, at most half full. */
  private int[] table() {
    int capacity = Integer.highestOneBit(Math.max(2, activities.length) * 2 - 1) << 1;
    return new int[capacity];
  }

  private static int spread(int h) {
    return h ^ h >>> 16;
  }
}
