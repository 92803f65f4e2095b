package org.himkit.testkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.renewal.RenewalStatus;
import org.himkit.renewal.RequirementProgress;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.HimGens;
import org.himkit.testkit.LedgerGenerator;
import org.junit.jupiter.api.Test;

/**
 * Properties of the renewal evaluator over the kit's ledgers: AHIMA, AAPC and NCRA credentials of the
 * built-in catalog, activities on cycle boundaries, policy boundary dates and leap days, contact times
 * around 45 minutes, explicit cycle starts, and partial histories.
 */
class RenewalPropertiesTest {
  private static final int EXAMPLES = 150;
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(CATALOG);

  /** Ledgers from 2021 on, when no policy of the built-in catalog has a grace period any more. */
  private static final LedgerGenerator SINCE_2021 = HimGenerators.ledgers()
      .withPeriod(LocalDate.of(2021, 1, 1), LocalDate.of(2029, 6, 30));
  private static final LedgerGenerator SINCE_2012 = HimGenerators.ledgers()
      .withPeriod(LocalDate.of(2012, 1, 1), LocalDate.of(2026, 11, 24));

  private static List<RenewalAssessment> history(HolderRecord record, LocalDate asOf) {
    return EVALUATOR.history(record, asOf).assessments();
  }

  private static HolderRecord withActivities(HolderRecord record, List<CeActivity> activities) {
    return HolderRecord.builder().from(record).activities(activities).build();
  }

  @Test
  void addingAnActivityNeverLowersTheCeusEarnedInAnyCycle() {
    qt().withExamples(EXAMPLES).forAll(HimGens.ledgers(SINCE_2021)).checkAssert(record -> {
      List<CeActivity> all = record.activities();
      if (all.isEmpty()) {
        return;
      }
      HolderRecord fewer = withActivities(record, all.subList(0, all.size() - 1));
      Map<String, Ceus> before = earnedByCycle(history(fewer, SINCE_2021.asOf()));
      Map<String, Ceus> after = earnedByCycle(history(record, SINCE_2021.asOf()));
      before.forEach((cycle, earned) -> {
        if (after.containsKey(cycle)) {
          assertThat(after.get(cycle).isAtLeast(earned)).as("cycle %s", cycle).isTrue();
        }
      });
      assertThat(after.keySet()).containsAll(before.keySet());
    });
  }

  @Test
  void aCredentialsOwnMinimumCountsTheCreditedCeusMarkedForItWithinTheTotal() {
    LedgerGenerator aapc = SINCE_2021.withCredentials(CredentialId.of("CPC"), CredentialId.of("COC"),
        CredentialId.of("CPMA"), CredentialId.of("CPCO"), CredentialId.of("CPPM"));
    Set<CredentialId> withMinimum = Set.of(CredentialId.of("CPMA"), CredentialId.of("CPCO"), CredentialId.of("CPPM"));
    java.util.concurrent.atomic.AtomicInteger marked = new java.util.concurrent.atomic.AtomicInteger();
    qt().withFixedSeed(20_261_202L).withExamples(EXAMPLES).forAll(HimGens.ledgers(aapc)).checkAssert(record -> {
      for (RenewalAssessment a : history(record, aapc.asOf())) {
        List<RequirementProgress> own = a.requirements().stream()
            .filter(r -> r.credentialContentRule().isPresent()).toList();
        Set<CredentialId> expected = a.required().isZero() ? Set.of()
            : a.credentials().stream().filter(withMinimum::contains).collect(Collectors.toSet());
        assertThat(own).extracting(r -> r.credentialContentRule().orElseThrow().credential())
            .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        for (RequirementProgress r : own) {
          CredentialId credential = r.credentialContentRule().orElseThrow().credential();
          Ceus specific = a.counted().stream().filter(o -> o.activity().specificTo().contains(credential))
              .map(ActivityOutcome::credited).reduce(Ceus.ZERO, Ceus::plus);
          assertThat(r.earned()).as("%s in %s", credential, a.cycle()).isEqualTo(specific);
          assertThat(a.earned().isAtLeast(r.earned())).isTrue();
          assertThat(r.required()).isEqualTo(Ceus.of(16));
          if (!r.earned().isZero()) {
            marked.incrementAndGet();
          }
        }
      }
    });
    // the ledgers do mark activities for the credentials held: the property is not vacuous
    assertThat(marked.get()).isPositive();
  }

