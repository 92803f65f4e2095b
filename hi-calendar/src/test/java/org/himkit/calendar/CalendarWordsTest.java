package org.himkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.himkit.text.HimText;
import org.junit.jupiter.api.Test;

/** Golden tests of the events' words: the only tests that read them. */
class CalendarWordsTest {
  private static List<VEvent> events(RenewalCalendar calendar, List<org.himkit.renewal.RenewalAssessment> a) {
    return Ics.events(Ics.parse(Ics.write(calendar, a, "k", Holders.AS_OF)));
  }

  @Test
  void anOpenCyclesLastDayReadsFromTheRenderer() {
    VEvent cycleEnd = events(RenewalCalendar.ofDefaults(), Holders.rhitOpen()).get(0);
    assertThat(Ics.value(cycleEnd, Property.SUMMARY))
        .isEqualTo("RHIT (AHIMA): last day of the cycle: every requirement must be met by then");
    assertThat(Ics.value(cycleEnd, Property.DESCRIPTION)).isEqualTo("""
        Renewal cycle 2025-03-15 to 2027-03-14, under AHIMA recertification, 2025.
        Status on 2026-11-24: active, at risk.
        20 more CEUs needed for the cycle ending 2027-03-14: 0 of 20 earned.
        16 more CEUs within the HIIM domains needed for the cycle ending 2027-03-14: 0 of 16 \
        counted.
        8 more CEUs from AHIMA sources needed for the cycle ending 2027-03-14: 0 of 8 counted.""");
    assertThat(cycleEnd.getAlarms()).extracting(a -> Ics.value(a, Property.DESCRIPTION)).containsExactly(
        "In 90 days: RHIT (AHIMA): last day of the cycle: every requirement must be met by then",
        "In 30 days: RHIT (AHIMA): last day of the cycle: every requirement must be met by then",
        "In 7 days: RHIT (AHIMA): last day of the cycle: every requirement must be met by then");
  }

  @Test
  void conditionalAndCertainLapseDatesReadDifferently() {
    assertThat(events(RenewalCalendar.ofDefaults(), Holders.rhitOpen()).get(1))
        .extracting(e -> Ics.value(e, Property.SUMMARY))
        .isEqualTo("RHIT (AHIMA): the credentials become inactive if the requirements are unmet");
    assertThat(events(RenewalCalendar.ofDefaults(), Holders.threeIssuers())).extracting(e -> Ics.value(e,
        Property.SUMMARY)).containsExactly(
        "CPC (AAPC): last day of the cycle: every requirement must be met by then",
        "CCS (AHIMA): the credentials are revoked from this day",
        "CPC (AAPC): the credentials are revoked from this day if the requirements stay unmet",
        "CCS (AHIMA): last day to file an appeal after revocation",
        "ODS (NCRA): the exam must be retaken from this day");
  }

  @Test
  void metRequirementsAreSaidSoAndSeveralCredentialsAreListed() {
    VEvent met = events(RenewalCalendar.ofDefaults(), Holders.rhitMet()).get(0);
    assertThat(Ics.value(met, Property.DESCRIPTION)).endsWith(
        "Status on 2026-11-24: active, every requirement met.\nEvery requirement of the cycle is met.");
    List<org.himkit.renewal.RenewalAssessment> two = Holders.assess(List.of(
        Holders.holding("RHIA", java.time.LocalDate.of(2025, 3, 15)),
        Holders.holding("CCS", java.time.LocalDate.of(2025, 3, 15))), List.of(), Holders.AS_OF);
    assertThat(Ics.value(events(RenewalCalendar.ofDefaults(), two).get(0), Property.SUMMARY))
        .startsWith("RHIA, CCS (AHIMA): ");
  }

  @Test
  void aReminderOnTheDayItselfSaysToday() {
    RenewalCalendar calendar = RenewalCalendar.builder().reminders(Period.ZERO, Period.ofDays(1)).build();
    List<VAlarm> alarms = events(calendar, Holders.rhitOpen()).get(0).getAlarms();
    assertThat(alarms).extracting(a -> Ics.value(a, Property.DESCRIPTION)).containsExactly(
        "In 1 day: RHIT (AHIMA): last day of the cycle: every requirement must be met by then",
        "Today: RHIT (AHIMA): last day of the cycle: every requirement must be met by then");
  }

  @Test
  void theCalendarIsNamed() {
    String text = Ics.write(RenewalCalendar.ofDefaults(), Holders.rhitOpen(), "k", Holders.AS_OF);
    assertThat(text).contains("\r\nNAME:Credential renewal dates\r\n", "\r\nX-WR-CALNAME:Credential renewal dates\r\n");
  }

  @Test
  void anApplicationsTemplatesAndRendererAreUsed() {
    ResourceBundle english = ResourceBundle.getBundle(RenewalCalendar.BUNDLE, Locale.ROOT,
        RenewalCalendar.class.getModule());
    ResourceBundle shouting = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return english.keySet().stream().map(k -> new Object[] {k,
            k.equals("summary") ? "DEADLINE {1} {0}: {2}" : english.getString(k)}).toArray(Object[][]::new);
      }
    };
    RenewalCalendar calendar = RenewalCalendar.builder().messages(shouting).text(HimText.of(Locale.GERMANY)).build();
    assertThat(calendar.text().locale()).isEqualTo(Locale.GERMANY);
    VEvent first = events(calendar, Holders.rhitOpen()).get(0);
    assertThat(Ics.value(first, Property.SUMMARY))
        .isEqualTo("DEADLINE AHIMA RHIT: last day of the cycle: every requirement must be met by then");
  }
}
