package org.himkit.examples;

import java.time.LocalDate;
import org.himkit.catalog.HimCatalog;

/** Runs the examples: the README's first command. */
public final class Main {
  private Main() {}

  /**
   * Runs every example and prints its output; with the argument {@code json}, runs the JSON examples
   * ({@link JsonExamples}) instead.
   *
   * @param args nothing, or {@code json}
   */
  public static void main(String[] args) {
    HimCatalog catalog = HimCatalog.builtIn();
    LocalDate asOf = LocalDate.of(2026, 11, 24);
    if (args.length > 0 && args[0].equals("json")) {
      JsonExamples.print(catalog, asOf, System.out);
      return;
    }
    FieldOverview.print(catalog, asOf, System.out);
    System.out.println();
    ProgramFinder.print(catalog, ProgramFinder.sampleCatalog(), asOf, System.out);
    System.out.println();
    RenewalReport.printSample(catalog, asOf, System.out);
    System.out.println();
    RenewalTable.printSample(catalog, asOf, System.out);
    System.out.println();
    RenewalDeadlines.printSample(catalog, asOf, System.out);
    System.out.println();
    EligibilityAdvisor.print(catalog, asOf, System.out);
  }
}
