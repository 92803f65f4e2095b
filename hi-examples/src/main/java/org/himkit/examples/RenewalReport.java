package org.himkit.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RequirementProgress;
import org.himkit.renewal.Shortfall;
import org.himkit.text.HimText;

/**
 * Prints a renewal report for a holder whose CE activities are read from a CSV file: per issuer, the
 * cycle, a progress bar per requirement, the shortfalls, every activity with why it did or did not
 * count, and the dates that matter. The facts come from the typed {@code RenewalAssessment}; every
 * sentence comes from the renderer, {@link HimText}.
 *
 * <p>The bundled sample ({@code sample-activities.csv}) belongs to a fictional holder of RHIA and CCS.
 */
public final class RenewalReport {
  /** The columns of the CSV file, in order. */
  static final List<String> COLUMNS =
      List.of("id", "completed", "title", "provider", "ceus", "minutes", "category", "source_of", "approved_by");

  private static final int BAR = 20;

  private RenewalReport() {}

  /**
   * Returns the sample holder's credentials: CCS earned 2023-05-08 and RHIA earned 2024-09-16.
   *
   * @return the holdings
   */
  static List<CredentialHolding> sampleHoldings() {
    return List.of(
        CredentialHolding.builder().credential(CredentialId.of("CCS")).earned(LocalDate.of(2023, 5, 8))
            .holderReference("FICTIONAL-0001").build(),
        CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(LocalDate.of(2024, 9, 16))
            .holderReference("FICTIONAL-0001").build());
  }

  /**
   * Prints the report for the bundled sample holder.
   *
   * @param catalog the catalog
   * @param asOf the date of the report
   * @param out where to print
   */
  public static void printSample(HimCatalog catalog, LocalDate asOf, PrintStream out) {
    print(catalog, sampleHoldings(), sampleActivities(), asOf, out);
  }

