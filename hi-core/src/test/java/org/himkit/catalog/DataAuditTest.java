package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.FormerName;
import org.himkit.KnownOmissionId;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.SourceType;
import org.himkit.TypedId;
import org.himkit.Verification;
import org.himkit.WageStatistic;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Guards the fixes of the December 2026 data audit, section 1 (D1 to D10): each test fails if a later
 * edit brings back what the audit found.
 */
class DataAuditTest {
  private static final HimCatalog HI = HimCatalog.builtIn();
  private static final RenewalPolicyId AHIMA_POLICY = RenewalPolicyId.of("AHIMA-RECERTIFICATION");

  private static CredentialId id(String id) {
    return CredentialId.of(id);
  }

  private static KnownOmission omission(String id) {
    return HI.getKnownOmission(KnownOmissionId.of(id));
  }

  private static Optional<String> host(Citation c) {
    return c.url().map(u -> u.getHost());
  }

  // --- D1: the pre-2021 coding self-review also applied to PCS

  @Test
  void d1TheCodingSelfReviewBefore2021AlsoAppliedToPcs() {
    RenewalPolicy before2021 = HI.findRenewalPolicy(AHIMA_POLICY, LocalDate.of(2020, 6, 1)).orElseThrow();
    MandatoryActivity review = before2021.mandatoryActivities().get(0);
    assertThat(review.credentials()).contains(id("PCS"), id("CCA"), id("CCS"), id("CCS-P"));
    // the footnote settles both PCS and that the 5 CEUs count within the 20
    assertThat(review.citation().quote().orElseThrow())
        .isEqualTo("** Each mandatory annual coding self-review is worth five (5) CEUs toward the total CEU "
            + "requirement of a coding credential.");
    assertThat(omission("ahima-self-review-several").concerns(id("PCS"))).isTrue();
  }

  // --- D2, D3: quotes verbatim, right address, typography as on the page

  @Test
  void d2TheChpsCitationQuotesARowOfThePage() {
    List<String> quotes = HI.getCredential(id("CHPS")).citations().stream().flatMap(c -> c.quote().stream())
        .collect(Collectors.toList());
    assertThat(quotes).contains("Baccalaureate degree and a minimum of two (2) years of experience in healthcare "
        + "privacy or security management; or");
    assertThat(allCitations()).noneMatch(c -> c.quote().map(q -> q.contains("All experience must be in healthcare "
        + "privacy")).orElse(false));
  }

  @Test
  void d3QuotesAreVerbatimAtTheirAddress() {
    RenewalPolicy aapc = HI.renewalPolicyVersions(RenewalPolicyId.of("AAPC-CEU")).get(0);
    assertThat(aapc.issuerApprovalRequired().orElseThrow().quote())
        .contains("CEUs must come from the AAPC Approved CEU Vendor List.");
    RenewalPolicy v2025 = HI.findRenewalPolicy(AHIMA_POLICY, LocalDate.of(2025, 1, 1)).orElseThrow();
    Citation forty = v2025.contentRules().stream().filter(r -> r.kind() == ContentRule.Kind.ISSUER_SOURCE)
        .findFirst().orElseThrow().citation();
    // the numeric wording is on the my2 host; www.ahima.org writes "forty-percent"
    assertThat(host(forty)).contains("my2.ahima.org");
    assertThat(forty.quote().orElseThrow()).startsWith("Beginning January 1, 2025, 40 percent of the CEUs needed");
    Citation grace = HI.findRenewalPolicy(AHIMA_POLICY, LocalDate.of(2021, 1, 1)).orElseThrow().lapseRule()
        .orElseThrow().citation();
    assertThat(grace.quote().orElseThrow()).isEqualTo("Removing \u201cgrace\u201d as a certification status.  A "
        + "credential is either \u201cactive\u201d, \u201cinactive\u201d or \u201crevoked\u201d.").doesNotContain("'");
  }

  // --- D4: the 2020-data OOH figures describe a broader profile than 29-2072

