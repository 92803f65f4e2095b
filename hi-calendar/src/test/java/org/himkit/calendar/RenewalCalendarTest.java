package org.himkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.KeyDateKind.APPEAL_DEADLINE;
import static org.himkit.renewal.KeyDateKind.CYCLE_END;
import static org.himkit.renewal.KeyDateKind.INACTIVE_FROM;
import static org.himkit.renewal.KeyDateKind.NEXT_CYCLE_START;
import static org.himkit.renewal.KeyDateKind.REVOKED_ON;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.himkit.OrganizationId;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalStatus;
import org.junit.jupiter.api.Test;

class RenewalCalendarTest {
  private static final CalendarKey KEY = CalendarKey.of("portal-account-0001");
  private static final List<Period> DEFAULT = List.of(Period.ofDays(90), Period.ofDays(30), Period.ofDays(7));

  @Test
  void anOpenCycleGivesItsLastDayAndTheLapseDatesThatFollowIfUnmet() {
    List<RenewalAssessment> assessments = Holders.rhitOpen();
    assertThat(assessments).singleElement().extracting(RenewalAssessment::status)
        .isIn(RenewalStatus.ACTIVE_ON_TRACK, RenewalStatus.ACTIVE_AT_RISK);

    List<KeyDateEvent> events = RenewalCalendar.ofDefaults().events(assessments, KEY, Holders.AS_OF);

    assertThat(events).extracting(KeyDateEvent::kind)
        .containsExactly(CYCLE_END, INACTIVE_FROM, REVOKED_ON, APPEAL_DEADLINE);
    assertThat(events).extracting(KeyDateEvent::date).containsExactly(LocalDate.of(2027, 3, 14),
        LocalDate.of(2027, 3, 15), LocalDate.of(2027, 9, 11), LocalDate.of(2027, 12, 9));
    assertThat(events).allSatisfy(e -> {
      assertThat(e.reminders()).isEqualTo(DEFAULT);
      assertThat(e.issuer()).isEqualTo(OrganizationId.of("AHIMA"));
      assertThat(e.assessment()).isSameAs(assessments.get(0));
    });
    assertThat(events.get(1).keyDate().ifUnmet()).isTrue();
    assertThat(events.get(0).reminderDates()).containsExactly(LocalDate.of(2026, 12, 14), LocalDate.of(2027, 2, 12),
        LocalDate.of(2027, 3, 7));
  }