  /**
   * Returns the sample holder's activities, read from the bundled CSV file.
   *
   * @return the activities
   */
  static List<CeActivity> sampleActivities() {
    try (InputStream in = Objects.requireNonNull(RenewalReport.class.getResourceAsStream("sample-activities.csv"),
        "sample-activities.csv")) {
      return readActivities(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads CE activities from CSV text with the columns {@link #COLUMNS}: a header line, then one
   * activity per line; lines starting with {@code #} and blank lines are skipped. Fields contain no
   * commas.
   *
   * @param csv the text
   * @return the activities, in file order
   * @throws HimValidationException if a line is malformed, naming the line
   */
  static List<CeActivity> readActivities(Reader csv) throws IOException {
    List<CeActivity> activities = new ArrayList<>();
    BufferedReader reader = new BufferedReader(csv);
    boolean header = true;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",", -1);
      String entity = "CSV line " + lineNumber;
      if (f.length != COLUMNS.size()) {
        throw HimValidationException.of(ErrorCode.INVALID_VALUE, entity, "columns",
            "must be the " + COLUMNS.size() + " columns " + COLUMNS, f.length);
      }
      if (header) {
        if (!Arrays.asList(f).equals(COLUMNS)) {
          throw HimValidationException.of(ErrorCode.INVALID_VALUE, entity, "header", "must be " + COLUMNS, line);
        }
        header = false;
        continue;
      }
      activities.add(activity(f, entity));
    }
    return activities;
  }

  private static CeActivity activity(String[] f, String entity) {
    CeActivity.Builder b = CeActivity.builder().id(f[0].strip()).title(f[2].strip()).provider(f[3].strip());
    try {
      b.completed(LocalDate.parse(f[1].strip()));
    } catch (DateTimeParseException e) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, entity, "completed", "must be a date like 2025-06-30",
          f[1]);
    }
    if (!f[4].isBlank()) {
      b.ceus(Ceus.parse(f[4]));
    }
    if (!f[5].isBlank()) {
      try {
        b.minutes(Integer.parseInt(f[5].strip()));
      } catch (NumberFormatException e) {
        throw HimValidationException.of(ErrorCode.INVALID_VALUE, entity, "minutes", "must be a whole number", f[5]);
      }
    }
    try {
      b.category(CeCategory.valueOf(f[6].strip()));
    } catch (IllegalArgumentException e) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, entity, "category",
          "must be one of " + Arrays.toString(CeCategory.values()), f[6]);
    }
    for (String s : f[7].split(";", -1)) {
      if (!s.isBlank()) {
        b.addSourceOf(OrganizationId.of(s.strip()));
      }
    }
    for (String s : f[8].split(";", -1)) {
      if (!s.isBlank()) {
        b.addApprovedBy(OrganizationId.of(s.strip()));
      }
    }
    return b.build();
  }

  /**
   * Prints the report: the typed facts first, then the same assessments in words from the renderer.
   *
   * @param catalog the catalog
   * @param holdings the holder's credentials
   * @param activities the holder's activities
   * @param asOf the date of the report
   * @param out where to print
   */
  public static void print(HimCatalog catalog, List<CredentialHolding> holdings, List<CeActivity> activities,
      LocalDate asOf, PrintStream out) {
    out.println("== Renewal report as of " + asOf + " (fictional sample holder) ==");
    holdings.forEach(h -> out.println("Holds " + h.credential() + ", earned " + h.earned()));
    out.println();
    // renewal:begin
    RenewalEvaluator evaluator = RenewalEvaluator.of(catalog);
    RenewalResult result = evaluator.assess(holdings, activities, asOf); // the ledger is taken as complete
    for (RenewalAssessment a : result.assessments()) {
      out.println(a.issuer() + ": " + a.status() + ", " + a.earned() + " of " + a.required() + " CEUs for "
          + a.credentials() + ", cycle " + a.cycle() + ", " + a.daysLeft() + " days left");
      for (Shortfall s : a.shortfalls()) {
        out.println("  " + s.kind() + ": " + s.missing() + " " + s.unit() + " missing by " + s.deadline());
      }
    }
    // renewal:end
    // renewal-text:begin
    HimText text = HimText.english();
    for (RenewalAssessment a : result.assessments()) {
      out.println(a.issuer() + " is " + text.describeStatus(a) + ":");
      a.shortfalls().forEach(s -> out.println("  short: " + text.describe(s)));
    }
    // renewal-text:end
    result.notAssessed().forEach(n -> n.reasons().forEach(r -> out.println("not assessed: " + text.describe(r))));
    for (RenewalAssessment a : result.assessments()) {
      details(a, text, out);
    }
    out.println();
    out.println("-- every cycle since the first credential was earned --");
    for (RenewalAssessment h : evaluator.history(holdings, activities, asOf).assessments()) {
      out.println("  " + h.issuer() + " " + h.cycle() + "  " + h.status() + "  " + h.earned() + " of " + h.required()
          + " CEUs for " + h.credentials() + " (" + h.cycle().policy().name() + ")");
    }
  }

  private static void details(RenewalAssessment a, HimText text, PrintStream out) {
    out.println();
    out.println("-- " + a.issuer() + " --");
    out.println("  policy: " + a.cycle().policy().name());
    out.println("  progress:");
    for (RequirementProgress r : a.requirements()) {
      out.printf("    %-52s %s %s / %s%n", text.describe(r), bar(r.earned(), r.required()), r.earned(),
          text.amount(r.required(), r.unit()));
    }
    out.println("  activities:");
    for (ActivityOutcome o : a.activities()) {
      out.printf("    %s  %-4s %-42s %s%n", o.activity().completed(), o.activity().id(), o.activity().title(),
          text.describe(o));
    }
    out.println("  dates that matter:");
    for (KeyDate d : a.keyDates()) {
      out.println("    " + d.date() + "  " + text.describe(d));
    }
    a.notes().forEach(n -> out.println("  note: " + text.describe(n)));
  }

  /**
   * Returns a text progress bar such as {@code [##########----------]}.
   *
   * @param earned the amount earned
   * @param required the amount required
   * @return the bar, full when earned reaches required
   */
  static String bar(Ceus earned, Ceus required) {
    long filled = required.isZero() ? BAR : Math.min(BAR, earned.hundredths() * BAR / required.hundredths());
    return "[" + "#".repeat((int) filled) + "-".repeat(BAR - (int) filled) + "]";
  }
}
