package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.ActivityDisposition;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.NoteKind;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStatus;
import org.himkit.renewal.RequirementKind;
import org.himkit.testkit.Generator;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.LedgerGenerator;
import org.himkit.text.HimText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renewal answers as JSON: an assessment carries its cycle, requirements, shortfalls, activity outcomes,
 * key dates and notes as data; what repeats the assessment's own cycle is written once; derived members
 * are checked; every status and disposition is covered by the round trips.
 */
class RenewalJsonTest {
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(CATALOG);
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");

  private final HimJson json = HimJson.create();

  private static CeActivity hiim(String id, LocalDate completed, String ceus) {
    return CeActivity.builder().id(id).title("Activity " + id).completed(completed).provider("Provider " + id)
        .ceus(Ceus.parse(ceus)).category(CeCategory.HIIM_DOMAIN).build();
  }

  private static HolderRecord rhit(LocalDate earned, CeActivity... activities) {
    return HolderRecord.of(List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned)), List.of(activities));
  }

  /** An RHIT holder part way through a cycle under the 2021 rules: 8 of 20 CEUs, one activity in minutes. */
  static RenewalAssessment onTrack() {
    CeActivity fromAhima = CeActivity.builder().id("w1").title("Webinar").completed(LocalDate.of(2023, 9, 1))
        .ceus(Ceus.of(5)).category(CeCategory.HIIM_DOMAIN).provider("AHIMA").addSourceOf(AHIMA).build();
    CeActivity inMinutes = CeActivity.builder().id("m1").title("Workshop").completed(LocalDate.of(2024, 1, 10))
        .minutes(180).category(CeCategory.HIIM_DOMAIN).provider("Component association").build();
    return EVALUATOR.assess(rhit(LocalDate.of(2023, 3, 15), fromAhima, inMinutes), LocalDate.of(2024, 6, 1))
        .assessments().get(0);
  }

  /**
   * A history through a grace period under the rules before 2021: the cycle ending 2020-11-14 is renewed
   * with an activity of its grace period, which the next cycle then shows as already counted.
   */
  static List<RenewalAssessment> graceHistory() {
    return EVALUATOR.history(rhit(LocalDate.of(2018, 11, 15), hiim("g", LocalDate.of(2021, 1, 10), "20"),
        hiim("h", LocalDate.of(2021, 2, 1), "20")), LocalDate.of(2021, 3, 1)).assessments();
  }

  /** An RHIT holder in the grace period of a cycle left short before 2021. */
  static RenewalAssessment inGrace() {
    return EVALUATOR.assess(rhit(LocalDate.of(2017, 1, 10), hiim("a", LocalDate.of(2018, 1, 1), "10")),
        LocalDate.of(2019, 3, 1)).assessments().get(0);
  }

  /** An RHIT holder whose cycle under the 2021 rules ended short: inactive, then revoked. */
  static RenewalAssessment inactive() {
    return EVALUATOR.assess(rhit(LocalDate.of(2021, 3, 15)), LocalDate.of(2023, 4, 1)).assessments().get(0);
  }

  private JsonNode tree(Object value) {
    return json.mapper().readTree(json.write(value));
  }

  @Test
  void aCredentialContentRuleAndAMarkedActivityAreWrittenAndReadBack() {
    OrganizationId aapc = OrganizationId.of("AAPC");
    CeActivity audit = CeActivity.builder().id("au1").title("Audit workshop").completed(LocalDate.of(2023, 2, 1))
        .ceus(Ceus.of(10)).category(CeCategory.OTHER_RELEVANT).provider("Vendor").addApprovedBy(aapc)
        .addSpecificTo(CredentialId.of("CPMA")).build();
    RenewalAssessment a = EVALUATOR.assess(HolderRecord.of(List.of(CredentialHolding.of(CredentialId.of("CPC"),
        LocalDate.of(2022, 1, 10)), CredentialHolding.of(CredentialId.of("CPMA"), LocalDate.of(2022, 1, 10))),
        List.of(audit)), LocalDate.of(2023, 6, 1)).assessments().get(0);
    JsonNode node = tree(a);
    JsonNode rule = node.get("requirements").get(1);
    assertThat(rule.get("kind").asString()).isEqualTo("CREDENTIAL_CONTENT_RULE");
    assertThat(rule.get("credentialContentRule").get("credential").asString()).isEqualTo("CPMA");
    assertThat(rule.get("credentialContentRule").get("minimum").asString()).isEqualTo("16");
    assertThat(rule.get("credentialContentRule").get("subject").asString()).isEqualTo("auditing");
    assertThat(rule.get("earned").asString()).isEqualTo("10");
    assertThat(node.get("activities").get(0).get("activity").get("specificTo").get(0).asString()).isEqualTo("CPMA");
    assertThat(node.get("window").get("cycle").get("policy").get("credentialContentRules")).hasSize(5);
    assertThat(json.read(node.toString(), RenewalAssessment.class)).isEqualTo(a);
  }

  @Test
  void ncrasSubmissionDeadlineAndExamRetakeAreWrittenAndReadBack() {
    RenewalAssessment a = EVALUATOR.assess(HolderRecord.of(List.of(CredentialHolding.of(CredentialId.of("ODS"),
        LocalDate.of(2021, 3, 15))), List.of()), LocalDate.of(2026, 2, 1)).assessments().get(0);
    JsonNode node = tree(a);
    JsonNode lapse = node.get("window").get("cycle").get("policy").get("lapseRule");
    assertThat(lapse.get("submissionDeadline").asString()).isEqualTo("P1M");
    assertThat(lapse.get("examRetakeAfter").asString()).isEqualTo("P3Y");
    List<String> kinds = new java.util.ArrayList<>();
    node.get("notes").forEach(n -> kinds.add(n.get("kind").asString()));
    assertThat(kinds).contains("EXAM_RETAKE_REQUIRED");
    assertThat(json.read(node.toString(), RenewalAssessment.class)).isEqualTo(a);
  }

  @Test
  void anAssessmentIsDataAndNamesItsCycleOnce() {
    RenewalAssessment a = onTrack();
    JsonNode node = tree(a);
    JsonNode cycle = node.get("window").get("cycle");
    assertThat(cycle.get("start").asString()).isEqualTo("2023-03-15");
    assertThat(cycle.get("end").asString()).isEqualTo("2025-03-14");
    assertThat(cycle.get("policy").get("id").asString()).isEqualTo("AHIMA-RECERTIFICATION");
    assertThat(cycle.get("policy").get("effectiveFrom").asString()).isEqualTo("2021-01-01");
    assertThat(node.get("status").asString()).isEqualTo(a.status().name());
    assertThat(node.get("daysLeft").asLong()).isEqualTo(a.daysLeft());
    assertThat(node.get("required").asString()).isEqualTo("20");
    assertThat(node.get("earned").asString()).isEqualTo(a.earned().toString());
    JsonNode total = node.get("requirements").get(0);
    assertThat(total.get("kind").asString()).isEqualTo("TOTAL");
    assertThat(total.get("unit").asString()).isEqualTo("CEUS");
    assertThat(total.get("remaining").asString()).isEqualTo(a.requirements().get(0).remaining().toString());
    assertThat(node.get("requirements")).anySatisfy(r -> {
      assertThat(r.get("kind").asString()).isEqualTo("CONTENT_RULE");
      assertThat(r.get("contentRule").get("minimumPercent").isInt()).isTrue();
    });
    JsonNode shortfall = node.get("shortfalls").get(0);
    assertThat(shortfall.get("missing").asString()).isEqualTo(a.shortfalls().get(0).missing().toString());
    assertThat(shortfall.get("deadline").asString()).isEqualTo("2025-03-14");
    // the activities are judged in the assessment's window, which is not repeated
    assertThat(node.get("activities")).hasSize(2).allSatisfy(o -> assertThat(o.has("window")).isFalse());
    JsonNode minutes = node.get("activities").get(1);
    assertThat(minutes.get("activity").get("minutes").asInt()).isEqualTo(180);
    assertThat(minutes.get("conversion").get("minutesPerCeu").isInt()).isTrue();
    assertThat(node.get("activities").get(0).get("source").asString()).isEqualTo("MARKED_BY_CALLER");
    assertThat(node.get("keyDates")).extracting(k -> k.get("kind").asString()).contains("CYCLE_START", "CYCLE_END");
    // data, not sentences
    HimText text = HimText.english();
    List<String> words = new ArrayList<>();
    a.shortfalls().forEach(s -> words.add(text.describe(s)));
    a.keyDates().forEach(k -> words.add(text.describe(k)));
    a.notes().forEach(n -> words.add(text.describe(n)));
    a.activities().forEach(o -> words.add(text.describe(o)));
    words.add(text.describe(a.status()));
    words.add(text.describeStatus(a));
    assertThat(AnswersJsonTest.strings(node)).doesNotContainAnyElementsOf(words);
    assertThat(json.read(node.toString(), RenewalAssessment.class)).isEqualTo(a);
  }

  @Test
  void anActivityAlreadyCountedNamesTheEarlierCycleWithoutRepeatingItsPolicy() {
    List<RenewalAssessment> history = graceHistory();
    RenewalAssessment next = history.get(1);
    ActivityOutcome g = next.activities().stream().filter(o -> o.activity().id().equals("g")).findFirst()
        .orElseThrow();
    assertThat(g.disposition()).isEqualTo(ActivityDisposition.ALREADY_COUNTED);
    JsonNode node = tree(next);
    JsonNode written = node.get("activities").get(next.activities().indexOf(g));
    assertThat(written.get("countedIn").get("end").asString()).isEqualTo("2020-11-14");
    assertThat(written.get("countedIn").has("policy")).isEqualTo(!history.get(0).cycle().policy()
        .equals(next.cycle().policy()));
    assertThat(json.read(node.toString(), RenewalAssessment.class)).isEqualTo(next);
    JsonNode grace = tree(history.get(0)).get("window");
    assertThat(grace.get("graceEnd").asString()).isEqualTo("2021-02-14");

    // on its own, an outcome carries its window and the earlier cycle's policy
    JsonNode alone = tree(g);
    assertThat(alone.get("window").get("cycle").get("policy").get("id").asString()).isEqualTo("AHIMA-RECERTIFICATION");
    assertThat(alone.get("countedIn").has("policy")).isTrue();
    assertThat(json.read(alone.toString(), ActivityOutcome.class)).isEqualTo(g);
  }

  @Test
  void anOutcomeJudgedInAnotherWindowIsWrittenWithIt() {
    RenewalAssessment a = onTrack();
    ActivityOutcome first = a.activities().get(0);
    CycleWindow other = new CycleWindow(AHIMA, a.cycle(), a.window().graceEnd(), a.window().certifiedSince(),
        a.asOf().minusDays(1));
    ActivityOutcome moved = new ActivityOutcome(first.activity(), first.disposition(), first.credited(), other,
        first.conversion(), first.source(), first.countedIn());
    RenewalAssessment edited = RenewalAssessment.builder().from(a)
        .activities(List.of(moved, a.activities().get(1))).build();
    JsonNode node = tree(edited);
    assertThat(node.get("activities").get(0).get("window").get("asOf").asString())
        .isEqualTo(a.asOf().minusDays(1).toString());
    assertThat(node.get("activities").get(1).has("window")).isFalse();
    assertThat(json.read(node.toString(), RenewalAssessment.class)).isEqualTo(edited);
  }

  @Test
  void derivedMembersMustAgree() {
    RenewalAssessment a = onTrack();
    ObjectNode node = (ObjectNode) tree(a);
    ((ObjectNode) node.get("shortfalls").get(0)).put("missing", "1");
    assertThat(problems(node)).containsExactly("$.shortfalls[0].missing INVALID_VALUE");
    node = (ObjectNode) tree(a);
    node.put("earned", "99");
    assertThat(problems(node)).containsExactly("$.earned INVALID_VALUE");
    node = (ObjectNode) tree(a);
    node.remove("shortfalls");
    ((ObjectNode) node.get("requirements").get(0)).put("met", true);
    assertThat(problems(node)).containsExactly("$.requirements[0].met INVALID_VALUE");
    node = (ObjectNode) tree(a);
    for (String derived : List.of("required", "earned", "requirementsMet", "shortfalls")) {
      node.remove(derived);
    }
    assertThat(json.read(node.toString(), RenewalAssessment.class)).isEqualTo(a);
    node.remove("window");
    assertThat(problems(node)).containsExactly("$.window MISSING_FIELD");
  }

  private List<String> problems(JsonNode node) {
    HimJsonException e = catchThrowableOfType(HimJsonException.class,
        () -> json.read(node.toString(), RenewalAssessment.class));
    assertThat(e).isNotNull();
    return e.problems().stream().map(p -> p.path() + " " + p.kind()).toList();
  }

  /** An RHIA and PCS holder's history into 2022: PCS, retired, is not covered by the rules from 2021. */
  static RenewalResult retiredLeftOut() {
    List<CeActivity> activities = new ArrayList<>(List.of(hiim("a", LocalDate.of(2016, 1, 1), "40"),
        hiim("b", LocalDate.of(2018, 1, 1), "40"), hiim("c", LocalDate.of(2020, 1, 1), "40"),
        hiim("d", LocalDate.of(2021, 6, 1), "30")));
    for (int year = 2015; year <= 2020; year++) {
      activities.add(CeActivity.builder().id("review-" + year).title("Self-review").completed(LocalDate.of(year, 6, 1))
          .provider("AHIMA").ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build());
    }
    HolderRecord rhiaAndPcs = HolderRecord.of(List.of(CredentialHolding.of(CredentialId.of("RHIA"),
        LocalDate.of(2015, 1, 1)), CredentialHolding.of(CredentialId.of("PCS"), LocalDate.of(2015, 1, 1))), activities);
    return EVALUATOR.history(rhiaAndPcs, LocalDate.of(2022, 6, 1));
  }

  @Test
  void aRetiredCredentialLeftOutAndACredentialWithoutPolicyAreReportedWithTheirReasons() {
    // PCS, retired, is not covered by the rules from 2021 (as hi-core's evaluator tests show)
    RenewalResult history = retiredLeftOut();
    JsonNode node = tree(history);
    assertThat(node.get("asOf").asString()).isEqualTo("2022-06-01");
    JsonNode from2021 = node.get("assessments").get(history.assessments().size() - 1);
    assertThat(from2021.get("credentials")).extracting(JsonNode::asString).containsExactly("RHIA");
    assertThat(from2021.get("notes")).anySatisfy(n -> {
      assertThat(n.get("kind").asString()).isEqualTo(NoteKind.CREDENTIALS_NOT_COVERED.name());
      assertThat(n.get("credentials")).extracting(JsonNode::asString).containsExactly("PCS");
      assertThat(n.get("choice").asString()).isEqualTo("retired-maintenance");
    });
    assertThat(json.read(node.toString(), RenewalResult.class)).isEqualTo(history);

    CredentialId withoutPolicy = CATALOG.credentials().list().stream().filter(c -> c.renewalPolicy().isEmpty())
        .map(c -> c.id()).findFirst().orElseThrow();
    RenewalResult result = EVALUATOR.assess(HolderRecord.of(List.of(CredentialHolding.of(withoutPolicy,
        LocalDate.of(2024, 1, 1))), List.of()), LocalDate.of(2025, 1, 1));
    JsonNode reason = tree(result).get("notAssessed").get(0).get("reasons").get(0);
    assertThat(reason.get("kind").asString()).isEqualTo("NO_RENEWAL_POLICY");
    assertThat(reason.get("credential").asString()).isEqualTo(withoutPolicy.value());
    assertThat(json.read(json.write(result), RenewalResult.class)).isEqualTo(result);
  }

  /**
   * The round trips cover every shape: the generated results and the directed examples above reach every
   * renewal status, requirement kind, activity disposition and key-date kind.
   */
  @Test
  void theRoundTripsReachEveryStatusKindAndDisposition() {
    List<RenewalAssessment> all = new ArrayList<>();
    RandomGenerator r = new SplittableRandom(7);
    // complete histories (mostly lapsed), ledgers built for every status the as-of day allows, and, on a
    // day before AHIMA's lapse rule changed, for a grace period and expiry
    LedgerGenerator before2021 = HimGenerators.ledgers().withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 6, 30))
        .withStatusShares(Map.of(RenewalStatus.IN_GRACE, 0.3, RenewalStatus.EXPIRED, 0.3));
    List<Generator<RenewalResult>> results = List.of(HimGenerators.ledgers().histories(),
        HimGenerators.ledgers().withStatusShares(0.2, 0.1, 0.1).histories(), before2021.histories());
    for (int i = 0; i < 150; i++) {
      all.addAll(results.get(i % 3).next(r).assessments());
    }
    all.add(onTrack());
    all.addAll(graceHistory());
    all.add(inGrace());
    all.add(inactive());
    Set<RenewalStatus> statuses = EnumSet.noneOf(RenewalStatus.class);
    Set<RequirementKind> requirements = EnumSet.noneOf(RequirementKind.class);
    Set<ActivityDisposition> dispositions = EnumSet.noneOf(ActivityDisposition.class);
    Set<KeyDateKind> keyDates = EnumSet.noneOf(KeyDateKind.class);
    for (RenewalAssessment a : all) {
      statuses.add(a.status());
      a.requirements().forEach(x -> requirements.add(x.kind()));
      a.activities().forEach(x -> dispositions.add(x.disposition()));
      a.keyDates().forEach(x -> keyDates.add(x.kind()));
    }
    assertThat(statuses).containsExactlyInAnyOrder(RenewalStatus.values());
    assertThat(requirements).containsExactlyInAnyOrder(RequirementKind.values());
    assertThat(dispositions).containsExactlyInAnyOrder(ActivityDisposition.values());
    assertThat(keyDates).containsExactlyInAnyOrder(KeyDateKind.values());
    for (RenewalAssessment a : List.of(onTrack(), inGrace(), inactive(), graceHistory().get(1))) {
      assertThat(json.read(json.write(a), RenewalAssessment.class)).isEqualTo(a);
    }
  }
}
