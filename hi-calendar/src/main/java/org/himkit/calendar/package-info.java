/**
 * Renewal calendars: the dates that matter for keeping a credential (the last day of the cycle, the day
 * the credentials become inactive or revoked, the last day to appeal) as iCalendar events with
 * reminders, for a holder's own calendar program.
 *
 * <p>{@link org.himkit.calendar.RenewalCalendar} turns the typed {@code RenewalAssessment}s of
 * {@code org.himkit.renewal} into {@link org.himkit.calendar.KeyDateEvent}s (typed, for a program) and
 * into an RFC 5545 file (for a person). Each event's id is derived from a
 * {@link org.himkit.calendar.CalendarKey}, a hash of the caller's key for the holder, so that importing
 * a newer file updates the events instead of adding copies, and no personal data appears in it.
 */
@NullMarked
package org.himkit.calendar;

import org.jspecify.annotations.NullMarked;
