package org.himkit.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.Shortfall;
import org.himkit.text.HimText;

/**
 * Writes a holder's renewal key dates as an iCalendar (RFC 5545) file: one all-day event per date to
 * come, with reminders before it and an id that stays the same from one file to the next.
 *
 * <pre>{@code
 * RenewalCalendar calendar = RenewalCalendar.builder()
 *     .reminders(Period.ofDays(60), Period.ofDays(14))     // default: 90, 30 and 7 days before
 *     .build();
 * RenewalResult result = evaluator.assess(holdings, activities, asOf);
 * calendar.write(result.assessments(), CalendarKey.of(accountId), asOf, Instant.now(), writer);
 * }</pre>
 *
 * <h2>Which dates</h2>
 * Each assessment's {@linkplain RenewalAssessment#keyDates() key dates} of the {@linkplain #kinds() kinds}
 * chosen become events; by default the dates by which something must be done or after which the holder
 * loses something ({@link #DEFAULT_KINDS}: the end of a year needing a mandatory activity, the last day of
 * the cycle, the end of a grace period, the days the credentials become inactive and revoked, the last
 * day to appeal), not the first days of cycles. A date before the calendar's {@code asOf} date is left
 * out; a date on it is kept. A date that happens only if the cycle's requirements are unmet
 * ({@link KeyDate#ifUnmet()}) is left out when the assessment's requirements are all met already. When two
 * assessments give the same event (same issuer, kind and date), it appears once, from the first
 * assessment. Events are ordered by date, then issuer, then kind.
 *
 * <p>A holder with no such date ahead gets a calendar with its properties and no event, which ical4j and
 * calendar programs read as an empty calendar. Strictly, RFC 5545's grammar asks for at least one
 * component in a calendar, and ical4j's validator says so; an empty calendar is what calendar services
 * export for a calendar without events, and a placeholder event would show in the holder's calendar.
 *
 * <h2>Reminders</h2>
 * Each event gets a {@code VALARM} (a displayed reminder) at each offset before its day, largest first;
 * offsets are whole days (iCalendar durations have no months or years), such as the default 90, 30 and
 * 7 days, and fire at the start of the day they fall on. A reminder whose day is before {@code asOf} is
 * left out, so that importing a file never shows reminders that are already overdue.
 *
 * <h2>Ids and updates</h2>
 * An event's {@code UID} is a name-based UUID (version 8, from SHA-256) of the {@link CalendarKey}'s
 * digest, the issuer, the kind of date and the date: no personal data and no caller key in clear, the same
 * every time the holder's calendar is written, so a calendar program that imports a newer file updates the
 * events it already holds. {@code DTSTAMP} is the caller's {@code stamp}: the library never reads the
 * clock, and the same input gives the same bytes.
 *
 * <h2>Words</h2>
 * The event's {@code SUMMARY} and {@code DESCRIPTION} and the reminders' text come from the renderer,
 * {@link HimText} (what happens on the date, the cycle, the status, each shortfall), put into the small
 * templates of this module's bundle {@code org.himkit.calendar.CalendarMessages}.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class RenewalCalendar {
  /**
   * The kinds of key date written by default: those by which something must be done or after which the
   * holder loses something. The first days of cycles are left out.
   */
  public static final Set<KeyDateKind> DEFAULT_KINDS = Sets.immutableEnumSet(KeyDateKind.MANDATORY_YEAR_END,
      KeyDateKind.CYCLE_END, KeyDateKind.GRACE_END, KeyDateKind.SUBMISSION_DEADLINE, KeyDateKind.INACTIVE_FROM,
      KeyDateKind.REVOKED_ON, KeyDateKind.APPEAL_DEADLINE, KeyDateKind.EXAM_RETAKE_FROM);

  /** The reminders by default: 90, 30 and 7 days before the date. */
  public static final List<Period> DEFAULT_REMINDERS =
      ImmutableList.of(Period.ofDays(90), Period.ofDays(30), Period.ofDays(7));

  /** The product id written into every calendar ({@code PRODID}). */
  public static final String PRODUCT_ID = "-//HIM Kit//hi-calendar//EN";

  /** The base name of the bundle of this module's templates. */
  static final String BUNDLE = "org.himkit.calendar.CalendarMessages";

  private static final String ENTITY = "renewal calendar";
  private static final Comparator<KeyDateEvent> ORDER = Comparator.comparing(KeyDateEvent::date)
      .thenComparing(e -> e.issuer().value()).thenComparing(KeyDateEvent::kind);
  private static final byte[] UID_DOMAIN = "org.himkit.calendar.uid/1\0".getBytes(StandardCharsets.UTF_8);
  private static final RenewalCalendar DEFAULTS = builder().build();

  private final ImmutableList<Period> reminders;
  private final ImmutableSet<KeyDateKind> kinds;
  private final HimText text;
  private final ResourceBundle messages;

  private RenewalCalendar(Builder builder) {
    this.reminders = builder.reminders;
    this.kinds = builder.kinds;
    this.text = builder.text;
    this.messages = builder.messages != null ? builder.messages
        : ResourceBundle.getBundle(BUNDLE, builder.text.locale(), RenewalCalendar.class.getModule());
  }

  /**
   * Obtains the renewal calendar with the defaults: reminders 90, 30 and 7 days before, the
   * {@link #DEFAULT_KINDS}, English words.
   *
   * @return the calendar writer, not null
   */
  public static RenewalCalendar ofDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder, set to the defaults.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns how long before each date the reminders are due, largest first.
   *
   * @return the offsets in days, possibly empty
   */
  public List<Period> reminders() {
    return reminders;
  }

  /**
   * Returns the kinds of key date written as events.
   *
   * @return the kinds, in declaration order, not empty
   */
  public Set<KeyDateKind> kinds() {
    return kinds;
  }

  /**
   * Returns the renderer of the events' words.
   *
   * @return the renderer, not null
   */
  public HimText text() {
    return text;
  }

  //-----------------------------------------------------------------------
  /**
   * Returns the events of a holder's calendar as typed values: one per key date to come of the kinds
   * chosen, with its id and the reminders still ahead.
   *
   * @param assessments  the holder's assessments, such as {@code RenewalResult.assessments()}, not null
   * @param key  the key for the holder, not null
   * @param asOf  the date the calendar is for: dates and reminders before it are left out, not null
   * @return the events, ordered by date, issuer and kind, possibly empty
   * @throws NullPointerException if an argument or an assessment is null
   */
  public List<KeyDateEvent> events(List<RenewalAssessment> assessments, CalendarKey key, LocalDate asOf) {
    Objects.requireNonNull(assessments, "assessments");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(asOf, "asOf");
    List<KeyDateEvent> events = new ArrayList<>();
    Set<String> uids = new HashSet<>();
    for (RenewalAssessment a : assessments) {
      Objects.requireNonNull(a, "assessments contains null");
      boolean met = a.requirementsMet();
      for (KeyDate d : a.keyDates()) {
        if (!kinds.contains(d.kind()) || d.date().isBefore(asOf) || (d.ifUnmet() && met)) {
          continue;
        }
        String uid = uid(key, a, d);
        if (uids.add(uid)) {
          events.add(new KeyDateEvent(uid, a, d, remindersAhead(d.date(), asOf)));
        }
      }
    }
    events.sort(ORDER);
    return ImmutableList.copyOf(events);
  }

  private List<Period> remindersAhead(LocalDate date, LocalDate asOf) {
    ImmutableList.Builder<Period> out = ImmutableList.builderWithExpectedSize(reminders.size());
    for (Period p : reminders) {
      if (!date.minus(p).isBefore(asOf)) {
        out.add(p);
      }
    }
    return out.build();
  }

  /**
   * Returns the id of an event: a version 8 UUID from SHA-256 over the key's digest, the issuer, the kind
   * and the date.
   */
  private static String uid(CalendarKey key, RenewalAssessment a, KeyDate d) {
    MessageDigest sha = CalendarKey.sha256();
    sha.update(UID_DOMAIN);
    key.update(sha);
    sha.update((a.issuer().value() + '\0' + d.kind().name() + '\0' + d.date()).getBytes(StandardCharsets.UTF_8));
    byte[] h = sha.digest();
    h[6] = (byte) ((h[6] & 0x0F) | 0x80); // version 8: custom (RFC 9562)
    h[8] = (byte) ((h[8] & 0x3F) | 0x80); // variant: RFC 9562
    long msb = 0;
    long lsb = 0;
    for (int i = 0; i < 8; i++) {
      msb = (msb << 8) | (h[i] & 0xFF);
      lsb = (lsb << 8) | (h[i + 8] & 0xFF);
    }
    return new UUID(msb, lsb).toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Returns a holder's calendar as an ical4j {@code Calendar}: one all-day event per key date to come,
   * with its reminders.
   *
   * <p>The calendar returned is a new, mutable ical4j object that the caller owns.
   *
   * @param assessments  the holder's assessments, not null
   * @param key  the key for the holder, not null
   * @param asOf  the date the calendar is for: dates and reminders before it are left out, not null
   * @param stamp  the instant the calendar is written, for every event's {@code DTSTAMP}, not null
   * @return the calendar, not null
   * @throws NullPointerException if an argument or an assessment is null
   */
  public Calendar toCalendar(List<RenewalAssessment> assessments, CalendarKey key, LocalDate asOf,
      Instant stamp) {
    Objects.requireNonNull(stamp, "stamp");
    List<KeyDateEvent> events = events(assessments, key, asOf);
    List<CalendarComponent> components = new ArrayList<>(events.size());
    for (KeyDateEvent e : events) {
      components.add(vevent(e, stamp));
    }
    String name = message("calendar.name");
    PropertyList properties = new PropertyList(List.of(new ProdId(PRODUCT_ID), ImmutableVersion.VERSION_2_0,
        ImmutableCalScale.GREGORIAN, new Name(name), new XProperty("X-WR-CALNAME", name)));
    return new Calendar(properties, new ComponentList<>(components));
  }

  private VEvent vevent(KeyDateEvent e, Instant stamp) {
    String summary = summary(e);
    List<Property> properties = List.of(new Uid(e.uid()), new DtStamp(stamp), new DtStart<>(e.date()),
        new DtEnd<>(e.date().plusDays(1)), new Summary(summary), new Description(description(e)),
        ImmutableTransp.TRANSPARENT);
    List<VAlarm> alarms = new ArrayList<>(e.reminders().size());
    for (Period p : e.reminders()) {
      String words = p.isZero() ? format("reminder.sameDay", "", summary)
          : format("reminder", text.duration(p), summary);
      alarms.add(new VAlarm(new PropertyList(List.of(ImmutableAction.DISPLAY,
          new Trigger(p.negated()), new Description(words)))));
    }
    return new VEvent(new PropertyList(properties), new ComponentList<>(alarms));
  }

  private String summary(KeyDateEvent e) {
    RenewalAssessment a = e.assessment();
    StringBuilder credentials = new StringBuilder();
    for (CredentialId c : a.credentials()) {
      if (credentials.length() > 0) {
        credentials.append(message("list.separator"));
      }
      credentials.append(c.value());
    }
    return format("summary", credentials, a.issuer().value(), text.describe(e.keyDate()));
  }

  private String description(KeyDateEvent e) {
    RenewalAssessment a = e.assessment();
    StringBuilder sb = new StringBuilder();
    sb.append(format("description.cycle", text.describe(a.cycle()), a.cycle().policy().name())).append('\n');
    sb.append(format("description.status", a.asOf().toString(), text.describeStatus(a)));
    List<Shortfall> shortfalls = a.shortfalls();
    if (shortfalls.isEmpty() && a.requirementsMet()) {
      sb.append('\n').append(message("description.met"));
    }
    for (Shortfall s : shortfalls) {
      sb.append('\n').append(format("description.shortfall", text.describe(s)));
    }
    return sb.toString();
  }

  //-----------------------------------------------------------------------
  /**
   * Writes a holder's calendar as iCalendar text (RFC 5545: CRLF line ends, long lines folded) to an
   * {@code Appendable}, such as a {@code Writer} or a {@code StringBuilder}, which is left open.
   *
   * @param assessments  the holder's assessments, not null
   * @param key  the key for the holder, not null
   * @param asOf  the date the calendar is for: dates and reminders before it are left out, not null
   * @param stamp  the instant the calendar is written, for every event's {@code DTSTAMP}, not null
   * @param out  where to write, not null
   * @throws NullPointerException if an argument or an assessment is null
   * @throws IOException if writing to {@code out} fails
   */
  public void write(List<RenewalAssessment> assessments, CalendarKey key, LocalDate asOf, Instant stamp,
      Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.append(format(toCalendar(assessments, key, asOf, stamp)));
  }

  /**
   * Writes a holder's calendar as iCalendar text in UTF-8 (the charset RFC 5545 prescribes) to a stream,
   * which is left open; the bytes to serve as {@code text/calendar}.
   *
   * @param assessments  the holder's assessments, not null
   * @param key  the key for the holder, not null
   * @param asOf  the date the calendar is for: dates and reminders before it are left out, not null
   * @param stamp  the instant the calendar is written, for every event's {@code DTSTAMP}, not null
   * @param out  where to write, not null
   * @throws NullPointerException if an argument or an assessment is null
   * @throws IOException if writing to {@code out} fails
   */
  public void write(List<RenewalAssessment> assessments, CalendarKey key, LocalDate asOf, Instant stamp,
      OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(format(toCalendar(assessments, key, asOf, stamp)).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns a calendar as folded iCalendar text, after checking it with ical4j's validator (which only
   * logs what it finds when asked to validate on output). A calendar without events is not checked: the
   * validator's one objection to it is that it has no component.
   */
  private static String format(Calendar calendar) {
    StringWriter text = new StringWriter();
    try {
      if (!calendar.getComponents().isEmpty()) {
        ValidationResult result = calendar.validate();
        if (result.hasErrors()) {
          throw new IllegalStateException("HIM Kit built an invalid iCalendar object: " + result.getEntries());
        }
      }
      // the outputter closes its writer: write into a buffer, never into the caller's stream
      new CalendarOutputter(false).output(calendar, text);
    } catch (ValidationException | IOException e) {
      throw new IllegalStateException("HIM Kit could not write an iCalendar object: " + e.getMessage(), e);
    }
    return text.toString();
  }

  //-----------------------------------------------------------------------
  private String message(String key) {
    return messages.getString(key);
  }

  private String format(String key, Object... args) {
    return new MessageFormat(message(key), text.locale()).format(args);
  }

  /**
   * Lists the keys of this module's English bundle that a bundle lacks.
   *
   * @param bundle  the bundle to check, not null
   * @return the missing keys in alphabetical order, empty if the bundle is complete
   */
  public static SortedSet<String> missingKeys(ResourceBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    SortedSet<String> missing =
        new TreeSet<>(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, RenewalCalendar.class.getModule()).keySet());
    missing.removeAll(bundle.keySet());
    return java.util.Collections.unmodifiableSortedSet(missing);
  }

  @Override
  public String toString() {
    return "RenewalCalendar[reminders=" + reminders + ", kinds=" + kinds + ", " + text + "]";
  }

  //-----------------------------------------------------------------------
  /**
   * A builder of {@link RenewalCalendar}, set to the defaults: reminders 90, 30 and 7 days before, the
   * {@link RenewalCalendar#DEFAULT_KINDS}, English words.
   *
   * <p>Each setter checks its input at once. This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private ImmutableList<Period> reminders = ImmutableList.copyOf(DEFAULT_REMINDERS);
    private ImmutableSet<KeyDateKind> kinds = ImmutableSet.copyOf(DEFAULT_KINDS);
    private HimText text = HimText.english();
    private @org.jspecify.annotations.Nullable ResourceBundle messages;

    /** Constructs a builder set to the defaults. */
    public Builder() {}

    /**
     * Sets how long before each date a reminder is due, replacing the defaults.
     *
     * @param offsets  the offsets, each a whole number of days (or weeks), zero for the day itself, none
     *     for no reminder, not null
     * @return this builder, not null
     * @throws NullPointerException if the offsets or one of them is null
     * @throws HimValidationException if an offset is negative, has months or years, or is given twice
     */
    public Builder reminders(Period... offsets) {
      return reminders(Arrays.asList(Objects.requireNonNull(offsets, "offsets")));
    }

    /**
     * Sets how long before each date a reminder is due, replacing the defaults. They are kept largest
     * first, whatever their order here.
     *
     * @param offsets  the offsets, each a whole number of days (or weeks), zero for the day itself, empty
     *     for no reminder, not null
     * @return this builder, not null
     * @throws NullPointerException if the offsets or one of them is null
     * @throws HimValidationException if an offset is negative, has months or years, or is given twice
     */
    public Builder reminders(List<Period> offsets) {
      Objects.requireNonNull(offsets, "offsets");
      List<Period> checked = new ArrayList<>(offsets.size());
      Set<Integer> days = new HashSet<>();
      for (Period p : offsets) {
        Objects.requireNonNull(p, "offsets contains null");
        if (p.getYears() != 0 || p.getMonths() != 0) {
          throw HimValidationException.of(ErrorCode.INVALID_VALUE, ENTITY, "reminders",
              "must be whole days before the date (iCalendar durations have no months or years)", p);
        }
        if (p.getDays() < 0) {
          throw HimValidationException.of(ErrorCode.INVALID_VALUE, ENTITY, "reminders",
              "must not be negative: an offset counts days before the date", p);
        }
        if (!days.add(p.getDays())) {
          throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, ENTITY, "reminders",
              "must not give the same offset twice " + offsets, p);
        }
        checked.add(p);
      }
      checked.sort(Comparator.comparingInt(Period::getDays).reversed());
      this.reminders = ImmutableList.copyOf(checked);
      return this;
    }

    /**
     * Sets the kinds of key date written as events, replacing the {@link RenewalCalendar#DEFAULT_KINDS}.
     *
     * @param kinds  the kinds, not empty
     * @return this builder, not null
     * @throws NullPointerException if the set or a kind is null
     * @throws HimValidationException if the set is empty
     */
    public Builder kinds(Set<KeyDateKind> kinds) {
      Objects.requireNonNull(kinds, "kinds");
      if (kinds.isEmpty()) {
        throw HimValidationException.of(ErrorCode.INVALID_VALUE, ENTITY, "kinds",
            "must name at least one kind of key date " + Arrays.toString(KeyDateKind.values()), kinds);
      }
      this.kinds = Sets.immutableEnumSet(kinds);
      return this;
    }

    /**
     * Sets the renderer of the events' words; the templates of this module are taken in its locale,
     * unless {@link #messages(ResourceBundle)} gives them.
     *
     * @param text  the renderer, not null
     * @return this builder, not null
     * @throws NullPointerException if the renderer is null
     */
    public Builder text(HimText text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the templates of the events' words, such as a Spanish bundle with the keys of this module's
     * {@code org.himkit.calendar.CalendarMessages}.
     *
     * @param messages  the templates, not null
     * @return this builder, not null
     * @throws NullPointerException if the bundle is null
     * @throws IllegalArgumentException if the bundle lacks a key of the English bundle
     */
    public Builder messages(ResourceBundle messages) {
      SortedSet<String> missing = missingKeys(messages);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("The calendar's templates lack " + missing.size()
            + " message keys of hi-calendar's English bundle " + BUNDLE + ": " + missing);
      }
      this.messages = messages;
      return this;
    }

    /**
     * Builds the renewal calendar.
     *
     * @return the calendar writer, not null
     */
    public RenewalCalendar build() {
      return new RenewalCalendar(this);
    }
  }
}
