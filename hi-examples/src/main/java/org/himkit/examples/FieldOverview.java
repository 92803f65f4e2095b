package org.himkit.examples;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.Profession;
import org.himkit.ProgramType;
import org.himkit.ProgressionProgram;
import org.himkit.Role;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.catalog.HimCatalog;
import org.himkit.text.HimText;
import org.himkit.policy.RenewalPolicy;

/**
 * Prints the field overview of the seed page, rebuilt from the built-in catalog: the profession,
 * its two levels, the work environments, the programs, the credentials with their renewal rules,
 * the median salary with its source, and the professional organization.
 */
public final class FieldOverview {
  private FieldOverview() {}

  /**
   * Prints the overview.
   *
   * @param catalog the catalog to read
   * @param asOf the date whose renewal rules are shown
   * @param out where to print
   */
  public static void print(HimCatalog catalog, LocalDate asOf, PrintStream out) {
    Profession profession = catalog.profession().orElseThrow();
    out.println("== " + profession.name() + " (catalog " + catalog.version().map(Object::toString).orElse("custom")
        + ") ==");
    out.println(profession.description());
    out.println("Linked to: " + String.join(", ", profession.linkedTo()));
    out.println("Bridges: " + String.join("; ", profession.bridges()));
    profession.facts().forEach(out::println);

    out.println();
    out.println("-- Roles --");
    for (Role role : catalog.roles().list()) {
      out.println("* " + role.title() + role.abbreviation().map(a -> " (" + a + ")").orElse("")
          + " [" + role.level() + "]");
      out.println("  " + role.summary());
      role.responsibilities().forEach(r -> out.println("  - " + r));
      role.typicalEntry().ifPresent(t -> out.println("  Typical entry: " + HimText.english().requirement(t)));
    }

    out.println();
    out.println("-- Types of work environment --");
    out.println(catalog.workSettings().stream().map(WorkSetting::name).collect(Collectors.joining(", ")));

    out.println();
    out.println("-- Education and training --");
    for (ProgramType p : catalog.programTypes().list()) {
      out.println("* " + p.name() + p.typicalLength().map(l -> ", " + l.getYears() + " years").orElse("")
          + p.focus().map(f -> ", " + f.name().toLowerCase(Locale.ROOT) + " focus").orElse(""));
      if (!p.deliveryModes().isEmpty()) {
        out.println("  Delivery: " + p.deliveryModes().stream().map(d -> d.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")) + "; evening programs: " + p.eveningPrograms().name()
            .toLowerCase(Locale.ROOT).replace('_', ' '));
      }
      p.structure().forEach(s -> out.println("  " + s));
      for (ProgressionProgram pp : p.progressionPrograms()) {
        out.println("  " + pp.fromCredential() + " to " + pp.toCredential() + " programs: " + pp.availability().name()
            .toLowerCase(Locale.ROOT));
      }
      p.preparesFor().forEach(c -> out.println("  Prepares for " + c + " ("
          + catalog.getCredential(c).fullName() + ")"));
    }

    out.println();
    out.println("-- Credentials and their renewal rules (cycles beginning " + asOf + ") --");
    for (Credential c : catalog.credentials().list()) {
      String renewal = c.renewalPolicy()
          .flatMap(id -> catalog.findRenewalPolicy(id, asOf))
          .flatMap(p -> p.requiredCeus(c.id()).map(ceus -> ceus + " CEUs every " + years(p)))
          .orElse("no renewal requirement recorded");
      out.println(String.format(Locale.ROOT, "%-6s %-55s %-6s %s", c.id(), c.fullName(), c.issuer(), renewal)
          + (c.status() == org.himkit.CredentialStatus.RETIRED ? " (retired)" : ""));
    }

    out.println();
    out.println("-- Salary --");
    // the figure the page states, in one call; the latest figure confirmed at BLS is a separate question
    profession.medianSalary().ifPresent(stated -> {
      Occupation occupation = catalog.getOccupation(profession.salaryOccupation().orElseThrow());
      printWage("As stated", occupation, stated, out);
      occupation.latestMedianAnnualWage().ifPresent(latest -> printWage("Latest with a reference period", occupation,
          latest, out));
    });

    out.println();
    Organization org = catalog.getOrganization(profession.professionalOrganization());
    out.println("-- Professional organization --");
    out.println(org.name() + " (" + org.abbreviation() + ")");
  }

  private static void printWage(String label, Occupation occupation, WageStatistic w, PrintStream out) {
    out.println(label + ", " + occupation.title() + ": median "
        + NumberFormat.getCurrencyInstance(Locale.US).format(w.amount()) + " per year, "
        + w.referenceMonth().map(m -> "reference " + m).orElse("no reference period given")
        + " [" + w.verification() + "]");
    w.scope().ifPresent(scope -> out.println("  Counts " + scope));
    out.println("  Source: " + w.citations().stream().map(Citation::title).collect(Collectors.joining("; ")));
  }

  private static String years(RenewalPolicy p) {
    return p.cycleLength().getYears() + " years";
  }
}
