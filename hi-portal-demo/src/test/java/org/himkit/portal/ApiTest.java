package org.himkit.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.himkit.json.HimJson;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
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
  void aBrokenQuestionGetsEveryProblem() throws Exception {
    mvc.perform(post("/api/eligibility").contentType(MediaType.APPLICATION_JSON)
            .content("{\"profile\": {\"experience\": {\"CODING\": -1}, \"colour\": 1}}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors").isArray());
    mvc.perform(post("/api/eligibility").contentType(MediaType.APPLICATION_JSON)
            .content("{\"profile\": {}, \"goal\": \"role:nobody\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.goal").exists());
  }
}
