package org.himkit.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.Unmet;
import org.himkit.pathway.Target;
import org.himkit.text.HimText;
import org.himkit.text.Mermaid;

/**
 * An "eligibility advisor" page for three sample learners: what each can sit for now, which roles'
 * typical entry each meets, and the pathways to the goal each has in mind.
 */
public final class EligibilityAdvisor {
  private EligibilityAdvisor() {}

  private static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");

  /** A sample learner: a description, a profile and a goal. */
  record Learner(String who, LearnerProfile profile, Target goal) {}

  /**
   * Returns the three sample learners: a high-school graduate who wants to be a health information
   * technician, an RHIT with an associate degree who wants to manage, and a coder with two years of
   * experience who wants the CCS.
   *
   * @param catalog the catalog whose role and credential the goals name
   * @return the learners, in that order
   */
  static List<Learner> learners(HimCatalog catalog) {
    LearnerProfile graduate = LearnerProfile.builder().highSchoolDiploma(true).build();
    LearnerProfile rhit = LearnerProfile.builder()
        .highSchoolDiploma(true)
        .addEducation(Education.completed(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT, CAHIIM))
        .putCredential(CredentialId.of("RHIT"), LocalDate.of(2021, 6, 15))
        .build();
    LearnerProfile coder = LearnerProfile.builder()
        .highSchoolDiploma(true)
        .putExperience(ExperienceDomain.CODING, 24)
        .build();
    return List.of(
        new Learner("A high-school graduate who wants to be a health information technician", graduate,
            Target.enters(catalog.getRole(RoleId.of("health-information-technician")))),
        new Learner("An RHIT with an associate degree who wants to manage", rhit,
            Target.enters(catalog.getRole(RoleId.of("health-information-manager")))),
        new Learner("A coder with two years of experience who wants the CCS", coder,
            Target.holds(catalog.getCredential(CredentialId.of("CCS")))));
  }

  /**
   * Prints the advice for the three sample learners.
   *
   * @param catalog the catalog to read
   * @param asOf the date of the advice
   * @param out where to print
   */
  public static void print(HimCatalog catalog, LocalDate asOf, PrintStream out) {
    out.println("== Eligibility advisor (as of " + asOf + ") ==");
    List<Learner> learners = learners(catalog);
    for (Learner learner : learners) {
      out.println();
      advise(catalog, learner, asOf, out);
    }
    out.println();
    out.println("-- The RHIT's pathway as a Mermaid flowchart --");
    out.print(Mermaid.plan(PathwayPlanner.of(catalog).plan(learners.get(1).profile(), learners.get(1).goal(), asOf)));
    out.println();
    out.println("-- A junior coder's CCS answer as data, for a portal's own widgets --");
    LearnerProfile junior = LearnerProfile.builder().highSchoolDiploma(true)
        .putExperience(ExperienceDomain.CODING, 11).build();
    printAsData(catalog, junior, asOf, out);
  }

  /**
   * Prints a learner's CCS answer and best pathway from the typed values alone, without the renderer:
   * what a portal reads to draw its own widgets ("13 months to go").
   *
   * @param catalog the catalog to read
   * @param profile the learner
   * @param asOf the date of the answer
   * @param out where to print
   */
  static void printAsData(HimCatalog catalog, LearnerProfile profile, LocalDate asOf, PrintStream out) {
    // pathways-data:begin
    EligibilityResult ccs = Eligibility.of(catalog).check(profile, CredentialId.of("CCS"), asOf);
    out.println(ccs.credential() + " " + ccs.status() + " (" + ccs.reason() + ")");
    if (ccs.unmet().orElseThrow() instanceof Unmet.Choice choice) {
      out.println("  options: " + choice.options().size() + ", needed: " + choice.needed());
    }
    ccs.unmet().orElseThrow().conditions().forEach(c -> out.println("  unmet " + c.kind()
        + c.missingMonths().stream().mapToObj(m -> " (months missing: " + m + ")").findFirst().orElse("")));

    PathwayPlan plan = PathwayPlanner.of(catalog)
        .plan(profile, Target.holds(catalog.getCredential(CredentialId.of("CCS"))), asOf);
    for (Step step : plan.best().orElseThrow().steps()) {
      out.println("  step " + step.kind() + " (months: "
          + step.duration().map(d -> String.valueOf(d.toTotalMonths())).orElse("unknown") + ")");
    }
    // pathways-data:end
  }

  private static void advise(HimCatalog catalog, Learner learner, LocalDate asOf, PrintStream out) {
    out.println("-- " + learner.who() + " --");
    // pathways:begin
    Eligibility eligibility = Eligibility.of(catalog);
    HimText text = HimText.english();
    LearnerProfile profile = learner.profile();

    for (EligibilityResult r : eligibility.eligibleCredentials(profile, asOf)) {
      out.println("Can sit for " + r.credential() + ": " + text.route(r.satisfiedRoute().orElseThrow()));
    }
    EligibilityResult rhia = eligibility.check(profile, CredentialId.of("RHIA"), asOf);
    out.println("RHIA: " + text.status(rhia.status()));
    rhia.unmet().ifPresent(unmet -> text.unmet(unmet).forEach(line -> out.println("  " + line)));

    PathwayPlan plan = PathwayPlanner.of(catalog).plan(profile, learner.goal(), asOf);
    Pathway best = plan.best().orElseThrow();
    out.println("Best pathway to " + text.target(plan.target()) + " (" + text.pathwayDuration(best) + "):");
    text.pathway(best).forEach(out::println);
    // pathways:end
    List<Role> roles = eligibility.reachableRoles(profile, asOf);
    out.println("Meets the typical entry of: "
        + (roles.isEmpty() ? "no role yet" : roles.stream().map(Role::title).collect(Collectors.joining(", "))));
    out.println("Other pathways: " + (plan.alternatives().size() - 1));
  }
}
