package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.himkit.renewal.Fixtures.omission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * A retired credential that no version in force covers (PCS after 2020) does not stop the assessment of
 * the issuer's other credentials: a cycle in which it is the only credential in force is not assessed,
 * and the credentials earned later start their own cycles, as if held alone, with a note naming the
 * retired one.
 */
class RetiredCredentialCycleTest {
  private static final LocalDate AS_OF = d(2026, 6, 30);

  @Test
  void aRetiredCredentialEarnedAfter2020DoesNotHideTheIssuer() {
    List<CredentialHolding> both = List.of(held("PCS", d(2022, 1, 1)), held("CCS", d(2022, 1, 28)));
    List<CredentialHolding> ccs = List.of(held("CCS", d(2022, 1, 28)));
    RenewalResult alone = EVALUATOR.assess(ccs, List.of(), AS_OF);
    RenewalResult result = EVALUATOR.assess(both, List.of(), AS_OF);

    assertThat(result.notAssessed()).isEmpty();
    assertThat(result.assessments()).singleElement().satisfies(a -> {
      RenewalAssessment expected = alone.assessments().get(0);
      assertThat(a.issuer()).isEqualTo(AHIMA);
      assertThat(a.status()).isEqualTo(RenewalStatus.REVOKED).isEqualTo(expected.status());
      assertThat(a.cycle().start()).isEqualTo(expected.cycle().start()).isEqualTo(d(2022, 1, 28));
      assertThat(a.credentials()).containsExactly(CredentialId.of("CCS"));
      assertThat(a.required()).isEqualTo(Ceus.of(20));
      assertThat(a.notes()).filteredOn(n -> n.kind() == NoteKind.CREDENTIALS_NOT_COVERED).singleElement()
          .satisfies(n -> {
            assertThat(n.credentials()).containsExactly(CredentialId.of("PCS"));
            assertThat(n.choice()).contains(omission("retired-maintenance"));
          });
    });
    // The standings path agrees with the full assessment.
    assertThat(EVALUATOR.standings(HolderRecord.of(both, List.of()), AS_OF))
        .extracting(RenewalStanding::status).containsExactly(RenewalStatus.REVOKED);
  }

  @Test
  void aCredentialEarnedWhileOnlyARetiredOneIsHeldStartsItsOwnCycles() {
    List<CredentialHolding> holdings = List.of(held("PCS", d(2015, 1, 1)), held("CCS", d(2022, 3, 1)));
    List<CeActivity> activities = new ArrayList<>(List.of(hiim("a", d(2016, 1, 1), "20"),
        hiim("b", d(2018, 1, 1), "20"), hiim("c", d(2020, 1, 1), "20"), hiim("d", d(2023, 6, 1), "20")));
    for (int year = 2015; year <= 2020; year++) {
      activities.add(base("review-" + year, d(year, 6, 1)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW)
          .build());
    }
    RenewalResult history = EVALUATOR.history(holdings, activities, AS_OF);
    assertThat(history.notAssessed()).isEmpty();
    assertThat(history.assessments()).extracting(a -> a.cycle().toString()).containsExactly(
        "2015-01-01 to 2016-12-31", "2017-01-01 to 2018-12-31", "2019-01-01 to 2020-12-31",
        "2022-03-01 to 2024-02-29", "2024-03-01 to 2026-02-28");
    assertThat(history.assessments()).extracting(RenewalAssessment::credentials).containsExactly(
        List.of(CredentialId.of("PCS")), List.of(CredentialId.of("PCS")), List.of(CredentialId.of("PCS")),
        List.of(CredentialId.of("CCS")), List.of(CredentialId.of("CCS")));
    assertThat(history.assessments()).extracting(RenewalAssessment::status).containsExactly(RenewalStatus.RENEWED,
        RenewalStatus.RENEWED, RenewalStatus.RENEWED, RenewalStatus.RENEWED, RenewalStatus.INACTIVE);
    RenewalResult last = EVALUATOR.assess(holdings, activities, AS_OF);
    assertThat(last.assessments()).containsExactly(history.assessments().get(4));
  }

  @Test
  void aHolderOfNothingButARetiredCredentialIsStillNotAssessed() {
    RenewalResult result = EVALUATOR.assess(List.of(held("PCS", d(2022, 1, 1))), List.of(), AS_OF);
    assertThat(result.assessments()).isEmpty();
    assertThat(result.notAssessed()).singleElement().satisfies(n -> {
      assertThat(n.issuer()).isEqualTo(AHIMA);
      assertThat(n.reasons()).extracting(NotAssessedReason::kind).containsExactly(NotAssessedKind.NOT_COVERED_BY_VERSION);
    });
  }
}
