package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.himkit.renewal.Fixtures.omission;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.HimValidationException;
import org.himkit.RenewalPolicyId;
import org.himkit.SourceType;
import org.himkit.policy.LapseRule;
import org.himkit.policy.RenewalChoice;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * NCRA's January 31 deadline and its exam retake (data audit M4): "ODS credential holders are out of
 * compliance when requirements are not met by the January 31 deadline", and "Individuals who have not
 * submitted CTR maintenance fees and/or CE hours (via a CE Summary Form) for three or more years must retake
 * the CTR Exam." The first cycle of an ODS earned 2021-03-15 ends 2022-12-31; its deadline is 2023-01-31.
 */
class NcraDeadlineTest {
  private static final List<CredentialHolding> ODS = List.of(held("ODS", d(2021, 3, 15)));

  private static RenewalAssessment on(LocalDate asOf, CeActivity... activities) {
    List<RenewalAssessment> all = EVALUATOR.assess(ODS, List.of(activities), asOf).assessments();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static RenewalStatus standing(LocalDate asOf) {
    return EVALUATOR.standings(HolderRecord.of(ODS, List.of()), asOf).get(0).status();
  }

  @Test
  void anUnmetCycleIsInGraceThroughJanuary31AndOutOfComplianceFromFebruary1() {
    RenewalAssessment before = on(d(2023, 1, 30));
    assertThat(before.cycle().end()).isEqualTo(d(2022, 12, 31));
    assertThat(before.status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(before.daysLeft()).isEqualTo(1);
    RenewalAssessment onTheDay = on(d(2023, 1, 31));
    assertThat(onTheDay.status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(onTheDay.daysLeft()).isZero();
    assertThat(onTheDay.notes()).extracting(Note::kind).doesNotContain(NoteKind.STATUS_NOT_NAMED_BY_SOURCES,
        NoteKind.GRACE_PERIOD_SPLIT);
    RenewalAssessment after = on(d(2023, 2, 1));
    assertThat(after.status()).isEqualTo(RenewalStatus.EXPIRED);
    assertThat(after.notes()).filteredOn(n -> n.kind() == NoteKind.STATUS_NOT_NAMED_BY_SOURCES).singleElement()
        .satisfies(n -> assertThat(n.choice()).contains(omission("aapc-ncra-after-unmet")));
    // the status-only path agrees
    assertThat(standing(d(2023, 1, 31))).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(standing(d(2023, 2, 1))).isEqualTo(RenewalStatus.EXPIRED);
  }

  @Test
  void ceHoursCompletedAfterDecember31DoNotCountTowardTheCycle() {
    CeActivity january = hiim("late", d(2023, 1, 10), "20");
    RenewalAssessment inGrace = on(d(2023, 1, 20), january);
    assertThat(inGrace.status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(inGrace.earned()).isEqualTo(org.himkit.policy.Ceus.ZERO);
    assertThat(inGrace.activities()).singleElement().extracting(ActivityOutcome::disposition)
        .isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);
    assertThat(on(d(2023, 2, 1), january).status()).isEqualTo(RenewalStatus.EXPIRED);
    // 20 hours within the cycle: renewed, and the walk goes on to the cycle in force
    RenewalAssessment met = on(d(2023, 1, 20), hiim("in", d(2022, 12, 31), "20"));
    assertThat(met.cycle().start()).isEqualTo(d(2023, 1, 1));
    assertThat(met.status()).isIn(RenewalStatus.ACTIVE_ON_TRACK, RenewalStatus.ACTIVE_AT_RISK);
  }

  @Test
  void theDeadlineAndTheRetakeAreKeyDates() {
    assertThat(on(d(2022, 6, 1)).keyDates()).extracting(KeyDate::kind, KeyDate::date, KeyDate::ifUnmet)
        .containsExactly(tuple(KeyDateKind.CYCLE_START, d(2021, 3, 15), false),
            tuple(KeyDateKind.CYCLE_END, d(2022, 12, 31), false),
            tuple(KeyDateKind.NEXT_CYCLE_START, d(2023, 1, 1), false),
            tuple(KeyDateKind.SUBMISSION_DEADLINE, d(2023, 1, 31), false),
            tuple(KeyDateKind.EXAM_RETAKE_FROM, d(2026, 2, 1), true));
    // once the cycle has lapsed, the retake day is no longer conditional
    assertThat(on(d(2023, 2, 1)).keyDates()).extracting(KeyDate::kind, KeyDate::date, KeyDate::ifUnmet)
        .contains(tuple(KeyDateKind.SUBMISSION_DEADLINE, d(2023, 1, 31), false),
            tuple(KeyDateKind.EXAM_RETAKE_FROM, d(2026, 2, 1), false));
  }

  @Test
  void theExamMustBeRetakenAfterThreeYearsWithoutASubmissionNotAfterTwo() {
    assertThat(on(d(2025, 1, 31)).notes()).extracting(Note::kind).doesNotContain(NoteKind.EXAM_RETAKE_REQUIRED);
    assertThat(on(d(2026, 1, 31)).notes()).extracting(Note::kind).doesNotContain(NoteKind.EXAM_RETAKE_REQUIRED);
    RenewalAssessment three = on(d(2026, 2, 1));
    assertThat(three.status()).isEqualTo(RenewalStatus.EXPIRED);
    assertThat(three.notes()).filteredOn(n -> n.kind() == NoteKind.EXAM_RETAKE_REQUIRED).singleElement()
        .satisfies(n -> {
          assertThat(n.date()).contains(d(2026, 2, 1));
          assertThat(n.choice()).contains(omission("ncra-exam-retake-count"));
        });
    assertThat(on(d(2030, 6, 1)).notes()).extracting(Note::kind).contains(NoteKind.EXAM_RETAKE_REQUIRED);
  }

  @Test
  void theNcraPolicyCarriesTheRuleWithItsQuotes() {
    RenewalPolicy ncra = Fixtures.CATALOG.renewalPolicyVersions(RenewalPolicyId.of("NCRA-CE")).get(0);
    LapseRule rule = ncra.lapseRule().orElseThrow();
    assertThat(rule.submissionDeadline()).contains(Period.ofMonths(1));
    assertThat(rule.examRetakeAfter()).contains(Period.ofYears(3));
    assertThat(rule.revocationPeriod()).isEmpty();
    assertThat(rule.citation().quote()).hasValue("The deadline to submit required CE hours and pay the annual ODS "
        + "certification maintenance fee is January 31. ODS credential holders are out of compliance when "
        + "requirements are not met by the January 31 deadline.");
    assertThat(rule.citation().url()).contains(java.net.URI.create("https://www.ncra-usa.org/ODS-Credential/Current-ODS"));
    assertThat(ncra.citations()).anySatisfy(c -> {
      assertThat(c.url()).contains(java.net.URI.create(
          "http://www.ncra-usa.org/Certification/CTR-Maintenance/CTR-Maintenance-Options"));
      assertThat(c.quote()).hasValue("Individuals who have not submitted CTR maintenance fees and/or CE hours (via a "
          + "CE Summary Form) for three or more years must retake the CTR Exam.");
    });
    assertThat(ncra.choice(RenewalChoice.EXAM_RETAKE_PERIOD)).contains(omission("ncra-exam-retake-count"));
  }

  @Test
  void aRetakeWithoutADeadlineCountsFromTheCycleEndAndADeadlineExcludesGraceAndInactivePeriods() {
    Citation c = Citation.of("p", "t", "https://example.org", SourceType.PRIMARY);
    RenewalCycle cycle = Stages.cycle("AAPC-CEU", d(2022, 1, 10), d(2024, 1, 9)).cycle();
    Optional<LapseRule> revokedThenRetake = Optional.of(new LapseRule(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(Period.ofDays(90)), Optional.empty(), Optional.of(Period.ofYears(1)), c));
    assertThat(LapseTimeline.examRetakeFrom(cycle, revokedThenRetake)).contains(d(2025, 1, 10));
    assertThat(LapseTimeline.examRetakeFrom(cycle, Optional.empty())).isEmpty();
    assertThat(LapseTimeline.submissionDeadline(cycle.end(), revokedThenRetake)).isEmpty();
    assertThatThrownBy(() -> new LapseRule(Optional.of(Period.ofMonths(3)), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(Period.ofMonths(1)), Optional.empty(), c))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("submissionDeadline");
    assertThatThrownBy(() -> new LapseRule(Optional.empty(), Optional.of(Period.ofDays(180)), Optional.empty(),
        Optional.empty(), Optional.of(Period.ofMonths(1)), Optional.empty(), c))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("submissionDeadline");
    assertThatThrownBy(() -> LapseRule.withSubmissionDeadline(Period.ZERO, Period.ofYears(3), c))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("submissionDeadline")
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> LapseRule.withSubmissionDeadline(Period.ofMonths(1), Period.ofYears(-3), c))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("examRetakeAfter");
  }
}
