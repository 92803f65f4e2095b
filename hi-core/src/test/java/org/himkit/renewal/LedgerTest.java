package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.hiim;

import java.util.ArrayList;
import java.util.List;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;

/** Stage 1: the ledger is checked and sorted once. */
class LedgerTest {

  @Test
  void activitiesAreSortedByDayAndThoseAfterTheDateComeLast() {
    Ledger l = Ledger.of(List.of(hiim("b", d(2023, 3, 1), "1"), hiim("z", d(2023, 1, 1), "1"),
        hiim("a", d(2023, 3, 1), "1"), hiim("late", d(2024, 1, 1), "1")), d(2023, 6, 1));
    // a day's activities in the order given; by id where an assessment shows or credits them in order
    assertThat(l.activities).extracting(CeActivity::id).containsExactly("z", "b", "a", "late");
    assertThat(l.byDayThenId()).containsExactly(0, 2, 1, 3);
    assertThat(l.byId(1, 3)).containsExactly(2, 1);
    assertThat(l.runEnd(1)).isEqualTo(3);
    assertThat(List.of(l.dayAt(0), l.dayAt(1), l.dayAt(2), l.dayAt(3))).containsExactly(d(2023, 1, 1).toEpochDay(),
        d(2023, 3, 1).toEpochDay(), d(2023, 3, 1).toEpochDay(), d(2024, 1, 1).toEpochDay());
    assertThat(l.limit).isEqualTo(3);
    assertThat(l.firstOnOrAfter(d(2023, 2, 1).toEpochDay())).isEqualTo(1);
    assertThat(l.firstOnOrAfter(d(2030, 1, 1).toEpochDay())).isEqualTo(4);
    assertThat(Ledger.of(List.of(), d(2023, 6, 1)).size()).isZero();
  }

  @Test
  void aCollectionThatShrinksWhileCopiedIsTakenAsItHoldsThen() {
    List<CeActivity> held = List.of(hiim("z", d(2023, 1, 1), "1"), hiim("a", d(2023, 3, 1), "1"));
    for (int gone = 1; gone <= 2; gone++) {
      int removed = gone;
      // reports its size before the last activities are removed by another thread, then copies what is left
      java.util.Collection<CeActivity> shrinking = new java.util.AbstractCollection<>() {
        private int sizes;

        @Override
        public java.util.Iterator<CeActivity> iterator() {
          return held.subList(0, held.size() - (sizes > 0 ? removed : 0)).iterator();
        }

        @Override
        public int size() {
          return sizes++ == 0 ? held.size() : held.size() - removed;
        }
      };
      Ledger l = Ledger.of(shrinking, d(2023, 6, 1));
      assertThat(l.activities).extracting(CeActivity::id).containsExactlyElementsOf(
          List.of("z", "a").subList(0, 2 - removed));
      assertThat(l.limit).isEqualTo(2 - removed);
    }
    // a collection that does not shrink: copied once, into the array sized for it
    assertThat(Ledger.snapshot(held)).extracting(CeActivity::id).containsExactly("z", "a");
    assertThat(Ledger.snapshot(List.of())).isEmpty();
  }

  @Test
  void aBusyDaysActivitiesArePutInIdOrderWhateverTheirNumberAndOrder() {
    for (int size : List.of(3, 16, 17, 40, 700)) {
      List<CeActivity> given = new ArrayList<>();
      given.add(hiim("first", d(2023, 1, 1), "1"));
      for (int i = 0; i < size; i++) { // ids in an order unrelated to their own, or already in order
        int k = size == 40 ? i : (int) ((i * 7919L) % size);
        given.add(CeActivity.builder().from(hiim(String.format("id-%04d", k), d(2023, 3, 1), "1")).title("Talk " + k)
            .build());
      }
      given.add(hiim("last", d(2023, 5, 1), "1"));
      Ledger l = Ledger.of(given, d(2023, 6, 1));
      List<String> ids = new ArrayList<>();
      for (int i : l.byId(1, size + 1)) {
        ids.add(l.activities[i].id());
      }
      List<String> expected = new ArrayList<>(ids);
      expected.sort(null);
      assertThat(ids).hasSize(size).isEqualTo(expected);
      List<String> all = new ArrayList<>();
      for (int i : l.byDayThenId()) {
        all.add(l.activities[i].id());
      }
      expected.add(0, "first");
      expected.add("last");
      assertThat(all).isEqualTo(expected);
    }
  }

  @Test
  void duplicateIdsAreFoundInSmallAndLargeLedgers() {
    for (int size : List.of(2, 9, 500)) {
      List<CeActivity> many = new ArrayList<>();
      for (int i = 0; i < size - 1; i++) {
        many.add(hiim("a" + i, d(2023, 1, 1).plusDays(i), "1"));
      }
      assertThat(Ledger.of(many, d(2025, 1, 1)).size()).isEqualTo(size - 1);
      many.add(hiim("a0", d(2024, 12, 1), "1"));
      assertThatThrownBy(() -> Ledger.of(many, d(2025, 1, 1))).isInstanceOf(HimValidationException.class)
          .hasMessageContaining("2023-01-01").hasMessageContaining("2024-12-01").hasMessageContaining("unique");
    }
  }

  @Test
  void theSameActivityTwiceIsFoundWithinOneDayHoweverManyShareIt() {
    for (int size : List.of(2, 9, 300)) {
      List<CeActivity> sameDay = new ArrayList<>();
      for (int i = 0; i < size - 1; i++) {
        sameDay.add(CeActivity.builder().from(hiim("x" + i, d(2023, 1, 1), "1")).title("Talk " + i).build());
      }
      // The same title and provider on other days is another activity.
      sameDay.add(CeActivity.builder().from(hiim("y", d(2023, 1, 2), "1")).title("Talk 0").provider("Provider x0")
          .build());
      assertThat(Ledger.of(sameDay, d(2025, 1, 1)).size()).isEqualTo(size);
      sameDay.add(CeActivity.builder().from(hiim("w", d(2023, 1, 1), "2")).title(" TALK  0 ").provider("provider X0")
          .build());
      assertThatThrownBy(() -> Ledger.of(sameDay, d(2025, 1, 1))).isInstanceOf(HimValidationException.class)
          .hasMessageContaining("completed 2023-01-01").hasMessageContaining("given once");
    }
  }
}