  @Test
  void d4The2020OohFiguresCarryTheirBroaderScope() {
    Occupation specialists = HI.getOccupation(OccupationId.of("29-2072"));
    String profile = "Medical Records and Health Information Specialists";
    assertThat(specialists.definitionNote().orElseThrow()).contains(profile, "broader than 29-2072");
    Optional<String> edition = Optional.of("OOH, 2020 data");
    List<Optional<String>> scopes = new ArrayList<>();
    specialists.wages().stream().filter(w -> w.edition().equals(edition)).forEach(w -> scopes.add(w.scope()));
    specialists.employment().stream().filter(e -> e.edition().equals(edition)).forEach(e -> scopes.add(e.scope()));
    specialists.outlook().stream().filter(f -> f.edition().equals(edition)).forEach(f -> scopes.add(f.scope()));
    specialists.entryEducation().stream().filter(e -> e.edition().equals(edition)).forEach(e -> scopes.add(e.scope()));
    // $44,090, $21.20, 341,600 jobs, 8 %, "Postsecondary nondegree award"
    assertThat(scopes).hasSize(5).allSatisfy(s -> assertThat(s.orElseThrow()).contains(profile, "29-9021"));
  }

  // --- D5: "RHIT is not a route" holds for the current route list only

  @Test
  void d5TheRhiaRoutesAreDatedAndTheProvisoRouteIsAnOmission() {
    Credential rhia = HI.getCredential(id("RHIA"));
    assertThat(heldCredentials(rhia.eligibility().orElseThrow())).doesNotContain(id("RHIT"));
    assertThat(rhia.citations()).anyMatch(c -> c.title().contains("HIM-only eligibility routes")
        && c.version().equals(Optional.of("2026")));
    KnownOmission proviso = omission("rhit-proviso-route");
    assertThat(HI.knownOmissionsAbout(id("RHIA"), OmissionTopic.ELIGIBILITY)).contains(proviso);
    assertThat(proviso.kind()).isEqualTo(OmissionKind.UNCONFIRMED);
    assertThat(proviso.reason()).contains("Proviso conditions", "2017-2019");
  }

  private static List<CredentialId> heldCredentials(Requirement r) {
    List<CredentialId> held = new ArrayList<>();
    if (r instanceof Requirement.HoldsCredential holds) {
      held.add(holds.credential());
    }
    r.children().forEach(c -> held.addAll(heldCredentials(c)));
    return held;
  }

  // --- D6: omission texts say what the sources now answer

  @Test
  void d6OmissionTextsAreUpToDate() {
    // CIRCC's and CDEO's full names are now confirmed on their AAPC pages: no omission names them any more
    assertThat(HI.knownOmissions()).extracting(KnownOmission::id).doesNotContain(KnownOmissionId.of("aapc-specialty-names"));
    assertThat(HI.getCredential(CredentialId.of("CIRCC")).fullName())
        .isEqualTo("Certified Interventional Radiology Cardiovascular Coder");
    assertThat(HI.getCredential(CredentialId.of("CDEO")).fullName()).isEqualTo("Certified Documentation Expert Outpatient");
    // the ODS routes are now in the catalog (M2); the older CTR routes are the dated-history omission
    assertThat(HI.getCredential(CredentialId.of("ODS")).eligibility()).isPresent();
    assertThat(omission("ctr-practicum-routes").reason()).contains("160 hours of work practicum");
    assertThat(omission("aapc-cycle-anchor").reason()).contains("January, March, May, July, September or November")
        .doesNotContain("without a sourced rule");
    assertThat(omission("aapc-ncra-after-unmet").reason()).contains("within 90 days", "January 31")
        .doesNotContain("has no submission deadline");
    assertThat(omission("ncra-exam-retake-count").reason()).contains("three or more years");
    assertThat(omission("cahiim-dates").reason()).contains("March 2005", "2006").doesNotContain("Only secondary");
  }

  // --- D7: every citation has an address or says why not

  @Test
  void d7EveryCitationHasAnAddressOrAStatedReason() {
    List<Citation> citations = allCitations();
    assertThat(citations).hasSizeGreaterThan(100);
    assertThat(citations).filteredOn(c -> c.url().isEmpty())
        .allSatisfy(c -> assertThat(c.addressNote()).as(c.title()).isPresent());
    assertThat(HI.getOccupation(OccupationId.of("29-9021")).citations())
        .anyMatch(c -> host(c).equals(Optional.of("jobzonerisk.com")))
        .anyMatch(c -> host(c).equals(Optional.of("stats.bls.gov")));
  }

  // --- D8: the stronger primary pages

