/**
 * HIM Kit calendar: a holder's renewal key dates as an iCalendar (RFC 5545) file.
 *
 * <p>The module exports {@code org.himkit.calendar}. It writes with ical4j 4, which is a named module
 * ({@code ical4j.core}, as are its own dependencies: SLF4J, Commons Lang, Commons Codec and
 * ThreeTen-Extra), so the module runs on the module path as well as on the class path. ical4j's
 * {@code Calendar} appears in the API ({@link org.himkit.calendar.RenewalCalendar#toCalendar}), hence
 * {@code requires transitive}.
 */
module org.himkit.calendar {
  requires transitive org.himkit.core;
  requires transitive ical4j.core;
  requires com.google.common;
  requires static transitive org.jspecify;

  exports org.himkit.calendar;
}
