package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.Organization;
import org.himkit.catalog.HimCatalog;
import org.himkit.json.HimJson;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.portal.csv.ActivityCsv;
import org.himkit.portal.web.TrackerController;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API answers in hi-json's shapes, which read back into the library's values. */
@PortalTest
class ApiTest {
  @Autowired MockMvc mvc;
  @Autowired HimCatalog catalog;
  @Autowired JsonMapper mapper;
  @Autowired RenewalEvaluator evaluator;

  private String get200(String path) throws Exception {
    return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void rolesAndCredentialsInTheShapeOfHiJson() throws Exception {
    String roles = get200("/api/roles");
    assertThat(mapper.readTree(roles).size()).isEqualTo(catalog.roles().count());
    String rhit = get200("/api/credentials/RHIT");
    assertThat(HimJson.create().read(rhit, org.himkit.Credential.class))
        .isEqualTo(catalog.getCredential(CredentialId.of("RHIT")));
    // the seed page's misnomer resolves
    assertThat(mapper.readTree(get200("/api/credentials/RHIM")).get("id").asString()).isEqualTo("RHIA");
    mvc.perform(get("/api/credentials/NOPE")).andExpect(status().isNotFound());
    mvc.perform(get("/api/roles/health-information-technician")).andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Health information technician"));
    mvc.perform(get("/api/roles/Not An Id")).andExpect(status().isNotFound());
    assertThat(mapper.readTree(get200("/api/profession")).get("name").asString()).isEqualTo("Health information management");
  }

  @Test
  void programsTakeTheFindersFilters() throws Exception {
    JsonNode offerings = mapper.readTree(get200("/api/programs?credential=RHIT&state=IL&evening=on&accredited=on"));
    assertThat(offerings.size()).isEqualTo(1);
    assertThat(offerings.get(0).get("id").asString()).isEqualTo("lakeside-him-aas");
    mvc.perform(get("/api/programs?credential=%3Cscript%3E")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.credential").value("Choose one of the options listed."));
  }

  @Test
  void eligibilityAnswersAsTheLibraryDoes() throws Exception {
    String body = "{\"asOf\": \"2026-11-24\", \"goal\": \"role:health-information-manager\", \"profile\": "
        + "{\"education\": [{\"level\": \"ASSOCIATE\", \"field\": \"HEALTH_INFORMATION_MANAGEMENT\", "
        + "\"accreditor\": \"CAHIIM\", \"status\": \"COMPLETED\"}], \"credentials\": {\"RHIT\": \"2021-06-15\"}, "
        + "\"highSchoolDiploma\": true}}";
    String json = mvc.perform(post("/api/eligibility").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    JsonNode answer = mapper.readTree(json);
    LearnerProfile profile = HimJson.create().read(mapper.writeValueAsString(mapper.readTree(body).get("profile")),
        LearnerProfile.class);
    JsonNode results = answer.get("results");
    assertThat(results.size()).isPositive();
    for (JsonNode r : results) {
      EligibilityResult read = HimJson.create().read(mapper.writeValueAsString(r), EligibilityResult.class);
      assertThat(read).isEqualTo(org.himkit.pathway.Eligibility.of(catalog).check(profile, read.credential(),
          PortalTest.TODAY));
    }
    assertThat(answer.get("reachableRoles").toString()).contains("health-information-technician");
    assertThat(answer.get("plan").get("target").get("role").asString()).isEqualTo("health-information-manager");
    assertThat(json).doesNotContain("\"text\"");
  }

  @Test
  void renewalAssessesAHolderRecordAsTheLibraryDoes() throws Exception {
    HolderRecord record = HolderRecord.builder()
        .addHoldings(CredentialHolding.of(CredentialId.of("CCS"), LocalDate.of(2023, 5, 8)),
            CredentialHolding.of(CredentialId.of("RHIA"), LocalDate.of(2024, 9, 16)))
        .addAllActivities(new ActivityCsv(catalog.organizations().stream().map(Organization::id)
            .collect(Collectors.toSet())).read(TrackerController.sample()).activities())
        .build();
    HimJson json = HimJson.create();
    String body = "{\"asOf\": \"2026-11-24\", \"record\": " + json.write(record) + "}";
    String answer = mvc.perform(post("/api/renewal").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    RenewalResult expected = evaluator.assess(record, PortalTest.TODAY);
    assertThat(expected.assessments()).isNotEmpty();
    assertThat(json.read(answer, RenewalResult.class)).isEqualTo(expected);
    assertThat(mapper.readTree(answer).get("assessments").get(0).get("status").asString())
        .isEqualTo(expected.assessments().get(0).status().name());
  }

  @Test
  void renewalTakesTheReadmesExample() throws Exception {
    String body = Readme.block("api-renewal", "json");
    JsonNode answer = mapper.readTree(mvc.perform(post("/api/renewal").contentType(MediaType.APPLICATION_JSON)
        .content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    RenewalResult expected = evaluator.assess(List.of(CredentialHolding.of(CredentialId.of("RHIT"),
        LocalDate.of(2025, 3, 15))), List.of(CeActivity.builder().id("w1").title("Coding webinar")
        .completed(LocalDate.of(2025, 9, 1)).ceus(Ceus.of(5)).category(CeCategory.HIIM_DOMAIN).provider("AHIMA")
        .build()), PortalTest.TODAY);
    assertThat(HimJson.create().read(answer.toString(), RenewalResult.class)).isEqualTo(expected);
    assertThat(answer.get("assessments").get(0).get("activities").get(0).get("disposition").asString())
        .isEqualTo(expected.assessments().get(0).activities().get(0).disposition().name());
  }

  @Test
  void aBrokenRenewalQuestionIsRefusedWithWhatIsWrong() throws Exception {
    mvc.perform(post("/api/renewal").contentType(MediaType.APPLICATION_JSON).content("{\"asOf\": \"2026-11-24\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.record").value("is required"));
    // an activity without an amount: hi-json names every problem with its path
    String noAmount = "{\"record\": {\"holdings\": [{\"credential\": \"RHIT\", \"earned\": \"2025-03-15\"}], "
        + "\"activities\": [{\"id\": \"w1\", \"title\": \"T\", \"completed\": \"2025-09-01\", "
        + "\"category\": \"NOPE\", \"provider\": \"P\"}]}}";
    String problems = mvc.perform(post("/api/renewal").contentType(MediaType.APPLICATION_JSON).content(noAmount))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(mapper.readTree(problems).get("errors").isArray()).isTrue();
    assertThat(problems).contains("category");
    // a credential the catalog does not hold
    mvc.perform(post("/api/renewal").contentType(MediaType.APPLICATION_JSON).content(
            "{\"record\": {\"holdings\": [{\"credential\": \"NOPE\", \"earned\": \"2025-03-15\"}], \"activities\": []}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors").exists());
  }

  @Test
  void aBrokenQuestionGetsEveryProblem() throws Exception {
    mvc.perform(post("/api/eligibility").contentType(MediaType.APPLICATION_JSON)
            .content("{\"profile\": {\"experience\": {\"CODING\": -1}, \"colour\": 1}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors").isArray());
    mvc.perform(post("/api/eligibility").contentType(MediaType.APPLICATION_JSON)
            .content("{\"profile\": {}, \"goal\": \"role:nobody\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.goal").exists());
  }
}
