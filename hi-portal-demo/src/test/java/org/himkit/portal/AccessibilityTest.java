package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * What assistive technology needs from every page, empty and answered: a language, one heading of the first level,
 * a label for every control, a message tied to every wrong field, a text equivalent for every drawing, and the
 * current page marked in the navigation.
 */
@PortalTest
class AccessibilityTest {
  @Autowired MockMvc mvc;

  private Map<String, Document> pages() throws Exception {
    Map<String, RequestBuilder> requests = new LinkedHashMap<>();
    requests.put("home", get("/"));
    requests.put("careers", get("/careers"));
    requests.put("programs", get("/programs"));
    requests.put("programs with a wrong filter", get("/programs?level=PHD"));
    requests.put("eligibility", get("/eligibility"));
    requests.put("eligibility answered", post("/eligibility").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("goal", "role:health-information-manager").param("diploma", "on").param("eduLevel1", "ASSOCIATE")
        .param("eduField1", "HEALTH_INFORMATION_MANAGEMENT").param("eduAccreditor1", "CAHIIM")
        .param("eduStatus1", "COMPLETED").param("credential1", "RHIT").param("earned1", "2021-06-15"));
    requests.put("eligibility with a wrong field", post("/eligibility")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("collegeCredits", "sixty"));
    requests.put("tracker", get("/tracker"));
    requests.put("tracker answered", multipart("/tracker").param("credential1", "RHIT").param("earned1", "2022-01-10")
        .param("sample", "on"));
    requests.put("tracker with a wrong field", multipart("/tracker").param("credential1", "RHIT"));
    Map<String, Document> pages = new LinkedHashMap<>();
    for (Map.Entry<String, RequestBuilder> e : requests.entrySet()) {
      pages.put(e.getKey(), Pages.fetch(mvc, e.getValue()));
    }
    return pages;
  }

  private static Document page(Map<String, Document> pages, String name) {
    return java.util.Objects.requireNonNull(pages.get(name), name);
  }

  @Test
  void everyPageCanBeReadWithAssistiveTechnology() throws Exception {
    Map<String, Document> pages = pages();
    // the pages checked do hold drawings and wrong fields
    assertThat(page(pages, "eligibility answered").select("svg")).isNotEmpty();
    assertThat(page(pages, "tracker answered").select("svg")).isNotEmpty();
    assertThat(page(pages, "eligibility with a wrong field").select("[aria-invalid=true]")).isNotEmpty();
    assertThat(page(pages, "tracker with a wrong field").select("[aria-invalid=true]")).isNotEmpty();
    assertThat(page(pages, "programs with a wrong filter").select("[aria-invalid=true]")).isNotEmpty();
    List<String> faults = new ArrayList<>();
    for (Map.Entry<String, Document> e : pages.entrySet()) {
      String name = e.getKey();
      Document page = e.getValue();
      if (!"en".equals(page.expectFirst("html").attr("lang"))) {
        faults.add(name + ": no lang");
      }
      if (page.select("h1").size() != 1 || page.title().isBlank()) {
        faults.add(name + ": not one h1 and a title");
      }
      if (page.select("a.skip[href=#main]").isEmpty() || page.getElementById("main") == null) {
        faults.add(name + ": no link to skip to the content");
      }
      for (Element control : page.select("input:not([type=hidden]):not([type=submit]), select, textarea")) {
        boolean labelled = control.closest("label") != null
            || (!control.id().isEmpty() && !page.select("label[for=" + control.id() + "]").isEmpty());
        if (!labelled) {
          faults.add(name + ": a control without a label: " + control.outerHtml());
        }
      }
      for (Element wrong : page.select("[aria-invalid=true]")) {
        Element message = page.getElementById(wrong.id() + "-error");
        if (message == null || !wrong.attr("aria-describedby").contains(message.id()) || message.text().isBlank()) {
          faults.add(name + ": a wrong field without its message: " + wrong.id());
        }
      }
      for (Element svg : page.select("svg")) {
        if (!"img".equals(svg.attr("role")) || svg.attr("aria-label").isBlank()) {
          faults.add(name + ": a drawing without a text equivalent");
        }
      }
      for (Element img : page.select("img")) {
        if (!img.hasAttr("alt")) {
          faults.add(name + ": an image without alt");
        }
      }
      if (!name.startsWith("home") && page.select("nav a[aria-current=page]").size() != 1) {
        faults.add(name + ": the current page is not marked in the navigation");
      }
    }
    assertThat(faults).isEmpty();
  }
}
