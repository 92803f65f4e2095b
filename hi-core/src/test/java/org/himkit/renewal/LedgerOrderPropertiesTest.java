package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.himkit.CredentialId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ledger keeps a day's activities in the order given and compares their ids only where an answer shows
 * them (the outcomes) or credits them in order (a grace period). Given in date and then id order, the ledger
 * is laid out as it was when it sorted every day by id, and every path walks it as before: these properties
 * compare an assessment of the activities in any order, of one call and of a kept record, with that one, on
 * ledgers of RHIT holders whose cycles ended before 2021 (three months of grace for an unmet cycle) and
 * whose activities fall on a few days around the cycles' ends, several on a day.
 */
class LedgerOrderPropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(2012, 1, 1);

  /** A holder: the day RHIT was earned, and activities as draws of day, amount, category and id. */
  private record Drawn(LocalDate earned, List<CeActivity> activities) {}

  private static Gen<Drawn> holders() {
    Gen<List<Integer>> draws = lists().of(integers().between(0, 1_000_000)).ofSize(4);
    return integers().between(0, 5 * 365).zip(lists().of(draws).ofSizeBetween(0, 30), (offset, drawn) -> {
      LocalDate earned = FIRST.plusDays(offset);
      List<CeActivity> activities = new ArrayList<>();
      for (List<Integer> d : drawn) {
        int k = activities.size();
        // one of a few days around the end of the first, second or third cycle (grace periods included)
        LocalDate day = earned.plusYears(2 * (1 + d.get(0) % 3)).plusDays(-40 + 25 * (d.get(0) / 3 % 7));
        Ceus ceus = Ceus.ofHundredths(100 + d.get(1) % 9 * 150);
        CeCategory category = d.get(2) % 5 == 0 ? CeCategory.OTHER_RELEVANT : CeCategory.HIIM_DOMAIN;
        // ids unique, in an order unrelated to the order given, some a prefix of another
        String id = Integer.toString(d.get(3) % 97, 36) + (k % 3 == 0 ? "" : "." + k) + "#" + k;
        activities.add(CeActivity.builder().id(id).title("Talk " + k).provider("Provider").completed(day)
            .ceus(ceus).category(category).build());
      }
      return new Drawn(earned, activities);
    });
  }

  @Test
  void anAssessmentOfActivitiesInAnyOrderIsThatOfThemInDateAndThenIdOrder() {
    qt().withExamples(600).forAll(holders(), longs().all()).checkAssert((holder, seed) -> {
      List<CredentialHolding> holdings = List.of(CredentialHolding.of(CredentialId.of("RHIT"), holder.earned()));
      List<CeActivity> shuffled = new ArrayList<>(holder.activities());
      Collections.shuffle(shuffled, new Random(seed));
      List<CeActivity> ordered = new ArrayList<>(holder.activities());
      ordered.sort(Comparator.comparing(CeActivity::completed).thenComparing(CeActivity::id));
      for (LocalDate asOf : List.of(holder.earned().plusYears(3).plusDays(30), holder.earned().plusYears(7))) {
        RenewalResult before = EVALUATOR.history(holdings, ordered, asOf);
        assertThat(EVALUATOR.history(holdings, shuffled, asOf)).isEqualTo(before);
        assertThat(EVALUATOR.history(HolderRecord.of(holdings, shuffled), asOf)).isEqualTo(before);
        assertThat(EVALUATOR.assess(holdings, shuffled, asOf)).isEqualTo(EVALUATOR.assess(holdings, ordered, asOf));
        for (RenewalAssessment a : before.assessments()) {
          assertThat(a.activities()).extracting(ActivityOutcome::activity).containsExactlyElementsOf(ordered);
        }
      }
    });
  }

  @Test
  void theGeneratedHoldersHaveGracePeriodsThatTakeSomeOfADaysActivities() {
    // the property above is worth something only if a grace period often credits part of a day's activities
    int partly = 0;
    Random random = new Random(20_261_202L);
    for (int n = 0; n < 300; n++) {
      LocalDate earned = FIRST.plusDays(random.nextInt(5 * 365));
      List<CeActivity> activities = new ArrayList<>();
      for (int k = 0; k < 20; k++) {
        activities.add(CeActivity.builder().id("a" + random.nextInt(1000) + "#" + k).title("Talk " + k)
            .provider("Provider").completed(earned.plusYears(2).plusDays(-40 + 25 * random.nextInt(7)))
            .ceus(Ceus.ofHundredths(100 + random.nextInt(9) * 150)).category(CeCategory.HIIM_DOMAIN).build());
      }
      RenewalResult r = EVALUATOR.history(List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned)), activities,
          earned.plusYears(7));
      for (RenewalAssessment a : r.assessments()) {
        if (a.window().graceEnd().isPresent() && a.activities().stream().anyMatch(o -> o.disposition()
            == ActivityDisposition.GRACE_PERIOD_NOT_NEEDED && !o.activity().completed().isAfter(a.cycle().end()
                .plusDays(90)) && a.activities().stream().anyMatch(c -> c.disposition() == ActivityDisposition.COUNTED
                    && c.activity().completed().equals(o.activity().completed())))) {
          partly++;
        }
      }
    }
    assertThat(partly).isGreaterThan(10);
  }
}
