package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.himkit.HimValidationException;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.junit.jupiter.api.Test;

class RenewalReportTest {
  private static final String HEADER = String.join(",", RenewalReport.COLUMNS) + "\n";

  @Test
  void sampleReportShowsStatusProgressShortfallsAndDates() {
    String text = ExamplesTest.capture(out -> RenewalReport.printSample(HimCatalog.builtIn(), LocalDate.of(2026, 11, 24),
        out));
    assertThat(text)
        .contains("AHIMA: ACTIVE_AT_RISK, 18.5 of 40 CEUs for [CCS, RHIA], cycle 2025-05-08 to 2027-05-07, "
            + "164 days left")
        .contains("  TOTAL: 21.5 CEUS missing by 2027-05-07")
        .contains("AHIMA is active, at risk:")
        .contains("short: 21.5 more CEUs needed for the cycle ending 2027-05-07: 18.5 of 40 earned")
        .contains("short: 5.5 more CEUs from AHIMA sources needed")
        .containsPattern("CEUs +\\[#########-----------\\] 18.5 / 40 CEUs")
        .containsPattern("at least 40 % of the CEUs from AHIMA sources +\\[#############-------\\] 10.5 / 16 CEUs")
        .contains("c01  Exam prep review course")
        .contains("before the first AHIMA credential held was earned on 2023-05-08, so before the first cycle began")
        .contains("counted: 2 CEUs for 120 minutes of contact time")
        .contains("2027-05-07  last day of the cycle")
        .contains("2027-11-04  the credentials are revoked if still inactive")
        .contains("note: With several credentials the first cycle starts on the day the earliest was earned")
        .contains("AHIMA 2023-05-08 to 2025-05-07  RENEWED  20 of 20 CEUs for [CCS] (AHIMA recertification, 2021)")
        .doesNotContain("FICTIONAL-0001");
  }

  @Test
  void csvIsReadAndBadLinesAreNamed() throws Exception {
    List<CeActivity> read = RenewalReport.readActivities(new StringReader(
        "# comment\n" + HEADER + "x1,2025-01-02,A title,A provider,,90,HIIM_DOMAIN,AHIMA,AAPC;NCRA\n\n"));
    assertThat(read).singleElement().satisfies(a -> {
      assertThat(a.minutes()).hasValue(90);
      assertThat(a.sourceOf()).extracting(Object::toString).containsExactly("AHIMA");
      assertThat(a.approvedBy()).extracting(Object::toString).containsExactly("AAPC", "NCRA");
    });
    assertThatThrownBy(() -> RenewalReport.readActivities(new StringReader(HEADER + "x1,2025-01-02,too,few\n")))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("CSV line 2");
    assertThatThrownBy(() -> RenewalReport.readActivities(new StringReader(HEADER
        + "x1,2025-13-02,A,B,1,,HIIM_DOMAIN,,\n"))).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("CSV line 2").hasMessageContaining("2025-13-02");
    assertThatThrownBy(() -> RenewalReport.readActivities(new StringReader(
        "id,date,title,provider,ceus,minutes,category,source_of,approved_by\n")))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("header");
    assertThatThrownBy(() -> RenewalReport.readActivities(new StringReader(HEADER
        + "x1,2025-01-02,A,B,-1,,HIIM_DOMAIN,,\n"))).isInstanceOf(HimValidationException.class);
  }

  @Test
  void progressBarFillsInProportion() {
    assertThat(RenewalReport.bar(Ceus.ZERO, Ceus.of(40))).isEqualTo("[--------------------]");
    assertThat(RenewalReport.bar(Ceus.of(10), Ceus.of(40))).isEqualTo("[#####---------------]");
    assertThat(RenewalReport.bar(Ceus.of(40), Ceus.of(40))).isEqualTo("[####################]");
    assertThat(RenewalReport.bar(Ceus.of(55), Ceus.of(40))).isEqualTo("[####################]");
  }

  @Test
  void readmeRenewalSnippetsAreTheCompiledExamples() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String report = Files.readString(Path.of("src/main/java/org/himkit/examples/RenewalReport.java"));
    String table = Files.readString(Path.of("src/main/java/org/himkit/examples/RenewalTable.java"));
    for (String name : List.of("renewal", "renewal-text")) {
      assertThat(ExamplesTest.between(readme, "<!-- " + name + ":begin -->\n```java\n", "\n```\n<!-- " + name
          + ":end -->")).as(name).isEqualTo(snippet(report, name));
    }
    assertThat(ExamplesTest.between(readme, "<!-- renewal-table:begin -->\n```java\n",
        "\n```\n<!-- renewal-table:end -->")).isEqualTo(snippet(table, "renewal-table"));
    String output = ExamplesTest.capture(out -> RenewalReport.printSample(HimCatalog.builtIn(),
        LocalDate.of(2026, 11, 24), out));
    assertThat(output).contains(ExamplesTest.between(readme, "<!-- renewal-output -->\n```text\n", "\n```"));
    assertThat(output).contains(ExamplesTest.between(readme, "<!-- renewal-text-output -->\n```text\n", "\n```"));
    String tableOutput = ExamplesTest.capture(out -> RenewalTable.printSample(HimCatalog.builtIn(),
        LocalDate.of(2026, 11, 24), out));
    assertThat(tableOutput).contains(ExamplesTest.between(readme, "<!-- renewal-table-output -->\n```text\n",
        "\n```"));
  }

  /** The lines between the markers of a snippet, without the method body's indentation. */
  private static String snippet(String source, String name) {
    String block = ExamplesTest.between(source, "    // " + name + ":begin\n", "    // " + name + ":end")
        .stripTrailing();
    return block.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip()).reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }
}
