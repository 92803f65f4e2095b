package org.himkit.json;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.OccupationId;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.himkit.catalog.HimCatalog;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a catalog's credentials, roles, occupations and programs as JSON-LD: credentials in the
 * Credential Transparency Description Language (CTDL) of Credential Engine's registry, and everything as
 * schema.org for search engines.
 *
 * <pre>{@code
 * LinkedData ld = LinkedData.of(HimCatalog.builtIn());
 * LinkedDataDocument rhit = ld.ctdlCredential(CredentialId.of("RHIT"), LocalDate.of(2026, 1, 1));
 * String json = rhit.json();                  // ceterms:Certification, requires, renewal, ...
 * List<ProseOnly> words = rhit.proseOnly();   // the rules CTDL has no terms for
 * }</pre>
 *
 * <p><b>CTDL</b> ({@code "@context": "https://credreg.net/ctdl/schema/context/json"}, a {@code @graph}):
 * a credential is a {@code ceterms:Certification} with its {@code ceterms:name}, {@code codedNotation},
 * status, {@code ownedBy} and {@code offeredBy} its issuer, {@code subjectWebpage} the issuer's own page
 * among its citations, {@code requires} condition profiles built from its eligibility tree (every part of
 * an "all of" a profile of its own, an "any of" a profile with {@code alternativeCondition}s, each leaf's
 * words in {@code condition}, a held credential as {@code targetCredential}, whole years of experience as
 * {@code yearsOfExperience}), {@code renewalFrequency} the cycle of the policy version in force on the day
 * asked, {@code renewal} a condition profile with the credential's CE requirement as {@code creditValue}
 * in {@code creditUnit:ContinuingEducationUnit}, and {@code occupationType} alignments to the SOC and
 * O*NET-SOC codes of the roles that name the credential. What CTDL has no terms for (content rules, the
 * requirement of several credentials, mandatory activities, the lapse timeline, the cycle anchor) is
 * stated in the renewal profile's {@code ceterms:description}, which says so, and listed in
 * {@link LinkedDataDocument#proseOnly()}.
 *
 * <p><b>schema.org</b> ({@code "@context": "https://schema.org"}): a credential is an
 * {@code EducationalOccupationalCredential} ({@code credentialCategory}, {@code recognizedBy} its issuer,
 * {@code validFor} its renewal cycle); an occupation and a role are each an {@code Occupation}
 * ({@code occupationalCategory} codes, {@code estimatedSalary} figures each with its reference period,
 * {@code educationRequirements}, {@code experienceRequirements}, {@code qualifications},
 * {@code occupationLocation} the United States for occupations coded in the US schemes); a program type
 * or offering is an {@code EducationalOccupationalProgram} ({@code timeToComplete} as an ISO-8601
 * duration, {@code educationalCredentialAwarded}).
 *
 * <p>Entries get IRIs under a base the application gives ({@link #withBaseIri(URI)}), such as
 * {@code https://portal.example/himkit/credentials/RHIT}; without one they are blank nodes. Amounts are
 * JSON numbers written exactly from their decimals. Words come from the catalog's data, from hi-core's
 * generated requirement descriptions, and from this module's English messages.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LinkedData {
  /** The CTDL context the exports name. */
  public static final String CTDL_CONTEXT = "https://credreg.net/ctdl/schema/context/json";

  /** The schema.org context the exports name. */
  public static final String SCHEMA_ORG_CONTEXT = "https://schema.org";

  private static final JsonMapper WRITER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final HimCatalog catalog;
  private final Optional<URI> base;

  private LinkedData(HimCatalog catalog, Optional<URI> base) {
    this.catalog = catalog;
    this.base = base;
  }

  /**
   * Obtains an exporter of a catalog's entries.
   *
   * @param catalog  the catalog, not null
   * @return the exporter, not null
   */
  public static LinkedData of(HimCatalog catalog) {
    return new LinkedData(Objects.requireNonNull(catalog, "catalog"), Optional.empty());
  }

  /**
   * Returns a copy of this exporter that gives entries IRIs under a base, such as
   * {@code https://portal.example/himkit/}: {@code credentials/RHIT}, {@code organizations/AHIMA},
   * {@code roles/...}, {@code occupations/...}, {@code programTypes/...}, {@code programOfferings/...}.
   *
   * @param base  an absolute IRI ending in {@code /}, not null
   * @return the exporter, not null
   * @throws IllegalArgumentException if the IRI is not absolute or does not end in {@code /}
   */
  public LinkedData withBaseIri(URI base) {
    if (!base.isAbsolute() || !base.toString().endsWith("/")) {
      throw new IllegalArgumentException("the base IRI must be absolute and end in '/': " + base);
    }
    return new LinkedData(catalog, Optional.of(base));
  }

  /**
   * Returns a credential in CTDL, with its issuer and the credentials its requirements name.
   *
   * @param credential  the credential, not null
   * @param asOf  the day whose renewal policy version to describe, not null
   * @return the document, not null
   * @throws UnknownEntryException if the catalog has no such credential
   */
  public LinkedDataDocument ctdlCredential(CredentialId credential, LocalDate asOf) {
    Credential c = catalog.getCredential(credential);
    Ctdl ctdl = new Ctdl(catalog, this, asOf);
    ctdl.credential(c);
    return document(CTDL_CONTEXT, ctdl.graph(), ctdl.proseOnly());
  }

  /**
   * Returns every credential of the catalog in CTDL, in one {@code @graph}.
   *
   * @param asOf  the day whose renewal policy versions to describe, not null
   * @return the document, not null
   */
  public LinkedDataDocument ctdlCredentials(LocalDate asOf) {
    Ctdl ctdl = new Ctdl(catalog, this, Objects.requireNonNull(asOf, "asOf"));
    catalog.credentials().list().forEach(ctdl::credential);
    return document(CTDL_CONTEXT, ctdl.graph(), ctdl.proseOnly());
  }

  /**
   * Returns a credential as a schema.org {@code EducationalOccupationalCredential}.
   *
   * @param credential  the credential, not null
   * @param asOf  the day whose renewal cycle gives {@code validFor}, not null
   * @return the document, not null
   * @throws UnknownEntryException if the catalog has no such credential
   */
  public LinkedDataDocument schemaOrgCredential(CredentialId credential, LocalDate asOf) {
    return single(new SchemaOrg(catalog, this).credential(catalog.getCredential(credential), asOf));
  }

  /**
   * Returns a coded occupation as a schema.org {@code Occupation}.
   *
   * @param occupation  the occupation, not null
   * @return the document, not null
   * @throws UnknownEntryException if the catalog has no such occupation
   */
  public LinkedDataDocument schemaOrgOccupation(OccupationId occupation) {
    return single(new SchemaOrg(catalog, this).occupation(catalog.getOccupation(occupation)));
  }

  /**
   * Returns a role as a schema.org {@code Occupation}, with the codes, wages and credentials of the
   * catalog's entries it names.
   *
   * @param role  the role, not null
   * @return the document, not null
   * @throws UnknownEntryException if the catalog has no such role
   */
  public LinkedDataDocument schemaOrgRole(RoleId role) {
    return single(new SchemaOrg(catalog, this).role(catalog.getRole(role)));
  }

  /**
   * Returns a program type as a schema.org {@code EducationalOccupationalProgram}.
   *
   * @param programType  the program type, not null
   * @return the document, not null
   * @throws UnknownEntryException if the catalog has no such program type
   */
  public LinkedDataDocument schemaOrgProgram(ProgramTypeId programType) {
    return single(new SchemaOrg(catalog, this).programType(catalog.getProgramType(programType)));
  }

  /**
   * Returns a program offering as a schema.org {@code EducationalOccupationalProgram} with its provider.
   *
   * @param offering  the program offering, not null
   * @return the document, not null
   * @throws UnknownEntryException if the catalog has no such offering
   */
  public LinkedDataDocument schemaOrgProgramOffering(ProgramOfferingId offering) {
    return single(new SchemaOrg(catalog, this).offering(catalog.getProgramOffering(offering)));
  }

  /**
   * Returns every credential, occupation, role, program type and offering of the catalog as schema.org,
   * in one {@code @graph}.
   *
   * @param asOf  the day whose renewal cycles give {@code validFor}, not null
   * @return the document, not null
   */
  public LinkedDataDocument schemaOrgAll(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    SchemaOrg s = new SchemaOrg(catalog, this);
    List<ObjectNode> graph = new ArrayList<>();
    catalog.credentials().list().forEach(c -> graph.add(s.credential(c, asOf)));
    catalog.occupations().list().forEach(o -> graph.add(s.occupation(o)));
    catalog.roles().list().forEach(r -> graph.add(s.role(r)));
    catalog.programTypes().list().forEach(p -> graph.add(s.programType(p)));
    catalog.programOfferings().list().forEach(o -> graph.add(s.offering(o)));
    return document(SCHEMA_ORG_CONTEXT, graph, List.of());
  }

  // ---------------------------------------------------------------------------------------------

  /** Returns the IRI or blank node id of an entry: {@code kind} is a plural path segment such as {@code credentials}. */
  String id(String kind, String id) {
    return base.map(b -> b.resolve(kind + "/" + id).toString()).orElse("_:" + kind + "-" + id);
  }

  private static LinkedDataDocument single(ObjectNode node) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("@context", SCHEMA_ORG_CONTEXT);
    doc.setAll(node);
    return new LinkedDataDocument(WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(doc), List.of());
  }

  private static LinkedDataDocument document(String context, List<ObjectNode> graph,
      List<LinkedDataDocument.ProseOnly> proseOnly) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("@context", context);
    ArrayNode nodes = doc.putArray("@graph");
    graph.forEach(nodes::add);
    return new LinkedDataDocument(WRITER.writerWithDefaultPrettyPrinter().writeValueAsString(doc), proseOnly);
  }
}
