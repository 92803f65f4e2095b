package org.himkit.calendar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.RenewalAssessment;

/**
 * One event of a renewal calendar, as typed values: a key date of an assessment, the event's stable id
 * and the reminders still ahead.
 *
 * <p>{@link RenewalCalendar#events} answers with these; {@link RenewalCalendar#toCalendar} turns each
 * into an all-day {@code VEVENT} with one {@code VALARM} per reminder. A program can show them without
 * reading iCalendar, such as a list of coming deadlines.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param uid  the event's id, the same each time the holder's calendar is written, not blank
 * @param assessment  the assessment the date comes from, not null
 * @param keyDate  the key date, one of the assessment's, not null
 * @param reminders  how long before the date each reminder is due, largest first, only those not
 *     already past on the date the calendar was written for, possibly empty
 */
public record KeyDateEvent(String uid, RenewalAssessment assessment, KeyDate keyDate, List<Period> reminders) {
  /**
   * Creates an event after checking it.
   *
   * @param uid  the event's id, not blank
   * @param assessment  the assessment, not null
   * @param keyDate  the key date, one of the assessment's, not null
   * @param reminders  how long before the date each reminder is due, not null
   * @throws NullPointerException if an argument or a reminder is null
   * @throws HimValidationException if the id is blank or the key date is not one of the assessment's
   */
  public KeyDateEvent {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(keyDate, "keyDate");
    reminders = ImmutableList.copyOf(reminders);
    if (uid.isBlank()) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "calendar event of " + keyDate, "uid",
          "must not be blank", "\"" + uid + "\"");
    }
    if (!assessment.keyDates().contains(keyDate)) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "calendar event " + uid, "keyDate",
          "must be one of the assessment's key dates " + assessment.keyDates(), keyDate);
    }
  }

  /**
   * Returns what happens on the date.
   *
   * @return the kind, not null
   */
  public KeyDateKind kind() {
    return keyDate.kind();
  }

  /**
   * Returns the date of the event.
   *
   * @return the date, not null
   */
  public LocalDate date() {
    return keyDate.date();
  }

  /**
   * Returns the issuer whose rules the date comes from.
   *
   * @return the issuer, not null
   */
  public OrganizationId issuer() {
    return assessment.issuer();
  }

  /**
   * Returns the days on which the reminders are due, in the order of {@link #reminders()}.
   *
   * @return the days, earliest first, possibly empty
   */
  public List<LocalDate> reminderDates() {
    ImmutableList.Builder<LocalDate> out = ImmutableList.builderWithExpectedSize(reminders.size());
    for (Period p : reminders) {
      out.add(keyDate.date().minus(p));
    }
    return out.build();
  }
}
