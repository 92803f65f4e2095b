package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.himkit.HimValidationException;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * The batch ({@link RenewalEvaluator#standings(List, LocalDate)}), which reads ahead what each block of records
 * keeps before walking them, gives exactly the answers of one record per call: for any list (empty, one record,
 * around the block of 16 and beyond), records of mixed issuers, asked before or new, listed twice, and the error
 * of the first record that fails.
 */
class BatchStandingsPropertiesTest {
  private static final List<String> CREDENTIALS = List.of("RHIT", "RHIA", "CCS", "CPC", "CPC-A", "CRC", "ODS");
  private static final List<Integer> SIZES = List.of(0, 1, 15, 16, 17, 33);

  @Test
  void theBatchGivesEachRecordsAnswer() {
    qt().withExamples(150).forAll(integers().between(0, 2 * SIZES.size() - 1), integers().between(0, 400),
        integers().between(0, Integer.MAX_VALUE)).checkAssert((size, day, seed) -> {
          Random r = new Random(seed);
          int n = size < SIZES.size() ? SIZES.get(size) : r.nextInt(50);
          LocalDate asOf = d(2024, 1, 1).plusDays(day);
          RenewalEvaluator evaluator = r.nextInt(4) == 0 ? RenewalEvaluator.of(CATALOG) : EVALUATOR;
          List<HolderRecord> records = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (i > 0 && r.nextInt(8) == 0) {
              records.add(records.get(r.nextInt(i))); // listed twice, possibly in one block
              continue;
            }
            HolderRecord record = record(r);
            for (int k = r.nextInt(4); k > 0; k--) { // asked before: none, once (kept), twice (laid out) or more
              answer(evaluator, record, asOf.minusDays(r.nextInt(2) * 400L));
            }
            records.add(record);
          }
          Object expected = expected(evaluator, records, asOf);
          for (int round = 0; round < 2; round++) { // asked again: the blocks' records then all laid out
            assertThat(batch(evaluator, records, asOf)).as("round %d", round).isEqualTo(expected);
          }
        });
  }

  @Test
  void aNullRecordIsRejectedInItsTurn() {
    HolderRecord a = HolderRecord.of(List.of(held("RHIT", d(2021, 3, 1))), List.of(hiim("a", d(2022, 5, 1), "20")));
    EVALUATOR.standings(List.of(a, a), d(2024, 1, 1));
    List<HolderRecord> withNull = Arrays.asList(a, null, a);
    assertThatThrownBy(() -> EVALUATOR.standings(withNull, d(2024, 1, 1))).isInstanceOf(NullPointerException.class)
        .hasMessage("record");
  }

  /** A holder of one to three credentials (of one issuer or several), a few dozen activities, now and then wrong. */
  private static HolderRecord record(Random r) {
    LocalDate earned = d(2012, 1, 1).plusDays(r.nextInt(4200));
    List<CredentialHolding> holdings = new ArrayList<>();
    List<String> picked = new ArrayList<>(CREDENTIALS);
    java.util.Collections.shuffle(picked, r);
    for (int i = 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 1); i > 0; i--) {
      holdings.add(held(picked.get(i), earned.plusDays(r.nextInt(2) * r.nextInt(700))));
    }
    List<CeActivity> activities = new ArrayList<>();
    for (int i = 0, count = r.nextInt(40); i < count; i++) {
      CeActivity.Builder b = CeActivity.builder().id("a" + i).title("Activity " + i)
          .completed(earned.plusDays(r.nextInt(5000))).provider(r.nextBoolean() ? "AHIMA" : "Another provider")
          .category(CeCategory.values()[r.nextInt(CeCategory.values().length)]);
      activities.add(b.ceus(Ceus.parse(String.valueOf(1 + r.nextInt(12)))).build());
    }
    if (r.nextInt(20) == 0 && !activities.isEmpty()) {
      activities.add(activities.get(0)); // given twice: the record fails
    }
    HolderRecord.Builder b = HolderRecord.builder().addAllHoldings(holdings).addAllActivities(activities);
    if (r.nextInt(10) == 0) {
      b.recordsBegin(earned.plusDays(r.nextInt(3000)));
    }
    return b.build();
  }

  /** The batch's standings, or the message of the error it throws. */
  private static Object batch(RenewalEvaluator evaluator, List<HolderRecord> records, LocalDate asOf) {
    try {
      return evaluator.standings(records, asOf);
    } catch (HimValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** Each record's standings asked of a fresh copy, one per call, or the message of the first error. */
  private static Object expected(RenewalEvaluator evaluator, List<HolderRecord> records, LocalDate asOf) {
    List<Object> out = new ArrayList<>();
    for (HolderRecord record : records) {
      Object one = answer(evaluator, HolderRecord.builder().from(record).build(), asOf);
      if (one instanceof String) {
        return one;
      }
      out.add(one);
    }
    return out;
  }

  /** The standings of one record, or the message of the error they throw. */
  private static Object answer(RenewalEvaluator evaluator, HolderRecord record, LocalDate asOf) {
    try {
      return evaluator.standings(record, asOf);
    } catch (HimValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }
}
