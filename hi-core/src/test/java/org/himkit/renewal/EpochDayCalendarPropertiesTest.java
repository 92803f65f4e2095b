package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.held;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.policy.CycleAnchor;
import org.junit.jupiter.api.Test;

/**
 * The status-only walk's calendar works on epoch days with the ISO calendar's arithmetic on ints: the same
 * days as {@link LocalDate}'s, on random dates, anchors and cycle counts, and the same standings as the full
 * assessment on random holders and activities.
 */
class EpochDayCalendarPropertiesTest {
  private static final int EXAMPLES = 2000;
  /** Epoch days from about 800 BCE to 4700 CE: both signs of year and of epoch day, every leap-year rule. */
  private static final long WIDE = 1_000_000;

  @Test
  void epochDaysAndYearsAreLocalDates() {
    qt().withExamples(EXAMPLES).forAll(longs().between(-WIDE, WIDE)).checkAssert(day -> {
      LocalDate date = LocalDate.ofEpochDay(day);
      assertThat(CycleCalendar.yearOf(day)).isEqualTo(date.getYear());
      long month = CycleCalendar.monthOf(day);
      assertThat(month).isEqualTo(date.getYear() * 12L + date.getMonthValue() - 1);
      assertThat(CycleCalendar.dayOfMonth(day, month)).isEqualTo(date.getDayOfMonth());
      assertThat(CycleCalendar.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth())).isEqualTo(day);
    });
  }

  @Test
  void monthsAddedAreLocalDatePlusMonths() {
    qt().withExamples(EXAMPLES).forAll(longs().between(-WIDE, WIDE), integers().between(-1200, 1200))
        .checkAssert((day, months) -> {
          LocalDate anchor = LocalDate.ofEpochDay(day);
          long month = anchor.getYear() * 12L + anchor.getMonthValue() - 1;
          assertThat(CycleCalendar.plusMonths(month + months, anchor.getDayOfMonth()))
              .isEqualTo(anchor.plusMonths(months).toEpochDay());
        });
  }

  @Test
  void aGracePeriodEndsOnTheDayLocalDateArithmeticGives() {
    // the walk's grace period on epoch days (LapseTimeline.graceEndDay) against the dates' (graceEnd)
    qt().withExamples(EXAMPLES).forAll(longs().between(-WIDE, WIDE), integers().between(0, 3),
        integers().between(0, 40), integers().between(0, 400)).checkAssert((day, years, months, days) -> {
          java.time.Period grace = java.time.Period.of(years, months, days + 1);
          java.util.Optional<org.himkit.policy.LapseRule> lapse = java.util.Optional.of(
              org.himkit.policy.LapseRule.withGracePeriod(grace, org.himkit.Citation.of("Test", "Test source",
                  "https://example.org", org.himkit.SourceType.PRIMARY)));
          assertThat(LapseTimeline.graceEndDay(day, lapse))
              .isEqualTo(LapseTimeline.graceEnd(day, lapse).orElseThrow().toEpochDay())
              .isEqualTo(LocalDate.ofEpochDay(day).plus(grace).toEpochDay());
        });
    assertThat(LapseTimeline.graceEndDay(0, java.util.Optional.empty())).isEqualTo(LapseTimeline.NO_GRACE);
  }

  @Test
  void theCalendarLaysOutTheCyclesLocalDateArithmeticGives() {
    List<String> credentials = List.of("RHIT", "RHIA", "CCS", "ODS", "CPC");
    qt().withExamples(500).forAll(integers().between(0, credentials.size() - 1), integers().between(0, 11_000))
        .checkAssert((pick, offset) -> {
          LocalDate earned = LocalDate.of(1996, 1, 1).plusDays(offset); // to 2026, through February 29ths
          HoldingGroups.Group g = Stages.group(earned.plusYears(30), held(credentials.get(pick), earned));
          CycleCalendar calendar = CycleCalendar.of(g, earned.plusYears(30));
          CycleAnchor anchor = g.plan().versions[0].policy.cycleAnchor();
          LocalDate start = earned;
          long months = 0;
          long days = 0;
          for (int i = 0; i < 8; i++) {
            VersionPlan v = g.plan().versionOn(start.toEpochDay());
            if (v == null) {
              return;
            }
            LocalDate end;
            if (anchor == CycleAnchor.CALENDAR_YEAR_END) {
              end = LocalDate.of(start.getYear() + v.yearsPerCycle - 1, 12, 31);
            } else { // the former calendar: the anchor plus the whole length, as LocalDate.plus(Period) does it
              months += v.cycleLength.toTotalMonths();
              days += v.cycleLength.getDays();
              end = earned.plusMonths(months).plusDays(days - 1);
            }
            assertThat(calendar.nextStartDay()).isEqualTo(start.toEpochDay());
            CycleCalendar.PlannedCycle c = calendar.next(v);
            assertThat(c.cycle().start()).isEqualTo(start);
            assertThat(c.cycle().end()).isEqualTo(end);
            assertThat(c.endDay()).isEqualTo(end.toEpochDay());
            start = end.plusDays(1);
          }
        });
  }

  @Test
  void standingsAreTheFullAssessmentsStandingsOneByOneAndInABatch() {
    List<String> credentials = List.of("RHIT", "RHIA", "CCS", "CCA", "ODS", "CPC", "CPMA");
    qt().withExamples(300).forAll(integers().between(1, (1 << credentials.size()) - 1), integers().between(0, 9000),
        integers().between(0, 40), integers().between(0, Integer.MAX_VALUE)).checkAssert((pick, offset, count, seed) -> {
          LocalDate earned = LocalDate.of(2001, 1, 1).plusDays(offset);
          LocalDate asOf = earned.plusDays(400 + seed % 3000); // after every credential was earned
          List<CredentialHolding> holdings = new ArrayList<>();
          for (int i = 0; i < credentials.size(); i++) {
            if ((pick >>> i & 1) == 1) {
              holdings.add(held(credentials.get(i), earned.plusDays(i * 97L % 400)));
            }
          }
          List<CeActivity> activities = new ArrayList<>();
          java.util.Random r = new java.util.Random(seed);
          for (int i = 0; i < count; i++) {
            LocalDate on = earned.plusDays(r.nextInt((int) (asOf.toEpochDay() - earned.toEpochDay()) + 60));
            String ceus = (1 + r.nextInt(12)) + (r.nextBoolean() ? ".5" : "");
            activities.add(switch (r.nextInt(3)) {
              case 0 -> Fixtures.hiim("a" + i, on, ceus);
              case 1 -> Fixtures.ahimaSource("a" + i, on, ceus);
              default -> Fixtures.other("a" + i, on, ceus);
            });
          }
          HolderRecord record = HolderRecord.of(holdings, activities);
          List<RenewalStanding> expected = new ArrayList<>();
          for (RenewalAssessment a : EVALUATOR.assess(holdings, activities, asOf).assessments()) {
            expected.add(a.standing());
          }
          assertThat(EVALUATOR.standings(record, asOf)).isEqualTo(expected);
          HolderRecord again = HolderRecord.of(holdings, activities);
          assertThat(EVALUATOR.standings(List.of(record, again, record), asOf)).containsExactly(expected, expected,
              expected);
        });
  }
}
