package org.himkit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RequirementKind;
import org.himkit.renewal.RequirementProgress;

/**
 * Builds a portal's own plain-text table of renewal requirements (kind, required, earned, remaining) from
 * the typed values of an assessment alone, without calling the renderer: the words are the portal's.
 */
public final class RenewalTable {
  private RenewalTable() {}

  /**
   * Prints the table for the bundled sample holder of {@link RenewalReport}.
   *
   * @param catalog the catalog
   * @param asOf the date
   * @param out where to print
   */
  public static void printSample(HimCatalog catalog, LocalDate asOf, PrintStream out) {
    print(catalog, RenewalReport.sampleHoldings(), RenewalReport.sampleActivities(), asOf, out);
  }

  /**
   * Prints one table per issuer.
   *
   * @param catalog the catalog
   * @param holdings the holder's credentials
   * @param activities the holder's activities
   * @param asOf the date
   * @param out where to print
   */
  public static void print(HimCatalog catalog, List<CredentialHolding> holdings, List<CeActivity> activities,
      LocalDate asOf, PrintStream out) {
    out.println("== Requirements table as of " + asOf + " (typed values only) ==");
    // renewal-table:begin
    for (RenewalAssessment a : RenewalEvaluator.of(catalog).assess(holdings, activities, asOf).assessments()) {
      out.printf("%s, cycle %s to %s%n", a.issuer(), a.cycle().start(), a.cycle().end());
      out.printf("  %-32s %9s %9s %9s%n", "requirement", "required", "earned", "remaining");
      for (RequirementProgress r : a.requirements()) {
        out.printf("  %-32s %9s %9s %9s%n", label(r), r.required(), r.earned(), r.remaining());
      }
    }
    // renewal-table:end
  }

  /**
   * Returns the portal's own label of a requirement, built from its kind and the rule it refers to.
   *
   * @param r the requirement
   * @return the label, such as {@code "TOTAL (CEUS)"} or {@code "CONTENT_RULE HIIM_DOMAIN 80%"}
   */
  static String label(RequirementProgress r) {
    if (r.kind() == RequirementKind.CONTENT_RULE) {
      return r.kind() + " " + r.contentRule().orElseThrow().kind() + " " + r.contentRule().get().minimumPercent()
          + "%";
    }
    if (r.kind() == RequirementKind.CREDENTIAL_CONTENT_RULE) {
      return r.kind() + " " + r.credentialContentRule().orElseThrow().credential();
    }
    if (r.kind() == RequirementKind.MANDATORY_ACTIVITY) {
      return r.kind() + " " + r.mandatoryActivity().orElseThrow().category();
    }
    return r.kind() + " (" + r.unit() + ")";
  }
}
