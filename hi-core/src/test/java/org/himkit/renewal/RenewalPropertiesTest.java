package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.assess;
import static org.himkit.renewal.Fixtures.history;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.RenewalPolicyId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/** Properties of the evaluator over generated holdings and activities. */
class RenewalPropertiesTest {
  private static final int EXAMPLES = 150;
  private static final List<String> AHIMA_CREDENTIALS =
      List.of("RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CHPS", "CHDA", "CDIP");

  /** Activities with ids a0, a1, ... dated from {@code from} to {@code to}, derived from the seeds. */
  private static List<CeActivity> activities(List<Long> seeds, LocalDate from, LocalDate to) {
    long span = to.toEpochDay() - from.toEpochDay();
    List<CeActivity> out = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      SplittableRandom r = new SplittableRandom(seeds.get(i));
      CeActivity.Builder b = CeActivity.builder().id("a" + i).title("Generated activity " + i)
          .completed(from.plusDays(r.nextLong(span + 1))).provider("Provider " + r.nextInt(3))
          .category(CeCategory.values()[r.nextInt(CeCategory.values().length)]);
      if (r.nextInt(5) == 0) {
        b.minutes(1 + r.nextInt(300));
      } else {
        b.ceus(Ceus.ofHundredths(1 + r.nextInt(1500)));
      }
      if (r.nextInt(5) < 2) {
        b.addSourceOf(AHIMA);
      }
      if (r.nextBoolean()) {
        b.addApprovedBy(AAPC);
      }
      out.add(b.build());
    }
    return out;
  }

  private static List<CredentialHolding> holdings(long pick, LocalDate earned) {
    List<CredentialHolding> out = new ArrayList<>();
    List<String> all = new ArrayList<>(AHIMA_CREDENTIALS);
    all.addAll(List.of("CPC", "COC", "ODS"));
    for (int i = 0; i < all.size(); i++) {
      if ((pick >>> i & 1) == 1) {
        out.add(CredentialHolding.of(CredentialId.of(all.get(i)), earned.plusDays(i * 37L % 400)));
      }
    }
    if (out.isEmpty()) {
      out.add(CredentialHolding.of(CredentialId.of("RHIA"), earned));
    }
    return out;
  }

  private static LocalDate day(int epochDayOffset, LocalDate base) {
    return base.plusDays(epochDayOffset);
  }

  @Test
  void addingAnActivityNeverLowersTheCeusEarnedInAnyCycle() {
    LocalDate base = LocalDate.of(2021, 1, 1);
    qt().withExamples(EXAMPLES).forAll(lists().of(longs().all()).ofSizeBetween(1, 12), longs().all(),
        integers().between(0, 3000)).checkAssert((seeds, pick, horizon) -> {
          List<CredentialHolding> holdings = holdings(pick, base);
          LocalDate asOf = base.plusDays(400 + horizon);
          List<CeActivity> all = activities(seeds, base.minusDays(100), asOf);
          List<CeActivity> fewer = all.subList(0, all.size() - 1);
          Map<String, Ceus> before = earnedByCycle(history(holdings, fewer, asOf));
          Map<String, Ceus> after = earnedByCycle(history(holdings, all, asOf));
          before.forEach((cycle, earned) -> {
            if (after.containsKey(cycle)) {
              assertThat(after.get(cycle).isAtLeast(earned)).as("cycle %s", cycle).isTrue();
            }
          });
          assertThat(after.keySet()).containsAll(before.keySet());
        });
  }

  private static Map<String, Ceus> earnedByCycle(List<RenewalAssessment> history) {
    Map<String, Ceus> m = new HashMap<>();
    history.forEach(a -> m.put(a.issuer() + " " + a.cycle(), a.earned()));
    return m;
  }

  @Test
  void requiredCeusForSeveralCredentialsLieBetweenTheLargestSingleRequirementAndTheCap() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, (1 << AHIMA_CREDENTIALS.size()) - 1),
        integers().between(0, 5000)).checkAssert((pick, offset) -> {
          LocalDate earned = LocalDate.of(2010, 1, 1).plusDays(offset);
          List<CredentialHolding> holdings = new ArrayList<>();
          for (int i = 0; i < AHIMA_CREDENTIALS.size(); i++) {
            if ((pick >>> i & 1) == 1) {
              holdings.add(CredentialHolding.of(CredentialId.of(AHIMA_CREDENTIALS.get(i)), earned));
            }
          }
          RenewalAssessment a = assess(holdings, List.of(), earned.plusDays(10)).get(0);
          Ceus largest = holdings.stream().map(h -> a.cycle().policy().requiredCeus(h.credential()).orElseThrow())
              .max(Ceus::compareTo).orElseThrow();
          assertThat(a.required().isAtLeast(largest)).isTrue();
          assertThat(Ceus.of(50).isAtLeast(a.required())).isTrue();
        });
  }

  @Test
  void theAssessmentDoesNotDependOnTheOrderOfActivities() {
    LocalDate base = LocalDate.of(2014, 1, 1);
    qt().withExamples(EXAMPLES).forAll(lists().of(longs().all()).ofSizeBetween(0, 15), longs().all(),
        integers().between(0, 5000)).checkAssert((seeds, pick, horizon) -> {
          List<CredentialHolding> holdings = holdings(pick, base);
          LocalDate asOf = base.plusDays(400 + horizon);
          List<CeActivity> activities = activities(seeds, base.minusDays(100), asOf);
          List<CeActivity> shuffled = new ArrayList<>(activities);
          Collections.shuffle(shuffled, new Random(pick));
          assertThat(history(holdings, shuffled, asOf))
              .isEqualTo(history(holdings, activities, asOf));
        });
  }

  @Test
  void cyclesTileTimeAndAnActivityCountsInAtMostOneCycle() {
    LocalDate base = LocalDate.of(2012, 1, 1);
    qt().withExamples(EXAMPLES).forAll(lists().of(longs().all()).ofSizeBetween(0, 40), longs().all(),
        integers().between(0, 5000)).checkAssert((seeds, pick, horizon) -> {
          List<CredentialHolding> holdings = holdings(pick, base);
          LocalDate asOf = base.plusDays(400 + horizon);
          List<RenewalAssessment> history = history(holdings, activities(seeds, base, asOf), asOf);
          Map<String, List<RenewalAssessment>> byIssuer = history.stream()
              .collect(Collectors.groupingBy(a -> a.issuer().value()));
          byIssuer.forEach((issuer, cycles) -> {
            LocalDate earliest = holdings.stream()
                .filter(h -> CATALOG.resolveCredential(h.credential().value()).orElseThrow().credential().issuer()
                    .value().equals(issuer))
                .map(CredentialHolding::earned).min(LocalDate::compareTo).orElseThrow();
            assertThat(cycles.get(0).cycle().start()).isEqualTo(earliest);
            for (int i = 1; i < cycles.size(); i++) {
              assertThat(cycles.get(i).cycle().start()).isEqualTo(cycles.get(i - 1).cycle().end().plusDays(1));
              assertThat(cycles.get(i - 1).status()).isEqualTo(RenewalStatus.RENEWED);
            }
            RenewalAssessment last = cycles.get(cycles.size() - 1);
            assertThat(last.cycle().contains(asOf) || last.cycle().end().isBefore(asOf)).isTrue();
            assertThat(last.status()).isNotEqualTo(RenewalStatus.RENEWED);
            Map<String, Long> counted = cycles.stream().flatMap(a -> a.counted().stream())
                .collect(Collectors.groupingBy(o -> o.activity().id(), Collectors.counting()));
            assertThat(counted.values()).allMatch(n -> n == 1);
          });
        });
  }

  @Test
  void anActivityInAGracePeriodCountsInOneCycleOnly() {
    // Before 2021 a 3-month grace period follows an unmet cycle; its activities may not count twice.
    qt().withExamples(200).forAll(lists().of(longs().all()).ofSizeBetween(0, 8), integers().between(0, 1000),
        integers().between(0, 200)).checkAssert((seeds, offset, after) -> {
          LocalDate earned = LocalDate.of(2013, 1, 1).plusDays(offset);
          LocalDate asOf = earned.plusDays(731 + after);
          List<RenewalAssessment> history = history(
              List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned)), activities(seeds, earned, asOf), asOf);
          Map<String, Long> counted = history.stream().flatMap(a -> a.counted().stream())
              .collect(Collectors.groupingBy(o -> o.activity().id(), Collectors.counting()));
          assertThat(counted.values()).allMatch(n -> n == 1);
        });
  }

  @Test
  void shiftingEveryDateByWholeLeapCyclesWithinOnePolicyVersionShiftsTheResult() {
    // Shifts of 4k years keep weekdays aside, leap days and day counts alike (1901-2099); the ranges stay
    // within the before-2021 version (backward from 2009) or the 2025 version (forward from 2025).
    qt().withExamples(EXAMPLES).forAll(lists().of(longs().all()).ofSizeBetween(0, 12), longs().all(),
        integers().between(0, 1500), integers().between(1, 10)).checkAssert((seeds, pick, horizon, k) -> {
          boolean forward = pick % 2 == 0;
          LocalDate base = forward ? LocalDate.of(2025, 1, 1) : LocalDate.of(2009, 1, 1);
          int years = forward ? 4 * k : -4 * Math.min(k, 5);
          List<CredentialHolding> holdings = holdings(pick, base);
          LocalDate asOf = base.plusDays(400 + horizon);
          List<CeActivity> activities = activities(seeds, base.minusDays(50), asOf);
          List<CredentialHolding> shiftedHoldings = holdings.stream()
              .map(h -> CredentialHolding.of(h.credential(), h.earned().plusYears(years))).collect(Collectors.toList());
          List<CeActivity> shiftedActivities = activities.stream()
              .map(a -> CeActivity.builder().from(a).completed(a.completed().plusYears(years)).build())
              .collect(Collectors.toList());
          List<RenewalAssessment> original = history(holdings, activities, asOf);
          List<RenewalAssessment> shifted = history(shiftedHoldings, shiftedActivities, asOf.plusYears(years));
          assertThat(shifted).hasSameSizeAs(original);
          for (int i = 0; i < original.size(); i++) {
            RenewalAssessment a = original.get(i);
            RenewalAssessment b = shifted.get(i);
            assertThat(b.cycle().start()).isEqualTo(a.cycle().start().plusYears(years));
            assertThat(b.cycle().end()).isEqualTo(a.cycle().end().plusYears(years));
            assertThat(b.cycle().policy()).isEqualTo(a.cycle().policy());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.daysLeft()).isEqualTo(a.daysLeft());
            assertThat(b.credentials()).isEqualTo(a.credentials());
            assertThat(b.requirements()).extracting(RequirementProgress::required, RequirementProgress::earned)
                .isEqualTo(a.requirements().stream().map(r -> org.assertj.core.groups.Tuple.tuple(r.required(),
                    r.earned())).collect(Collectors.toList()));
            assertThat(b.activities()).extracting(ActivityOutcome::disposition, ActivityOutcome::credited)
                .isEqualTo(a.activities().stream().map(o -> org.assertj.core.groups.Tuple.tuple(o.disposition(),
                    o.credited())).collect(Collectors.toList()));
            assertThat(b.keyDates()).extracting(KeyDate::date).isEqualTo(a.keyDates().stream()
                .map(kd -> kd.date().plusYears(years)).collect(Collectors.toList()));
          }
        });
  }

  @Test
  void theStatusOnlyPathGivesTheSameStandingsAsTheFullAssessment() {
    LocalDate base = LocalDate.of(2012, 1, 1);
    qt().withExamples(300).forAll(lists().of(longs().all()).ofSizeBetween(0, 40), longs().all(),
        integers().between(0, 5500)).checkAssert((seeds, pick, horizon) -> {
          List<CredentialHolding> holdings = holdings(pick, base);
          LocalDate asOf = base.plusDays(400 + horizon);
          List<CeActivity> activities = activities(seeds, base.minusDays(100), asOf.plusDays(200));
          HolderRecord record = HolderRecord.of(holdings, activities);
          List<RenewalStanding> full = Fixtures.EVALUATOR.assess(record, asOf).assessments().stream()
              .map(RenewalAssessment::standing).collect(Collectors.toList());
          assertThat(Fixtures.EVALUATOR.standings(record, asOf)).isEqualTo(full);
          assertThat(Fixtures.EVALUATOR.standings(List.of(record, record), asOf)).containsExactly(full, full);
        });
  }

  @Test
  void aapcRequirementStaysWithinItsTable() {
    qt().withExamples(50).forAll(integers().between(1, 15)).checkAssert(pick -> {
      List<CredentialHolding> holdings = new ArrayList<>();
      List<String> aapc = List.of("CPC", "COC", "CPB", "CRC");
      for (int i = 0; i < aapc.size(); i++) {
        if ((pick >>> i & 1) == 1) {
          holdings.add(CredentialHolding.of(CredentialId.of(aapc.get(i)), LocalDate.of(2022, 1, 1)));
        }
      }
      Ceus required = assess(holdings, List.of(), LocalDate.of(2022, 2, 1)).get(0).required();
      assertThat(required).isEqualTo(Ceus.of(32 + 4L * holdings.size()));
      assertThat(CATALOG.renewalPolicyVersions(RenewalPolicyId.of("AAPC-CEU"))).hasSize(1);
    });
  }
}
