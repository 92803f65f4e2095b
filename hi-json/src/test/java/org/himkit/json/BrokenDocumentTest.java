package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.himkit.ErrorCode;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken catalog documents are rejected with every problem at once, each at its JSON path with the kind
 * of rule it breaks; the built-in catalog written out is the valid document each test breaks.
 */
class BrokenDocumentTest {
  private final HimJson json = HimJson.create();
  private final String builtIn = json.writeCatalog(HimCatalog.builtIn());

  private ObjectNode document() {
    return (ObjectNode) json.mapper().readTree(builtIn);
  }

  private static ObjectNode entry(ObjectNode doc, String section, int index) {
    return (ObjectNode) doc.get(section).get(index);
  }

  private static int indexOf(ObjectNode doc, String section, String id) {
    JsonNode entries = doc.get(section);
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).get("id").asString().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private List<JsonProblem> problems(String text) {
    HimJsonException e = catchThrowableOfType(HimJsonException.class, () -> json.readCatalog(text));
    assertThat(e).as("the document is rejected").isNotNull();
    assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CATALOG);
    assertThat(e.getMessage()).contains(e.problems().get(0).path());
    return e.problems();
  }

  private List<JsonProblem> problems(ObjectNode doc) {
    return problems(doc.toString());
  }

  private static JsonProblem at(List<JsonProblem> problems, String path) {
    return problems.stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
  }

  @Test
  void theValidDocumentReads() {
    Catalogs.assertSameEntries(json.readCatalog(builtIn), HimCatalog.builtIn());
  }

  @Test
  void unknownFieldsAreNamedWithTheNearestKnownOne() {
    ObjectNode doc = document();
    ObjectNode rhit = entry(doc, "credentials", indexOf(doc, "credentials", "RHIT"));
    rhit.set("fulName", rhit.remove("fullName"));
    doc.put("credentialz", 1);
    List<JsonProblem> problems = problems(doc);
    int i = indexOf(doc, "credentials", "RHIT");
    assertThat(at(problems, "$.credentials[" + i + "].fulName").kind()).isEqualTo(JsonProblem.Kind.UNKNOWN_FIELD);
    assertThat(at(problems, "$.credentials[" + i + "].fulName").message()).contains("did you mean \"fullName\"");
    assertThat(at(problems, "$.credentials[" + i + "].fullName").kind()).isEqualTo(JsonProblem.Kind.MISSING_FIELD);
    assertThat(at(problems, "$.credentialz").kind()).isEqualTo(JsonProblem.Kind.UNKNOWN_FIELD);
    assertThat(problems).hasSize(3);
  }

  @Test
  void wrongTypesAreReportedWhereTheyAre() {
    ObjectNode doc = document();
    entry(doc, "credentials", 0).put("issuer", 42);
    entry(doc, "organizations", 0).put("kinds", "CERTIFYING_BODY");
    ObjectNode fee = (ObjectNode) entry(doc, "organizations", 0).get("fees").get(0);
    fee.put("amount", 35.5);
    entry(doc, "roles", 0).put("level", "CHIEF");
    doc.set("workSettings", doc.objectNode());
    List<JsonProblem> problems = problems(doc);
    assertThat(at(problems, "$.credentials[0].issuer").kind()).isEqualTo(JsonProblem.Kind.WRONG_TYPE);
    assertThat(at(problems, "$.credentials[0].issuer").message()).contains("not a whole number");
    assertThat(at(problems, "$.organizations[0].kinds").kind()).isEqualTo(JsonProblem.Kind.WRONG_TYPE);
    assertThat(at(problems, "$.organizations[0].fees[0].amount").message())
        .contains("a decimal string such as \"48780.00\"").contains("a number with a fraction");
    assertThat(at(problems, "$.roles[0].level").kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
    assertThat(at(problems, "$.roles[0].level").message()).contains("TECHNICIAN, MANAGER, SPECIALIST");
    assertThat(at(problems, "$.workSettings").kind()).isEqualTo(JsonProblem.Kind.WRONG_TYPE);
  }

  @Test
  void missingRequiredFieldsAndBrokenValueRules() {
    ObjectNode doc = document();
    entry(doc, "roles", 1).remove("summary");
    ObjectNode policy = entry(doc, "renewalPolicies", 0);
    policy.put("cycleLength", "P0D");
    entry(doc, "occupations", 0).put("title", "  ");
    List<JsonProblem> problems = problems(doc);
    assertThat(at(problems, "$.roles[1].summary").kind()).isEqualTo(JsonProblem.Kind.MISSING_FIELD);
    assertThat(at(problems, "$.renewalPolicies[0].cycleLength").message()).contains("must be positive");
    assertThat(at(problems, "$.occupations[0].title").kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
  }

  @Test
  void duplicateIdsNameTheFirstEntry() {
    ObjectNode doc = document();
    ArrayNode credentials = (ArrayNode) doc.get("credentials");
    credentials.add(credentials.get(0).deepCopy());
    ArrayNode omissions = (ArrayNode) doc.get("knownOmissions");
    omissions.add(omissions.get(2).deepCopy());
    List<JsonProblem> problems = problems(doc);
    JsonProblem dup = at(problems, "$.credentials[" + (credentials.size() - 1) + "].id");
    assertThat(dup.kind()).isEqualTo(JsonProblem.Kind.DUPLICATE_ID);
    assertThat(dup.message()).contains("$.credentials[0]");
    assertThat(at(problems, "$.knownOmissions[" + (omissions.size() - 1) + "].id").kind())
        .isEqualTo(JsonProblem.Kind.DUPLICATE_ID);
  }

  @Test
  void danglingReferencesAreReportedAtTheReference() {
    ObjectNode doc = document();
    int rhit = indexOf(doc, "credentials", "RHIT");
    int rhia = indexOf(doc, "credentials", "RHIA");
    entry(doc, "credentials", rhit).put("renewalPolicy", "NO-SUCH-POLICY");
    entry(doc, "credentials", rhia).put("issuer", "AHIMB");
    ObjectNode eligibility = (ObjectNode) entry(doc, "credentials", rhit).get("eligibility");
    ((ObjectNode) eligibility.get("anyOf").get(0).get("completedProgram")).put("accreditor", "CAHIM");
    entry(doc, "roles", 0).set("workSettings",
        doc.arrayNode().add("hospital").add("spaceship"));
    List<JsonProblem> problems = problems(doc);
    assertThat(at(problems, "$.credentials[" + rhit + "].renewalPolicy").kind())
        .isEqualTo(JsonProblem.Kind.UNRESOLVED_REFERENCE);
    assertThat(at(problems, "$.credentials[" + rhia + "].issuer").message())
        .isEqualTo("refers to organization \"AHIMB\", which the catalog does not hold");
    assertThat(at(problems, "$.credentials[" + rhit + "].eligibility.anyOf[0].completedProgram.accreditor").kind())
        .isEqualTo(JsonProblem.Kind.UNRESOLVED_REFERENCE);
    assertThat(at(problems, "$.roles[0].workSettings[1]").message()).contains("work setting \"spaceship\"");
    assertThat(problems).hasSize(4);
  }

  @Test
  void overlappingPolicyVersionsAreReported() {
    ObjectNode doc = document();
    ObjectNode first = entry(doc, "renewalPolicies", 0);
    String id = first.get("id").asString();
    ObjectNode second = entry(doc, "renewalPolicies", 1);
    assertThat(second.get("id").asString()).isEqualTo(id);
    first.remove("effectiveTo");
    List<JsonProblem> problems = problems(doc);
    assertThat(problems).extracting(JsonProblem::kind).contains(JsonProblem.Kind.OVERLAPPING_DATES);
    JsonProblem overlap = problems.stream().filter(p -> p.kind() == JsonProblem.Kind.OVERLAPPING_DATES).findFirst()
        .orElseThrow();
    assertThat(overlap.path()).startsWith("$.renewalPolicies[");
    assertThat(overlap.message()).contains(id).contains("$.renewalPolicies[0]");
  }

  @Test
  void everyProblemIsListedAtOnceAndNothingIsReturned() {
    ObjectNode doc = document();
    entry(doc, "credentials", 0).put("kind", "DIPLOMA");
    entry(doc, "credentials", 1).put("issuer", "NOBODY");
    entry(doc, "roles", 0).put("bogus", true);
    entry(doc, "programTypes", 0).remove("level");
    entry(doc, "workSettings", 0).put("name", 7);
    // each entry's own problems in document order, then the references, checked once all is read; a
    // credential that cannot be read still defines its id, so references to it are not reported too
    assertThat(problems(doc)).extracting(JsonProblem::path).containsExactly("$.credentials[0].kind",
        "$.programTypes[0].level", "$.roles[0].bogus", "$.workSettings[0].name", "$.credentials[1].issuer");
  }

  @Test
  void aRuleOfTheWholeCatalogIsReportedAtTheEntryItConcerns() {
    ObjectNode doc = document();
    int ccs = indexOf(doc, "credentials", "CCS");
    int cpc = indexOf(doc, "credentials", "CPC");
    // CCS renewed under AAPC's policy, which gives no CEUs for it: a rule only the catalog builder knows
    entry(doc, "credentials", ccs).put("renewalPolicy", entry(doc, "credentials", cpc).get("renewalPolicy").asString());
    List<JsonProblem> problems = problems(doc);
    assertThat(problems).extracting(JsonProblem::kind).containsOnly(JsonProblem.Kind.CATALOG_RULE);
    assertThat(problems).extracting(JsonProblem::path).contains("$.credentials[" + ccs + "]");
  }

  @Test
  void theFormatVersionIsRequiredAndTheCatalogVersionChecked() {
    ObjectNode doc = document();
    doc.remove("formatVersion");
    assertThat(at(problems(doc), "$.formatVersion").kind()).isEqualTo(JsonProblem.Kind.UNSUPPORTED_FORMAT);
    doc.put("formatVersion", 2);
    assertThat(at(problems(doc), "$.formatVersion").message()).contains("reads formatVersion 1");
    doc.put("formatVersion", 1);
    doc.put("catalogVersion", "2026");
    assertThat(at(problems(doc), "$.catalogVersion").kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
    // a custom catalog need not have a data version
    doc.remove("catalogVersion");
    assertThat(HimJson.create().readCatalog(doc.toString()).version()).isEmpty();
  }

  @Test
  void aDocumentNestedTenThousandDeepStopsAtTheLimit() {
    StringBuilder deep = new StringBuilder("{\"formatVersion\": 1, \"catalogVersion\": \"2026.2\", \"roles\": [");
    deep.append("{\"typicalEntry\": ".repeat(1)).append("{\"allOf\": [".repeat(10_000)).append("]}".repeat(10_000))
        .append("}]}");
    List<JsonProblem> problems = problems(deep.toString());
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).kind()).isEqualTo(JsonProblem.Kind.LIMIT);
    assertThat(problems.get(0).message()).contains("nesting depth").contains("64");
    assertThat(problems.get(0).path()).startsWith("$.roles[0].typicalEntry.allOf[0].allOf[0]");
  }

  @Test
  void aNumberOfAThousandDigitsStopsAtTheLimit() {
    ObjectNode doc = document();
    String text = doc.toString().replaceFirst("\"formatVersion\":1", "\"formatVersion\":" + "9".repeat(1000));
    List<JsonProblem> problems = problems(text);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).kind()).isEqualTo(JsonProblem.Kind.LIMIT);
    assertThat(problems.get(0).message()).contains("Number value length").contains("32");
  }

  @Test
  void invalidUtf8IsASyntaxProblemWithItsPlace() {
    byte[] valid = builtIn.getBytes(StandardCharsets.UTF_8);
    String marker = "Registered Health Information Technician";
    int at = builtIn.indexOf(marker);
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    broken.write(valid, 0, at);
    broken.write(0xC3);  // a lead byte followed by an ASCII letter: not UTF-8
    broken.write(valid, at, valid.length - at);
    HimJsonException e = catchThrowableOfType(HimJsonException.class,
        () -> json.readCatalog(new ByteArrayInputStream(broken.toByteArray())));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).kind()).isEqualTo(JsonProblem.Kind.SYNTAX);
    assertThat(e.problems().get(0).message()).contains("UTF-8").contains("line");
    assertThat(e.problems().get(0).path()).startsWith("$.credentials[");
  }

  @Test
  void malformedJsonStopsWithTheProblemsFoundBefore() {
    ObjectNode doc = document();
    entry(doc, "credentials", 0).put("kind", "DIPLOMA");
    String text = doc.toString();
    List<JsonProblem> problems = problems(text.substring(0, text.indexOf("\"roles\"")) + "\"roles\": [tru");
    assertThat(problems).extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.INVALID_VALUE,
        JsonProblem.Kind.SYNTAX);
    assertThat(problems(builtIn + " {}")).extracting(JsonProblem::message).anyMatch(m -> m.contains("after the end"));
    assertThat(problems("")).extracting(JsonProblem::message).containsExactly("the document is empty");
    assertThat(problems("[]")).extracting(JsonProblem::kind).containsExactly(JsonProblem.Kind.WRONG_TYPE);
  }

  @Test
  void aMemberNameRepeatedInOneObjectIsRejected() {
    String text = builtIn.replaceFirst("\"formatVersion\" : 1", "\"formatVersion\" : 1, \"formatVersion\" : 1");
    assertThat(problems(text)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.SYNTAX);
      assertThat(p.message()).contains("Duplicate");
    });
  }

  @Test
  void aReportListsAThousandProblemsAtMost() {
    StringBuilder text = new StringBuilder("{\"formatVersion\": 1, \"catalogVersion\": \"2026.2\", \"workSettings\": [");
    for (int i = 0; i < 5000; i++) {
      text.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\", \"nme\": \"x\"}");
    }
    text.append("]}");
    List<JsonProblem> problems = problems(text.toString());
    assertThat(problems).hasSize(HimJsonException.MAX_PROBLEMS);
    assertThat(problems.get(problems.size() - 1).kind()).isEqualTo(JsonProblem.Kind.TOO_MANY_PROBLEMS);
  }

  @Test
  void aDocumentOverTheLengthLimitStopsThere() {
    HimJson small = HimJson.using(HimJson.mapperBuilder().build().rebuild().build());
    assertThat(small.readCatalog(builtIn)).isNotNull();
    tools.jackson.core.json.JsonFactory factory = tools.jackson.core.json.JsonFactory.builder()
        .streamReadConstraints(HimJson.readConstraints().rebuild().maxDocumentLength(10_000).build()).build();
    HimJson limited = HimJson.using(tools.jackson.databind.json.JsonMapper.builder(factory)
        .addModule(new HimJsonModule()).build());
    assertThatThrownBy(() -> limited.readCatalog(builtIn)).isInstanceOfSatisfying(HimJsonException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
          assertThat(p.message()).contains("Document length");
        }));
  }
}
