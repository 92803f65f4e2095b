package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Target;
import org.himkit.text.HimText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The eligibility advisor answers per credential and draws the best pathway; bad input is reported per field. */
@PortalTest
class AdvisorPageTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  @Autowired MockMvc mvc;
  @Autowired HimCatalog catalog;
  @Autowired Eligibility eligibility;
  @Autowired PathwayPlanner planner;

  /** The RHIT with a CAHIIM associate degree who wants to manage, as the form sends it. */
  private static MockHttpServletRequestBuilder rhitWhoWantsToManage() {
    return post("/eligibility").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("goal", "role:health-information-manager").param("asOf", AS_OF.toString()).param("diploma", "on")
        .param("eduLevel1", "ASSOCIATE").param("eduField1", "HEALTH_INFORMATION_MANAGEMENT")
        .param("eduAccreditor1", "CAHIIM").param("eduStatus1", "COMPLETED")
        .param("credential1", "RHIT").param("earned1", "2021-06-15").param("months-CODING", "11");
  }

  private static LearnerProfile rhitProfile() {
    return LearnerProfile.builder().highSchoolDiploma(true)
        .addEducation(Education.completed(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT,
            OrganizationId.of("CAHIIM")))
        .putCredential(CredentialId.of("RHIT"), LocalDate.of(2021, 6, 15))
        .putExperience(org.himkit.ExperienceDomain.CODING, 11).build();
  }

  @Test
  void theEmptyFormDefaultsToToday() throws Exception {
    Document page = Pages.get(mvc, "/eligibility");
    assertThat(page.expectFirst("#asOf").attr("value")).isEqualTo(PortalTest.TODAY.toString());
    assertThat(page.select("#goal option[selected]").attr("value")).isEqualTo("role:health-information-technician");
    assertThat(page.getElementById("credentials")).isNull();
  }

  @Test
  void everyActiveCredentialIsAnsweredAsTheLibraryAnswersIt() throws Exception {
    Document page = Pages.fetch(mvc, rhitWhoWantsToManage());
    List<Element> answers = page.select("article.credential-answer");
    assertThat(answers).isNotEmpty();
    LearnerProfile profile = rhitProfile();
    for (Element answer : answers) {
      CredentialId id = CredentialId.of(answer.id().substring("answer-".length()));
      EligibilityStatus expected = eligibility.check(profile, id, AS_OF).status();
      assertThat(answer.attr("data-status")).as(id.value()).isEqualTo(expected.name());
      assertThat(answer.expectFirst("h3 span:last-child").text()).isEqualTo(HimText.english().status(expected));
    }
    Element rhia = page.expectFirst("#answer-RHIA");
    assertThat(rhia.attr("data-status")).isEqualTo("NOT_ELIGIBLE");
    assertThat(rhia.select(".missing .line").eachText())
        .containsExactlyElementsOf(HimText.english().unmet(eligibility.check(profile, CredentialId.of("RHIA"), AS_OF)
            .unmet().orElseThrow()).stream().map(String::strip).toList());
    Element cca = page.expectFirst("#answer-CCA");
    assertThat(cca.attr("data-status")).isEqualTo("ELIGIBLE");
    assertThat(cca.select(".routes-met li").eachText()).contains("a high-school diploma");
  }

  @Test
  void theBestPathwayIsListedAndDrawnStepByStep() throws Exception {
    Document page = Pages.fetch(mvc, rhitWhoWantsToManage());
    Pathway best = planner.plan(rhitProfile(),
        Target.enters(catalog.getRole(RoleId.of("health-information-manager"))), AS_OF).best().orElseThrow();
    assertThat(page.select("#pathway-steps p").eachText()).containsExactlyElementsOf(HimText.english().pathway(best));
    assertThat(page.expectFirst("#pathway-duration").text()).isEqualTo(HimText.english().pathwayDuration(best));
    Element svg = page.expectFirst("#pathway svg");
    assertThat(svg.select("g.step")).hasSize(best.size());
    assertThat(svg.select("g.goal text").text()).contains("Health information manager");
    assertThat(svg.select("line")).hasSize(best.size() + 1);
    // the box of each step holds the words of that step
    for (int i = 0; i < best.size(); i++) {
      assertThat(String.join(" ", svg.select("g.step").get(i).select("text").eachText().subList(1,
          svg.select("g.step").get(i).select("text").size())))
          .isEqualTo(HimText.english().step(best.steps().get(i)));
    }
  }

  @Test
  void wrongFieldsAreReportedNextToThemAndNothingIsAnswered() throws Exception {
    Document page = Pages.fetch(mvc, post("/eligibility").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("goal", "role:no-such-role").param("asOf", "2026-13-01").param("collegeCredits", "many")
        .param("eduField1", "HEALTH_INFORMATION_MANAGEMENT").param("credential1", "RHIT").param("credential2", "RHIT")
        .param("credential3", "CCS").param("earned3", "2030-01-01").param("months-CODING", "601"));
    assertThat(page.getElementById("credentials")).isNull();
    assertThat(page.getElementById("pathway")).isNull();
    // CCS earned 2030-01-01: after today, the date of the advice when the date given is not a date
    assertThat(page.select("p.error").eachAttr("id")).containsExactlyInAnyOrder("goal-error", "asOf-error",
        "eduLevel1-error", "collegeCredits-error", "credential2-error", "earned3-error", "months-CODING-error");
    assertThat(page.expectFirst("#collegeCredits").attr("value")).isEqualTo("many");
    assertThat(page.expectFirst("#collegeCredits").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.expectFirst("#form-errors").text()).contains("7 field(s)");
  }

  @Test
  void aCredentialEarnedAfterTheDateOfTheAdviceIsRejected() throws Exception {
    Document page = Pages.fetch(mvc, post("/eligibility").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("goal", "credential:RHIA").param("asOf", "2026-11-24").param("credential1", "CCS")
        .param("earned1", "2027-01-01"));
    assertThat(page.expectFirst("#earned1-error").text()).contains("on or before").contains("2026-11-24");
    assertThat(page.getElementById("credentials")).isNull();
  }

  @Test
  void scriptInAFieldIsShownBackAsText() throws Exception {
    String attack = "<script>alert(document.cookie)</script>";
    Document page = Pages.fetch(mvc, post("/eligibility").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("goal", attack).param("months-CODING", attack).param("eduDate1", attack));
    assertThat(page.select("script")).isEmpty();
    assertThat(page.expectFirst("#months-CODING").attr("value")).isEqualTo(attack);
    assertThat(page.getElementById("goal-error")).isNotNull();
  }
}