  @Test
  void metRequirementsLeaveOutTheDatesThatHappenOnlyIfUnmet() {
    List<RenewalAssessment> assessments = Holders.rhitMet();
    assertThat(assessments.get(0).status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(assessments.get(0).keyDates()).extracting(KeyDate::kind).contains(INACTIVE_FROM, REVOKED_ON);

    assertThat(RenewalCalendar.ofDefaults().events(assessments, KEY, Holders.AS_OF))
        .extracting(KeyDateEvent::kind).containsExactly(CYCLE_END);
  }

  @Test
  void datesAndRemindersBeforeAsOfAreLeftOutAndEventsAreInDateOrderAcrossIssuers() {
    // AAPC's cycle ends 2027-01-09 (46 days ahead: no 90-day reminder); AHIMA's ended 2026-07-31 unmet,
    // so the credentials are inactive and will be revoked 2027-01-28; NCRA's cycle ended 2025-12-31 unmet
    // and its January 31 deadline has passed, so the exam must be retaken from 2029-02-01 (three years
    // after the deadline). AAPC revokes 90 days after an unmet cycle: 2027-04-10 if its requirements stay
    // unmet.
    List<RenewalAssessment> assessments = Holders.threeIssuers();
    assertThat(assessments).extracting(a -> a.issuer().value()).containsExactly("AAPC", "AHIMA", "NCRA");

    List<KeyDateEvent> events = RenewalCalendar.ofDefaults().events(assessments, KEY, Holders.AS_OF);

    assertThat(events).extracting(e -> e.issuer().value() + " " + e.kind() + " " + e.date() + " " + e.reminders())
        .containsExactly("AAPC CYCLE_END 2027-01-09 [P30D, P7D]", "AHIMA REVOKED_ON 2027-01-28 [P30D, P7D]",
            "AAPC REVOKED_ON 2027-04-10 [P90D, P30D, P7D]", "AHIMA APPEAL_DEADLINE 2027-04-27 [P90D, P30D, P7D]",
            "NCRA EXAM_RETAKE_FROM 2029-02-01 [P90D, P30D, P7D]");
    assertThat(events).allSatisfy(e -> {
      assertThat(e.date()).isAfterOrEqualTo(Holders.AS_OF);
      assertThat(e.reminderDates()).allSatisfy(d -> assertThat(d).isAfterOrEqualTo(Holders.AS_OF));
    });
    // REVOKED_ON and APPEAL_DEADLINE of a lapsed cycle are certain, not conditional; AAPC's is conditional
    assertThat(List.of(events.get(1), events.get(3))).allSatisfy(e -> assertThat(e.keyDate().ifUnmet()).isFalse());
    assertThat(events.get(2).keyDate().ifUnmet()).isTrue();
    assertThat(events.get(4).keyDate().ifUnmet()).isFalse();
  }

  @Test
  void ncrasSubmissionDeadlineIsAReminderEvenWhenTheCycleIsMet() {
    // ODS earned 2024-05-20: the cycle ends 2025-12-31, its CE hours are due by 2026-01-31
    List<RenewalAssessment> assessments = Holders.odsMet();
    assertThat(assessments.get(0).status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(RenewalCalendar.ofDefaults().events(assessments, KEY, LocalDate.of(2025, 11, 1)))
        .extracting(e -> e.kind() + " " + e.date())
        .containsExactly("CYCLE_END 2025-12-31", "SUBMISSION_DEADLINE 2026-01-31");
  }

  @Test
  void aDateOnAsOfIsKeptAndTheDayAfterItIsGone() {
    List<RenewalAssessment> assessments = Holders.rhitOpen();
    LocalDate cycleEnd = LocalDate.of(2027, 3, 14);
    RenewalCalendar calendar = RenewalCalendar.builder().reminders(Period.ZERO, Period.ofDays(1)).build();

    List<KeyDateEvent> onTheDay = calendar.events(assessments, KEY, cycleEnd);
    assertThat(onTheDay.get(0).kind()).isEqualTo(CYCLE_END);
    assertThat(onTheDay.get(0).reminders()).containsExactly(Period.ZERO);
    assertThat(calendar.events(assessments, KEY, cycleEnd.plusDays(1))).extracting(KeyDateEvent::kind)
        .doesNotContain(CYCLE_END).startsWith(INACTIVE_FROM);
  }

  @Test
  void theKindsWrittenCanBeChosen() {
    RenewalCalendar calendar = RenewalCalendar.builder().kinds(Set.of(KeyDateKind.CYCLE_START, NEXT_CYCLE_START))
        .build();
    assertThat(calendar.kinds()).containsExactly(KeyDateKind.CYCLE_START, NEXT_CYCLE_START);
    // the cycle's first day is past: only the next cycle's first day is ahead
    assertThat(calendar.events(Holders.rhitOpen(), KEY, Holders.AS_OF))
        .extracting(e -> e.kind() + " " + e.date()).containsExactly("NEXT_CYCLE_START 2027-03-15");
  }

  @Test
  void theOutputParsesBackWithIcal4jWithEveryEventAlarmAndUid() {
    List<RenewalAssessment> assessments = new ArrayList<>(Holders.threeIssuers());
    assessments.addAll(Holders.rhitOpen()); // a second AHIMA assessment: a second holder's cycle in one file
    RenewalCalendar writer = RenewalCalendar.ofDefaults();
    List<KeyDateEvent> expected = writer.events(assessments, KEY, Holders.AS_OF);
    assertThat(expected).hasSize(9);

    Calendar calendar = Ics.parse(Ics.write(writer, assessments, "portal-account-0001", Holders.AS_OF));

    assertThat(calendar.validate().getEntries()).isEmpty();
    assertThat(Ics.value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(Ics.value(calendar, Property.PRODID)).isEqualTo(RenewalCalendar.PRODUCT_ID);
    // no METHOD: a plain calendar to import, not an iTIP message (PUBLISH would require an ORGANIZER)
    assertThat(calendar.getProperty(Property.METHOD)).isEmpty();
    List<VEvent> events = Ics.events(calendar);
    assertThat(events).hasSameSizeAs(expected);
    for (int i = 0; i < events.size(); i++) {
      VEvent event = events.get(i);
      KeyDateEvent want = expected.get(i);
      assertThat(Ics.value(event, Property.UID)).isEqualTo(want.uid());
      assertThat(Ics.date(event, Property.DTSTART)).isEqualTo(want.date());
      assertThat(Ics.date(event, Property.DTEND)).isEqualTo(want.date().plusDays(1));
      // exactly one DTSTAMP, the caller's: ical4j's default constructors would add one read from the clock
      assertThat(event.<Property>getProperties(Property.DTSTAMP)).extracting(Property::getValue)
          .containsExactly("20261124T093000Z");
      assertThat(Ics.value(event, Property.TRANSP)).isEqualTo("TRANSPARENT");
      assertThat(Ics.value(event, Property.SUMMARY)).isNotBlank();
      assertThat(Ics.value(event, Property.DESCRIPTION)).isNotBlank();
      assertThat(Ics.reminders(event)).isEqualTo(want.reminders());
      for (VAlarm alarm : event.getAlarms()) {
        assertThat(Ics.value(alarm, Property.ACTION)).isEqualTo("DISPLAY");
        assertThat(Ics.value(alarm, Property.DESCRIPTION)).isNotBlank();
      }
    }
    assertThat(events).extracting(e -> Ics.value(e, Property.UID)).doesNotHaveDuplicates();
  }

  @Test
  void sameInputGivesTheSameBytesWhateverTheWriterOrTheOrderOfTheReminders() throws Exception {
    List<RenewalAssessment> assessments = Holders.threeIssuers();
    String first = Ics.write(RenewalCalendar.ofDefaults(), assessments, "k", Holders.AS_OF);
    String again = Ics.write(RenewalCalendar.builder().reminders(Period.ofWeeks(1), Period.ofDays(90),
        Period.ofDays(30)).build(), Holders.threeIssuers(), "k", Holders.AS_OF);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RenewalCalendar.ofDefaults().write(assessments, CalendarKey.of("k"), Holders.AS_OF, Ics.STAMP, bytes);

    assertThat(again).isEqualTo(first);
    assertThat(bytes.toByteArray()).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    assertThat(first).contains("\r\n").doesNotContain("\n\n");
    assertThat(first.lines()).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(75));
  }

  @Test
  void theStampComesFromTheCallerAndChangesNothingElse() {
    List<RenewalAssessment> assessments = Holders.rhitOpen();
    Calendar a = RenewalCalendar.ofDefaults().toCalendar(assessments, KEY, Holders.AS_OF, Ics.STAMP);
    Calendar b = RenewalCalendar.ofDefaults().toCalendar(assessments, KEY, Holders.AS_OF,
        Instant.parse("2031-01-02T03:04:05Z"));
    List<String> linesA = a.toString().lines().toList();
    List<String> linesB = b.toString().lines().toList();
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < linesA.size(); i++) {
      if (!linesA.get(i).equals(linesB.get(i))) {
        differ.add(linesB.get(i));
      }
    }
    assertThat(linesB).hasSameSizeAs(linesA);
    assertThat(differ).hasSize(4).containsOnly("DTSTAMP:20310102T030405Z");
  }

  @Test
  void reimportingALaterCalendarKeepsTheIdsOfTheSameDates() {
    // three months later, with 12 CEUs earned: the words change, the ids do not
    LocalDate later = Holders.AS_OF.plusMonths(3);
    List<RenewalAssessment> laterAssessments = Holders.assess(
        List.of(Holders.holding("RHIT", LocalDate.of(2025, 3, 15))),
        List.<CeActivity>of(Holders.ahimaActivity("a1", LocalDate.of(2026, 12, 1), 12)), later);
    RenewalCalendar writer = RenewalCalendar.ofDefaults();
    List<KeyDateEvent> before = writer.events(Holders.rhitOpen(), KEY, Holders.AS_OF);
    List<KeyDateEvent> after = writer.events(laterAssessments, CalendarKey.of("portal-account-0001"), later);

    assertThat(after).extracting(KeyDateEvent::uid).isEqualTo(before.stream().map(KeyDateEvent::uid).toList());
    String beforeText = Ics.write(writer, Holders.rhitOpen(), "portal-account-0001", Holders.AS_OF);
    String afterText = Ics.write(writer, laterAssessments, "portal-account-0001", later);
    assertThat(afterText).isNotEqualTo(beforeText);
    assertThat(Ics.events(Ics.parse(afterText))).extracting(e -> Ics.value(e, Property.UID))
        .isEqualTo(Ics.events(Ics.parse(beforeText)).stream().map(e -> Ics.value(e, Property.UID)).toList());
  }

  @Test
  void idsAreVersion8UuidsThatDifferByHolderKeyAndCarryNoKeyInClear() {
    List<RenewalAssessment> assessments = Holders.rhitOpen();
    List<KeyDateEvent> mine = RenewalCalendar.ofDefaults().events(assessments, KEY, Holders.AS_OF);
    List<KeyDateEvent> theirs =
        RenewalCalendar.ofDefaults().events(assessments, CalendarKey.of("portal-account-0002"), Holders.AS_OF);

    assertThat(mine).allSatisfy(e -> {
      UUID uuid = UUID.fromString(e.uid());
      assertThat(uuid.version()).isEqualTo(8);
      assertThat(uuid.variant()).isEqualTo(2);
    });
    assertThat(mine).extracting(KeyDateEvent::uid).doesNotHaveDuplicates()
        .doesNotContainAnyElementsOf(theirs.stream().map(KeyDateEvent::uid).toList());
    String text = Ics.write(RenewalCalendar.ofDefaults(), assessments, "portal-account-0001", Holders.AS_OF);
    assertThat(text).doesNotContain("portal-account").doesNotContain("0001");
  }

  @Test
  void anAssessmentGivenTwiceGivesEachEventOnce() {
    List<RenewalAssessment> twice = new ArrayList<>(Holders.threeIssuers());
    twice.addAll(Holders.threeIssuers());
    assertThat(RenewalCalendar.ofDefaults().events(twice, KEY, Holders.AS_OF))
        .isEqualTo(RenewalCalendar.ofDefaults().events(Holders.threeIssuers(), KEY, Holders.AS_OF));
  }

  @Test
  void aHolderWithNoDateAheadGetsAValidEmptyCalendar() {
    List<RenewalAssessment> assessments = Holders.revokedLongAgo();
    assertThat(assessments).isNotEmpty();
    assertThat(assessments).allSatisfy(a -> assertThat(a.keyDates())
        .allSatisfy(d -> assertThat(d.date()).isBefore(Holders.AS_OF)));

    for (List<RenewalAssessment> none : List.of(assessments, List.<RenewalAssessment>of())) {
      assertThat(RenewalCalendar.ofDefaults().events(none, KEY, Holders.AS_OF)).isEmpty();
      String text = Ics.write(RenewalCalendar.ofDefaults(), none, "k", Holders.AS_OF);
      Calendar calendar = Ics.parse(text);
      assertThat(calendar.getComponents()).isEmpty();
      assertThat(Ics.value(calendar, Property.PRODID)).isEqualTo(RenewalCalendar.PRODUCT_ID);
      // the validator's only objection: RFC 5545's grammar asks for at least one component
      assertThat(calendar.validate().getEntries()).extracting(e -> e.getMessage())
          .containsExactly("Calendar must contain at least one component");
      assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").contains("VERSION:2.0\r\n");
    }
  }

  @Test
  void noRemindersGivesEventsWithoutAlarms() {
    RenewalCalendar calendar = RenewalCalendar.builder().reminders(List.of()).build();
    assertThat(calendar.reminders()).isEmpty();
    Calendar parsed = Ics.parse(Ics.write(calendar, Holders.rhitOpen(), "k", Holders.AS_OF));
    assertThat(Ics.events(parsed)).hasSize(4).allSatisfy(e -> assertThat(e.getAlarms()).isEmpty());
    assertThat(parsed.getComponents(Component.VEVENT)).hasSize(4);
  }
}
