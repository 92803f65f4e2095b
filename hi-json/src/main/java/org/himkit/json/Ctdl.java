package org.himkit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.CodeScheme;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.SourceType;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeUnit;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.AmountUnit;
import org.himkit.text.HimText;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the CTDL graph of one or more credentials: the credentials, their issuers, and thin nodes for
 * the credentials and organizations they refer to. Not thread-safe: one export, one instance.
 */
final class Ctdl {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String LANGUAGE = "en-US";
  static final HimText TEXT = HimText.english();

  private final HimCatalog catalog;
  private final LinkedData ids;
  private final LocalDate asOf;
  /** The nodes of the graph by id, in the order added: credentials described first, thin nodes later. */
  private final Map<String, ObjectNode> nodes = new LinkedHashMap<>();
  private final List<LinkedDataDocument.ProseOnly> proseOnly = new ArrayList<>();

  Ctdl(HimCatalog catalog, LinkedData ids, LocalDate asOf) {
    this.catalog = catalog;
    this.ids = ids;
    this.asOf = asOf;
  }

  List<ObjectNode> graph() {
    return new ArrayList<>(nodes.values());
  }

  List<LinkedDataDocument.ProseOnly> proseOnly() {
    return proseOnly;
  }

  // ---------------------------------------------------------------------------------------------
  // small pieces

  static ObjectNode lang(String text) {
    return F.objectNode().put(LANGUAGE, text);
  }

  static ObjectNode langList(List<String> texts) {
    ObjectNode o = F.objectNode();
    ArrayNode a = o.putArray(LANGUAGE);
    texts.forEach(a::add);
    return o;
  }

  static ObjectNode ref(String id) {
    return F.objectNode().put("@id", id);
  }

  static ArrayNode refs(String... ids) {
    ArrayNode a = F.arrayNode();
    for (String id : ids) {
      a.add(ref(id));
    }
    return a;
  }

  /** Returns a decimal as a JSON number written exactly, without exponent. */
  static BigDecimal number(BigDecimal value) {
    return new BigDecimal(Scalars.plain(value));
  }

  private static ObjectNode alignment(String targetNode, Optional<String> name) {
    ObjectNode a = F.objectNode().put("@type", "ceterms:CredentialAlignmentObject");
    a.set("ceterms:targetNode", ref(targetNode));
    name.ifPresent(n -> a.set("ceterms:targetNodeName", lang(n)));
    return a;
  }

  /** Returns the address of the first primary source with an address among the citations. */
  static Optional<String> subjectWebpage(List<Citation> citations) {
    return citations.stream().filter(c -> c.sourceType() == SourceType.PRIMARY && c.url().isPresent())
        .map(c -> c.url().get().toString()).findFirst();
  }

  /**
   * Returns the credential's own page among its citations: a primary source with an address, published
   * by the issuer, whose title names the credential (its full name, or its id in parentheses, as in
   * "Registered Health Information Technician (RHIT)"); empty if no citation is such a page.
   */
  static Optional<String> credentialPage(Credential c, Optional<Organization> issuer) {
    return c.citations().stream()
        .filter(x -> x.sourceType() == SourceType.PRIMARY && x.url().isPresent())
        .filter(x -> issuer.map(o -> x.publisher().equals(o.abbreviation()) || x.publisher().equals(o.name()))
            .orElse(false))
        .filter(x -> x.title().contains(c.fullName()) || x.title().contains("(" + c.id().value() + ")"))
        .map(x -> x.url().get().toString()).findFirst();
  }

  /** Returns the issuer's own page among a policy's citations, or else its first primary source. */
  static Optional<String> policyPage(RenewalPolicy p, Optional<Organization> issuer) {
    Optional<String> own = p.citations().stream()
        .filter(x -> x.sourceType() == SourceType.PRIMARY && x.url().isPresent())
        .filter(x -> issuer.map(o -> x.publisher().equals(o.abbreviation())).orElse(false))
        .map(x -> x.url().get().toString()).findFirst();
    return own.isPresent() ? own : subjectWebpage(p.citations());
  }