  @Test
  void d8TheStrongerPrimaryPagesAreCited() {
    assertThat(allCitations()).noneMatch(c -> host(c).map(h -> h.contains("gamelive.com")
        || h.contains("transcodecpc.com") || h.contains("precisionmetalworks360.com")).orElse(false));
    assertThat(HI.getCredential(id("CCS")).citations())
        .anyMatch(c -> c.sourceType() == SourceType.PRIMARY && host(c).equals(Optional.of("www.ahima.org")));
    FormerName cpcH = HI.getCredential(id("COC")).formerNames().get(0);
    assertThat(cpcH.citations()).allMatch(c -> c.sourceType() == SourceType.PRIMARY
        && host(c).equals(Optional.of("www.aapc.com")));
    Role manager = HI.getRole(RoleId.of("health-information-manager"));
    assertThat(manager.jobTitles()).filteredOn(t -> t.title().startsWith("Health Information Management Director"))
        .singleElement().satisfies(t -> assertThat(t.citations()).allMatch(c -> c.sourceType() == SourceType.PRIMARY
            && host(c).equals(Optional.of("www.onetonline.org"))));
    assertThat(manager.citations().get(1).quote().orElseThrow()).contains("Health Information Manager (HIM Manager)");
  }

  // --- D9: the smaller modelling points

  @Test
  void d9CocsFormerNameIsAsAapcWritesItAndItsGapsAreOmissions() {
    FormerName cpcH = HI.getCredential(id("COC")).formerNames().get(0);
    assertThat(cpcH.abbreviation()).contains("CPC-H");
    assertThat(cpcH.fromYear()).isEmpty();
    assertThat(omission("cpc-h-name").concerns(id("COC"))).isTrue();
  }

  @Test
  void d9RolesAreCitedToPagesThatSupportThem() {
    Role coder = HI.getRole(RoleId.of("medical-coder"));
    assertThat(coder.citations()).anyMatch(c -> c.quote().map(q -> q.contains("often in a hospital setting"))
        .orElse(false)).anyMatch(c -> c.quote().map(q -> q.contains("physician office settings")).orElse(false));
    Role privacy = HI.getRole(RoleId.of("privacy-officer"));
    assertThat(privacy.title()).isEqualTo("Privacy official");
    assertThat(privacy.jobTitles()).singleElement().satisfies(t -> {
      assertThat(t.title()).isEqualTo("Privacy official");
      assertThat(t.citations()).allMatch(c -> c.sourceType() == SourceType.PRIMARY
          && c.quote().orElseThrow().contains("designate a privacy official"));
    });
  }

  @Test
  void d9TheRhiaExamIsNotCitedToTheRhitPage() {
    assertThat(HI.getCredential(id("RHIA")).exam().orElseThrow().citations())
        .noneMatch(c -> c.title().contains("(RHIT)"))
        .anyMatch(c -> c.sourceType() == SourceType.SEED_PAGE);
  }

  @Test
  void d9ThePostBaccalaureateCertificateIsCahiimAccreditedInCahiimsOwnWords() {
    ProgramType certificate = HI.getProgramType(ProgramTypeId.of("him-post-baccalaureate-certificate"));
    assertThat(certificate.accreditor()).contains(org.himkit.OrganizationId.of("CAHIIM"));
    assertThat(certificate.citations()).anyMatch(c -> c.sourceType() == SourceType.PRIMARY
        && c.quote().equals(Optional.of("What is a CAHIIM Accredited Certificate of the Degree Program?")));
  }

  /**
   * AHIMA states the 80 % rule per credential (each credential's share of the requirement); the evaluator
   * checks 80 % of the combined requirement. For RHIA with CHDA the shares are 30 and 10, so the
   * per-credential reading asks for 24 + 8 = 32 CEUs in the HIIM domains out of 40: the evaluator agrees.
   */
  @Test
  void d9TheEightyPercentRuleIsPerCredentialAndTheEvaluatorAgreesOnTheShares() {
    KnownOmission choice = omission("ahima-80-percent-per-credential");
    assertThat(choice.isLibraryChoice()).isTrue();
    assertThat(choice.reason()).contains("at least 80% of required CEUs for each credential");
    LocalDate earned = LocalDate.of(2023, 3, 15);
    List<CredentialHolding> holdings = List.of(CredentialHolding.of(id("RHIA"), earned),
        CredentialHolding.of(id("CHDA"), earned));
    RenewalEvaluator evaluator = RenewalEvaluator.of(HI);
    LocalDate asOf = LocalDate.of(2024, 6, 1);
    RenewalAssessment met = evaluator.assess(holdings, List.of(activity("h", "32", CeCategory.HIIM_DOMAIN),
        activity("o", "8", CeCategory.OTHER_RELEVANT)), asOf).assessments().get(0);
    RenewalAssessment short1 = evaluator.assess(holdings, List.of(activity("h", "31", CeCategory.HIIM_DOMAIN),
        activity("o", "9", CeCategory.OTHER_RELEVANT)), asOf).assessments().get(0);
    assertThat(met.required()).isEqualTo(Ceus.of(40));
    assertThat(met.requirementsMet()).isTrue();
    assertThat(short1.earned()).isEqualTo(Ceus.of(40));
    assertThat(short1.requirementsMet()).isFalse();
  }

