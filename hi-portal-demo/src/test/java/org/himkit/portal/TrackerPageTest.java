package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.Organization;
import org.himkit.calendar.CalendarKey;
import org.himkit.calendar.RenewalCalendar;
import org.himkit.catalog.HimCatalog;
import org.himkit.portal.csv.ActivityCsv;
import org.himkit.portal.web.TrackerController;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.text.HimText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The CE tracker assesses an upload as the library does, explains each activity, and offers the deadlines. */
@PortalTest
class TrackerPageTest {
  private static final LocalDate AS_OF = PortalTest.TODAY;

  @Autowired MockMvc mvc;
  @Autowired HimCatalog catalog;
  @Autowired RenewalEvaluator evaluator;
  @LocalServerPort int port;

  private static MockMultipartHttpServletRequestBuilder holderOfCcsAndRhia() {
    return multipart("/tracker")
        .param("credential1", "CCS").param("earned1", "2023-05-08")
        .param("credential2", "RHIA").param("earned2", "2024-09-16").param("asOf", AS_OF.toString());
  }

  private static MockMultipartFile csv(String text) {
    return new MockMultipartFile("activities", "activities.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
  }

  private RenewalResult expected(String csv) {
    List<CeActivity> activities = new ActivityCsv(catalog.organizations().stream().map(Organization::id)
        .collect(Collectors.toSet())).read(csv).activities();
    return evaluator.assess(List.of(CredentialHolding.of(CredentialId.of("CCS"), LocalDate.of(2023, 5, 8)),
        CredentialHolding.of(CredentialId.of("RHIA"), LocalDate.of(2024, 9, 16))), activities, AS_OF);
  }

  @Test
  void theSampleFileIsAssessedAsTheLibraryAssessesIt() throws Exception {
    Document page = Pages.fetch(mvc, holderOfCcsAndRhia().param("sample", "on"));
    RenewalAssessment ahima = expected(TrackerController.sample()).assessments().get(0);
    Element issuer = page.expectFirst("#issuer-AHIMA");
    HimText text = HimText.english();
    assertThat(issuer.attr("data-status")).isEqualTo(ahima.status().name());
    assertThat(issuer.expectFirst(".badge").text()).isEqualTo(text.describeStatus(ahima));
    assertThat(issuer.text()).contains(text.describe(ahima.cycle())).contains(ahima.daysLeft() + " days left");
    assertThat(issuer.select("table.activities tbody tr")).hasSize(ahima.activities().size());
    for (int i = 0; i < ahima.activities().size(); i++) {
      Element row = issuer.select("table.activities tbody tr").get(i);
      assertThat(row.attr("data-id")).isEqualTo(ahima.activities().get(i).activity().id());
      assertThat(row.select("td").get(2).text()).isEqualTo(text.describe(ahima.activities().get(i)));
      assertThat(row.hasClass("counted")).isEqualTo(ahima.activities().get(i).counted());
    }
    assertThat(issuer.select("ol.key-dates li")).hasSize(ahima.keyDates().size());
    assertThat(issuer.select("ul.shortfalls li").eachText())
        .containsExactlyElementsOf(ahima.shortfalls().stream().map(text::describe).toList());
    // the chart: one bar per requirement, filled in proportion, and a mark per key date
    assertThat(issuer.select("svg.progress g.bar")).hasSize(ahima.requirements().size());
    Element total = issuer.expectFirst("svg.progress g.bar rect.earned");
    long expectedWidth = ahima.requirements().get(0).earned().hundredths() * 480
        / ahima.requirements().get(0).required().hundredths();
    assertThat(Long.parseLong(total.attr("width"))).isEqualTo(Math.min(480, expectedWidth));
    assertThat(issuer.select("svg.progress g.mark")).hasSize(ahima.keyDates().size());
    assertThat(page.expectFirst("#ics").attr("href")).isEqualTo("/tracker/deadlines.ics");
  }

  @Test
  void quotedCommasInTheUploadStayInTheirField() throws Exception {
    String file = """
        completed,title,provider,ceus,category
        2024-06-25,"Coding, ICD-10-CM ""2026"" update","Example Academy, Inc.",2,HIIM_DOMAIN
        """;
    Document page = Pages.fetch(mvc, holderOfCcsAndRhia().file(csv(file)));
    Element row = page.expectFirst("#issuer-AHIMA table.activities tbody tr");
    assertThat(row.select("td").get(1).text()).isEqualTo("Coding, ICD-10-CM \"2026\" update Example Academy, Inc.");
    // completed within the cycle assessed (the first, which ended unmet): the library counts it, and the page
    // says so and why
    var outcome = expected(file).assessments().get(0).activities().get(0);
    assertThat(outcome.activity().title()).isEqualTo("Coding, ICD-10-CM \"2026\" update");
    assertThat(outcome.activity().provider()).isEqualTo("Example Academy, Inc.");
    assertThat(outcome.counted()).isTrue();
    assertThat(row.hasClass("counted")).isTrue();
    assertThat(row.attr("data-id")).isEqualTo(outcome.activity().id());
    assertThat(row.select("td").get(2).text()).isEqualTo(HimText.english().describe(outcome));
    assertThat(page.expectFirst("#result").text()).contains("with 1 activity.");
  }

  @Test
  void theDeadlinesDownloadAsACalendarOfTheLastValidAssessment() throws Exception {
    MockHttpSession session = new MockHttpSession();
    Pages.fetch(mvc, holderOfCcsAndRhia().param("sample", "on").session(session));
    var response = mvc.perform(get("/tracker/deadlines.ics").session(session)).andExpect(status().isOk())
        .andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("text/calendar");
    assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".ics");
    String ics = response.getContentAsString(StandardCharsets.UTF_8);
    int events = RenewalCalendar.ofDefaults().events(expected(TrackerController.sample()).assessments(),
        CalendarKey.of("any"), AS_OF).size();
    assertThat(events).isPositive();
    assertThat(ics).startsWith("BEGIN:VCALENDAR");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(events + 1);
    assertThat(ics).contains("BEGIN:VALARM");
  }

