package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.himkit.OrganizationId;
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
  static List<CeActivity> ledger() {
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

  /**
   * 100,000 activities of a holder of credentials of three issuers (RHIA and CCS, CPC, ODS) from 2008 to
   * mid-2027: CEUs and minutes, three categories, coding self-reviews, activities from AHIMA, from HCPro
   * and marked by the caller, AAPC approvals, and a gap of two years in which AHIMA's cycle from
   * 2021-03-01 ends unmet (inactive, then revoked). Each question is asked of the complete ledger, of a
   * record that begins after the gap and of one that states good standing through the unmet cycle (the
   * first test walks the history of a complete ledger).
   */
  static List<CeActivity> threeIssuerLedger() {
    SplittableRandom r = new SplittableRandom(11);
    List<CeActivity> out = new ArrayList<>(100_000);
    long from = d(2008, 1, 1).toEpochDay();
    long span = d(2027, 6, 30).toEpochDay() - from;
    LocalDate gapFrom = d(2021, 3, 1);
    LocalDate gapTo = d(2023, 3, 1);
    for (int i = 0; out.size() < 100_000; i++) {
      LocalDate day = LocalDate.ofEpochDay(from + r.nextLong(span + 1));
      if (!day.isBefore(gapFrom) && day.isBefore(gapTo)) {
        continue;
      }
      out.add(mixed(r, "m" + i, day));
    }
    return out;
  }

  static List<CredentialHolding> threeIssuerHoldings() {
    return List.of(held("RHIA", d(2009, 3, 1)), held("CCS", d(2010, 6, 1)), held("CPC", d(2009, 1, 15)),
        held("ODS", d(2011, 2, 1)));
  }

  private static CeActivity mixed(SplittableRandom r, String id, LocalDate day) {
    CeActivity.Builder b = CeActivity.builder().id(id).title("Generated activity " + id).completed(day)
        .provider(PROVIDERS.get(r.nextInt(PROVIDERS.size())));
    int kind = r.nextInt(50);
    if (kind == 0) {
      b.category(CeCategory.CODING_SELF_REVIEW).ceus(Ceus.of(5));
    } else {
      b.category(kind < 8 ? CeCategory.OTHER_RELEVANT : CeCategory.HIIM_DOMAIN);
      if (r.nextInt(5) == 0) {
        b.minutes(30 + r.nextInt(200));
      } else {
        b.ceus(Ceus.ofHundredths(1 + r.nextInt(300)));
      }
    }
    int marks = r.nextInt(12);
    if (marks == 0) {
      b.addSourceOf(AHIMA);
    } else if (marks == 1) {
      b.addNotSourceOf(AHIMA);
    }
    if (r.nextBoolean()) {
      b.addApprovedBy(OrganizationId.of("AAPC"));
    }
    return b.build();
  }

  private static final List<String> PROVIDERS = List.of("AHIMA", "  HCPro ", "Provider A", "provider b",
      "Caf\u00e9 Coding", "AAPC", "NCRA");

  private static <T> T bounded(Supplier<T> question) {
    return assertTimeoutPreemptively(GENEROUS, question::get);
  }

  @Test
  void aHundredThousandActivitiesOfThreeIssuersAreAssessedInLinearTimeOnEveryPath() {
    List<CeActivity> ledger = threeIssuerLedger();
    List<CredentialHolding> holdings = threeIssuerHoldings();
    LocalDate asOf = d(2026, 11, 24);
    long afterAsOf = ledger.stream().filter(a -> a.completed().isAfter(asOf)).count();

    // The complete ledger: AHIMA's cycle in the gap ended unmet, inactive and then revoked.
    HolderRecord complete = HolderRecord.of(holdings, ledger);
    RenewalResult now = bounded(() -> EVALUATOR.assess(complete, asOf));
    RenewalAssessment ahima = now.assessment(AHIMA).orElseThrow();
    assertThat(ahima.cycle().toString()).isEqualTo("2021-03-01 to 2023-02-28");
    assertThat(ahima.status()).isEqualTo(RenewalStatus.REVOKED);
    assertThat(now.assessments()).hasSize(3).allSatisfy(a -> {
      assertThat(a.activities()).hasSize(100_000);
      assertThat(a.activities()).filteredOn(o -> o.disposition() == ActivityDisposition.AFTER_ASSESSMENT_DATE)
          .hasSize((int) afterAsOf);
    });

    // A record that begins after the gap: the cycles before it are not judged.
    HolderRecord recent = HolderRecord.builder().from(complete).recordsBegin(d(2023, 3, 1)).build();
    RenewalAssessment ahimaRecent = bounded(() -> EVALUATOR.assess(recent, asOf)).assessment(AHIMA).orElseThrow();
    assertThat(ahimaRecent.cycle().toString()).isEqualTo("2025-03-01 to 2027-02-28");
    assertThat(ahimaRecent.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(bounded(() -> EVALUATOR.history(recent, asOf)).assessments())
        .filteredOn(a -> a.issuer().equals(AHIMA)).extracting(RenewalAssessment::status)
        .containsExactly(RenewalStatus.NOT_RECORDED, RenewalStatus.NOT_RECORDED, RenewalStatus.NOT_RECORDED,
            RenewalStatus.NOT_RECORDED, RenewalStatus.NOT_RECORDED, RenewalStatus.NOT_RECORDED,
            RenewalStatus.NOT_RECORDED, RenewalStatus.RENEWED, RenewalStatus.ACTIVE_REQUIREMENTS_MET);

    // Good standing stated through the unmet cycle's end.
    HolderRecord stated = HolderRecord.builder().from(complete).putGoodStandingThrough(AHIMA, d(2023, 2, 28))
        .build();
    assertThat(bounded(() -> EVALUATOR.assess(stated, asOf)).assessment(AHIMA).orElseThrow().standing())
        .isEqualTo(ahimaRecent.standing());

    // The status-only batch path agrees with the full assessments.
    List<List<RenewalStanding>> standings = bounded(() -> EVALUATOR.standings(List.of(complete, recent, stated),
        asOf));
    assertThat(standings.get(0)).containsExactlyElementsOf(now.assessments().stream()
        .map(RenewalAssessment::standing).toList());
    assertThat(standings.get(1)).contains(ahimaRecent.standing());
    assertThat(standings.get(2)).contains(ahimaRecent.standing());
  }
}
