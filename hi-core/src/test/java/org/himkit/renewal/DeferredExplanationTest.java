package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.ahimaSource;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.himkit.renewal.Fixtures.other;

import java.util.ArrayList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's assessments build their explanation when it is first read: the same values, the same
 * equality, hash code and text as an assessment built whole, whichever list is read first and from however
 * many threads.
 */
class DeferredExplanationTest {
  /** RHIT from 2015, a cycle met, one unmet then made up in its grace period, one in force. */
  private static final List<CredentialHolding> HOLDINGS = List.of(held("RHIT", d(2015, 3, 1)),
      held("CCS", d(2018, 6, 1)));
  private static final List<CeActivity> ACTIVITIES = List.of(hiim("a", d(2015, 6, 1), "20"),
      other("b", d(2016, 1, 10), "5"), ahimaSource("c", d(2017, 2, 1), "10"), hiim("d", d(2018, 1, 1), "10"),
      hiim("e", d(2019, 5, 1), "30"), other("f", d(2020, 2, 1), "9"), hiim("g", d(2021, 4, 1), "15"),
      hiim("h", d(2026, 1, 5), "2"));

  private static RenewalAssessment whole(RenewalAssessment a) {
    return RenewalAssessment.builder().from(a).build();
  }

  @Test
  void theAmountsAreThoseOfTheExplanationBeforeAndAfterItIsBuilt() {
    for (RenewalAssessment a : EVALUATOR.history(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments()) {
      assertThat(a).isInstanceOf(DeferredAssessment.class);
      var required = a.required();
      var earned = a.earned();
      assertThat(a.requirements().get(0).required()).isEqualTo(required);
      assertThat(a.requirements().get(0).earned()).isEqualTo(earned);
      assertThat(a.standing()).isEqualTo(whole(a).standing());
    }
  }

  @Test
  void anAssessmentEqualsItsWholeCopyWhicheverListIsReadFirst() {
    List<RenewalAssessment> first = EVALUATOR.history(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments();
    assertThat(first).hasSizeGreaterThan(2);
    for (int list = 0; list < 5; list++) {
      for (RenewalAssessment a : EVALUATOR.history(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments()) {
        switch (list) {
          case 0 -> assertThat(a.activities()).isNotEmpty();
          case 1 -> assertThat(a.keyDates()).isNotEmpty();
          case 2 -> assertThat(a.notes()).isNotNull();
          case 3 -> assertThat(a.requirements()).isNotEmpty();
          default -> assertThat(a.toString()).startsWith("RenewalAssessment{window=");
        }
        RenewalAssessment copy = whole(a);
        assertThat(copy).isNotInstanceOf(DeferredAssessment.class).isEqualTo(a);
        assertThat(a).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
        assertThat(first).contains(a);
      }
    }
  }

  @Test
  void aHistoryReadFromItsLastCycleBackGivesEachCycleItsOwnExplanation() {
    List<RenewalAssessment> history = EVALUATOR.history(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments();
    List<RenewalAssessment> expected = EVALUATOR.history(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments();
    for (int k = history.size() - 1; k >= 0; k--) {
      RenewalAssessment a = history.get(k);
      assertThat(a.activities()).isSameAs(a.activities()).isEqualTo(expected.get(k).activities());
      assertThat(whole(a)).isEqualTo(whole(expected.get(k)));
    }
  }

  @Test
  void equalityComparesEveryAttribute() {
    RenewalAssessment a = EVALUATOR.assess(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments().get(0);
    RenewalAssessment copy = whole(a);
    new EqualsTester().addEqualityGroup(a, copy, whole(copy))
        .addEqualityGroup(RenewalAssessment.builder().from(copy).daysLeft(a.daysLeft() + 1).build())
        .addEqualityGroup(RenewalAssessment.builder().from(copy).notes(List.of())
            .addNotes(Note.of(NoteKind.GRACE_PERIOD_SPLIT, Optional.empty())).build())
        .addEqualityGroup(RenewalAssessment.builder().from(copy).keyDates(copy.keyDates().subList(0, 1)).build())
        .addEqualityGroup(RenewalAssessment.builder().from(copy).activities(List.of()).build())
        .addEqualityGroup("an assessment")
        .testEquals();
    assertThat(copy.toString()).contains("status=" + a.status(), "daysLeft=" + a.daysLeft(), "activities=[");
  }

  @Test
  void threadsReadingAtOnceGetOneExplanation() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        List<RenewalAssessment> history = EVALUATOR.history(HOLDINGS, ACTIVITIES, d(2025, 12, 1)).assessments();
        List<Callable<List<ActivityOutcome>>> reads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          RenewalAssessment a = history.get(t % history.size());
          reads.add(a::activities);
        }
        List<Future<List<ActivityOutcome>>> got = pool.invokeAll(reads);
        for (int t = 0; t < got.size(); t++) {
          RenewalAssessment a = history.get(t % history.size());
          assertThat(got.get(t).get()).isSameAs(a.activities()).isEqualTo(whole(a).activities());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
