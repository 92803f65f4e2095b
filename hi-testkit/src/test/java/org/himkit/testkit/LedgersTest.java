package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStatus;
import org.junit.jupiter.api.Test;

/**
 * Ledgers: valid for the evaluator, following their configuration, with the renewal edge values often,
 * and the shares of holders at risk, inactive and revoked that the evaluator itself answers.
 */
class LedgersTest {
  private static final HimCatalog BUILT_IN = HimCatalog.builtIn();
  private static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(BUILT_IN);
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");

  @Test
  void ledgersAreAcceptedByTheEvaluatorAndFollowTheirMix() {
    LedgerGenerator ledgers = HimGenerators.ledgers().issuedBy(AHIMA, OrganizationId.of("NCRA"))
        .withPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 6, 30));
    List<HolderRecord> records = ledgers.stream(1).limit(300).toList();
    assertThat(records).allSatisfy(record -> {
      assertThat(record.holdings()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
      assertThat(record.holdings()).allSatisfy(h -> {
        assertThat(BUILT_IN.getCredential(h.credential()).issuer().value()).isIn("AHIMA", "NCRA");
        assertThat(h.earned()).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 6, 30));
      });
      // an answer for every issuer held: assessed, or not with the reason
      RenewalResult result = EVALUATOR.assess(record, ledgers.asOf());
      Set<OrganizationId> answered = new java.util.HashSet<>();
      result.assessments().forEach(a -> answered.add(a.issuer()));
      result.notAssessed().forEach(n -> answered.add(n.issuer()));
      assertThat(answered).containsAll(record.holdings().stream()
          .map(h -> BUILT_IN.getCredential(h.credential()).issuer()).collect(Collectors.toSet()));
    });
    assertThat(records).anyMatch(r -> r.activities().isEmpty()).anyMatch(r -> r.activities().size() >= 35)
        .anyMatch(r -> r.holdings().size() == 4).anyMatch(r -> r.holdings().stream()
            .anyMatch(h -> h.cycleStart().isPresent()));
    CredentialId rhit = CredentialId.of("RHIT");
    assertThat(HimGenerators.ledgers().withCredentials(rhit).stream(2).limit(50)
        .flatMap(r -> r.holdings().stream()).map(CredentialHolding::credential)).containsOnly(rhit);
    assertThatThrownBy(() -> HimGenerators.ledgers().withCredentials(CredentialId.of("NOPE")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.ledgers().issuedBy()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.ledgers().withPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void renewalEdgeValuesComeUpOften() {
    LedgerGenerator ledgers = HimGenerators.ledgers();
    List<HolderRecord> records = ledgers.stream(3).limit(400).toList();
    List<CeActivity> activities = records.stream().flatMap(r -> r.activities().stream()).toList();
    Set<Integer> minutes = activities.stream().filter(a -> a.minutes().isPresent())
        .map(a -> a.minutes().getAsInt()).collect(Collectors.toSet());
    assertThat(minutes).contains(44, 45, 46, 59, 60, 61, CeActivity.MAX_MINUTES);
    assertThat(activities.stream().flatMap(a -> a.ceus().stream())).contains(Ceus.ofHundredths(1), CeActivity.MAX_CEUS);
    Set<LocalDate> days = activities.stream().map(CeActivity::completed).collect(Collectors.toSet());
    assertThat(days).contains(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1))
        .anyMatch(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29);
    // activities on the first and last day of a cycle, as the evaluator lays the cycles out
    long onFirstDay = 0;
    long onLastDay = 0;
    long atTheCap = 0;
    for (HolderRecord record : records) {
      RenewalResult history = EVALUATOR.history(record, ledgers.asOf());
      Set<LocalDate> dayz = record.activities().stream().map(CeActivity::completed).collect(Collectors.toSet());
      for (RenewalAssessment a : history.assessments()) {
        onFirstDay += dayz.contains(a.cycle().start()) ? 1 : 0;
        onLastDay += dayz.contains(a.cycle().end()) ? 1 : 0;
        atTheCap += a.issuer().equals(AHIMA) && a.required().equals(Ceus.of(50)) ? 1 : 0;
      }
    }
    assertThat(onFirstDay).isGreaterThan(10);
    assertThat(onLastDay).isGreaterThan(10);
    assertThat(atTheCap).as("AHIMA cycles at the multi-credential cap of 50").isGreaterThan(5);
  }

  @Test
  void theSharesAtRiskInactiveAndRevokedAreWhatTheEvaluatorAnswers() {
    LedgerGenerator ledgers = HimGenerators.ledgers().withStatusShares(0.2, 0.1, 0.1);
    int n = 1000;
    Map<RenewalStatus, Integer> counts = new EnumMap<>(RenewalStatus.class);
    int good = 0;
    long start = System.nanoTime();
    for (HolderRecord record : ledgers.stream(4).limit(n).toList()) {
      List<RenewalAssessment> assessments = EVALUATOR.assess(record, ledgers.asOf()).assessments();
      assertThat(assessments.stream().map(RenewalAssessment::issuer).distinct()).hasSize(1);
      RenewalStatus status = assessments.get(0).status();
      counts.merge(status, 1, Integer::sum);
      good += status == RenewalStatus.ACTIVE_REQUIREMENTS_MET || status == RenewalStatus.ACTIVE_ON_TRACK ? 1 : 0;
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println("statuses of " + n + " holders asked for 20 % at risk, 10 % inactive, 10 % revoked: " + counts
        + " (" + millis + " ms)");
    assertThat(share(counts, RenewalStatus.ACTIVE_AT_RISK, n)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.04));
    assertThat(share(counts, RenewalStatus.INACTIVE, n)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.03));
    assertThat(share(counts, RenewalStatus.REVOKED, n)).isCloseTo(0.1, org.assertj.core.data.Offset.offset(0.03));
    assertThat((double) good / n).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.05));
    assertThat(counts).containsKeys(RenewalStatus.ACTIVE_REQUIREMENTS_MET, RenewalStatus.ACTIVE_ON_TRACK);
    // every holder in good standing when no share is asked for
    assertThat(HimGenerators.ledgers().withStatusShares(0, 0, 0).stream(5).limit(100)
        .map(r -> EVALUATOR.standings(r, LocalDate.of(2026, 1, 1)).get(0).status()))
        .allMatch(s -> s == RenewalStatus.ACTIVE_REQUIREMENTS_MET || s == RenewalStatus.ACTIVE_ON_TRACK);
    assertThatThrownBy(() -> HimGenerators.ledgers().withStatusShares(0.5, 0.4, 0.2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.ledgers().withStatusShares(-0.1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.ledgers().issuedBy(OrganizationId.of("AAPC")).withStatusShares(0, 0.1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.ledgers().withStatusShares(Map.of(RenewalStatus.RENEWED, 0.1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void holdersInAGracePeriodOrExpiredBeforeAhimasLapseRuleChanged() {
    LedgerGenerator ledgers = HimGenerators.ledgers().withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 6, 30))
        .withStatusShares(Map.of(RenewalStatus.IN_GRACE, 0.3, RenewalStatus.EXPIRED, 0.3));
    int n = 300;
    Map<RenewalStatus, Integer> counts = new EnumMap<>(RenewalStatus.class);
    for (HolderRecord record : ledgers.stream(11).limit(n).toList()) {
      counts.merge(EVALUATOR.standings(record, ledgers.asOf()).get(0).status(), 1, Integer::sum);
    }
    System.out.println("statuses of " + n + " holders on 2019-06-30 asked for 30 % in grace, 30 % expired: " + counts);
    assertThat(share(counts, RenewalStatus.IN_GRACE, n)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.06));
    assertThat(share(counts, RenewalStatus.EXPIRED, n)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.06));
  }

  private static double share(Map<RenewalStatus, Integer> counts, RenewalStatus status, int n) {
    return (double) counts.getOrDefault(status, 0) / n;
  }

  @Test
  void standaloneHoldingsAndActivitiesAreValidAndVaried() {
    List<CredentialHolding> holdings = HimGenerators.credentialHoldings().stream(6).limit(300).toList();
    assertThat(holdings).allSatisfy(h -> h.cycleStart().ifPresent(s -> assertThat(s).isAfterOrEqualTo(h.earned())))
        .anyMatch(h -> h.cycleStart().isPresent()).anyMatch(h -> h.firstCycleRequiredCeus().isPresent())
        .anyMatch(h -> h.holderReference().isEmpty());
    List<CeActivity> activities = HimGenerators.ceActivities().stream(7).limit(500).toList();
    assertThat(activities).anyMatch(a -> a.minutes().isPresent()).anyMatch(a -> !a.notSourceOf().isEmpty())
        .anyMatch(a -> !a.sourceOf().isEmpty()).anyMatch(a -> a.id().length() == 64)
        .allMatch(a -> java.util.Collections.disjoint(a.sourceOf(), a.notSourceOf()));
  }
}
