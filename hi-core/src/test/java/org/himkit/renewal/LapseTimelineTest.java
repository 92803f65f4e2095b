package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.himkit.renewal.Fixtures.d;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.SourceType;
import org.himkit.policy.LapseRule;
import org.junit.jupiter.api.Test;

/** Stage 7: a cycle's status on the assessment date, and its key dates. */
class LapseTimelineTest {
  private static final Citation SOURCE = Citation.of("Test", "Test source", "https://example.org", SourceType.PRIMARY);
  private static final RenewalCycle CYCLE = Stages.cycle("AHIMA-RECERTIFICATION", d(2021, 3, 1), d(2023, 2, 28))
      .cycle();
  private static final Optional<LapseRule> INACTIVE = Optional.of(LapseRule.inactiveThenRevoked(Period.ofDays(180),
      Period.ofDays(90), SOURCE));
  private static final Optional<LapseRule> GRACE = Optional.of(LapseRule.withGracePeriod(Period.ofMonths(3), SOURCE));

  private static LapseTimeline.Verdict active(boolean met, long required, long earned, java.time.LocalDate asOf) {
    return LapseTimeline.active(CYCLE.start().toEpochDay(), CYCLE.end().toEpochDay(), asOf.toEpochDay(), met,
        2 * earned < required);
  }

  @Test
  void aCycleInForceIsMetOnTrackOrAtRisk() {
    assertThat(active(true, 2000, 2000, d(2021, 6, 1)))
        .isEqualTo(new LapseTimeline.Verdict(RenewalStatus.ACTIVE_REQUIREMENTS_MET, 637, true));
    assertThat(active(false, 2000, 999, d(2021, 6, 1)).status())
        .isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(active(false, 2000, 999, d(2022, 4, 1)).status())
        .isEqualTo(RenewalStatus.ACTIVE_AT_RISK); // past the middle with less than half
    assertThat(active(false, 2000, 1000, d(2022, 4, 1)).status())
        .isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(active(false, 2000, 1999, d(2022, 12, 1)).status())
        .isEqualTo(RenewalStatus.ACTIVE_AT_RISK); // fewer than 90 days left
  }

  @Test
  void anEndedCycleIsRenewedNotRecordedOrLapsedByItsLapseRule() {
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), true, true, INACTIVE, d(2024, 1, 1)).status())
        .isEqualTo(RenewalStatus.RENEWED);
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), false, false, INACTIVE, d(2024, 1, 1)))
        .isEqualTo(new LapseTimeline.Verdict(RenewalStatus.NOT_RECORDED, 0, false));
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), true, false, INACTIVE, d(2023, 8, 27)).status())
        .isEqualTo(RenewalStatus.INACTIVE);
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), true, false, INACTIVE, d(2023, 8, 28)).status())
        .isEqualTo(RenewalStatus.REVOKED);
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), true, false, GRACE, d(2023, 5, 1)))
        .isEqualTo(new LapseTimeline.Verdict(RenewalStatus.IN_GRACE, 27, true));
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), true, false, GRACE, d(2023, 5, 29)).status())
        .isEqualTo(RenewalStatus.EXPIRED);
    assertThat(LapseTimeline.ended(CYCLE.end().toEpochDay(), true, false, Optional.empty(), d(2023, 3, 1)).status())
        .isEqualTo(RenewalStatus.EXPIRED);
  }

  @Test
  void keyDatesAreInDateOrderAndContingentUntilTheCycleHasLapsed() {
    List<KeyDate> ahead = LapseTimeline.keyDates(CYCLE, List.of(d(2022, 2, 28)), INACTIVE, false);
    assertThat(ahead).extracting(KeyDate::kind, KeyDate::date, KeyDate::ifUnmet).containsExactly(
        tuple(KeyDateKind.CYCLE_START, d(2021, 3, 1), false),
        tuple(KeyDateKind.MANDATORY_YEAR_END, d(2022, 2, 28), false),
        tuple(KeyDateKind.CYCLE_END, d(2023, 2, 28), false), tuple(KeyDateKind.INACTIVE_FROM, d(2023, 3, 1), true),
        tuple(KeyDateKind.NEXT_CYCLE_START, d(2023, 3, 1), false), tuple(KeyDateKind.REVOKED_ON, d(2023, 8, 28), true),
        tuple(KeyDateKind.APPEAL_DEADLINE, d(2023, 11, 25), true));
    assertThat(LapseTimeline.keyDates(CYCLE, List.of(), GRACE, true)).extracting(KeyDate::kind, KeyDate::ifUnmet)
        .containsExactly(tuple(KeyDateKind.CYCLE_START, false), tuple(KeyDateKind.CYCLE_END, false),
            tuple(KeyDateKind.GRACE_END, false));
  }
}