  private static Map<String, Ceus> earnedByCycle(List<RenewalAssessment> history) {
    Map<String, Ceus> m = new HashMap<>();
    history.forEach(a -> m.put(a.issuer() + " " + a.cycle().start() + " " + a.cycle().end(), a.earned()));
    return m;
  }

  @Test
  void theAssessmentDoesNotDependOnTheOrderOfActivities() {
    qt().withExamples(EXAMPLES).forAll(HimGens.ledgers(SINCE_2012), longs().all()).checkAssert((record, seed) -> {
      List<CeActivity> shuffled = new ArrayList<>(record.activities());
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(history(withActivities(record, shuffled), SINCE_2012.asOf()))
          .isEqualTo(history(record, SINCE_2012.asOf()));
    });
  }

  @Test
  void cyclesTileTimeAndAnActivityCountsInAtMostOneCycle() {
    LocalDate asOf = SINCE_2012.asOf();
    qt().withExamples(EXAMPLES).forAll(HimGens.ledgers(SINCE_2012)).checkAssert(record -> {
      RenewalResult result = EVALUATOR.history(record, asOf);
      Map<OrganizationId, List<RenewalAssessment>> byIssuer = result.assessments().stream()
          .collect(Collectors.groupingBy(RenewalAssessment::issuer));
      byIssuer.forEach((issuer, cycles) -> {
        // the earliest day one of the credentials the issuer's cycles assess was earned (a retired
        // credential may be assessed in early cycles and left out of later ones, so be not assessed too)
        Set<CredentialId> assessed = cycles.stream().flatMap(a -> a.credentials().stream()).collect(Collectors.toSet());
        LocalDate earliest = record.holdings().stream().filter(h -> assessed.contains(h.credential()))
            .filter(h -> CATALOG.getCredential(h.credential()).issuer().equals(issuer))
            .map(CredentialHolding::earned).min(LocalDate::compareTo).orElseThrow();
        // a cycle in which only retired credentials are in force is not assessed: the cycles start again
        // on the day a later credential was earned, and only retired credentials were earned before it
        Set<LocalDate> earnedDays = record.holdings().stream().map(CredentialHolding::earned)
            .collect(Collectors.toSet());
        java.util.function.Predicate<LocalDate> restart = day -> earnedDays.contains(day) && record.holdings()
            .stream().filter(h -> h.earned().isBefore(day))
            .filter(h -> CATALOG.getCredential(h.credential()).issuer().equals(issuer))
            .filter(h -> CATALOG.getCredential(h.credential()).renewalPolicy().isPresent())
            .allMatch(h -> CATALOG.getCredential(h.credential()).status() == CredentialStatus.RETIRED);
        LocalDate first = cycles.get(0).cycle().start();
        assertThat(first.equals(earliest) || (first.isAfter(earliest) && restart.test(first))).isTrue();
        for (int i = 1; i < cycles.size(); i++) {
          LocalDate next = cycles.get(i - 1).cycle().end().plusDays(1);
          LocalDate start = cycles.get(i).cycle().start();
          assertThat(start.equals(next) || (start.isAfter(next) && earnedDays.contains(start))).isTrue();
          assertThat(cycles.get(i - 1).status()).isEqualTo(RenewalStatus.RENEWED);
        }
        RenewalAssessment last = cycles.get(cycles.size() - 1);
        assertThat(last.cycle().contains(asOf) || last.cycle().end().isBefore(asOf)).isTrue();
        if (last.status() == RenewalStatus.RENEWED) {
          // the walk stopped after a renewed cycle only where no version covers the credentials from then on
          assertThat(result.notAssessed()).filteredOn(n -> n.issuer().equals(issuer))
              .flatMap(org.himkit.renewal.NotAssessed::reasons)
              .anySatisfy(reason -> assertThat(reason.date()).contains(last.cycle().end().plusDays(1)));
        }
        Map<String, Long> counted = cycles.stream().flatMap(a -> a.counted().stream())
            .collect(Collectors.groupingBy(o -> o.activity().id(), Collectors.counting()));
        assertThat(counted.values()).allMatch(n -> n == 1);
      });
    });
  }

