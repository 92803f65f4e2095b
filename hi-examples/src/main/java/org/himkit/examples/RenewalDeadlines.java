package org.himkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.himkit.calendar.CalendarKey;
import org.himkit.calendar.KeyDateEvent;
import org.himkit.calendar.RenewalCalendar;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;

/**
 * Writes a holder's renewal deadlines as an iCalendar file (.ics) with {@code hi-calendar}: one event per
 * key date to come, reminders 90, 30 and 7 days before, ids that stay the same from one file to the next.
 *
 * <p>The sample is the fictional holder of {@link RenewalReport}. Run with a file name to write the
 * file and import it into a calendar program:
 * {@code ./mvnw -q -pl hi-examples -am compile exec:java -Dexec.mainClass=org.himkit.examples.RenewalDeadlines
 * -Dexec.args=deadlines.ics}.
 */
public final class RenewalDeadlines {
  /** The sample holder's account id in the fictional portal; only a hash of it reaches the file. */
  static final String SAMPLE_ACCOUNT = "FICTIONAL-0001";

  private RenewalDeadlines() {}

  /**
   * Writes the sample holder's calendar as of today to a file.
   *
   * @param args the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RenewalDeadlines <file.ics>");
      return;
    }
    Path file = Path.of(args[0]);
    LocalDate today = LocalDate.now(ZoneId.systemDefault()); // the application reads the clock, never the library
    try (Writer ics = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(HimCatalog.builtIn(), RenewalReport.sampleHoldings(), RenewalReport.sampleActivities(), SAMPLE_ACCOUNT,
          today, Instant.now(), System.out, ics);
    }
    System.out.println("written: " + file.toAbsolutePath());
  }

  /**
   * Prints the sample holder's events and the calendar file, stamped at the start of {@code asOf} (UTC) so
   * that the output is the same on every run.
   *
   * @param catalog the catalog
   * @param asOf the date of the calendar
   * @param out where to print
   */
  public static void printSample(HimCatalog catalog, LocalDate asOf, PrintStream out) {
    out.println("== Renewal deadlines as of " + asOf + " (fictional sample holder) ==");
    StringBuilder ics = new StringBuilder();
    try {
      write(catalog, RenewalReport.sampleHoldings(), RenewalReport.sampleActivities(), SAMPLE_ACCOUNT, asOf,
          asOf.atStartOfDay(ZoneOffset.UTC).toInstant(), out, ics);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    out.println("-- the .ics file --");
    out.print(ics.toString().replace("\r\n", "\n"));
  }

  /**
   * Prints a holder's events and writes the holder's calendar.
   *
   * @param catalog the catalog
   * @param holdings the holder's credentials
   * @param activities the holder's activities
   * @param accountId the holder's account id in the application
   * @param asOf the date of the calendar
   * @param stamp the instant the calendar is written
   * @param out where to print the events
   * @param ics where to write the calendar
   * @throws IOException if writing the calendar fails
   */
  static void write(HimCatalog catalog, List<CredentialHolding> holdings, List<CeActivity> activities,
      String accountId, LocalDate asOf, Instant stamp, PrintStream out, Appendable ics) throws IOException {
    // renewal-calendar:begin
    RenewalResult result = RenewalEvaluator.of(catalog).assess(holdings, activities, asOf);
    RenewalCalendar calendar = RenewalCalendar.ofDefaults(); // reminders 90, 30 and 7 days before each date
    CalendarKey key = CalendarKey.of(accountId);             // only a hash of the id reaches the file
    for (KeyDateEvent e : calendar.events(result.assessments(), key, asOf)) {
      out.println(e.date() + "  " + e.issuer() + " " + e.kind() + ", reminders on " + e.reminderDates());
    }
    calendar.write(result.assessments(), key, asOf, stamp, ics); // stamp: Instant.now() in an application
    // renewal-calendar:end
  }
}
