package org.himkit.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himkit.Code;
import org.himkit.Credential;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.ProgramOffering;
import org.himkit.ProgramType;
import org.himkit.Role;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;
import org.himkit.catalog.HimCatalog;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the schema.org nodes of credentials, occupations, roles and programs. */
final class SchemaOrg {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final HimCatalog catalog;
  private final LinkedData ids;

  SchemaOrg(HimCatalog catalog, LinkedData ids) {
    this.catalog = catalog;
    this.ids = ids;
  }

  private static ObjectNode typed(String type, String id) {
    return F.objectNode().put("@id", id).put("@type", type);
  }

  private static ObjectNode definedTerm(String code, String name) {
    return F.objectNode().put("@type", "DefinedTerm").put("termCode", code).put("name", name);
  }

  /** Returns the name of a code's set, such as {@code "Standard Occupational Classification 2018"}. */
  static String codeSet(Code code) {
    String scheme = Words.of("scheme." + code.scheme().name());
    String version = code.schemeVersion();
    return Character.isDigit(version.charAt(0)) ? scheme + " " + version : scheme + " (" + version + ")";
  }

  // ---------------------------------------------------------------------------------------------

  ObjectNode credential(Credential c, LocalDate asOf) {
    ObjectNode n = typed("EducationalOccupationalCredential", ids.id("credentials", c.id().value()));
    n.put("name", c.fullName());
    n.put("alternateName", c.id().value());
    c.description().ifPresent(d -> n.put("description", d));
    n.set("credentialCategory", definedTerm(c.kind().name(), Words.of("kind." + c.kind().name())));
    catalog.findOrganization(c.issuer()).ifPresent(o -> n.set("recognizedBy", organization(o)));
    c.renewalPolicy().flatMap(p -> catalog.findRenewalPolicy(p, asOf))
        .ifPresent(p -> n.put("validFor", p.cycleLength().toString()));
    Ctdl.credentialPage(c, catalog.findOrganization(c.issuer())).ifPresent(u -> n.put("url", u));
    return n;
  }

  private ObjectNode organization(Organization o) {
    ObjectNode n = typed("Organization", ids.id("organizations", o.id().value()));
    n.put("name", o.name());
    n.put("alternateName", o.abbreviation());
    o.website().ifPresent(w -> n.put("url", w.toString()));
    return n;
  }

  ObjectNode occupation(Occupation o) {
    ObjectNode n = typed("Occupation", ids.id("occupations", o.id().value()));
    n.put("name", o.title());
    o.definitionNote().ifPresent(d -> n.put("description", d));
    strings(n, "alternateName", o.sampleTitles());
    categories(n, o.codes());
    List<ObjectNode> salaries = salaries(o.wages(), o.title());
    if (!salaries.isEmpty()) {
      n.putArray("estimatedSalary").addAll(salaries);
    }
    strings(n, "educationRequirements", o.entryEducation().stream().map(e -> e.text()).distinct().toList());
    strings(n, "experienceRequirements", o.entryExperience().stream().map(e -> e.text()).distinct().toList());
    location(n, o.codes());
    Ctdl.subjectWebpage(o.citations()).ifPresent(u -> n.put("url", u));
    return n;
  }

  ObjectNode role(Role r) {
    ObjectNode n = typed("Occupation", ids.id("roles", r.id().value()));
    n.put("name", r.title());
    r.abbreviation().ifPresent(a -> n.put("alternateName", a));
    n.put("description", r.summary());
    strings(n, "responsibilities", r.responsibilities());
    r.typicalEntry().ifPresent(t -> n.put("educationRequirements", Ctdl.TEXT.requirement(t)));
    ArrayNode qualifications = F.arrayNode();
    for (var id : r.credentials()) {
      ObjectNode q = typed("EducationalOccupationalCredential", ids.id("credentials", id.value()));
      catalog.findCredential(id).ifPresent(c -> q.put("name", c.fullName()));
      q.put("alternateName", id.value());
      qualifications.add(q);
    }
    if (!qualifications.isEmpty()) {
      n.set("qualifications", qualifications);
    }
    Set<Code> codes = new LinkedHashSet<>();
    ArrayNode salaries = F.arrayNode();
    for (OccupationId id : r.occupations()) {
      catalog.findOccupation(id).ifPresent(o -> {
        codes.addAll(o.codes());
        o.latestMedianAnnualWage().ifPresent(w -> salaries.addAll(salaries(List.of(w), o.title())));
      });
    }
    categories(n, List.copyOf(codes));
    if (!salaries.isEmpty()) {
      n.set("estimatedSalary", salaries);
    }
    location(n, List.copyOf(codes));
    return n;
  }

  ObjectNode programType(ProgramType p) {
    ObjectNode n = typed("EducationalOccupationalProgram", ids.id("programTypes", p.id().value()));
    n.put("name", p.name());
    if (!p.structure().isEmpty()) {
      n.put("description", String.join(" ", p.structure()));
    }
    program(n, p, p.deliveryModes());
    Ctdl.subjectWebpage(p.citations()).ifPresent(u -> n.put("url", u));
    return n;
  }

