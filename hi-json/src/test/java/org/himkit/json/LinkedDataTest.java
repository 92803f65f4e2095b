package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.OccupationId;
import org.himkit.ProgramTypeId;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

/**
 * The JSON-LD exports read by a real JSON-LD processor (Titanium), whose RDF triples are checked.
 *
 * <p>The tests never reach the network: the document loader serves the two contexts the exports name
 * from test resources and refuses every other address. The bundled contexts are stand-ins written for
 * these tests with the term definitions the exports rely on (the prefixes, and CTDL's language-map
 * properties, which the registry's published documents write as {@code {"en-US": ...}}); they are not
 * copies of the published contexts.
 */
class LinkedDataTest {
  private static final String CETERMS = "https://purl.org/ctdl/terms/";
  private static final String SCHEMA = "http://schema.org/";
  private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  private static final Map<String, String> CONTEXTS = Map.of(LinkedData.CTDL_CONTEXT, "ctdl-context.jsonld",
      LinkedData.SCHEMA_ORG_CONTEXT, "schema-org-context.jsonld", LinkedData.SCHEMA_ORG_CONTEXT + "/",
      "schema-org-context.jsonld");
  private static final DocumentLoader BUNDLED_ONLY = (url, options) -> {
    String name = CONTEXTS.get(url.toString());
    if (name == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "not bundled, and tests stay offline: " + url);
    }
    InputStream in = LinkedDataTest.class.getResourceAsStream(name);
    return JsonDocument.of(in);
  };

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private final HimCatalog catalog = HimCatalog.builtIn();
  private final LinkedData ld = LinkedData.of(catalog);

  /** The triples of a document, as subject, predicate and object texts (literals as value@language or value^^type). */
  record Triple(String s, String p, String o) {}

  static List<Triple> triples(LinkedDataDocument doc) {
    List<Triple> out = new java.util.ArrayList<>();
    try {
      JsonLd.toRdf(JsonDocument.of(new StringReader(doc.json()))).loader(BUNDLED_ONLY)
          .provide(new RdfQuadConsumer() {
            @Override
            public RdfQuadConsumer quad(String subject, String predicate, String object, String datatype,
                String language, String direction, String graph) {
              out.add(new Triple(subject, predicate, datatype == null ? object
                  : object + (language != null ? "@" + language : "^^" + datatype)));
              return this;
            }
          });
    } catch (JsonLdError e) {
      throw new AssertionError(e);
    }
    return out;
  }

  static Set<String> objects(List<Triple> triples, String subject, String predicate) {
    return triples.stream().filter(t -> t.s().equals(subject) && t.p().equals(predicate)).map(Triple::o)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  static String one(List<Triple> triples, String subject, String predicate) {
    Set<String> o = objects(triples, subject, predicate);
    assertThat(o).as("%s %s", subject, predicate).hasSize(1);
    return o.iterator().next();
  }

  static String subjectOf(List<Triple> triples, String predicate, String object) {
    return triples.stream().filter(t -> t.p().equals(predicate) && t.o().equals(object)).map(Triple::s).findFirst()
        .orElseThrow(() -> new AssertionError("no " + predicate + " " + object));
  }

  @Test
  void rhitInCtdl() {
    LinkedDataDocument doc = ld.ctdlCredential(CredentialId.of("RHIT"), AS_OF);
    List<Triple> t = triples(doc);
    String rhit = subjectOf(t, CETERMS + "codedNotation", "RHIT^^http://www.w3.org/2001/XMLSchema#string");
    assertThat(objects(t, rhit, RDF_TYPE)).containsExactly(CETERMS + "Certification");
    assertThat(one(t, rhit, CETERMS + "name")).isEqualTo("Registered Health Information Technician@en-us");
    assertThat(one(t, rhit, CETERMS + "renewalFrequency")).startsWith("P2Y^^");
    assertThat(one(t, rhit, CETERMS + "subjectWebpage")).contains("ahima.org").contains("rhit");

    String ahima = one(t, rhit, CETERMS + "ownedBy");
    assertThat(one(t, rhit, CETERMS + "offeredBy")).isEqualTo(ahima);
    assertThat(objects(t, ahima, RDF_TYPE)).containsExactly(CETERMS + "CredentialOrganization");
    assertThat(one(t, ahima, CETERMS + "name")).isEqualTo("American Health Information Management Association@en-us");

    // requires: one profile (the tree is "any of"), whose alternatives are the routes
    String requires = one(t, rhit, CETERMS + "requires");
    assertThat(objects(t, requires, RDF_TYPE)).containsExactly(CETERMS + "ConditionProfile");
    Credential credential = catalog.getCredential(CredentialId.of("RHIT"));
    assertThat(objects(t, requires, CETERMS + "alternativeCondition"))
        .hasSize(credential.eligibility().orElseThrow().children().size());

    // renewal: 20 CEUs, in CTDL's continuing education unit, the rest in words
    String renewal = one(t, rhit, CETERMS + "renewal");
    String value = one(t, renewal, CETERMS + "creditValue");
    assertThat(one(t, value, SCHEMA + "value")).isEqualTo("20^^http://www.w3.org/2001/XMLSchema#integer");
    String unit = one(t, value, CETERMS + "creditUnitType");
    assertThat(one(t, unit, CETERMS + "targetNode")).isEqualTo("https://purl.org/ctdl/vocabs/creditUnit/ContinuingEducationUnit");
    String description = one(t, renewal, CETERMS + "description");
    assertThat(description).contains("CTDL has no terms for the following rules").contains("80")
        .contains("inactive for 180 days").contains("plus 10 CEUs per additional credential, up to 50 CEUs")
        .endsWith("@en-us");
    assertThat(doc.proseOnly()).extracting(LinkedDataDocument.ProseOnly::rule).contains(
        LinkedDataDocument.ProseOnly.Rule.CONTENT_RULES, LinkedDataDocument.ProseOnly.Rule.LAPSE_RULE,
        LinkedDataDocument.ProseOnly.Rule.MULTI_CREDENTIAL_RULE, LinkedDataDocument.ProseOnly.Rule.CYCLE_ANCHOR);
    assertThat(doc.proseOnly()).extracting(LinkedDataDocument.ProseOnly::about).containsOnly("RHIT");

    // occupationType: the SOC and O*NET-SOC codes of the roles that name RHIT
    Set<String> codes = objects(t, rhit, CETERMS + "occupationType").stream()
        .map(a -> one(t, a, CETERMS + "codedNotation").replaceAll("\\^\\^.*", "")).collect(Collectors.toSet());
    Set<String> expected = catalog.roles().list().stream().filter(r -> r.credentials().contains(credential.id()))
        .flatMap(r -> r.occupations().stream()).flatMap(o -> catalog.getOccupation(o).codes().stream())
        .map(c -> c.value()).collect(Collectors.toSet());
    assertThat(codes).isNotEmpty().isEqualTo(expected);
  }

  @Test
  void cpmaStatesItsOwnMinimumInWords() {
    LinkedDataDocument doc = ld.ctdlCredential(CredentialId.of("CPMA"), AS_OF);
    List<Triple> t = triples(doc);
    String cpma = subjectOf(t, CETERMS + "codedNotation", "CPMA^^http://www.w3.org/2001/XMLSchema#string");
    String description = one(t, one(t, cpma, CETERMS + "renewal"), CETERMS + "description");
    assertThat(description).contains("At least 16 CEUs of the total must be related to auditing.")
        .doesNotContain("compliance");
    assertThat(doc.proseOnly()).contains(new LinkedDataDocument.ProseOnly("CPMA",
        LinkedDataDocument.ProseOnly.Rule.CONTENT_RULES));
  }

  @Test
  void odsStatesItsSubmissionDeadlineAndExamRetakeInWords() {
    LinkedDataDocument doc = ld.ctdlCredential(CredentialId.of("ODS"), AS_OF);
    List<Triple> t = triples(doc);
    String ods = subjectOf(t, CETERMS + "codedNotation", "ODS^^http://www.w3.org/2001/XMLSchema#string");
    String description = one(t, one(t, ods, CETERMS + "renewal"), CETERMS + "description");
    assertThat(description).contains("must be submitted within 1 month after its end")
        .contains("after 3 years without a submission the exam must be retaken");
    assertThat(doc.proseOnly()).contains(new LinkedDataDocument.ProseOnly("ODS",
        LinkedDataDocument.ProseOnly.Rule.LAPSE_RULE));
  }

  @Test
  void thePre2021PolicyStatesItsGraceAndSelfReviewsInWords() {
    LinkedDataDocument doc = ld.ctdlCredential(CredentialId.of("CCS"), LocalDate.of(2019, 6, 1));
    List<Triple> t = triples(doc);
    String ccs = subjectOf(t, CETERMS + "codedNotation", "CCS^^http://www.w3.org/2001/XMLSchema#string");
    String description = one(t, one(t, ccs, CETERMS + "renewal"), CETERMS + "description");
    assertThat(description).contains("grace period of 3 months").contains("self-review");
    assertThat(doc.proseOnly()).extracting(LinkedDataDocument.ProseOnly::rule)
        .contains(LinkedDataDocument.ProseOnly.Rule.MANDATORY_ACTIVITIES);
  }

  @Test
  void odsRoutesAreAlternativesAndItsHoursTheYearTheSourceEquatesThemWith() {
    List<Triple> t = triples(ld.ctdlCredential(CredentialId.of("ODS"), AS_OF));
    String ods = subjectOf(t, CETERMS + "codedNotation", "ODS^^http://www.w3.org/2001/XMLSchema#string");
    Set<String> routes = objects(t, one(t, ods, CETERMS + "requires"), CETERMS + "alternativeCondition");
    assertThat(routes).hasSize(3);
    // route B: "1,950 hours (equal to one year full-time) of experience in the cancer registry field"
    List<String> years = routes.stream().flatMap(r -> objects(t, r, CETERMS + "yearsOfExperience").stream()).toList();
    assertThat(years).containsExactly("1^^http://www.w3.org/2001/XMLSchema#integer");
    String routeB = routes.stream().filter(r -> !objects(t, r, CETERMS + "yearsOfExperience").isEmpty()).findFirst()
        .orElseThrow();
    assertThat(one(t, routeB, CETERMS + "experience")).contains("1,950 hours");
    assertThat(objects(t, routeB, CETERMS + "condition")).hasSize(3);
  }

  @Test
  void everyCredentialInCtdl() {
    List<Triple> t = triples(ld.ctdlCredentials(AS_OF));
    for (Credential c : catalog.credentials().list()) {
      String s = subjectOf(t, CETERMS + "codedNotation", c.id().value() + "^^http://www.w3.org/2001/XMLSchema#string");
      assertThat(objects(t, s, RDF_TYPE)).containsExactly(CETERMS + "Certification");
      assertThat(one(t, s, CETERMS + "name")).isEqualTo(c.fullName() + "@en-us");
      assertThat(objects(t, s, CETERMS + "ownedBy")).hasSize(1);
    }
  }

  @Test
  void entriesGetIrisUnderABase() {
    List<Triple> t = triples(ld.withBaseIri(URI.create("https://portal.example/himkit/"))
        .ctdlCredential(CredentialId.of("RHIA"), AS_OF));
    assertThat(one(t, "https://portal.example/himkit/credentials/RHIA", CETERMS + "ownedBy"))
        .isEqualTo("https://portal.example/himkit/organizations/AHIMA");
    assertThatThrownBy(() -> ld.withBaseIri(URI.create("relative/"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOccupationInSchemaOrg() {
    List<Triple> t = triples(ld.schemaOrgOccupation(OccupationId.of("29-2072")));
    String o = subjectOf(t, RDF_TYPE, SCHEMA + "Occupation");
    assertThat(one(t, o, SCHEMA + "name")).startsWith("Medical Records Specialists");
    Set<String> codes = objects(t, o, SCHEMA + "occupationalCategory").stream()
        .map(c -> one(t, c, SCHEMA + "codeValue")).collect(Collectors.toSet());
    assertThat(codes).contains("29-2072^^http://www.w3.org/2001/XMLSchema#string");
    Set<String> salaries = objects(t, o, SCHEMA + "estimatedSalary");
    String month = catalog.getOccupation(OccupationId.of("29-2072")).latestMedianAnnualWage().orElseThrow()
        .referenceMonth().orElseThrow().toString();
    String median = salaries.stream().filter(s -> objects(t, s, RDF_TYPE).contains(SCHEMA + "MonetaryAmountDistribution")
        && one(t, s, SCHEMA + "description").contains("reference period " + month)).findFirst().orElseThrow();
    assertThat(one(t, median, SCHEMA + "duration")).startsWith("P1Y");
    assertThat(one(t, median, SCHEMA + "currency")).startsWith("USD");
    assertThat(objects(t, median, SCHEMA + "median")).hasSize(1);
    String location = one(t, o, SCHEMA + "occupationLocation");
    assertThat(one(t, location, SCHEMA + "name")).startsWith("United States");
    assertThat(objects(t, o, SCHEMA + "educationRequirements")).isNotEmpty();
  }

  @Test
  void aRoleInSchemaOrgNamesItsCredentialsAsQualifications() {
    RoleId hit = catalog.roles().list().get(0).id();
    List<Triple> t = triples(ld.schemaOrgRole(hit));
    String role = subjectOf(t, RDF_TYPE, SCHEMA + "Occupation");
    assertThat(one(t, role, SCHEMA + "name")).startsWith(catalog.getRole(hit).title());
    Set<String> qualifications = objects(t, role, SCHEMA + "qualifications").stream()
        .map(q -> one(t, q, SCHEMA + "alternateName").replaceAll("\\^\\^.*", "")).collect(Collectors.toSet());
    assertThat(qualifications).containsAll(catalog.getRole(hit).credentials().stream().map(CredentialId::value)
        .toList());
    assertThat(objects(t, role, SCHEMA + "estimatedSalary")).isNotEmpty();
    assertThat(one(t, role, SCHEMA + "educationRequirements")).contains("associate degree");
  }

  @Test
  void aCredentialAndAProgramInSchemaOrg() {
    List<Triple> t = triples(ld.schemaOrgCredential(CredentialId.of("RHIT"), AS_OF));
    String c = subjectOf(t, RDF_TYPE, SCHEMA + "EducationalOccupationalCredential");
    assertThat(one(t, c, SCHEMA + "validFor")).startsWith("P2Y");
    assertThat(one(t, one(t, c, SCHEMA + "recognizedBy"), SCHEMA + "alternateName")).startsWith("AHIMA");

    t = triples(ld.schemaOrgProgram(ProgramTypeId.of("him-associate")));
    String p = subjectOf(t, RDF_TYPE, SCHEMA + "EducationalOccupationalProgram");
    assertThat(one(t, p, SCHEMA + "timeToComplete")).startsWith("P2Y");
    assertThat(one(t, one(t, p, SCHEMA + "educationalCredentialAwarded"), SCHEMA + "name"))
        .startsWith("associate degree");
  }

  @Test
  void aWageDistributionGathersTheMedianAndPercentilesOfOneSurvey() {
    List<Triple> t = triples(ld.schemaOrgOccupation(OccupationId.of("29-9021")));
    String o = subjectOf(t, RDF_TYPE, SCHEMA + "Occupation");
    String may2021 = objects(t, o, SCHEMA + "estimatedSalary").stream()
        .filter(s -> one(t, s, SCHEMA + "description").startsWith("annual wage (OEWS May 2021), reference period 2021-05"))
        .findFirst().orElseThrow();
    for (String p : List.of("median", "percentile10", "percentile25", "percentile75", "percentile90")) {
      assertThat(objects(t, may2021, SCHEMA + p)).as(p).hasSize(1);
    }
    assertThat(objects(t, o, SCHEMA + "estimatedSalary")).anyMatch(s -> objects(t, s, RDF_TYPE)
        .contains(SCHEMA + "MonetaryAmount"));
  }

  @Test
  void theWholeCatalogInSchemaOrg() {
    List<Triple> t = triples(ld.schemaOrgAll(AS_OF));
    long occupations = t.stream().filter(x -> x.p().equals(RDF_TYPE) && x.o().equals(SCHEMA + "Occupation")).count();
    assertThat(occupations).isEqualTo(catalog.occupations().count() + catalog.roles().count());
  }

  @Test
  void theLoaderRefusesTheNetwork() {
    assertThatThrownBy(() -> BUNDLED_ONLY.loadDocument(URI.create("https://example.org/context"), null))
        .isInstanceOf(JsonLdError.class);
  }
}
