package org.himkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.HimGens;
import org.himkit.testkit.SyntheticHolder;
import org.himkit.testkit.SyntheticPopulation;
import org.junit.jupiter.api.Test;

/** Properties of renewal calendars over the test kit's synthetic holders of the built-in catalog. */
class CalendarPropertiesTest {
  /** Holders whose credentials were earned from 2019 on, so that most have dates ahead on the as-of day. */
  private static final SyntheticPopulation POPULATION =
      HimGenerators.population(14).withPeriod(LocalDate.of(2019, 1, 1), Holders.AS_OF);
  private static final RenewalCalendar CALENDAR = RenewalCalendar.ofDefaults();

  @Test
  void everyDateAheadOfTheDefaultKindsIsOneEventAndNothingElseIs() {
    AtomicInteger withEvents = new AtomicInteger();
    AtomicInteger withReminders = new AtomicInteger();
    qt().withExamples(60).forAll(HimGens.holders(POPULATION), integers().between(0, 900))
        .checkAssert((holder, daysLater) -> {
          List<RenewalAssessment> assessments = assess(holder);
          LocalDate asOf = POPULATION.asOf().plusDays(daysLater);
          List<KeyDateEvent> events = CALENDAR.events(assessments, CalendarKey.of("h" + holder.index()), asOf);

          Set<String> expected = new HashSet<>();
          for (RenewalAssessment a : assessments) {
            for (KeyDate d : a.keyDates()) {
              if (RenewalCalendar.DEFAULT_KINDS.contains(d.kind()) && !d.date().isBefore(asOf)
                  && !(d.ifUnmet() && a.requirementsMet())) {
                expected.add(a.issuer() + " " + d.kind() + " " + d.date());
              }
            }
          }
          assertThat(events).extracting(e -> e.issuer() + " " + e.kind() + " " + e.date())
              .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
          assertThat(events).extracting(KeyDateEvent::uid).doesNotHaveDuplicates();
          assertThat(events).extracting(KeyDateEvent::date).isSorted();
          withEvents.addAndGet(events.isEmpty() ? 0 : 1);
          withReminders.addAndGet(events.stream().mapToInt(e -> e.reminders().size()).sum());
          for (KeyDateEvent e : events) {
            assertThat(RenewalCalendar.DEFAULT_REMINDERS).containsAll(e.reminders());
            for (int i = 0; i < RenewalCalendar.DEFAULT_REMINDERS.size(); i++) {
              LocalDate due = e.date().minus(RenewalCalendar.DEFAULT_REMINDERS.get(i));
              assertThat(e.reminders().contains(RenewalCalendar.DEFAULT_REMINDERS.get(i)))
                  .as("reminder due %s as of %s", due, asOf).isEqualTo(!due.isBefore(asOf));
            }
          }
        });
    // the property was not checked on empty calendars only
    assertThat(withEvents.get()).isGreaterThan(10);
    assertThat(withReminders.get()).isGreaterThan(10);
  }

  @Test
  void theFileReadsBackAsTheEventsAndIsTheSameEachTime() {
    qt().withExamples(25).forAll(HimGens.holders(POPULATION)).checkAssert(holder -> {
      List<RenewalAssessment> assessments = assess(holder);
      String key = "holder-" + holder.index();
      List<KeyDateEvent> events = CALENDAR.events(assessments, CalendarKey.of(key), POPULATION.asOf());
      String text = Ics.write(CALENDAR, assessments, key, POPULATION.asOf());

      assertThat(Ics.write(CALENDAR, assess(holder), key, POPULATION.asOf())).isEqualTo(text);
      Calendar parsed = Ics.parse(text);
      List<VEvent> vevents = Ics.events(parsed);
      assertThat(vevents).extracting(v -> Ics.value(v, Property.UID))
          .containsExactlyElementsOf(events.stream().map(KeyDateEvent::uid).toList());
      assertThat(vevents).extracting(v -> Ics.date(v, Property.DTSTART))
          .containsExactlyElementsOf(events.stream().map(KeyDateEvent::date).toList());
      assertThat(vevents).extracting(Ics::reminders)
          .containsExactlyElementsOf(events.stream().map(KeyDateEvent::reminders).toList());
      if (!vevents.isEmpty()) {
        assertThat(parsed.validate().getEntries()).isEmpty();
      }
    });
  }

  private static List<RenewalAssessment> assess(SyntheticHolder holder) {
    return Holders.EVALUATOR.assess(holder.holdings(), holder.activities(), POPULATION.asOf()).assessments();
  }
}
