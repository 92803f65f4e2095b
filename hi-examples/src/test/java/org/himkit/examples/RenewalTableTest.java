package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class RenewalTableTest {

  @Test
  void theTableComesFromTypedValuesAlone() throws Exception {
    String text = ExamplesTest.capture(out -> RenewalTable.printSample(HimCatalog.builtIn(), LocalDate.of(2026, 11, 24),
        out));
    assertThat(text.lines()).containsSubsequence(
        "AHIMA, cycle 2025-05-08 to 2027-05-07",
        "  requirement                       required    earned remaining",
        "  TOTAL (CEUS)                            40      18.5      21.5",
        "  CONTENT_RULE HIIM_DOMAIN 80%            32      15.5      16.5",
        "  CONTENT_RULE ISSUER_SOURCE 40%          16      10.5       5.5");
    // The example never calls the renderer: its words are its own.
    String source = Files.readString(Path.of("src/main/java/org/himkit/examples/RenewalTable.java"));
    assertThat(source).doesNotContain("HimText");
  }

  @Test
  void mainRunsTheTable() {
    assertThat(ExamplesTest.mainOutput()).contains("== Requirements table as of 2026-11-24 (typed values only) ==");
  }
}
