package org.himkit.calendar;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyListAccessor;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Trigger;
import org.himkit.renewal.RenewalAssessment;

/** Writes calendars to text and reads them back with ical4j's own parser. */
final class Ics {
  static final Instant STAMP = Instant.parse("2026-11-24T09:30:00Z");

  private Ics() {}

  static String write(RenewalCalendar calendar, List<RenewalAssessment> assessments, String key, LocalDate asOf) {
    StringBuilder out = new StringBuilder();
    try {
      calendar.write(assessments, CalendarKey.of(key), asOf, STAMP, out);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  static Calendar parse(String text) {
    try {
      return new CalendarBuilder().build(new StringReader(text));
    } catch (Exception e) {
      throw new AssertionError("ical4j cannot parse the output: " + e + "\n" + text, e);
    }
  }

  static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(Component.VEVENT);
  }

  static String value(PropertyListAccessor component, String property) {
    return component.<Property>getProperty(property).orElseThrow(() -> new AssertionError("no " + property))
        .getValue();
  }

  static LocalDate date(VEvent event, String property) {
    Temporal t = event.<DateProperty<?>>getProperty(property).orElseThrow().getDate();
    return LocalDate.from(t);
  }

  /** The reminders of an event as offsets before it, in file order. */
  static List<Period> reminders(VEvent event) {
    List<Period> out = new ArrayList<>();
    for (VAlarm alarm : event.getAlarms()) {
      TemporalAmount d = alarm.<Trigger>getProperty(Property.TRIGGER).orElseThrow().getDuration();
      out.add(Period.from(d).negated().normalized());
    }
    return out;
  }
}
