package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The full walk builds typed values only for the cycles it reports, and a group keeps, for the holders of its
 * shape, the credentials of a cycle in which every holding is in force and none joins. These properties check
 * both against what does not take those shortcuts: the credentials a group kept (warmed by many holders of the
 * same shapes) against those of a group resolved afresh; and {@code assess}, which builds nothing for the
 * cycles before the one it reports, against the last cycle of {@code history}, which builds every cycle, with
 * their explanations (the cycle named by an activity a grace period took, the grace period's end).
 */
class FullWalkPropertiesTest {
  /** Credentials of every issuer, some superseding others (RHIA RHIT, CPC CPC-A), one retired (PCS). */
  private static final List<String> CREDENTIALS = List.of("RHIT", "RHIA", "CCS", "CCA", "PCS", "CPC", "CPC-A", "CCS-P",
      "ODS", "CDIP", "CHDA");
  private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);

  @Test
  void theCredentialsAGroupKeepsAreThoseWorkedOutAfresh() {
    HoldingGroups.Shapes shapes = new HoldingGroups.Shapes(CATALOG::getCredential, Stages.PLANS);
    Gen<List<Integer>> picks = lists().of(integers().between(0, CREDENTIALS.size() - 1)).ofSizeBetween(1, 4);
    Gen<List<Integer>> offsets = lists().of(integers().between(0, 12 * 365)).ofSize(4);
    qt().withExamples(1500).forAll(picks, offsets, integers().between(0, 18 * 365), integers().between(0, 4 * 365))
        .checkAssert((pick, offset, from, length) -> {
          List<CredentialHolding> holdings = new ArrayList<>();
          List<String> seen = new ArrayList<>();
          for (int i = 0; i < pick.size(); i++) {
            String id = CREDENTIALS.get(pick.get(i));
            if (!seen.contains(id)) {
              seen.add(id);
              holdings.add(Fixtures.held(id, FIRST.plusDays(offset.get(i))));
            }
          }
          LocalDate asOf = LocalDate.of(2027, 1, 1);
          HoldingGroups kept = shapes.of(holdings, asOf);
          HoldingGroups fresh = HoldingGroups.of(holdings, asOf, CATALOG::getCredential, Stages.PLANS);
          long start = FIRST.plusDays(from).toEpochDay();
          long end = start + length;
          for (int g = 0; g < fresh.groups.size(); g++) {
            HoldingGroups.Group a = kept.groups.get(g);
            HoldingGroups.Group b = fresh.groups.get(g);
            VersionPlan v = b.plan().versionOn(start);
            if (v == null) {
              continue;
            }
            // twice on the kept group: the second may take what the first kept
            CycleCredentials.of(v, a, start, end, null);
            CycleCredentials x = CycleCredentials.of(v, a, start, end, null);
            CycleCredentials y = CycleCredentials.of(v, b, start, end, null); // the first of its group: worked out
            assertThat(x.problem()).isEqualTo(y.problem());
            assertThat(x.counted()).isEqualTo(y.counted());
            assertThat(x.superseded()).isEqualTo(y.superseded());
            assertThat(x.notCovered()).isEqualTo(y.notCovered());
            assertThat(x.joining()).isEqualTo(y.joining());
            if (y.problem() == null) {
              assertThat(x.required()).isEqualTo(y.required());
            }
          }
        });
  }

  /** An RHIT holder (sometimes RHIA too, later) with activities around the ends of cycles that had grace periods. */
  private record Drawn(List<CredentialHolding> holdings, List<CeActivity> activities) {}

  private static Gen<Drawn> holders() {
    Gen<List<Integer>> draws = lists().of(integers().between(0, 1_000_000)).ofSize(4);
    return integers().between(0, 6 * 365).zip(integers().between(0, 9), lists().of(draws).ofSizeBetween(0, 30),
        (offset, rhia, drawn) -> {
          LocalDate earned = FIRST.plusDays(offset);
          List<CredentialHolding> holdings = new ArrayList<>();
          holdings.add(CredentialHolding.of(CredentialId.of("RHIT"), earned));
          if (rhia < 3) { // RHIA later: it joins, then supersedes RHIT
            holdings.add(CredentialHolding.of(CredentialId.of("RHIA"), earned.plusDays(200L + 300L * rhia)));
          }
          List<CeActivity> activities = new ArrayList<>();
          for (List<Integer> d : drawn) {
            int k = activities.size();
            LocalDate day = earned.plusYears(2 * (1 + d.get(0) % 4)).plusDays(-50 + 20 * (d.get(0) / 4 % 8));
            Ceus ceus = Ceus.ofHundredths(100 + d.get(1) % 9 * 250);
            CeCategory category = d.get(2) % 5 == 0 ? CeCategory.OTHER_RELEVANT : CeCategory.HIIM_DOMAIN;
            activities.add(CeActivity.builder().id("a" + d.get(3) % 1000 + "-" + k).title("Talk " + k)
                .provider(d.get(2) % 3 == 0 ? "AHIMA" : "Provider").completed(day).ceus(ceus).category(category)
                .build());
          }
          return new Drawn(holdings, activities);
        });
  }

  @Test
  void anAssessmentIsTheLastCycleOfTheHistoryWithItsExplanation() {
    qt().withExamples(600).forAll(holders(), integers().between(0, 18 * 365)).checkAssert((holder, day) -> {
      LocalDate asOf = FIRST.plusDays(day);
      RenewalResult history;
      try {
        history = EVALUATOR.history(holder.holdings(), holder.activities(), asOf);
      } catch (RuntimeException e) {
        assertThat(catching(holder, asOf)).hasMessage(e.getMessage());
        return;
      }
      RenewalResult last = EVALUATOR.assess(holder.holdings(), holder.activities(), asOf);
      assertThat(last.notAssessed()).isEqualTo(history.notAssessed());
      assertThat(last.assessments()).hasSizeLessThanOrEqualTo(1);
      if (history.assessments().isEmpty()) {
        assertThat(last.assessments()).isEmpty();
        return;
      }
      RenewalAssessment a = last.assessments().get(0);
      RenewalAssessment h = history.assessments().get(history.assessments().size() - 1);
      assertThat(a).isEqualTo(h);
      assertThat(a.activities()).isEqualTo(h.activities());
      assertThat(a.keyDates()).isEqualTo(h.keyDates());
      assertThat(a.notes()).isEqualTo(h.notes());
      assertThat(a.window().graceEnd()).isEqualTo(h.window().graceEnd());
      // an activity a grace period took names that cycle, in which it counted
      for (ActivityOutcome o : a.activities()) {
        if (o.disposition() == ActivityDisposition.ALREADY_COUNTED) {
          RenewalCycle taker = o.countedIn().orElseThrow();
          Optional<RenewalAssessment> earlier = history.assessments().stream()
              .filter(e -> e.cycle().equals(taker)).findFirst();
          assertThat(earlier).isPresent();
          assertThat(earlier.get().window().graceEnd()).isPresent();
          assertThat(earlier.get().activities()).anyMatch(e -> e.activity().equals(o.activity())
              && e.disposition() == ActivityDisposition.COUNTED);
        }
      }
    });
  }

  private static RuntimeException catching(Drawn holder, LocalDate asOf) {
    try {
      EVALUATOR.assess(holder.holdings(), holder.activities(), asOf);
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("assess did not refuse what history refused");
  }
}
