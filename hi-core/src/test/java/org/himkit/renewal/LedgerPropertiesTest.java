package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.himkit.HimValidationException;
import org.himkit.internal.Text;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ledger's checks, which compare hashes kept with the activities before any key, find exactly what a
 * plain comparison of every pair by {@link Text#nameKey(String)} finds, on random ledgers whose titles and
 * providers differ by case, Unicode form and Unicode spaces.
 */
class LedgerPropertiesTest {
  /**
   * Letters in both cases, Latin-1 and composed letters, a letter and its decomposed form, U+0130 (two
   * characters in lower case), the long s, spaces below and above U+0300, a zero-width space, a byte-order mark,
   * a tab and a line break, and characters whose hashes collide ("aan" and "ac0").
   */
  private static final String ALPHABET = "aAbBcnoO0. \u00a0\u2003\u200b\ufeff\t\n\u00e9\u00c9e\u0301\u0130i\u017f\u00df\u212b\u00c5";

  private static Gen<String> names(int maxLength) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, maxLength)
        .map(LedgerPropertiesTest::text);
  }

  private static String text(List<Integer> indexes) {
    StringBuilder s = new StringBuilder();
    for (int i : indexes) {
      s.append(ALPHABET.charAt(i));
    }
    return s.toString();
  }

  @Test
  void theHashOfANameIsThatOfItsKey() {
    qt().withExamples(3_000).forAll(names(12)).checkAssert(name ->
        assertThat(Text.nameKeyHash(name)).as("%s", name).isEqualTo(Text.nameKey(name).hashCode()));
    for (String name : List.of("aan", "ac0", " A\u00a0 b\u2003C ", "\u0130stanbul", "Stra\u00dfe", "", "   ")) {
      assertThat(Text.nameKeyHash(name)).isEqualTo(Text.nameKey(name).hashCode());
    }
  }

  /** Titles and providers from a few spellings of few names, so that the same activity comes up often. */
  private static final List<String> SPELLINGS = List.of("Talk", " talk ", "TALK", "Ta lk", "Talk\u00a0", "talk\u2003",
      "T\u00e4lk", "Ta\u0308lk", "\u0130 talk", "i\u0307 TALK", "aan", "ac0", "AAN", "Caf\u00e9", "cafe\u0301",
      "\u212b", "\u00c5", "x\u200b", "X");
  /** Ids, with two whose hashes collide. */
  private static final List<String> IDS = List.of("Aa", "BB", "c-1", "c-2", "c-3", "d", "e", "f", "g", "h", "i", "j",
      "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "zz", "zzz", "zzzz");

  private static CeActivity activity(List<Integer> draw) {
    return CeActivity.builder().id(IDS.get(draw.get(0) % IDS.size()))
        .title(SPELLINGS.get(draw.get(1) % SPELLINGS.size())).provider(SPELLINGS.get(draw.get(2) % SPELLINGS.size()))
        .completed(LocalDate.of(2024, 1, 1).plusDays(draw.get(3) % 3)).ceus(Ceus.of(1))
        .category(CeCategory.values()[draw.get(1) % CeCategory.values().length])
        .addAllApprovedBy(draw.get(3) % 7 == 0 ? List.of(Fixtures.AAPC) : List.of()).build();
  }

  /**
   * The exception a ledger was refused with before its checks took the activities in the order given (and
   * what they still are): in date and then id order, the first activity whose id one before it has, named
   * with the day of the first activity with that id; else the first activity of a day with the same title and
   * provider keys as one before it on that day. Null if the ledger is accepted.
   */
  private static String @Nullable [] refusal(List<CeActivity> given) {
    List<CeActivity> ordered = new ArrayList<>(given);
    ordered.sort(Comparator.comparing(CeActivity::completed).thenComparing(CeActivity::id));
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (ordered.get(j).id().equals(ordered.get(i).id())) {
          return new String[] {"CE activity completed " + ordered.get(i).completed(), "id",
              "the activity completed " + ordered.get(j).completed() + " has the same id",
              "(" + ordered.get(i).id().length() + " characters, not shown)"};
        }
      }
    }
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = 0; j < i; j++) {
        CeActivity a = ordered.get(i);
        CeActivity b = ordered.get(j);
        if (a.completed().equals(b.completed()) && Text.nameKey(a.title()).equals(Text.nameKey(b.title()))
            && Text.nameKey(a.provider()).equals(Text.nameKey(b.provider()))) {
          return new String[] {"CE activity completed " + a.completed(), "activity", "must be given once",
              "(given twice; title and provider not shown)"};
        }
      }
    }
    return null;
  }

  /**
   * Activities drawn from few ids, spellings and days (so that duplicates and days of several activities are
   * common), or with ids made unique by their position (so that long ledgers are accepted too), in any order.
   */
  private static Gen<List<CeActivity>> ledgers(int maxSize) {
    Gen<List<Integer>> draws = lists().of(integers().between(0, 10_000)).ofSize(4);
    return lists().of(draws).ofSizeBetween(0, maxSize).zip(integers().between(0, 3), (drawn, mode) -> {
      List<CeActivity> given = new ArrayList<>();
      for (List<Integer> d : drawn) {
        CeActivity a = activity(d);
        // unique ids in half the ledgers, in an order unrelated to the dates; unique titles too in a quarter
        String suffix = "-" + (given.size() * 7 % 11) + "." + given.size();
        given.add(mode < 2 ? a : CeActivity.builder().from(a).id(IDS.get(d.get(0) % IDS.size()) + suffix)
            .title(mode == 2 ? a.title() : a.title() + suffix).build());
      }
      return given;
    });
  }

  @Test
  void aLedgerIsRefusedExactlyAsBeforeWhenTwoActivitiesShareAnIdOrTheSameDayTitleAndProvider() {
    qt().withExamples(2_000).forAll(ledgers(70), longs().all()).checkAssert((given, seed) -> {
      java.util.Collections.shuffle(given, new java.util.Random(seed));
      assertCheckedAsBefore(given);
    });
  }

  @Test
  void aLedgerGivenInDateOrderIsCheckedInOnePassWithTheSameAnswers() {
    // the order most ledgers come in: checked as they are read, without sorting; a day's order is kept
    qt().withExamples(2_000).forAll(ledgers(70)).checkAssert(given -> {
      given.sort(Comparator.comparing(CeActivity::completed));
      assertCheckedAsBefore(given);
    });
  }

  /**
   * Ledgers of up to 400 activities with unique ids on a few busy days (one content table shared by those
   * days, grown as a day fills), their titles unique or repeated on every day, in date order or not, with one activity given twice (the same day,
   * title and provider, another id), an id given twice (on any day), or neither, at any place.
   */
  @Test
  void busyDaysAreCheckedThroughOneSharedTableWithTheSameAnswers() {
    Gen<List<Integer>> draws = lists().of(integers().between(0, 10_000)).ofSize(4);
    qt().withExamples(400).forAll(lists().of(draws).ofSizeBetween(0, 400), integers().between(0, 23), longs().all())
        .checkAssert((drawn, mode, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          int days = 1 + mode % 4 * 3; // 1, 4, 7 or 10 days
          int[] onDay = new int[days];
          List<CeActivity> given = new ArrayList<>();
          for (List<Integer> d : drawn) {
            int k = given.size();
            CeActivity a = activity(d);
            int day = d.get(3) % days;
            // titles unique, or unique within a day and the same on other days (the table's earlier days)
            String title = mode >= 12 ? "Talk #" + onDay[day]++ : a.title() + "#" + k;
            given.add(CeActivity.builder().from(a).id("id-" + k * 7919 % 1009 + "." + k).title(title)
                .provider(mode >= 12 ? "Provider" : a.provider()).completed(LocalDate.of(2024, 1, 1).plusDays(day))
                .build());
          }
          if (!given.isEmpty() && mode % 12 / 4 > 0) {
            CeActivity twice = given.get(random.nextInt(given.size()));
            CeActivity copy = mode % 12 / 4 == 1
                ? CeActivity.builder().from(twice).id("other").title(" " + twice.title() + " ").build()
                : CeActivity.builder().from(twice).title("other").completed(LocalDate.of(2024, 1, 1)
                    .plusDays(random.nextInt(days))).build();
            given.add(random.nextInt(given.size() + 1), copy);
          }
          if (random.nextBoolean()) {
            given.sort(Comparator.comparing(CeActivity::completed));
          } else {
            java.util.Collections.shuffle(given, random);
          }
          assertCheckedAsBefore(given);
        });
  }

  /**
   * Characters of ids (no control characters): ASCII (a space, the first and last printable, digits and letters)
   * first, then wider ones (Latin-1, 0x7fff and 0x8000, a surrogate pair, the last).
   */
  private static final String ID_CHARS = " !09AZaz~\u00a1\u00e9\u0100\u7fff\u8000\ud83d\ude00\uffff";
  /** The number of ASCII characters at the head of {@link #ID_CHARS}. */
  private static final int ASCII_ID_CHARS = 9;
  /** Heads of ids: none, and two that share their first dozen characters (past what a key packs). */
  private static final List<String> ID_HEADS = List.of("", "q0123456789ab", "q0123456789ac");

  /**
   * Busy days (up to 300 activities on one to three days, in any order) whose ids stress the packed keys of the
   * id order: ids all ASCII or not, all sharing a prefix or not, some sharing a dozen characters past it (ties
   * sorted by comparing the ids, more than an insertion sort takes), of any length, with an id or an activity
   * given twice or not. The order by day and then id, and each day's order by id, are {@link String#compareTo}'s;
   * a refused ledger is refused as before.
   */
  @Test
  void busyDaysAreOrderedByIdAsStringsCompareWhateverTheIds() {
    Gen<List<Integer>> draws = lists().of(integers().between(0, 10_000)).ofSize(6);
    qt().withExamples(300).forAll(lists().of(draws).ofSizeBetween(0, 300), integers().between(0, 17), longs().all())
        .checkAssert((drawn, mode, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          int chars = mode % 2 == 0 ? ASCII_ID_CHARS : ID_CHARS.length();
          String shared = mode % 3 == 0 ? "" : mode % 3 == 1 ? "z" : "holder-2024-activity-";
          int days = 1 + mode / 6; // 1, 2 or 3 days
          java.util.Set<String> ids = new java.util.HashSet<>();
          List<CeActivity> given = new ArrayList<>();
          for (List<Integer> d : drawn) {
            StringBuilder id = new StringBuilder(shared).append(ID_HEADS.get(d.get(0) % ID_HEADS.size()));
            for (int c = 0; c < d.get(1) % 5; c++) {
              id.append(ID_CHARS.charAt(d.get(2 + c % 4) / (c + 1) % chars));
            }
            if (!Text.isBlank(id.toString()) && ids.add(id.toString())) {
              given.add(CeActivity.builder().id(id.toString()).title("Talk " + given.size()).provider("P")
                  .completed(LocalDate.of(2024, 1, 1).plusDays(d.get(5) % days)).ceus(Ceus.of(1))
                  .category(CeCategory.HIIM_DOMAIN).build());
            }
          }
          if (!given.isEmpty() && mode % 4 == 3) { // an id, or an activity, given twice
            CeActivity twice = given.get(random.nextInt(given.size()));
            given.add(random.nextInt(given.size() + 1), random.nextBoolean()
                ? CeActivity.builder().from(twice).title("Another talk").build()
                : CeActivity.builder().from(twice).id(twice.id() + "'").title(twice.title().toUpperCase(
                    java.util.Locale.ROOT)).build());
          }
          java.util.Collections.shuffle(given, random);
          assertCheckedAsBefore(given);
          if (refusal(given) == null) {
            Ledger l = Ledger.of(given, LocalDate.of(2024, 1, 2));
            for (int from = 0; from < l.size(); from = l.runEnd(from)) {
              List<String> day = new ArrayList<>();
              for (int i : l.byId(from, l.runEnd(from))) {
                day.add(l.activities[i].id());
              }
              List<String> expected = new ArrayList<>(day);
              expected.sort(null);
              assertThat(day).isEqualTo(expected);
            }
          }
        });
  }

  /**
   * Busy days of more than the radix sort's 256 activities (up to 3,000 on one or two days, in any order): ids
   * numbered as the benchmark's, of random ASCII or wider characters, sharing a long prefix and then a dozen
   * characters in families (so that the prefix three of the day share is not every id's), or sharing a run of
   * characters after a first that differs (so that whole digits of the keys are the same, and their passes
   * skipped). Each day's order by id, and the order by day and then id, are {@link String#compareTo}'s.
   */
  @Test
  void busyDaysOfManyAreOrderedByIdAsStringsCompareThroughTheRadixSort() {
    qt().withExamples(60).forAll(integers().between(257, 3_000), integers().between(0, 9), longs().all())
        .checkAssert((size, mode, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          java.util.Set<String> ids = new java.util.LinkedHashSet<>();
          int kind = mode % 5;
          while (ids.size() < size) {
            StringBuilder id = new StringBuilder();
            if (kind == 0) {
              id.append('a').append(ids.size());
            } else if (kind <= 2) {
              int chars = kind == 1 ? ASCII_ID_CHARS : ID_CHARS.length();
              for (int c = random.nextInt(12); c >= 0; c--) {
                id.append(ID_CHARS.charAt(random.nextInt(chars)));
              }
            } else if (kind == 3) {
              id.append("holder-2024-activity-").append(ID_HEADS.get(random.nextInt(ID_HEADS.size())))
                  .append(random.nextInt(size * 4));
            } else {
              id.append((char) ('A' + random.nextInt(3))).append("mmm").append(random.nextInt(size * 4));
            }
            if (!Text.isBlank(id.toString())) {
              ids.add(id.toString());
            }
          }
          List<CeActivity> given = new ArrayList<>();
          for (String id : ids) {
            given.add(CeActivity.builder().id(id).title("Talk " + given.size()).provider("P")
                .completed(LocalDate.of(2024, 1, 1).plusDays(mode < 5 ? 0 : random.nextInt(2))).ceus(Ceus.of(1))
                .category(CeCategory.HIIM_DOMAIN).build());
          }
          java.util.Collections.shuffle(given, random);
          Ledger l = Ledger.of(given, LocalDate.of(2024, 1, 2));
          List<CeActivity> expectedOrder = new ArrayList<>(given);
          expectedOrder.sort(Comparator.comparing(CeActivity::completed).thenComparing(CeActivity::id));
          List<CeActivity> shown = new ArrayList<>();
          for (int i : l.byDayThenId()) {
            shown.add(l.activities[i]);
          }
          assertThat(shown).containsExactlyElementsOf(expectedOrder);
          for (int from = 0; from < l.size(); from = l.runEnd(from)) {
            List<String> day = new ArrayList<>();
            for (int i : l.byId(from, l.runEnd(from))) {
              day.add(l.activities[i].id());
            }
            List<String> expected = new ArrayList<>(day);
            expected.sort(null);
            assertThat(day).isEqualTo(expected);
          }
        });
  }

  /** The ledger is refused, or accepted and laid out, as before, of one assessment and kept with a record. */
  private static void assertCheckedAsBefore(List<CeActivity> given) {
    String[] expected = refusal(given);
    for (boolean kept : new boolean[] {false, true}) {
      if (expected != null) {
        assertThatThrownBy(() -> ledger(given, kept)).isInstanceOfSatisfying(HimValidationException.class, e -> {
          assertThat(e.entity()).contains(expected[0]);
          assertThat(e.attribute()).contains(expected[1]);
          assertThat(e.rule()).hasValueSatisfying(r -> assertThat(r).contains(expected[2]));
          assertThat(e.value()).contains(expected[3]);
        });
      } else {
        Ledger l = ledger(given, kept);
        // by day, a day's activities in the order given; by day and then id through byDayThenId
        List<CeActivity> byDay = new ArrayList<>(given);
        byDay.sort(Comparator.comparing(CeActivity::completed));
        assertThat(l.activities).containsExactlyElementsOf(byDay);
        List<CeActivity> expectedOrder = new ArrayList<>(given);
        expectedOrder.sort(Comparator.comparing(CeActivity::completed).thenComparing(CeActivity::id));
        List<CeActivity> shown = new ArrayList<>();
        for (int i : l.byDayThenId()) {
          shown.add(l.activities[i]);
        }
        assertThat(shown).containsExactlyElementsOf(expectedOrder);
        assertThat(l.limit).isEqualTo(kept ? given.size()
            : (int) given.stream().filter(a -> !a.completed().isAfter(LocalDate.of(2024, 1, 2))).count());
        for (int i = 0; i < l.size(); i++) {
          CeActivity a = l.activities[i];
          assertThat(List.of(l.dayAt(i), l.categoryAt(i), l.amountAt(i), l.marksAt(i), l.providerHashAt(i)))
              .containsExactly(a.day(), a.category().ordinal(), a.amountCode(), a.marks() & 0xff, a.providerKeyHash());
        }
      }
    }
  }

  private static Ledger ledger(List<CeActivity> given, boolean kept) {
    return kept ? Ledger.checked(given) : Ledger.of(given, LocalDate.of(2024, 1, 2));
  }
}