  @Test
  void aFileWithProblemsListsThemAllAndKeepsNothing() throws Exception {
    MockHttpSession session = new MockHttpSession();
    Pages.fetch(mvc, holderOfCcsAndRhia().param("sample", "on").session(session));
    String bad = "completed,title,provider,ceus,category\n2025-13-01,A,P,1,HIIM_DOMAIN\n2025-01-01,B,P,x,NOPE\n";
    Document page = Pages.fetch(mvc, holderOfCcsAndRhia().file(csv(bad)).session(session));
    assertThat(page.select("#file-problems li").eachText()).hasSize(3)
        .anyMatch(p -> p.startsWith("line 2, completed:")).anyMatch(p -> p.startsWith("line 3, ceus:"))
        .anyMatch(p -> p.startsWith("line 3, category:"));
    assertThat(page.expectFirst("#activities-error").text()).contains("3 problem(s)");
    assertThat(page.getElementById("result")).isNull();
    // the earlier valid assessment is not offered any longer: nothing half-saved
    mvc.perform(get("/tracker/deadlines.ics").session(session)).andExpect(status().isNotFound());
  }

  @Test
  void wrongFieldsAreReportedNextToThem() throws Exception {
    Document page = Pages.fetch(mvc, multipart("/tracker")
        .param("credential1", "CCS").param("credential2", "CCS").param("earned2", "2020-01-01")
        .param("credential3", "NOPE").param("asOf", "2026-02-30"));
    assertThat(page.select("p.error").eachAttr("id")).contains("earned1-error", "credential2-error",
        "credential3-error", "asOf-error", "activities-error");
    assertThat(page.getElementById("result")).isNull();
  }

  @Test
  void anUploadOverTheLimitIsRefusedNextToTheField() throws Exception {
    byte[] big = new byte[TrackerController.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    Document page = Pages.fetch(mvc, holderOfCcsAndRhia()
        .file(new MockMultipartFile("activities", "big.csv", "text/csv", big)));
    assertThat(page.expectFirst("#activities-error").text()).contains("larger than 64 KB");
    assertThat(page.getElementById("result")).isNull();
  }

  @Test
  void theServerRefusesARequestOverTheMultipartLimit() throws Exception {
    String boundary = "b0undary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activities\"; filename=\"big.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n" + "a".repeat(200 * 1024) + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/tracker"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    // over spring.servlet.multipart.max-request-size the container refuses the request before the form sees it
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void textFromTheFileIsShownEscaped() throws Exception {
    String file = "completed,title,provider,ceus,category\n2025-06-25,<script>alert(1)</script>,"
        + "\"<img src=x onerror=alert(2)>\",2,HIIM_DOMAIN\n";
    Document page = Pages.fetch(mvc, holderOfCcsAndRhia().file(csv(file)));
    assertThat(page.select("script")).isEmpty();
    assertThat(page.select("img")).isEmpty();
    assertThat(page.expectFirst("#issuer-AHIMA table.activities tbody tr").text()).contains("<script>alert(1)</script>");
  }

  @Test
  void noUploadAndNoSampleIsAFieldError() throws Exception {
    Document page = Pages.fetch(mvc, holderOfCcsAndRhia());
    assertThat(page.expectFirst("#activities-error").text()).contains("Choose a CSV file");
  }
}
