package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;

/** Stage 3: the cycles tile time from the day earned. */
class CycleCalendarTest {

  private static List<String> cycles(HoldingGroups.Group g, LocalDate asOf, int count) {
    CycleCalendar calendar = CycleCalendar.of(g, asOf);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      VersionPlan v = java.util.Objects.requireNonNull(g.plan().versionOn(calendar.nextStartDay()));
      CycleCalendar.PlannedCycle c = calendar.next(v);
      out.add(c.index() + " " + c.cycle() + (c.shortFirst() ? " short" : ""));
    }
    return out;
  }

  @Test
  void cyclesAnchoredToTheDayEarnedEndTheDayBeforeTheNextBoundary() {
    HoldingGroups.Group g = Stages.group(d(2030, 1, 1), held("RHIT", d(2024, 2, 29)));
    assertThat(cycles(g, d(2030, 1, 1), 3)).containsExactly("0 2024-02-29 to 2026-02-27",
        "1 2026-02-28 to 2028-02-28", "2 2028-02-29 to 2030-02-27");
  }

  @Test
  void anExplicitStartTilesTheYearsBeforeIt() {
    CredentialHolding rhia = CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2019, 6, 1))
        .cycleStart(d(2024, 1, 1)).build();
    assertThat(cycles(Stages.group(d(2024, 6, 1), rhia), d(2024, 6, 1), 4)).containsExactly(
        "0 2019-06-01 to 2019-12-31 short", "1 2020-01-01 to 2021-12-31", "2 2022-01-01 to 2023-12-31",
        "3 2024-01-01 to 2025-12-31");
    CredentialHolding onTheDay = CredentialHolding.builder().from(rhia).cycleStart(d(2023, 6, 1)).build();
    assertThat(cycles(Stages.group(d(2024, 6, 1), onTheDay), d(2024, 6, 1), 1))
        .containsExactly("0 2019-06-01 to 2021-05-31");
  }

  @Test
  void calendarYearCyclesEndOnDecember31() {
    assertThat(cycles(Stages.group(d(2026, 1, 1), held("ODS", d(2022, 6, 15))), d(2026, 1, 1), 3))
        .containsExactly("0 2022-06-15 to 2023-12-31", "1 2024-01-01 to 2025-12-31", "2 2026-01-01 to 2027-12-31");
  }

  @Test
  void anExplicitStartMoreThanACycleAheadIsRejected() {
    CredentialHolding cpc = CredentialHolding.builder().credential(CredentialId.of("CPC")).earned(d(2023, 3, 1))
        .cycleStart(d(2025, 6, 2)).build();
    assertThatThrownBy(() -> CycleCalendar.of(Stages.group(d(2023, 6, 1), cpc), d(2023, 6, 1)))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("2025-06-02");
    assertThat(cycles(Stages.group(d(2023, 6, 2), cpc), d(2023, 6, 2), 2)).containsExactly(
        "0 2023-03-01 to 2023-06-01 short", "1 2023-06-02 to 2025-06-01");
  }
}
