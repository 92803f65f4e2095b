package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class EligibilityAdvisorTest {

  private static String advice() {
    return ExamplesTest.capture(out -> EligibilityAdvisor.print(HimCatalog.builtIn(), LocalDate.of(2026, 11, 24), out));
  }

  private static String section(String text, String heading) {
    int from = text.indexOf("-- " + heading);
    assertThat(from).as(heading).isNotNegative();
    int to = text.indexOf("\n-- ", from + 1);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  @Test
  void theHighSchoolGraduateCanSitForCcaAndTheAapcExamsAndHasTwoYearsToGo() {
    String s = section(advice(), "A high-school graduate");
    assertThat(s).contains("Can sit for CCA: a high-school diploma\n", "Can sit for CPC-A: ", "Can sit for COC-A: ")
        .doesNotContain("Can sit for CCS", "Can sit for RHIT")
        .contains("Best pathway to meet the typical entry of the role Health information technician "
            + "(2 years + 1 step of unknown duration):\n")
        .contains("1. complete an associate degree in health information management from a program accredited by CAHIIM "
            + "(typically 2 years)\n")
        .contains("2. pass the RHIT exam and earn the Registered Health Information Technician (RHIT) credential "
            + "(duration unknown)\n")
        .contains("Meets the typical entry of: no role yet");
  }

  @Test
  void theRhitLearnsThatRhiaIsNotAnAutomaticUpgrade() {
    String s = section(advice(), "An RHIT with an associate degree");
    assertThat(s).contains("Can sit for CCS: the RHIT credential")
        .contains("RHIA: not eligible\n  needs one of:\n")
        .contains("  - a baccalaureate degree in health information management from a program accredited by CAHIIM\n")
        .contains("(4 years + 1 step of unknown duration):\n1. complete a baccalaureate degree in health information "
            + "management from a program accredited by CAHIIM (typically 4 years); RHIT to RHIA programs are available")
        .contains("2. pass the RHIA exam and earn the Registered Health Information Administrator (RHIA) credential "
            + "(duration unknown); RHIA replaces RHIT\n")
        .contains("Meets the typical entry of: Health information technician\n");
  }

  @Test
  void theCoderWithTwoYearsCanSitForCcsNow() {
    String s = section(advice(), "A coder with two years");
    assertThat(s).contains("Can sit for CCS: 2 years of coding experience\n")
        .contains("Can sit for CPC: 2 years of on-the-job coding experience")
        .contains("Best pathway to hold the Certified Coding Specialist (CCS) credential (1 step of unknown duration):\n")
        .contains("1. pass the CCS exam and earn the Certified Coding Specialist (CCS) credential (duration unknown)\n");
  }

  @Test
  void theRhitsPathwayIsAlsoAMermaidChart() {
    assertThat(section(advice(), "The RHIT's pathway as a Mermaid flowchart"))
        .contains("flowchart TD\n  start([\"Where you stand\"])\n")
        .contains("  p1s2 -->|4 years + 1 step of unknown duration| target\n");
  }

  @Test
  void mainRunsTheAdvisor() {
    String all = ExamplesTest.capture(out -> {
      java.io.PrintStream saved = System.out;
      System.setOut(out);
      try {
        Main.main(new String[0]);
      } finally {
        System.setOut(saved);
      }
    });
    assertThat(all).contains("== Eligibility advisor (as of 2026-11-24) ==");
  }

  @Test
  void theJuniorCodersAnswerIsPrintedFromTheTypedValues() {
    assertThat(section(advice(), "A junior coder's CCS answer as data"))
        .contains("CCS NOT_ELIGIBLE (NO_ROUTE_MET)\n  options: 7, needed: 1\n")
        .contains("  unmet EXPERIENCE (months missing: 13)\n")
        .contains("  step GAIN_EXPERIENCE (months: 13)\n  step EARN_CREDENTIAL (months: unknown)\n");
  }

  @Test
  void readmePathwaysSnippetsAreTheCompiledExample() throws Exception {
    String source = Files.readString(Path.of("src/main/java/org/himkit/examples/EligibilityAdvisor.java"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String name : new String[] {"pathways", "pathways-data"}) {
      String block = ExamplesTest.between(source, "    // " + name + ":begin\n", "    // " + name + ":end");
      String dedented = block.stripTrailing().lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
          .reduce((a, b) -> a + "\n" + b).orElse("");
      assertThat(ExamplesTest.between(readme, "<!-- " + name + ":begin -->\n```java\n", "\n```\n<!-- " + name
          + ":end -->")).as(name).isEqualTo(dedented);
    }
  }
}