  // ---------------------------------------------------------------------------------------------
  // credentials and organizations

  void credential(Credential c) {
    String id = ids.id("credentials", c.id().value());
    ObjectNode node = F.objectNode();
    nodes.remove(id);  // a thin node added for a reference gives way to the full description
    nodes.put(id, node);
    node.put("@id", id);
    node.put("@type", "ceterms:Certification");
    node.set("ceterms:name", lang(c.fullName()));
    node.put("ceterms:codedNotation", c.id().value());
    c.description().ifPresent(d -> node.set("ceterms:description", lang(d)));
    node.putArray("ceterms:credentialStatusType").add(alignment(c.status() == CredentialStatus.ACTIVE
        ? "credentialStat:Active" : "credentialStat:Deprecated", Optional.empty()));
    credentialPage(c, catalog.findOrganization(c.issuer()))
        .ifPresent(u -> node.set("ceterms:subjectWebpage", ref(u)));
    String issuer = organization(c.issuer());
    node.set("ceterms:ownedBy", refs(issuer));
    node.set("ceterms:offeredBy", refs(issuer));
    c.eligibility().ifPresent(r -> {
      ArrayNode requires = node.putArray("ceterms:requires");
      conjuncts(r).forEach(part -> requires.add(profile(part, c.id())));
    });
    c.renewalPolicy().flatMap(p -> catalog.findRenewalPolicy(p, asOf)).ifPresent(p -> renewal(node, c, p, issuer));
    ArrayNode occupations = occupationTypes(c.id());
    if (!occupations.isEmpty()) {
      node.set("ceterms:occupationType", occupations);
    }
  }

  /** Adds a thin node for a credential referred to, unless the graph describes it already. */
  private String credentialRef(CredentialId credential) {
    String id = ids.id("credentials", credential.value());
    if (!nodes.containsKey(id)) {
      ObjectNode node = F.objectNode().put("@id", id).put("@type", "ceterms:Certification");
      catalog.findCredential(credential).ifPresent(c -> node.set("ceterms:name", lang(c.fullName())));
      node.put("ceterms:codedNotation", credential.value());
      nodes.put(id, node);
    }
    return id;
  }

