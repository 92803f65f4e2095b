package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.himkit.ProgramOffering;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class ProgramFinderTest {

  private static List<String> answers() {
    String text = ExamplesTest.capture(out -> ProgramFinder.print(HimCatalog.builtIn(), ProgramFinder.sampleCatalog(),
        LocalDate.of(2026, 11, 24), out));
    assertThat(text.lines().filter(l -> l.startsWith("Q: ")).count()).isEqualTo(5);
    return text.lines().filter(l -> l.startsWith("A: ")).map(l -> l.substring(3)).collect(Collectors.toList());
  }

  @Test
  void answersTheFivePortalQuestions() {
    List<String> a = answers();
    assertThat(a).hasSize(5);
    assertThat(a.get(0)).isEqualTo("Health information technician, Medical coder, Cancer registrar");
    assertThat(a.get(1)).isEqualTo("RHIA, RHIT, CCA, CCS, CCS-P, CHPS, CHDA, CDIP");
    assertThat(a.get(2)).isEqualTo("RHIT, CCA, CCS, CCS-P, ODS");
    assertThat(a.get(3)).startsWith("Health information manager $110,680.00 (2023-05), Cancer registrar $58,250.00")
        .contains("Health information technician $44,090.00 (2020-05), Medical coder");
    // candidacy (Riverbend), no evening classes (Prairie) and Wisconsin (Harbor) are left out
    assertThat(a.get(4)).isEqualTo("Cedar Example College, Lakeside Sample College");
  }

  @Test
  void theSampleOfferingsAreLabelledFictional() {
    List<ProgramOffering> offerings = ProgramFinder.sampleCatalog().programOfferings().list();
    assertThat(offerings).isNotEmpty().allSatisfy(o -> assertThat(o.citations()).containsExactly(ProgramFinder.FICTIONAL));
    assertThat(ProgramFinder.FICTIONAL.title()).contains("Fictional");
    assertThat(HimCatalog.builtIn().programOfferings().exists()).isFalse();
  }
}