  private static CeActivity activity(String id, String ceus, CeCategory category) {
    return CeActivity.builder().id(id).title("Activity " + id).completed(LocalDate.of(2023, 6, 1))
        .provider("Provider " + id).ceus(Ceus.parse(ceus)).category(category).build();
  }

  @Test
  void d9TheApprenticeDesignationsMissingRenewalPolicyIsAnOmission() {
    for (String designation : List.of("CPC-A", "COC-A")) {
      assertThat(HI.getCredential(id(designation)).renewalPolicy()).isEmpty();
      assertThat(HI.knownOmissionsAbout(id(designation), OmissionTopic.RENEWAL))
          .contains(omission("aapc-apprentice-renewal"));
    }
  }

  // --- D10: flags on secondary-only or inferred facts

  @Test
  void d10SecondaryOnlyAndCarriedForwardFactsAreFlagged() {
    // the only citations that give CRC's full name are secondary
    assertThat(HI.getCredential(id("CRC")).citations())
        .filteredOn(c -> c.quote().map(q -> q.contains("Certified Risk Adjustment Coder")).orElse(false))
        .isNotEmpty().allMatch(c -> c.sourceType() == SourceType.SECONDARY);
    assertThat(HI.knownOmissionsAbout(id("CRC"), OmissionTopic.CREDENTIALS)).contains(omission("crc-name-secondary"));
    for (String credential : List.of("CHPS", "CHDA", "CDIP")) {
      assertThat(HI.knownOmissionsAbout(id(credential), OmissionTopic.RENEWAL))
          .contains(omission("ahima-rules-after-2020"));
    }
    WageStatistic seed = HI.profession().orElseThrow().medianSalary().orElseThrow();
    assertThat(seed.verification()).isEqualTo(Verification.NOT_CONFIRMED_AT_SOURCE);
    assertThat(seed.note().orElseThrow()).contains("weak corroboration");
    assertThat(seed.amount()).isEqualByComparingTo(new BigDecimal("48780"));
  }

  // --- collecting every citation the catalog holds, however deep

  /** Every citation reachable from the catalog's entries through their public accessors. */
  static List<Citation> allCitations() {
    List<Citation> found = new ArrayList<>();
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> roots = new ArrayList<>();
    HI.profession().ifPresent(roots::add);
    roots.addAll(HI.organizations());
    roots.addAll(HI.credentials().list());
    roots.addAll(HI.programTypes().list());
    roots.addAll(HI.roles().list());
    roots.addAll(HI.workSettings().list());
    roots.addAll(HI.occupations().list());
    roots.addAll(HI.renewalPolicies());
    for (Object root : roots) {
      collect(root, found, seen, 0);
    }
    return found;
  }

  private static void collect(Object value, List<Citation> found, IdentityHashMap<Object, Boolean> seen, int depth) {
    if (depth > 20 || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Citation citation) {
      found.add(citation);
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, found, seen, depth + 1));
      return;
    }
    if (value instanceof Collection<?> collection) {
      for (Object v : collection) {
        collect(v, found, seen, depth + 1);
      }
      return;
    }
    if (value instanceof Map<?, ?> map) {
      for (Object v : map.values()) {
        collect(v, found, seen, depth + 1);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("org.himkit.") || value instanceof Enum || value instanceof TypedId
        || value instanceof Ceus) {
      return;
    }
    for (Method m : publicAccessors(value.getClass())) {
      try {
        Object result = m.invoke(value);
        if (result != null) {
          collect(result, found, seen, depth + 1);
        }
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new LinkageError("cannot read " + m + " of " + value.getClass().getName(), e);
      }
    }
  }

  private static final Set<String> SKIPPED = Set.of("toString", "hashCode", "getClass", "toBuilder", "builder");

  /** The public, no-argument instance methods of the public types a value's class extends or implements. */
  private static List<Method> publicAccessors(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      types.add(t);
      types.addAll(List.of(t.getInterfaces()));
    }
    Set<String> names = new java.util.HashSet<>();
    for (Class<?> t : types) {
      if (!Modifier.isPublic(t.getModifiers())) {
        continue;
      }
      for (Method m : t.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && !m.getReturnType().isPrimitive() && !SKIPPED.contains(m.getName()) && names.add(m.getName())) {
          methods.add(m);
        }
      }
    }
    return methods;
  }
}
