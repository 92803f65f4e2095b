package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class ExamplesTest {

  static String capture(Consumer<PrintStream> body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      body.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void fieldOverviewRebuildsTheSeedPage() {
    String text = capture(out -> FieldOverview.print(HimCatalog.builtIn(), LocalDate.of(2026, 11, 24), out));
    assertThat(text)
        .contains("acquiring, analyzing, maintaining, releasing, and protecting medical information")
        .contains("Health information technician (HIT)")
        .contains("do not generally work directly with patients")
        .contains("usually an associate degree with the Registered Health Information Technician (RHIT) credential")
        .contains("Hospitals, Physician offices, Long-term care facilities, Insurance companies, "
            + "Correctional facilities, Mental health facilities, IT companies, Law offices, Consultants")
        .contains("Associate degree in health information management, 2 years, technical focus")
        .contains("evening programs: available")
        .contains("Professional coursework begins in the junior year")
        .contains("RHIT to RHIA programs: available")
        .containsPattern("RHIT +Registered Health Information Technician +AHIMA +20 CEUs every 2 years")
        .containsPattern("RHIA +Registered Health Information Administrator +AHIMA +30 CEUs every 2 years")
        .contains("As stated, Medical Records Specialists: median $48,780.00 per year, no reference period given "
            + "[NOT_CONFIRMED_AT_SOURCE]")
        .contains("Latest with a reference period, Medical Records Specialists: median $44,090.00 per year, "
            + "reference 2020-05 [CONFIRMED_AT_SOURCE]")
        .contains("Counts the OOH profile \"Medical Records and Health Information Specialists\"")
        .contains("American Health Information Management Association (AHIMA)");
  }

  @Test
  void quickStartPrintsWhatItsCommentsSay() {
    String text = capture(QuickStart::run);
    assertThat(text.lines()).startsWith("Registered Health Information Technician", "RHIA MISNOMER");
    assertThat(text).contains("RHIA");
    assertThat(text.lines().skip(3)).containsExactly("Health information technician", "RHIT", "CCA", "CCS", "CCS-P");
  }

  @Test
  void readmeQuickStartIsTheCompiledExample() throws Exception {
    String source = Files.readString(Path.of("src/main/java/org/himkit/examples/QuickStart.java"));
    String readme = Files.readString(Path.of("../README.md"));
    String block = between(source, "// quick-start:begin\n", "    // quick-start:end").stripTrailing();
    String dedented = block.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    assertThat(between(readme, "<!-- quick-start:begin -->\n```java\n", "\n```\n<!-- quick-start:end -->"))
        .isEqualTo(dedented);
  }

  /** What {@link Main} prints. */
  static String mainOutput() {
    return capture(out -> {
      PrintStream saved = System.out;
      System.setOut(out);
      try {
        Main.main(new String[0]);
      } finally {
        System.setOut(saved);
      }
    });
  }

  static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    assertThat(from).as("marker %s", begin).isNotNegative();
    int to = text.indexOf(end, from + begin.length());
    assertThat(to).as("marker %s", end).isNotNegative();
    return text.substring(from + begin.length(), to);
  }
}
