package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;

import java.util.List;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;

/**
 * A {@link HolderRecord} keeps its checked activities and, for the evaluator that assessed it last, its
 * resolved credentials: every later assessment of the record, on any date and by any evaluator, gives what a
 * fresh record gives, and bad input is reported every time.
 */
class HolderRecordReuseTest {
  private static final List<CredentialHolding> HOLDINGS = List.of(held("RHIT", d(2021, 3, 1)),
      held("CCS", d(2023, 6, 1)));
  private static final List<CeActivity> ACTIVITIES = List.of(hiim("a", d(2021, 5, 1), "12"),
      hiim("b", d(2022, 8, 1), "10"), hiim("c", d(2024, 2, 1), "6"), hiim("d", d(2025, 9, 1), "30"));

  @Test
  void aRecordAssessedAgainOnOtherDatesAndByOtherEvaluatorsAnswersAsAFreshRecord() {
    HolderRecord reused = HolderRecord.of(HOLDINGS, ACTIVITIES);
    RenewalEvaluator other = RenewalEvaluator.of(CATALOG);
    for (RenewalEvaluator evaluator : List.of(EVALUATOR, other, EVALUATOR)) {
      for (java.time.LocalDate asOf : List.of(d(2026, 1, 1), d(2023, 7, 1), d(2025, 3, 1), d(2024, 3, 1))) {
        HolderRecord fresh = HolderRecord.of(HOLDINGS, ACTIVITIES);
        assertThat(evaluator.standings(reused, asOf)).isEqualTo(evaluator.standings(fresh, asOf));
        assertThat(evaluator.assess(reused, asOf)).isEqualTo(evaluator.assess(HOLDINGS, ACTIVITIES, asOf));
      }
    }
  }

  @Test
  void aHoldingEarnedAfterTheDateIsAnErrorAlsoWhenTheRecordWasAssessedBefore() {
    HolderRecord record = HolderRecord.of(HOLDINGS, ACTIVITIES);
    assertThat(EVALUATOR.standings(record, d(2026, 1, 1))).isNotEmpty();
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> EVALUATOR.standings(record, d(2022, 1, 1))).isInstanceOf(HimValidationException.class)
          .hasMessageContaining("credential holding CCS").hasMessageContaining("must not be after the assessment date");
    }
  }

  @Test
  void aRecordWithAnActivityGivenTwiceIsRejectedByEveryAssessment() {
    HolderRecord record = HolderRecord.of(HOLDINGS, List.of(hiim("a", d(2021, 5, 1), "12"),
        hiim("a", d(2022, 8, 1), "10")));
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> EVALUATOR.assess(record, d(2026, 1, 1))).isInstanceOf(HimValidationException.class)
          .hasMessageContaining("must be unique");
    }
  }

  @Test
  void credentialsNotAssessedAreReportedAlikeEveryTime() {
    // CPC-A has no renewal policy (set aside when grouped), and PCS alone is not covered by AHIMA's version
    // in force (found by the walk): both reasons, every time the record is assessed.
    HolderRecord record = HolderRecord.of(List.of(held("CPC-A", d(2023, 1, 1)), held("PCS", d(2022, 1, 1))),
        List.of());
    RenewalResult first = EVALUATOR.assess(record, d(2024, 1, 1));
    assertThat(first.notAssessed()).extracting(NotAssessed::issuer).containsExactly(AAPC, AHIMA);
    assertThat(EVALUATOR.assess(record, d(2024, 1, 1))).isEqualTo(first);
    assertThat(EVALUATOR.standings(record, d(2024, 1, 1))).isEmpty();
    assertThat(EVALUATOR.assess(record, d(2024, 1, 1))).isEqualTo(first);
  }
}