  @Test
  void anActivityInAGracePeriodCountsInOneCycleOnly() {
    // Before 2021 a 3-month grace period follows an unmet cycle; its activities may not count twice.
    LedgerGenerator rhit = HimGenerators.ledgers().withCredentials(CredentialId.of("RHIT"))
        .withPeriod(LocalDate.of(2013, 1, 1), LocalDate.of(2017, 12, 31));
    qt().withExamples(200).forAll(HimGens.ledgers(rhit)).checkAssert(record -> {
      Map<String, Long> counted = history(record, rhit.asOf()).stream().flatMap(a -> a.counted().stream())
          .collect(Collectors.groupingBy(o -> o.activity().id(), Collectors.counting()));
      assertThat(counted.values()).allMatch(n -> n == 1);
    });
  }

  /** The record with every date moved by whole years. */
  private static HolderRecord shifted(HolderRecord record, int years) {
    HolderRecord.Builder b = HolderRecord.builder();
    record.holdings().forEach(h -> b.addHoldings(CredentialHolding.builder().from(h).earned(h.earned().plusYears(years))
        .cycleStart(h.cycleStart().map(d -> d.plusYears(years))).build()));
    record.activities().forEach(a -> b.addActivities(CeActivity.builder().from(a)
        .completed(a.completed().plusYears(years)).build()));
    b.recordsBegin(record.recordsBegin().map(d -> d.plusYears(years)));
    record.goodStandingThrough().forEach((issuer, d) -> b.putGoodStandingThrough(issuer, d.plusYears(years)));
    return b.build();
  }

  @Test
  void shiftingEveryDateByWholeLeapCyclesWithinOnePolicyVersionShiftsTheResult() {
    // Shifts of 4k years keep leap days and day counts alike (1901-2099); the ranges stay within the
    // before-2021 versions (backward from 2009) or the 2025 versions (forward from 2025).
    LedgerGenerator from2025 = HimGenerators.ledgers().withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 2, 1));
    LedgerGenerator until2014 = HimGenerators.ledgers().withPeriod(LocalDate.of(2009, 1, 1), LocalDate.of(2014, 2, 1));
    qt().withExamples(EXAMPLES).forAll(HimGens.ledgers(from2025), HimGens.ledgers(until2014), integers().between(1, 10),
        integers().between(0, 1)).checkAssert((later, earlier, k, which) -> {
          boolean forward = which == 0;
          HolderRecord record = forward ? later : earlier;
          LocalDate asOf = forward ? from2025.asOf() : until2014.asOf();
          int years = forward ? 4 * k : -4 * Math.min(k, 5);
          List<RenewalAssessment> original = history(record, asOf);
          List<RenewalAssessment> moved = history(shifted(record, years), asOf.plusYears(years));
          assertThat(moved).hasSameSizeAs(original);
          for (int i = 0; i < original.size(); i++) {
            RenewalAssessment a = original.get(i);
            RenewalAssessment b = moved.get(i);
            assertThat(b.cycle().start()).isEqualTo(a.cycle().start().plusYears(years));
            assertThat(b.cycle().end()).isEqualTo(a.cycle().end().plusYears(years));
            assertThat(b.cycle().policy()).isEqualTo(a.cycle().policy());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.daysLeft()).isEqualTo(a.daysLeft());
            assertThat(b.credentials()).isEqualTo(a.credentials());
            assertThat(b.requirements()).extracting(RequirementProgress::required, RequirementProgress::earned)
                .isEqualTo(a.requirements().stream().map(r -> Tuple.tuple(r.required(), r.earned())).toList());
            assertThat(b.activities()).extracting(ActivityOutcome::disposition, ActivityOutcome::credited)
                .isEqualTo(a.activities().stream().map(o -> Tuple.tuple(o.disposition(), o.credited())).toList());
            assertThat(b.keyDates()).extracting(KeyDate::date)
                .isEqualTo(a.keyDates().stream().map(kd -> kd.date().plusYears(years)).toList());
          }
        });
  }

  @Test
  void theStatusOnlyPathGivesTheSameStandingsAsTheFullAssessment() {
    LedgerGenerator shares = SINCE_2012.withStatusShares(0.3, 0.2, 0.2);
    qt().withExamples(300).forAll(HimGens.ledgers(SINCE_2012).mix(HimGens.ledgers(shares))).checkAssert(record -> {
      LocalDate asOf = SINCE_2012.asOf();
      List<RenewalStanding> full = EVALUATOR.assess(record, asOf).assessments().stream()
          .map(RenewalAssessment::standing).toList();
      assertThat(EVALUATOR.standings(record, asOf)).isEqualTo(full);
      assertThat(EVALUATOR.standings(List.of(record, record), asOf)).containsExactly(full, full);
    });
  }
}
