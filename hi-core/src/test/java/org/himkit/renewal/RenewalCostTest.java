package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * Assessment cost is linear in activities and cycles on every path. The bound below is generous (a
 * linear assessment of 100,000 activities takes about a second here) but far below what a quadratic one
 * would take: the engine this replaced needed about 6 minutes for 20,000 activities on the grace path.
 * It is a guard against quadratic cost, not a measure of speed.
 */
class RenewalCostTest {
  private static final Duration GENEROUS = Duration.ofSeconds(90);

  /**
   * 100,000 activities of a holder since 1990: a pre-2021 cycle ends unmet and its grace period holds
   * 40,000 activities of 0.01 CEUs (2,000 of them meet it, the rest count toward the next cycle), and the
   * rest are spread over 36 years of cycles.
   */
  private static List<CeActivity> ledger() {
    SplittableRandom r = new SplittableRandom(7);
    List<CeActivity> out = new ArrayList<>(100_000);
    LocalDate graceFrom = d(2020, 1, 10);
    for (int i = 0; i < 40_000; i++) {
      out.add(activity("g" + i, graceFrom.plusDays(i % 89), Ceus.ofHundredths(1)));
    }
    LocalDate from = d(1990, 1, 10);
    for (int i = 0; i < 60_000; i++) {
      LocalDate day = from.plusDays(r.nextInt(13_100));
      if (!day.isBefore(d(2018, 1, 10)) && day.isBefore(d(2020, 4, 10))) {
        day = day.plusYears(3); // keep the cycle 2018-01-10 to 2020-01-09 unmet and its grace period as set
      }
      out.add(activity("a" + i, day, Ceus.ofHundredths(1 + r.nextInt(300))));
    }
    return out;
  }

  private static CeActivity activity(String id, LocalDate day, Ceus ceus) {
    return CeActivity.builder().id(id).title("Generated activity " + id).provider("Provider").completed(day)
        .ceus(ceus).category(CeCategory.HIIM_DOMAIN).build();
  }

  @Test
  void aHundredThousandActivitiesOnTheGracePathAreAssessedInLinearTime() {
    List<CeActivity> ledger = ledger();
    List<CredentialHolding> holdings = List.of(held("RHIT", d(1990, 1, 10)), held("CHDA", d(1995, 6, 1)));
    RenewalAssessment inGrace = assertTimeoutPreemptively(GENEROUS,
        () -> EVALUATOR.assess(holdings, ledger, d(2020, 1, 12)).assessments().get(0));
    assertThat(inGrace.cycle().toString()).isEqualTo("2018-01-10 to 2020-01-09");
    assertThat(inGrace.status()).isEqualTo(RenewalStatus.IN_GRACE);

    List<RenewalAssessment> history = assertTimeoutPreemptively(GENEROUS,
        () -> EVALUATOR.history(holdings, ledger, d(2020, 6, 1)).assessments());
    RenewalAssessment renewedInGrace = history.get(history.size() - 2);
    assertThat(renewedInGrace.cycle().toString()).isEqualTo("2018-01-10 to 2020-01-09");
    assertThat(renewedInGrace.status()).isEqualTo(RenewalStatus.RENEWED);
    assertThat(renewedInGrace.window().graceEnd()).contains(d(2020, 4, 9));
    assertThat(renewedInGrace.counted()).hasSize(4_000); // 40 CEUs (RHIT + CHDA) of 0.01 each
    assertThat(history).extracting(RenewalAssessment::status).containsOnly(RenewalStatus.RENEWED,
        RenewalStatus.ACTIVE_REQUIREMENTS_MET);

    RenewalAssessment now = assertTimeoutPreemptively(GENEROUS,
        () -> EVALUATOR.assess(holdings, ledger, d(2026, 11, 24)).assessments().get(0));
    assertThat(now.cycle().contains(d(2026, 11, 24))).isTrue();
    assertThat(now.activities()).hasSize(100_000);
    RenewalStanding standing = assertTimeoutPreemptively(GENEROUS,
        () -> EVALUATOR.standings(HolderRecord.of(holdings, ledger), d(2026, 11, 24)).get(0));
    assertThat(standing).isEqualTo(now.standing());
  }
}
