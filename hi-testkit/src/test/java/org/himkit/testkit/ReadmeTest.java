package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's testkit snippets are the compiled, tested {@link FirstPropertyTest} and {@link RenewalPropertyTest}. */
class ReadmeTest {

  @Test
  void readmeFirstPropertyIsTheCompiledTest() throws Exception {
    assertSnippet("FirstPropertyTest.java", "first-property");
  }

  @Test
  void readmeRenewalPropertyIsTheCompiledTest() throws Exception {
    assertSnippet("RenewalPropertyTest.java", "renewal-property");
  }

  private static void assertSnippet(String file, String marker) throws Exception {
    String source = Files.readString(Path.of("src/test/java/org/himkit/testkit/" + file));
    String readme = Files.readString(Path.of("../README.md"));
    String block = between(source, "  // " + marker + ":begin\n", "  // " + marker + ":end").stripTrailing();
    String dedented = block.lines().map(l -> l.length() >= 2 ? l.substring(2) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    assertThat(between(readme, "<!-- " + marker + ":begin -->\n```java\n", "\n```\n<!-- " + marker + ":end -->"))
        .isEqualTo(dedented);
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    assertThat(from).as("marker %s", begin).isNotNegative();
    int to = text.indexOf(end, from + begin.length());
    assertThat(to).as("marker %s", end).isNotNegative();
    return text.substring(from + begin.length(), to);
  }
}
