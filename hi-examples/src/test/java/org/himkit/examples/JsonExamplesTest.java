package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class JsonExamplesTest {

  @Test
  void theJsonExamplesPrintWhatTheySay() {
    String text = ExamplesTest.capture(out -> JsonExamples.print(HimCatalog.builtIn(), LocalDate.of(2026, 11, 24), out));
    assertThat(text).contains("RHIT read back equal: true").contains("reads back")
        .contains("A: Lakeside Sample College, Medical Coding Certificate (evening)")
        .doesNotContain("Medical Coding Certificate (online)")
        .contains("\"@type\" : \"ceterms:Certification\"").contains("\"ceterms:renewalFrequency\" : \"P2Y\"")
        .contains("\"schema:value\" : 20").contains("\"@type\" : \"EducationalOccupationalCredential\"")
        .contains("Stated only in words: [CYCLE_ANCHOR, CONTENT_RULES")
        .contains("A: NOT_ELIGIBLE {\"choice\":{\"needed\":1,\"options\":[{\"leaf\":{\"credential\":\"RHIA\"},"
            + "\"kind\":\"CREDENTIAL\"}")
        .contains("\"kind\":\"EXPERIENCE\",\"experienceMonths\":11,\"missingMonths\":13}")
        .contains("A: the best pathway {\"steps\":[{\"kind\":\"GAIN_EXPERIENCE\",\"domain\":\"CODING\"")
        .contains("\"issuer\" : \"AHIMA\"").contains("\"id\" : \"AHIMA-RECERTIFICATION\"")
        .contains("\"credentials\" : [ \"CCS\", \"RHIA\" ]").contains("\"kind\" : \"TOTAL\"")
        .contains("\"disposition\" : \"COUNTED\"").contains("\"kind\" : \"CYCLE_END\"")
        .contains("Renewal result read back equal: true");
  }

  private static String dedented(String block) {
    return block.stripTrailing().lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }

  @Test
  void readmeJsonSnippetsAreTheCompiledExample() throws Exception {
    String source = Files.readString(Path.of("src/main/java/org/himkit/examples/JsonExamples.java"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String name : new String[] {"json-setup", "json-overlay", "json-answers", "json-renewal"}) {
      String block = ExamplesTest.between(source, "    // " + name + ":begin\n", "    // " + name + ":end");
      assertThat(ExamplesTest.between(readme, "<!-- " + name + ":begin -->\n```java\n", "\n```\n<!-- " + name
          + ":end -->")).as(name).isEqualTo(dedented(block));
    }
  }

  @Test
  void readmeOverlayIsTheBundledFile() throws Exception {
    String overlay = Files.readString(Path.of("src/main/resources/org/himkit/examples/local-programs.json"));
    String readme = Files.readString(Path.of("../README.md"));
    assertThat(ExamplesTest.between(readme, "<!-- json-overlay-file:begin -->\n```json\n", "```\n<!-- json-overlay-file:end -->"))
        .isEqualTo(overlay);
  }
}
