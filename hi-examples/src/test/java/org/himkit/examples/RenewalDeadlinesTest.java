package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class RenewalDeadlinesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  @Test
  void theSampleHoldersDeadlinesAreWrittenAsACalendarThatReadsBack() throws Exception {
    String text = ExamplesTest.capture(out -> RenewalDeadlines.printSample(HimCatalog.builtIn(), AS_OF, out));
    // printed with the console's line ends; the file has RFC 5545's CRLF, which unfolding needs
    String ics = text.substring(text.indexOf("BEGIN:VCALENDAR")).replace("\n", "\r\n");

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue())
        .containsExactly("20270507", "20270508", "20271104", "20280201");
    assertThat(events).allSatisfy(e -> assertThat(e.getAlarms()).hasSize(3));
    assertThat(calendar.validate().hasErrors()).isFalse();
    assertThat(text).doesNotContain(RenewalDeadlines.SAMPLE_ACCOUNT);
    // the same run gives the same file
    assertThat(ExamplesTest.capture(out -> RenewalDeadlines.printSample(HimCatalog.builtIn(), AS_OF, out)))
        .isEqualTo(text);
  }

  @Test
  void readmeRenewalCalendarSnippetAndOutputAreTheCompiledExample() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String source = Files.readString(Path.of("src/main/java/org/himkit/examples/RenewalDeadlines.java"));
    String block = ExamplesTest.between(source, "    // renewal-calendar:begin\n", "    // renewal-calendar:end")
        .stripTrailing();
    String snippet = block.lines().map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .reduce((a, b) -> a + "\n" + b).orElse("");
    assertThat(ExamplesTest.between(readme, "<!-- renewal-calendar:begin -->\n```java\n",
        "\n```\n<!-- renewal-calendar:end -->")).isEqualTo(snippet);
    String output = ExamplesTest.capture(out -> RenewalDeadlines.printSample(HimCatalog.builtIn(), AS_OF, out));
    assertThat(output).contains(ExamplesTest.between(readme, "<!-- renewal-calendar-output -->\n```text\n", "\n```"));
    assertThat(output).contains(ExamplesTest.between(readme, "<!-- renewal-calendar-ics -->\n```text\n", "\n```"));
  }
}
