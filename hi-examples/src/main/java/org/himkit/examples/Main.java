package org.himkit.examples;

import java.time.LocalDate;
import org.himkit.catalog.HimCatalog;

/** Runs the examples: the README's first command. */
public final class Main {
  private Main() {}

  /**
   * Runs every example and prints its output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    HimCatalog catalog = HimCatalog.builtIn();
    FieldOverview.print(catalog, LocalDate.of(2026, 11, 24), System.out);
    System.out.println();
    EligibilityAdvisor.print(catalog, LocalDate.of(2026, 11, 24), System.out);
  }
}
