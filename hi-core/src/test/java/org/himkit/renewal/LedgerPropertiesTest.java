package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.himkit.HimValidationException;
import org.himkit.internal.Text;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
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
        .category(CeCategory.HIIM_DOMAIN).build();
  }

  /** What the checks mean, pair by pair: an id given twice, or the same day, title key and provider key. */
  private static boolean duplicated(List<CeActivity> ledger) {
    for (int i = 0; i < ledger.size(); i++) {
      for (int j = 0; j < i; j++) {
        CeActivity a = ledger.get(i);
        CeActivity b = ledger.get(j);
        if (a.id().equals(b.id()) || (a.completed().equals(b.completed())
            && Text.nameKey(a.title()).equals(Text.nameKey(b.title()))
            && Text.nameKey(a.provider()).equals(Text.nameKey(b.provider())))) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void aLedgerIsRefusedExactlyWhenTwoActivitiesShareAnIdOrTheSameDayTitleAndProvider() {
    Gen<List<Integer>> draws = lists().of(integers().between(0, 10_000)).ofSize(4);
    qt().withExamples(1_500).forAll(lists().of(draws).ofSizeBetween(0, 30)).checkAssert(drawn -> {
      List<CeActivity> given = new ArrayList<>();
      for (List<Integer> d : drawn) {
        given.add(activity(d));
      }
      if (duplicated(given)) {
        assertThatThrownBy(() -> Ledger.checked(given)).isInstanceOf(HimValidationException.class);
      } else {
        Ledger l = Ledger.checked(given);
        List<CeActivity> expected = new ArrayList<>(given);
        expected.sort(Comparator.comparing(CeActivity::completed).thenComparing(CeActivity::id));
        assertThat(l.activities).containsExactlyElementsOf(expected);
      }
    });
  }
}
