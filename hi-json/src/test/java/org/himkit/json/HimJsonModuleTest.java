package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.Fee;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module in an application's own mapper: the two-line setup, values inside other values, errors. */
class HimJsonModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(new HimJsonModule()).build();
  private final Credential rhit = HimCatalog.builtIn().getCredential(CredentialId.of("RHIT"));

  /** An application's own value holding HIM Kit values. */
  record SavedHolder(String name, List<CredentialHolding> holdings, List<CeActivity> activities,
      Map<CredentialId, Ceus> extra) {}

  @Test
  void aCredentialIsWrittenInTheDocumentedShape() {
    JsonNode node = mapper.readTree(mapper.writeValueAsString(rhit));
    assertThat(node.get("id").asString()).isEqualTo("RHIT");
    assertThat(node.get("issuer").asString()).isEqualTo("AHIMA");
    assertThat(node.get("kind").asString()).isEqualTo("CERTIFICATION");
    assertThat(node.get("renewalPolicy").asString()).isEqualTo("AHIMA-RECERTIFICATION");
    assertThat(node.get("eligibility").has("anyOf")).isTrue();
    assertThat(node.has("description")).isEqualTo(rhit.description().isPresent());
    assertThat(node.toString()).doesNotContain("null").doesNotContain("Immutable").doesNotContain("@class");
  }

  @Test
  void amountsAreDecimalStringsThatKeepTheirScale() {
    Fee fee = HimCatalog.builtIn().organizations().stream().flatMap(o -> o.fees().stream()).findFirst().orElseThrow();
    JsonNode node = mapper.readTree(mapper.writeValueAsString(fee));
    assertThat(node.get("amount").isString()).isTrue();
    assertThat(new BigDecimal(node.get("amount").asString())).isEqualTo(fee.amount());
    assertThat(mapper.writeValueAsString(Ceus.parse("2.5"))).isEqualTo("\"2.5\"");
    assertThat(mapper.readValue("\"35.00\"", Ceus.class)).isEqualTo(Ceus.of(35));
    assertThat(mapper.readValue(mapper.writeValueAsString(Fee.builder().from(fee).amount(new BigDecimal("35.00"))
        .build()), Fee.class).amount().scale()).isEqualTo(2);
  }

  @Test
  void hiKitValuesInsideAnApplicationsOwnValuesRoundTrip() {
    SavedHolder saved = new SavedHolder("sample", List.of(CredentialHolding.of(CredentialId.of("RHIA"),
        LocalDate.of(2023, 3, 15))), List.of(CeActivity.builder().id("a1").title("Webinar")
        .completed(LocalDate.of(2024, 2, 1)).ceus(Ceus.parse("1.5")).category(CeCategory.HIIM_DOMAIN).provider("AHIMA")
        .addSourceOf(OrganizationId.of("AHIMA")).build()), Map.of(CredentialId.of("CCS-P"), Ceus.of(10)));
    String text = mapper.writeValueAsString(saved);
    assertThat(text).contains("\"CCS-P\":\"10\"").contains("\"earned\":\"2023-03-15\"");
    assertThat(mapper.readValue(text, SavedHolder.class)).isEqualTo(saved);
    Map<CredentialId, Requirement> byId = Map.of(rhit.id(), rhit.eligibility().orElseThrow());
    assertThat(mapper.readValue(mapper.writeValueAsString(byId), new TypeReference<Map<CredentialId, Requirement>>() {}))
        .isEqualTo(byId);
  }

  @Test
  void aBrokenValueIsADatabindExceptionListingEveryProblem() {
    String text = "[{\"credential\": \"RHIA\", \"earned\": \"2023-02-30\", \"colour\": \"red\"}]";
    JsonProblemsException e = catchThrowableOfType(JsonProblemsException.class,
        () -> mapper.readValue(text, new TypeReference<List<CredentialHolding>>() {}));
    assertThat(e).isInstanceOf(DatabindException.class);
    assertThat(e.problems()).extracting(JsonProblem::path).containsExactly("$.colour", "$.earned");
    assertThat(e.problems().get(1).message()).contains("ISO-8601 date");
  }

  @Test
  void nothingInTheInputChoosesAJavaClass() {
    String text = "{\"@class\": \"java.net.URL\", \"credential\": \"RHIA\", \"earned\": \"2023-03-15\"}";
    assertThatThrownBy(() -> mapper.readValue(text, CredentialHolding.class))
        .isInstanceOfSatisfying(JsonProblemsException.class, e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.kind()).isEqualTo(JsonProblem.Kind.UNKNOWN_FIELD)));
    assertThatThrownBy(() -> mapper.readValue("{\"@type\": \"AllOf\"}", Requirement.class))
        .isInstanceOf(JsonProblemsException.class);
  }

  @Test
  void theFacadeReportsValueProblemsAsHimExceptions() {
    HimJson json = HimJson.create();
    HimJsonException e = catchThrowableOfType(HimJsonException.class,
        () -> json.read("{\"anyOf\": [], \"allOf\": []}", Requirement.class));
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("exactly one of"));
    assertThat(catchThrowableOfType(HimJsonException.class, () -> json.read("{\"credential\": ", Requirement.class))
        .problems()).extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.SYNTAX);
    assertThat(json.read(json.write(rhit), Credential.class)).isEqualTo(rhit);
  }
}
