package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.himkit.AccreditationStatus;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The program finder filters program types and the fictional offerings, and says they are fictional. */
@PortalTest
class ProgramsPageTest {
  @Autowired MockMvc mvc;
  @Autowired HimCatalog catalog;

  @Test
  void withoutFiltersEveryProgramTypeAndOfferingIsListedAndMarkedFictional() throws Exception {
    Document page = Pages.get(mvc, "/programs");
    assertThat(page.select("#program-types tbody tr")).hasSize(catalog.programTypes().count());
    assertThat(page.select("tr.offering")).hasSize(SampleOfferings.all().size());
    assertThat(page.select(".fictional").text()).contains("Fictional sample data");
    assertThat(page.select("tr.offering td:first-child").eachText())
        .allMatch(name -> name.contains("Sample") || name.contains("Example"));
  }

  @Test
  void accreditedIllinoisEveningProgramsForTheRhit() throws Exception {
    Document page = Pages.get(mvc, "/programs?credential=RHIT&state=IL&evening=on&accredited=on");
    assertThat(page.select("tr.offering td:first-child").eachText()).containsExactly("Lakeside Sample College")
        .containsExactlyElementsOf(catalog.programOfferings().preparingFor(CredentialId.of("RHIT"))
            .inRegion("US", "IL").withEveningPrograms().withAccreditationStatus(AccreditationStatus.ACCREDITED)
            .stream().map(o -> o.institution()).toList());
    assertThat(page.select("#credential option[selected]").attr("value")).isEqualTo("RHIT");
    assertThat(page.select("#evening").hasAttr("checked")).isTrue();
    assertThat(page.select("#program-types tbody tr td:first-child").eachText())
        .containsExactly("Associate degree in health information management");
  }

  @Test
  void distanceProgramsAtTheMastersLevel() throws Exception {
    Document page = Pages.get(mvc, "/programs?level=MASTERS&delivery=DISTANCE");
    assertThat(page.select("tr.offering td:first-child").eachText()).containsExactly("Summit Sample University");
  }

  @Test
  void noMatchSaysSo() throws Exception {
    Document page = Pages.get(mvc, "/programs?institution=Nowhere");
    assertThat(page.select("tr.offering")).isEmpty();
    assertThat(page.getElementById("no-offerings")).isNotNull();
  }

  @Test
  void anUnknownChoiceIsReportedNextToItsFieldAndNothingIsListed() throws Exception {
    Document page = Pages.get(mvc, "/programs?credential=NOPE&level=PHD");
    assertThat(page.expectFirst("#credential-error").text()).isEqualTo("Choose one of the options listed.");
    assertThat(page.getElementById("level-error")).isNotNull();
    assertThat(page.expectFirst("#credential").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.getElementById("offerings")).isNull();
    assertThat(page.getElementById("form-errors")).isNotNull();
  }

  @Test
  void typedTextIsShownBackEscaped() throws Exception {
    String attack = "\"><script>alert('x')</script>";
    Document page = Pages.fetch(mvc, get("/programs").param("institution", attack));
    assertThat(page.select("script")).isEmpty();
    assertThat(page.expectFirst("#institution").attr("value")).isEqualTo(attack);
  }
}