  ObjectNode offering(ProgramOffering o) {
    ObjectNode n = typed("EducationalOccupationalProgram", ids.id("programOfferings", o.id().value()));
    n.put("name", o.name());
    ObjectNode provider = F.objectNode().put("@type", "EducationalOrganization").put("name", o.institution());
    ObjectNode address = provider.putObject("address").put("@type", "PostalAddress")
        .put("addressCountry", o.location().country());
    o.location().region().ifPresent(r -> address.put("addressRegion", r));
    o.location().city().ifPresent(c -> address.put("addressLocality", c));
    n.set("provider", provider);
    Optional<ProgramType> type = catalog.findProgramType(o.programType());
    type.ifPresent(t -> program(n, t, o.deliveryModes()));
    Ctdl.subjectWebpage(o.citations()).ifPresent(u -> n.put("url", u));
    return n;
  }

  private static void program(ObjectNode n, ProgramType p, Set<DeliveryMode> modes) {
    p.typicalLength().ifPresent(l -> n.put("timeToComplete", l.toString()));
    DegreeLevel level = p.level();
    ObjectNode awarded = F.objectNode().put("@type", "EducationalOccupationalCredential").put("name", level.label());
    awarded.set("credentialCategory", definedTerm(level.name(), level.label()));
    n.set("educationalCredentialAwarded", awarded);
    strings(n, "educationalProgramMode", modes.stream().map(m -> Words.of("mode." + m.name())).toList());
  }

  // ---------------------------------------------------------------------------------------------

  private static void strings(ObjectNode n, String name, List<String> values) {
    if (values.size() == 1) {
      n.put(name, values.get(0));
    } else if (!values.isEmpty()) {
      ArrayNode a = n.putArray(name);
      values.forEach(a::add);
    }
  }

  private static void categories(ObjectNode n, List<Code> codes) {
    if (codes.isEmpty()) {
      return;
    }
    ArrayNode a = n.putArray("occupationalCategory");
    for (Code code : codes) {
      ObjectNode c = a.addObject().put("@type", "CategoryCode").put("codeValue", code.value()).put("name", code.label());
      c.putObject("inCodeSet").put("@type", "CategoryCodeSet").put("name", codeSet(code));
    }
  }

  /** States the country of occupations coded in the US schemes (every scheme HIM Kit knows is one). */
  private static void location(ObjectNode n, List<Code> codes) {
    if (!codes.isEmpty()) {
      n.putArray("occupationLocation").addObject().put("@type", "Country").put("name", Words.of("country.US"));
    }
  }

  /**
   * Returns an occupation's wage figures: the median and percentiles of one reference period, edition,
   * currency and scope as one distribution (annual or hourly), each mean as an amount, each with its
   * reference period in words.
   */
  private static List<ObjectNode> salaries(List<WageStatistic> wages, String occupation) {
    Map<List<Object>, ObjectNode> distributions = new LinkedHashMap<>();
    List<ObjectNode> out = new ArrayList<>();
    for (WageStatistic w : wages) {
      Optional<String> property = distributionProperty(w.measure());
      boolean annual = w.measure() != WageMeasure.MEDIAN_HOURLY && w.measure() != WageMeasure.MEAN_HOURLY;
      if (property.isEmpty()) {
        ObjectNode mean = salaryNode("MonetaryAmount", Words.of("wage." + w.measure().name()), w, occupation);
        mean.put("value", Ctdl.number(w.amount()));
        out.add(mean);
        continue;
      }
      List<Object> key = Arrays.asList(annual, w.referenceMonth(), w.edition(), w.currency(), w.scope());
      ObjectNode d = distributions.get(key);
      if (d == null) {
        d = salaryNode("MonetaryAmountDistribution", Words.of(annual ? "wage.annual" : "wage.hourly"), w, occupation);
        d.put("duration", annual ? "P1Y" : "PT1H");
        distributions.put(key, d);
        out.add(d);
      }
      d.put(property.get(), Ctdl.number(w.amount()));
    }
    return out;
  }

  private static Optional<String> distributionProperty(WageMeasure m) {
    return switch (m) {
      case MEDIAN_ANNUAL, MEDIAN_HOURLY -> Optional.of("median");
      case PERCENTILE_10_ANNUAL -> Optional.of("percentile10");
      case PERCENTILE_25_ANNUAL -> Optional.of("percentile25");
      case PERCENTILE_75_ANNUAL -> Optional.of("percentile75");
      case PERCENTILE_90_ANNUAL -> Optional.of("percentile90");
      case MEAN_ANNUAL, MEAN_HOURLY -> Optional.empty();
    };
  }

  private static ObjectNode salaryNode(String type, String measure, WageStatistic w, String occupation) {
    ObjectNode s = F.objectNode().put("@type", type);
    s.put("name", measure + ", " + w.scope().orElse(occupation));
    s.put("currency", w.currency().getCurrencyCode());
    String edition = w.edition().map(e -> measure + " (" + e + ")").orElse(measure);
    s.put("description", w.referenceMonth().map(m -> Words.of("salary.reference", edition, m.toString()))
        .orElseGet(() -> Words.of("salary.noReference", edition)));
    return s;
  }
}
