package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.himkit.CredentialId;
import org.himkit.ExperienceDomain;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityReason;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Obstacle;
import org.himkit.pathway.ObstacleKind;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.StepKind;
import org.himkit.pathway.Target;
import org.himkit.pathway.TargetKind;
import org.himkit.pathway.Unmet;
import org.himkit.pathway.UnmetKind;
import org.himkit.testkit.Generator;
import org.himkit.text.HimText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The answers as JSON: eligibility results and pathway plans carry typed reasons and amounts, no
 * sentences; derived members are checked; broken answers are rejected at their paths.
 */
class AnswersJsonTest {
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final LocalDate AS_OF = AnswerGenerators.AS_OF;
  private static final Eligibility ELIGIBILITY = Eligibility.of(CATALOG);

  private final HimJson json = HimJson.create();
  private final JsonMapper mapper = json.mapper();

  private JsonNode tree(Object value) {
    return mapper.readTree(json.write(value));
  }

  /** Every string value in a JSON tree, at any depth. */
  static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isString()) {
      out.add(node.stringValue());
    }
    node.values().forEach(child -> out.addAll(strings(child)));
    return out;
  }

  private static JsonNode option(JsonNode choice, int index) {
    return choice.get("choice").get("options").get(index);
  }

  @Test
  void aLearnerWhoIsNotEligibleGetsWhatIsMissingAsData() {
    LearnerProfile coder = LearnerProfile.builder().highSchoolDiploma(true).putExperience(ExperienceDomain.CODING, 11)
        .build();
    EligibilityResult r = ELIGIBILITY.check(coder, CredentialId.of("CCS"), AS_OF);
    JsonNode node = tree(r);
    assertThat(node.get("reason").asString()).isEqualTo("NO_ROUTE_MET");
    assertThat(node.get("status").asString()).isEqualTo("NOT_ELIGIBLE");
    assertThat(node.get("requirement").has("anyOf")).isTrue();
    JsonNode unmet = node.get("unmet");
    assertThat(unmet.get("choice").get("needed").asInt()).isEqualTo(1);
    assertThat(unmet.get("choice").get("options")).hasSize(7);
    JsonNode twoYears = option(unmet, 4);
    assertThat(twoYears.get("leaf").get("experience").get("months").asInt()).isEqualTo(24);
    assertThat(twoYears.get("kind").asString()).isEqualTo("EXPERIENCE");
    assertThat(twoYears.get("experienceMonths").asInt()).isEqualTo(11);
    assertThat(twoYears.get("missingMonths").asInt()).isEqualTo(13);
    JsonNode ccaAndAYear = option(unmet, 5);
    assertThat(ccaAndAYear.get("all").get(0).get("kind").asString()).isEqualTo("CREDENTIAL");
    assertThat(ccaAndAYear.get("all").get(1).get("missingMonths").asInt()).isEqualTo(1);
    // data, not sentences: none of the rendered words appears in the JSON
    List<String> words = HimText.english().explain(r);
    assertThat(words).isNotEmpty();
    assertThat(strings(node)).doesNotContainAnyElementsOf(words);
    assertThat(json.read(node.toString(), EligibilityResult.class)).isEqualTo(r);
  }

  @Test
  void theAmountsOfTheOdsRoutesAreNumbers() {
    LearnerProfile learner = LearnerProfile.builder().highSchoolDiploma(true).collegeCredits(30)
        .putCoursework("human-anatomy-physiology", 3).putExperienceHours(ExperienceDomain.CANCER_REGISTRY, 1_000).build();
    JsonNode learnerNode = tree(learner);
    assertThat(learnerNode.get("collegeCredits").asInt()).isEqualTo(30);
    assertThat(learnerNode.get("coursework").get("human-anatomy-physiology").asInt()).isEqualTo(3);
    assertThat(learnerNode.get("experienceHours").get("CANCER_REGISTRY").asInt()).isEqualTo(1_000);
    EligibilityResult r = ELIGIBILITY.check(learner, CredentialId.of("ODS"), AS_OF);
    JsonNode routeB = option(tree(r).get("unmet"), 2).get("all");
    assertThat(routeB.get(0).get("leaf").get("degreeOrCollegeCredits").get("credits").asInt()).isEqualTo(60);
    assertThat(routeB.get(0).get("kind").asString()).isEqualTo("COLLEGE_CREDITS");
    assertThat(routeB.get(0).get("amount").asInt()).isEqualTo(30);
    assertThat(routeB.get(0).get("missingAmount").asInt()).isEqualTo(30);
    assertThat(routeB.get(1).get("kind").asString()).isEqualTo("COURSEWORK");
    assertThat(routeB.get(1).get("missingAmount").asInt()).isEqualTo(3);
    JsonNode hours = routeB.get(2);
    assertThat(hours.get("leaf").get("experienceHours").get("fullTimeMonths").asInt()).isEqualTo(12);
    assertThat(hours.get("kind").asString()).isEqualTo("EXPERIENCE_HOURS");
    assertThat(hours.get("amount").asInt()).isEqualTo(1_000);
    assertThat(hours.get("missingAmount").asInt()).isEqualTo(950);
    assertThat(hours.get("missingMonths").asInt()).isEqualTo(12);
  }

  @Test
  void anEligibleLearnerGetsTheRouteMetAndAnUnknownAnswerItsKnownOmissions() {
    EligibilityResult eligible = ELIGIBILITY.check(LearnerProfile.empty(), CredentialId.of("CPC-A"), AS_OF);
    JsonNode node = tree(eligible);
    assertThat(node.get("status").asString()).isEqualTo("ELIGIBLE");
    assertThat(node.get("satisfiedRoute").get("leaves")).isNotEmpty();
    assertThat(node.get("satisfiedRoute").has("unmet")).isFalse();
    assertThat(node.has("unmet")).isFalse();

    EligibilityResult unknown = ELIGIBILITY.check(LearnerProfile.empty(), CredentialId.of("CHDA"), AS_OF);
    JsonNode u = tree(unknown);
    assertThat(u.get("reason").asString()).isEqualTo("NO_ELIGIBILITY_DATA");
    assertThat(u.get("status").asString()).isEqualTo("UNKNOWN");
    assertThat(u.has("requirement")).isFalse();
    assertThat(u.get("omissions").get(0).get("id").asString()).isEqualTo(unknown.omissions().get(0).id().value());
    assertThat(json.read(u.toString(), EligibilityResult.class)).isEqualTo(unknown);
  }

  @Test
  void aPlanHasItsTargetStepsDurationsAndObstacles() {
    LearnerProfile graduate = LearnerProfile.builder().highSchoolDiploma(true).build();
    PathwayPlanner planner = PathwayPlanner.of(CATALOG);
    PathwayPlan rhit = planner.plan(graduate, Target.eligibleFor(CATALOG.getCredential(CredentialId.of("RHIT"))),
        AS_OF);
    JsonNode node = tree(rhit);
    assertThat(node.get("target").get("kind").asString()).isEqualTo("ELIGIBLE_FOR");
    assertThat(node.get("target").get("credential").asString()).isEqualTo("RHIT");
    JsonNode best = node.get("alternatives").get(0);
    assertThat(best.get("steps").get(0).get("kind").asString()).isEqualTo("COMPLETE_PROGRAM");
    assertThat(best.get("steps").get(0).get("accreditor").asString()).isEqualTo("CAHIIM");
    assertThat(best.get("knownDuration").asString()).isEqualTo(rhit.best().orElseThrow().knownDuration().toString());
    assertThat(best.get("unknownDurations").asInt()).isZero();

    PathwayPlan retired = planner.plan(graduate, Target.holds(CATALOG.getCredential(CredentialId.of("CHP"))), AS_OF);
    JsonNode r = tree(retired);
    assertThat(r.has("alternatives")).isFalse();
    assertThat(r.get("obstacles").get(0).get("kind").asString()).isEqualTo("EXAM_NOT_OFFERED");
    assertThat(r.get("obstacles").get(0).get("issuer").asString()).isEqualTo("AHIMA");
    assertThat(json.read(r.toString(), PathwayPlan.class)).isEqualTo(retired);
  }

  @Test
  void derivedMembersMayBeLeftOutAndMustAgreeWhenGiven() {
    LearnerProfile coder = LearnerProfile.builder().putExperience(ExperienceDomain.CODING, 11).build();
    EligibilityResult r = ELIGIBILITY.check(coder, CredentialId.of("CCS"), AS_OF);
    ObjectNode node = (ObjectNode) tree(r);
    node.remove("status");
    ObjectNode twoYears = (ObjectNode) option(node.get("unmet"), 4);
    twoYears.remove("missingMonths");
    assertThat(json.read(node.toString(), EligibilityResult.class)).isEqualTo(r);

    twoYears.put("missingMonths", 12);
    HimJsonException e = catchThrowableOfType(HimJsonException.class,
        () -> json.read(node.toString(), EligibilityResult.class));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.unmet.choice.options[4].missingMonths");
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.INVALID_VALUE);
      assertThat(p.message()).contains("must be 13");
    });
    twoYears.remove("missingMonths");
    node.put("status", "ELIGIBLE");
    assertThat(catchThrowableOfType(HimJsonException.class, () -> json.read(node.toString(), EligibilityResult.class))
        .problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.status"));

    ObjectNode step = (ObjectNode) tree(new Step.GainExperience(ExperienceDomain.CODING, 6, 24));
    step.put("duration", "P7M");
    assertThat(catchThrowableOfType(HimJsonException.class, () -> json.read(step.toString(), Step.class)).problems())
        .singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("$.duration"));
  }

  @Test
  void brokenAnswersAreRejectedAtTheirPaths() {
    assertThat(problems("{\"kind\": \"FLY\", \"domain\": \"CODING\"}", Step.class))
        .containsExactly("$.kind INVALID_VALUE");
    assertThat(problems("{\"domain\": \"CODING\"}", Step.class)).containsExactly("$.kind MISSING_FIELD");
    assertThat(problems("{\"kind\": \"EARN_COLLEGE_CREDITS\", \"credits\": 3, \"totalCredits\": 6, \"hours\": 1}",
        Step.class)).containsExactly("$.hours UNKNOWN_FIELD");
    assertThat(problems("{\"kind\": \"EARN_COLLEGE_CREDITS\", \"credits\": 7, \"totalCredits\": 6}", Step.class))
        .containsExactly("$.credits INVALID_VALUE");
    assertThat(problems("{\"all\": [], \"leaf\": {\"credential\": \"RHIT\"}}", Unmet.class))
        .containsExactly("$ INVALID_VALUE");
    assertThat(problems("{\"leaf\": {\"allOf\": [{\"credential\": \"RHIT\"}]}, \"kind\": \"CREDENTIAL\"}",
        Unmet.class)).containsExactly("$.leaf INVALID_VALUE");
    assertThat(problems("{\"leaf\": {\"credential\": \"RHIT\"}, \"kind\": \"EXPERIENCE\", \"experienceMonths\": 3}",
        Unmet.class)).containsExactly("$.kind INVALID_VALUE");
    assertThat(problems("{\"choice\": {\"needed\": 2, \"options\": [{\"leaf\": {\"credential\": \"RHIT\"}, "
        + "\"kind\": \"CREDENTIAL\"}, {\"leaf\": {\"credential\": \"RHIA\"}, \"kind\": \"CREDENTIAL\"}]}}",
        Unmet.class)).containsExactly("$.choice.needed INVALID_VALUE");
    assertThat(problems("{\"credential\": \"RHIT\", \"issuer\": \"AHIMA\", \"reason\": \"ROUTE_MET\"}",
        EligibilityResult.class)).containsExactly("$.satisfiedRoute INVALID_VALUE");
    assertThat(problems("{\"kind\": \"ENTERS\", \"credential\": \"RHIT\", \"title\": \"x\"}", Target.class))
        .containsExactly("$.credential UNKNOWN_FIELD", "$.role MISSING_FIELD");
    assertThat(problems("{\"kind\": \"EXAM_NOT_OFFERED\", \"credential\": \"CHP\"}", Obstacle.class))
        .containsExactly("$.issuer INVALID_VALUE");
  }

  private List<String> problems(String text, Class<?> type) {
    HimJsonException e = catchThrowableOfType(HimJsonException.class, () -> json.read(text, type));
    assertThat(e).as(text).isNotNull();
    return e.problems().stream().map(p -> p.path() + " " + p.kind()).toList();
  }

  /**
   * The round trips cover every shape: over the examples the property tests draw from, the generators
   * reach every eligibility reason, unmet kind and node, target kind, step kind and obstacle kind.
   */
  @Test
  void theGeneratorsOfTheRoundTripsReachEveryKind() {
    Set<EligibilityReason> reasons = EnumSet.noneOf(EligibilityReason.class);
    sample(AnswerGenerators.eligibilityResults(CATALOG), 200).forEach(r -> reasons.add(r.reason()));
    assertThat(reasons).containsExactlyInAnyOrder(EligibilityReason.values());

    Set<UnmetKind> unmetKinds = EnumSet.noneOf(UnmetKind.class);
    Set<Class<?>> nodes = new java.util.HashSet<>();
    sample(AnswerGenerators.unmet(CATALOG), 300).forEach(u -> {
      nodes.add(u.getClass());
      u.conditions().forEach(c -> unmetKinds.add(c.kind()));
    });
    assertThat(unmetKinds).containsExactlyInAnyOrder(UnmetKind.values());
    assertThat(nodes).contains(Unmet.Condition.class, Unmet.All.class, Unmet.Choice.class);

    Set<TargetKind> targets = EnumSet.noneOf(TargetKind.class);
    sample(AnswerGenerators.targets(CATALOG), 50).forEach(t -> targets.add(t.kind()));
    assertThat(targets).containsExactlyInAnyOrder(TargetKind.values());
    Set<StepKind> steps = EnumSet.noneOf(StepKind.class);
    sample(AnswerGenerators.steps(), 100).forEach(s -> steps.add(s.kind()));
    assertThat(steps).containsExactlyInAnyOrder(StepKind.values());
    Set<ObstacleKind> obstacles = EnumSet.noneOf(ObstacleKind.class);
    sample(AnswerGenerators.obstacles(), 100).forEach(o -> obstacles.add(o.kind()));
    assertThat(obstacles).containsExactlyInAnyOrder(ObstacleKind.values());
  }

  private static <T> Stream<T> sample(Generator<T> generator, int n) {
    RandomGenerator r = new java.util.SplittableRandom(12);
    return Stream.generate(() -> generator.next(r)).limit(n);
  }
}
