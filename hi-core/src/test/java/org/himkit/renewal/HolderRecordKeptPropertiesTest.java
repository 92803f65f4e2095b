package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.himkit.HimValidationException;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * Whatever a {@link HolderRecord} keeps between questions (nothing, the checked ledger, the small form kept by the
 * first question of an evaluator, or the full form laid out for status-only walks), any sequence of status-only
 * questions and full assessments, by one evaluator or two, on any dates, answers as a fresh record does. A first
 * status-only question (walked on the ledger by {@link StatusWalk#first} for a holder of one issuer) answers as the
 * full assessment does, and fails as it does on a bad ledger.
 */
class HolderRecordKeptPropertiesTest {
  private static final List<String> CREDENTIALS = List.of("RHIT", "RHIA", "CCS", "CPC", "CPC-A", "CRC", "ODS");

  @Test
  void anySequenceOfQuestionsAnswersAsAFreshRecord() {
    // half the records are asked a status-only question first, on a date: for a holder of one issuer with no
    // statement it walks the ledger without the general walk (StatusWalk#first), and its answer, or its error, is
    // the full assessment's; the questions after it (any date, either evaluator) answer as on a fresh record
    RenewalEvaluator other = RenewalEvaluator.of(CATALOG);
    qt().withExamples(400).forAll(integers().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
      Random r = new Random(seed);
      HolderRecord record = record(r);
      LocalDate first = d(2022, 1, 1).plusDays(r.nextInt(1500));
      boolean statusFirst = r.nextBoolean();
      if (statusFirst) {
        assertThat(answer(() -> EVALUATOR.standings(record, first))).isEqualTo(
            answer(() -> standingsOf(EVALUATOR.assess(HolderRecord.builder().from(record).build(), first))));
      }
      for (int step = 0, steps = 1 + r.nextInt(6); step < steps; step++) {
        RenewalEvaluator evaluator = r.nextInt(3) == 0 ? other : EVALUATOR;
        LocalDate asOf = statusFirst && r.nextBoolean() ? first : d(2022, 1, 1).plusDays(r.nextInt(1500));
        HolderRecord fresh = HolderRecord.builder().from(record).build();
        if (r.nextInt(3) == 0) {
          assertThat(answer(() -> evaluator.assess(record, asOf)))
              .as("step %d", step).isEqualTo(answer(() -> evaluator.assess(fresh, asOf)));
        } else {
          assertThat(answer(() -> evaluator.standings(record, asOf)))
              .as("step %d", step).isEqualTo(answer(() -> evaluator.standings(fresh, asOf)));
        }
      }
    });
  }

  @Test
  void aBadLedgerFailsTheFirstStatusOnlyQuestionAsItFailsAnAssessment() {
    LocalDate earned = d(2021, 3, 1);
    CeActivity a = activity("a", earned.plusDays(40), "AHIMA");
    List<List<CeActivity>> bad = List.of(
        List.of(a, activity("b", earned.plusDays(90), "AHIMA"), activity("a", earned.plusDays(10), "AHIMA")),
        List.of(activity("b", earned.plusDays(90), "AHIMA"), a, a),
        List.of(a, CeActivity.builder().from(a).id("c").title(" ACTIVITY  a ").build()));
    for (List<CeActivity> activities : bad) {
      HolderRecord record = HolderRecord.of(List.of(held("RHIT", earned)), activities);
      Object expected = answer(() -> EVALUATOR.assess(HolderRecord.of(List.of(held("RHIT", earned)), activities),
          d(2024, 1, 1)));
      assertThat(expected).isInstanceOf(String.class);
      for (int k = 0; k < 2; k++) {
        assertThat(answer(() -> EVALUATOR.standings(record, d(2024, 1, 1)))).as("question %d", k + 1)
            .isEqualTo(expected);
      }
    }
  }

  private static List<RenewalStanding> standingsOf(RenewalResult result) {
    List<RenewalStanding> out = new ArrayList<>();
    for (RenewalAssessment assessment : result.assessments()) {
      out.add(assessment.standing());
    }
    return out;
  }

  private static CeActivity activity(String id, LocalDate on, String provider) {
    return CeActivity.builder().id(id).title("Activity " + id).completed(on).provider(provider)
        .category(CeCategory.values()[0]).ceus(Ceus.parse("5")).build();
  }

  /**
   * A holder of one to three credentials, a few dozen activities, now and then wrong (a late credential, twice), now
   * and then with a statement (where its records begin, or good standing with an issuer through a day).
   */
  private static HolderRecord record(Random r) {
    LocalDate earned = d(2012, 1, 1).plusDays(r.nextInt(4200));
    List<CredentialHolding> holdings = new ArrayList<>();
    List<String> picked = new ArrayList<>(CREDENTIALS);
    Collections.shuffle(picked, r);
    for (int i = 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 1); i > 0; i--) {
      holdings.add(held(picked.get(i), earned.plusDays(r.nextInt(2) * r.nextInt(1500))));
    }
    List<CeActivity> activities = new ArrayList<>();
    for (int i = 0, count = r.nextInt(40); i < count; i++) {
      activities.add(CeActivity.builder().id("a" + i).title("Activity " + i)
          .completed(earned.plusDays(r.nextInt(5000))).provider(r.nextBoolean() ? "AHIMA" : "Another provider")
          .category(CeCategory.values()[r.nextInt(CeCategory.values().length)])
          .ceus(Ceus.parse(String.valueOf(1 + r.nextInt(12)))).build());
    }
    if (r.nextInt(20) == 0 && !activities.isEmpty()) {
      activities.add(activities.get(0)); // given twice: every question fails
    }
    switch (r.nextInt(8)) { // now and then a statement: the first status-only question groups as an assessment does
      case 0:
        return HolderRecord.builder().addAllHoldings(holdings).addAllActivities(activities)
            .recordsBegin(earned.plusDays(r.nextInt(3000))).build();
      case 1:
        return HolderRecord.builder().addAllHoldings(holdings).addAllActivities(activities)
            .putGoodStandingThrough(r.nextBoolean() ? Fixtures.AHIMA : Fixtures.AAPC,
                earned.plusDays(r.nextInt(3000))).build();
      default:
        return HolderRecord.of(holdings, activities);
    }
  }

  /** What a question answers, or the message of the error it throws. */
  private static Object answer(java.util.function.Supplier<Object> question) {
    try {
      return question.get();
    } catch (HimValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }
}