  /** Adds an organization's node, once, and returns its id. */
  private String organization(OrganizationId organization) {
    String id = ids.id("organizations", organization.value());
    if (!nodes.containsKey(id)) {
      Optional<Organization> o = catalog.findOrganization(organization);
      ObjectNode node = F.objectNode().put("@id", id).put("@type",
          o.map(x -> x.is(OrganizationKind.ACCREDITOR)).orElse(false) ? "ceterms:QACredentialOrganization"
              : "ceterms:CredentialOrganization");
      node.set("ceterms:name", lang(o.map(Organization::name).orElse(organization.value())));
      o.ifPresent(x -> {
        node.set("ceterms:alternateName", langList(List.of(x.abbreviation())));
        x.website().ifPresent(w -> node.set("ceterms:subjectWebpage", ref(w.toString())));
        x.description().ifPresent(d -> node.set("ceterms:description", lang(d)));
      });
      nodes.put(id, node);
    }
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // requirements

  /** Returns the parts that must all be met: the parts of an "all of", or the requirement itself. */
  private static List<Requirement> conjuncts(Requirement r) {
    return r instanceof Requirement.AllOf a && a.prose().isEmpty() ? a.parts() : List.of(r);
  }

  private ObjectNode profile(Requirement r, CredentialId about) {
    ObjectNode p = F.objectNode().put("@type", "ceterms:ConditionProfile");
    p.set("ceterms:description", lang(TEXT.requirement(r)));
    if (r instanceof Requirement.AnyOf a) {
      ArrayNode alternatives = p.putArray("ceterms:alternativeCondition");
      a.parts().forEach(part -> alternatives.add(profile(part, about)));
    } else if (r instanceof Requirement.AtLeast a && a.count() == 1) {
      ArrayNode alternatives = p.putArray("ceterms:alternativeCondition");
      a.parts().forEach(part -> alternatives.add(profile(part, about)));
    } else if (r instanceof Requirement.Leaf l) {
      p.set("ceterms:condition", langList(List.of(TEXT.requirement(r))));
      leaf(p, l);
    } else {
      // all parts apply: their words as conditions, what CTDL can say of the leaves as structured values
      List<String> conditions = new ArrayList<>();
      for (Requirement part : r.children()) {
        conditions.add(TEXT.requirement(part));
        if (part instanceof Requirement.Leaf l) {
          leaf(p, l);
        }
      }
      p.set("ceterms:condition", langList(conditions));
      if (r instanceof Requirement.AtLeast a && a.count() < a.parts().size()) {
        p.set("ceterms:description", lang(TEXT.requirement(r) + " " + Words.of("requirementLogic", String.valueOf(a.count()),
            String.valueOf(a.parts().size()))));
        proseOnly.add(new LinkedDataDocument.ProseOnly(about.value(),
            LinkedDataDocument.ProseOnly.Rule.REQUIREMENT_LOGIC));
      }
    }
    return p;
  }

  /**
   * Adds what CTDL can state of a leaf as structured values: a credential held, whole years of experience
   * (or hours of experience the source equates with whole years full-time). The rest is in the words of
   * the condition. One method per kind of leaf, so that a new kind is decided on here.
   *
   * @return whether structured values were added
   */
  private boolean leaf(ObjectNode p, Requirement.Leaf leaf) {
    return leaf.accept(new Requirement.LeafVisitor<Boolean>() {
      @Override
      public Boolean visitHoldsCredential(Requirement.HoldsCredential h) {
        ArrayNode targets = p.has("ceterms:targetCredential") ? (ArrayNode) p.get("ceterms:targetCredential")
            : p.putArray("ceterms:targetCredential");
        targets.add(ref(credentialRef(h.credential())));
        return true;
      }

      @Override
      public Boolean visitExperience(Requirement.Experience x) {
        return years(p, x.months(), x);
      }

      @Override
      public Boolean visitExperienceHours(Requirement.ExperienceHours x) {
        return x.fullTimeMonths().isPresent() && years(p, x.fullTimeMonths().getAsInt(), x);
      }

      @Override
      public Boolean visitCompletedProgram(Requirement.CompletedProgram l) {
        return false;
      }

      @Override
      public Boolean visitFinalTermEnrollment(Requirement.FinalTermEnrollment l) {
        return false;
      }

      @Override
      public Boolean visitHighSchoolDiploma(Requirement.HighSchoolDiploma l) {
        return false;
      }

      @Override
      public Boolean visitForeignReciprocity(Requirement.ForeignReciprocity l) {
        return false;
      }

      @Override
      public Boolean visitCompletedTraining(Requirement.CompletedTraining l) {
        return false;
      }

      @Override
      public Boolean visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain l) {
        return false;
      }

      @Override
      public Boolean visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits l) {
        return false;
      }

      @Override
      public Boolean visitCompletedCoursework(Requirement.CompletedCoursework l) {
        return false;
      }

      @Override
      public Boolean visitNoPrerequisite(Requirement.NoPrerequisite l) {
        return false;
      }
    });
  }

  /** States whole years of experience, once per condition profile; returns whether it did. */
  private static boolean years(ObjectNode p, int months, Requirement.Leaf leaf) {
    if (months % 12 != 0 || p.has("ceterms:yearsOfExperience")) {
      return false;
    }
    p.put("ceterms:yearsOfExperience", months / 12);
    p.set("ceterms:experience", lang(TEXT.requirement(leaf)));
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // renewal

  private void renewal(ObjectNode node, Credential c, RenewalPolicy policy, String issuer) {
    node.put("ceterms:renewalFrequency", policy.cycleLength().toString());
    ObjectNode p = F.objectNode().put("@type", "ceterms:ConditionProfile");
    p.set("ceterms:name", lang(policy.name()));
    List<String> prose = prose(c, policy);
    if (!prose.isEmpty()) {
      prose.add(0, Words.of("proseOnly"));
      p.set("ceterms:description", lang(String.join(" ", prose)));
    }
    policy.effectiveFrom().ifPresent(d -> p.put("ceterms:dateEffective", d.toString()));
    policy.requiredCeus(c.id()).ifPresent(ceus -> {
      ObjectNode value = F.objectNode().put("@type", "ceterms:ValueProfile");
      value.put("schema:value", number(ceus.toBigDecimal()));
      if (policy.unit() == CeUnit.CEUS) {
        value.putArray("ceterms:creditUnitType").add(alignment("creditUnit:ContinuingEducationUnit",
            Optional.of("Continuing Education Unit")));
      }
      p.putArray("ceterms:creditValue").add(value);
      p.set("ceterms:creditUnitTypeDescription", lang(unit(policy)));
    });
    policyPage(policy, catalog.findOrganization(policy.issuer()))
        .ifPresent(u -> p.set("ceterms:subjectWebpage", ref(u)));
    p.set("ceterms:assertedBy", refs(issuer));
    node.putArray("ceterms:renewal").add(p);
  }

  /** Returns the name of the unit a policy counts in, such as "CEUs". */
  private static String unit(RenewalPolicy policy) {
    return TEXT.unitName(AmountUnit.of(policy.unit()));
  }

  /** States in words the rules of a policy version that CTDL has no terms for, recording each kind. */
  private List<String> prose(Credential c, RenewalPolicy policy) {
    String about = c.id().value();
    List<String> out = new ArrayList<>();
    Set<LinkedDataDocument.ProseOnly.Rule> rules = new LinkedHashSet<>();
    out.add(Words.of("anchor." + policy.cycleAnchor().name()));
    rules.add(LinkedDataDocument.ProseOnly.Rule.CYCLE_ANCHOR);
    for (ContentRule rule : policy.contentRules()) {
      out.add(sentence(rule.description()));
      rules.add(LinkedDataDocument.ProseOnly.Rule.CONTENT_RULES);
    }
    for (CredentialContentRule rule : policy.credentialContentRules()) {
      if (rule.credential().equals(c.id())) {
        out.add(Words.of("credentialContent", rule.minimum().toString(), unit(policy), rule.subject()));
        rules.add(LinkedDataDocument.ProseOnly.Rule.CONTENT_RULES);
      }
    }
    for (MandatoryActivity m : policy.mandatoryActivities()) {
      if (m.credentials().contains(c.id())) {
        Object[] args = {m.name(), String.valueOf(m.perCycleYear()), m.ceusEach().toString(), unit(policy),
            m.lastDay().map(LocalDate::toString).orElse("")};
        out.add(Words.of(m.lastDay().isPresent() ? "mandatory.lastDay" : "mandatory", args));
        rules.add(LinkedDataDocument.ProseOnly.Rule.MANDATORY_ACTIVITIES);
      }
    }
    policy.multiCredentialRule().ifPresent(m -> {
      if (m instanceof MultiCredentialRule.PlusPerAdditional plus) {
        out.add(Words.of("multi.plus", plus.perAdditional().toString(), plus.cap().toString(), unit(policy)));
      } else if (m instanceof MultiCredentialRule.ByCount byCount) {
        out.add(Words.of("multi.byCount", String.join(", ", byCount.byCount().stream().map(Object::toString).toList()),
            unit(policy)));
      }
      rules.add(LinkedDataDocument.ProseOnly.Rule.MULTI_CREDENTIAL_RULE);
    });
    policy.lapseRule().ifPresent(l -> {
      lapse(l).ifPresent(out::add);
      rules.add(LinkedDataDocument.ProseOnly.Rule.LAPSE_RULE);
    });
    policy.carryover().ifPresent(r -> {
      out.add(Words.of("carryover." + r.allowed()));
      rules.add(LinkedDataDocument.ProseOnly.Rule.CARRYOVER_RULE);
    });
    if (policy.issuerApprovalRequired().isPresent()) {
      out.add(Words.of("issuerApproval"));
      rules.add(LinkedDataDocument.ProseOnly.Rule.ISSUER_APPROVAL);
    }
    rules.forEach(r -> proseOnly.add(new LinkedDataDocument.ProseOnly(about, r)));
    return out;
  }

  private static Optional<String> lapse(LapseRule l) {
    if (l.gracePeriod().isPresent()) {
      return Optional.of(Words.of("lapse.grace", TEXT.duration(l.gracePeriod().get())));
    }
    if (l.inactivePeriod().isPresent()) {
      String inactive = TEXT.duration(l.inactivePeriod().get());
      return Optional.of(l.appealPeriod().isPresent()
          ? Words.of("lapse.inactiveAppeal", inactive, TEXT.duration(l.appealPeriod().get()))
          : Words.of("lapse.inactive", inactive));
    }
    if (l.revokedAfter().isPresent()) {
      return Optional.of(Words.of("lapse.revokedAfter", TEXT.duration(l.revokedAfter().get())));
    }
    if (l.submissionDeadline().isPresent()) {
      String deadline = TEXT.duration(l.submissionDeadline().get());
      return Optional.of(l.examRetakeAfter().isPresent()
          ? Words.of("lapse.deadlineRetake", deadline, TEXT.duration(l.examRetakeAfter().get()))
          : Words.of("lapse.deadline", deadline));
    }
    return Optional.empty();
  }

  /** Returns a rule's own words as a sentence: a capital first letter and a full stop. */
  private static String sentence(String text) {
    String t = text.strip();
    t = t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }

  // ---------------------------------------------------------------------------------------------
  // occupations

  /** Returns the alignments to the codes of the occupations of the roles that name a credential. */
  private ArrayNode occupationTypes(CredentialId credential) {
    Set<OccupationId> occupations = new LinkedHashSet<>();
    for (Role r : catalog.roles().list()) {
      if (r.credentials().contains(credential)) {
        occupations.addAll(r.occupations());
      }
    }
    ArrayNode out = F.arrayNode();
    Set<Code> seen = new LinkedHashSet<>();
    for (OccupationId id : occupations) {
      for (Code code : catalog.findOccupation(id).map(Occupation::codes).orElse(List.of())) {
        if (seen.add(code)) {
          out.add(codeAlignment(code));
        }
      }
    }
    return out;
  }

  private static ObjectNode codeAlignment(Code code) {
    ObjectNode a = F.objectNode().put("@type", "ceterms:CredentialAlignmentObject");
    a.set("ceterms:framework", ref(framework(code.scheme())));
    a.set("ceterms:frameworkName", lang(SchemaOrg.codeSet(code)));
    a.put("ceterms:codedNotation", code.value());
    a.set("ceterms:targetNodeName", lang(code.label()));
    if (code.scheme() == CodeScheme.ONET_SOC) {
      a.set("ceterms:targetNode", ref("https://www.onetonline.org/link/summary/" + code.value()));
    }
    return a;
  }

  /** Returns the home page of a classification scheme. */
  static String framework(CodeScheme scheme) {
    return switch (scheme) {
      case SOC -> "https://www.bls.gov/soc/";
      case ONET_SOC -> "https://www.onetcenter.org/taxonomy.html";
      case BLS_EP -> "https://www.bls.gov/emp/";
    };
  }
}
