package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal in a real browser: headless Chromium fills the forms, uploads a CSV, reads the results and downloads
 * the calendar, and saves a screenshot of each page under {@code target/screenshots}. Skipped, not passed, where
 * no browser can be started.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  @LocalServerPort int port;

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = Browser.start(port);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void theHomePageLeadsToEveryPage() {
    browser.open("/");
    assertThat(browser.findAll("nav a")).extracting(e -> e.getAttribute("href"))
        .allMatch(href -> href.startsWith("http://localhost:" + port + "/"));
    browser.find("a.card.link[href='/careers']").click();
    assertThat(browser.find("h1").getText()).isEqualTo("Career explorer");
    browser.open("/");
    assertThat(browser.screenshot("home")).exists();
  }

  @Test
  @Order(2)
  void theCareerExplorerShowsTheProfession() {
    browser.open("/careers");
    assertThat(browser.findAll("#levels article")).hasSize(2);
    assertThat(browser.findAll("#settings li")).hasSizeGreaterThanOrEqualTo(9);
    assertThat(browser.find("#salary").getText()).contains("$48,780").contains("none given");
    browser.find("#profession details.sources summary").click();
    assertThat(browser.find("#profession details.sources li").isDisplayed()).isTrue();
    assertThat(browser.screenshot("careers")).exists();
  }

  @Test
  @Order(3)
  void theProgramFinderFiltersTheSampleOfferings() {
    browser.open("/programs");
    browser.select("#credential", "RHIT");
    browser.select("#state", "IL");
    browser.tick("#evening");
    browser.tick("#accredited");
    browser.submit("#finder button[type=submit]");
    assertThat(browser.findAll("tr.offering td:first-child")).extracting(e -> e.getText())
        .containsExactly("Lakeside Sample College");
    assertThat(browser.find(".fictional").getText()).contains("Fictional sample data");
    assertThat(browser.driver().getCurrentUrl()).contains("credential=RHIT").contains("state=IL");
    browser.open("/programs");
    assertThat(browser.screenshot("programs")).exists();
  }

  @Test
  @Order(4)
  void theAdvisorReportsAWrongFieldNextToIt() {
    browser.open("/eligibility");
    browser.type("#collegeCredits", "sixty");
    browser.submit("#check");
    assertThat(browser.find("#collegeCredits-error").getText()).isEqualTo("Enter a whole number from 0 to 500.");
    assertThat(browser.find("#collegeCredits").getAttribute("value")).isEqualTo("sixty");
    assertThat(browser.findAll("#credentials")).isEmpty();
  }

  @Test
  @Order(5)
  void theAdvisorAnswersAndDrawsThePathway() {
    browser.open("/eligibility");
    browser.select("#goal", "role:health-information-manager");
    browser.tick("#diploma");
    browser.select("#eduLevel1", "ASSOCIATE");
    browser.select("#eduField1", "HEALTH_INFORMATION_MANAGEMENT");
    browser.select("#eduAccreditor1", "CAHIIM");
    browser.select("#credential1", "RHIT");
    browser.date("#earned1", "2021-06-15");
    browser.type("#months-CODING", "11");
    browser.submit("#check");
    assertThat(browser.find("#answer-RHIT").getAttribute("data-status")).isEqualTo("ELIGIBLE");
    assertThat(browser.find("#answer-RHIA").getAttribute("data-status")).isEqualTo("NOT_ELIGIBLE");
    assertThat(browser.find("#answer-RHIA .missing").getText()).contains("baccalaureate");
    assertThat(browser.findAll("#pathway svg g.step")).hasSize(2);
    assertThat(browser.find("#pathway-duration").getText()).contains("4 years");
    assertThat(browser.screenshot("eligibility")).exists();
  }

  @Test
  @Order(6)
  void theTrackerTakesAnUploadAndGivesTheCalendar() throws Exception {
    Path file = Files.createTempFile("activities", ".csv");
    Files.writeString(file, org.himkit.portal.web.TrackerController.sample());
    browser.open("/tracker");
    browser.select("#credential1", "CCS");
    browser.date("#earned1", "2023-05-08");
    browser.select("#credential2", "RHIA");
    browser.date("#earned2", "2024-09-16");
    browser.find("#activities").sendKeys(file.toAbsolutePath().toString());
    browser.submit("#assess");
    assertThat(browser.find("#issuer-AHIMA").getAttribute("data-status")).isEqualTo("ACTIVE_AT_RISK");
    assertThat(browser.findAll("#issuer-AHIMA table.activities tbody tr.counted")).isNotEmpty();
    assertThat(browser.findAll("#issuer-AHIMA svg.progress g.bar")).hasSizeGreaterThanOrEqualTo(1);
    assertThat(browser.find("#issuer-AHIMA table.activities").getText()).contains("ICD-10-CM guideline updates, part 1");
    assertThat(browser.screenshot("tracker")).exists();
    browser.find("#ics").click();
    Path ics = browser.downloads().resolve("renewal-deadlines.ics");
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!(Files.exists(ics) && nonEmpty(ics)) && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(ics).exists();
    assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");
  }

  @Test
  @Order(7)
  void theTrackerListsTheProblemsOfABadFile() throws Exception {
    Path file = Files.createTempFile("bad", ".csv");
    Files.writeString(file, "completed,title,provider,ceus,category\n2025-13-01,\"open quote,P,1,HIIM_DOMAIN\n");
    browser.open("/tracker");
    browser.select("#credential1", "RHIT");
    browser.date("#earned1", "2022-01-10");
    browser.find("#activities").sendKeys(file.toAbsolutePath().toString());
    browser.submit("#assess");
    assertThat(browser.find("#file-problems").getText()).contains("line 2").contains("never closes");
    assertThat(browser.findAll("#result")).isEmpty();
  }

  static boolean nonEmpty(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
