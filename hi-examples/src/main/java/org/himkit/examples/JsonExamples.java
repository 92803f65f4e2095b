package org.himkit.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.ExperienceDomain;
import org.himkit.ProgramOffering;
import org.himkit.catalog.HimCatalog;
import org.himkit.json.HimJson;
import org.himkit.json.HimJsonModule;
import org.himkit.json.LinkedData;
import org.himkit.json.LinkedDataDocument;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Target;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a portal does with hi-json: writes the built-in catalog as JSON, loads its own programs from an
 * overlay file and asks the program finder, sends an eligibility answer, a pathway and a renewal
 * assessment as data, and publishes RHIT as CTDL and schema.org JSON-LD.
 *
 * <p>The overlay ({@code local-programs.json}) holds a FICTIONAL certificate program and two offerings of
 * it, made up to show the format.
 */
public final class JsonExamples {
  private JsonExamples() {}

  /**
   * Runs the JSON examples.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    print(HimCatalog.builtIn(), LocalDate.of(2026, 11, 24), System.out);
  }

  /**
   * Prints the JSON examples.
   *
   * @param builtIn the built-in catalog
   * @param asOf the day whose renewal policies the JSON-LD describes
   * @param out where to print
   */
  public static void print(HimCatalog builtIn, LocalDate asOf, PrintStream out) {
    out.println("== JSON: the catalog, an overlay, and JSON-LD ==");

    // json-setup:begin
    JsonMapper mapper = JsonMapper.builder().addModule(new HimJsonModule()).build();
    Credential rhit = mapper.readValue(mapper.writeValueAsString(builtIn.getCredential(CredentialId.of("RHIT"))),
        Credential.class);
    // json-setup:end
    out.println("RHIT read back equal: " + rhit.equals(builtIn.getCredential(CredentialId.of("RHIT"))));

    HimJson json = HimJson.create();
    String document = json.writeCatalog(builtIn);
    out.println("Built-in catalog " + builtIn.version().orElseThrow() + " as JSON: " + document.length() + " characters, "
        + (json.readCatalog(document).credentials().count() == builtIn.credentials().count() ? "reads back" : "differs"));

    // json-overlay:begin
    HimCatalog portal;
    try (InputStream overlay = JsonExamples.class.getResourceAsStream("local-programs.json")) {
      portal = json.readOverlay(HimCatalog.builtIn(), overlay);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    List<ProgramOffering> found = portal.programOfferings().preparingFor(CredentialId.of("CCA"))
        .inRegion("US", "IL").withEveningPrograms().list();
    // json-overlay:end
    out.println("Q: Which Illinois programs with evening classes prepare for the CCA? [fictional overlay]");
    found.forEach(o -> out.println("A: " + o.institution() + ", " + o.name()));

    // json-answers:begin
    LearnerProfile coder = LearnerProfile.builder().highSchoolDiploma(true)
        .putExperience(ExperienceDomain.CODING, 11).build();
    EligibilityResult ccs = Eligibility.of(builtIn).check(coder, CredentialId.of("CCS"), asOf);
    PathwayPlan plan = PathwayPlanner.of(builtIn)
        .plan(coder, Target.eligibleFor(builtIn.getCredential(CredentialId.of("CCS"))), asOf);
    String missing = json.write(ccs.unmet().orElseThrow());   // what is missing, as data
    String steps = json.write(plan.best().orElseThrow());     // the best pathway's steps
    // json-answers:end
    out.println("Q: What does a coder with 11 months of experience still need for the CCS? (as JSON)");
    out.println("A: " + ccs.status() + " " + missing);
    out.println("A: the best pathway " + steps);

    // json-renewal:begin
    HolderRecord holder = HolderRecord.of(RenewalReport.sampleHoldings(), RenewalReport.sampleActivities());
    RenewalResult renewal = RenewalEvaluator.of(builtIn).assess(holder, asOf);
    String assessment = json.mapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(renewal.assessments().get(0));   // cycle, requirements, shortfalls, activities
    RenewalResult back = json.read(json.write(renewal), RenewalResult.class);   // equal to renewal
    // json-renewal:end
    out.println("-- The sample holder's AHIMA renewal assessment on " + asOf + " as JSON (fictional holder) --");
    out.println(assessment);
    out.println("Renewal result read back equal: " + back.equals(renewal));

    LinkedData ld = LinkedData.of(builtIn);
    LinkedDataDocument ctdl = ld.ctdlCredential(CredentialId.of("RHIT"), asOf);
    out.println("-- RHIT in CTDL (cycles beginning " + asOf + ") --");
    out.println(ctdl.json());
    out.println("Stated only in words: " + ctdl.proseOnly().stream().map(p -> p.rule().name()).toList());
    out.println("-- RHIT in schema.org --");
    out.println(ld.schemaOrgCredential(CredentialId.of("RHIT"), asOf).json());
  }
}
