package org.himkit.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.HimValidationException;
import org.himkit.CredentialStatus;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.json.JsonProblem;
import org.himkit.json.JsonProblemsException;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Target;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API behind the pages ({@code /api/...}), in the shapes of hi-json (docs/json.md), which the starter
 * registers with Spring Boot's {@code JsonMapper}. Answers carry no sentences: render them with {@code HimText}.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApiController {
  private final HimCatalog catalog;
  private final Eligibility eligibility;
  private final PathwayPlanner planner;
  private final ProgramsController programs;
  private final Clock clock;

  /**
   * Creates the controller.
   *
   * @param catalog  the catalog
   * @param eligibility  eligibility checks over the catalog
   * @param planner  the pathway planner
   * @param programs  the program finder, whose filters {@code /api/programs} takes
   * @param clock  the clock that gives the default date of an answer
   */
  public ApiController(HimCatalog catalog, Eligibility eligibility, PathwayPlanner planner,
      ProgramsController programs, Clock clock) {
    this.catalog = catalog;
    this.eligibility = eligibility;
    this.planner = planner;
    this.programs = programs;
    this.clock = clock;
  }

  /**
   * Returns the profession.
   *
   * @return the profession, as the seed page describes it
   */
  @GetMapping("/profession")
  public Profession profession() {
    return catalog.profession().orElseThrow();
  }

  /**
   * Returns every role.
   *
   * @return the roles, in catalog order
   */
  @GetMapping("/roles")
  public List<Role> roles() {
    return catalog.roles().list();
  }

  /**
   * Returns a role.
   *
   * @param id  the role's id
   * @return the role, or 404
   */
  @GetMapping("/roles/{id}")
  public ResponseEntity<Role> role(@PathVariable String id) {
    return ResponseEntity.of(roleId(id).flatMap(catalog::findRole));
  }

  /**
   * Returns every credential.
   *
   * @return the credentials, in catalog order
   */
  @GetMapping("/credentials")
  public List<Credential> credentials() {
    return catalog.credentials().list();
  }

  /**
   * Returns a credential by id, alias, former name or known misnomer ({@code RHIM} is RHIA).
   *
   * @param name  the name
   * @return the credential, or 404
   */
  @GetMapping("/credentials/{name}")
  public ResponseEntity<Credential> credential(@PathVariable String name) {
    return ResponseEntity.of(valid(name).flatMap(catalog::resolveCredential).map(m -> m.credential()));
  }

  /**
   * Returns the program offerings that match the program finder's filters ({@code credential}, {@code level},
   * {@code delivery}, {@code evening}, {@code state}, {@code accredited}, {@code institution}).
   *
   * @param params  the filters
   * @return the offerings, or 400 with a message per wrong filter
   */
  @GetMapping("/programs")
  public ResponseEntity<?> programs(@RequestParam Map<String, String> params) {
    ProgramsPage page = programs.find(new Form(params));
    if (page.form().hasErrors()) {
      return ResponseEntity.badRequest().body(Map.of("errors", page.form().errors()));
    }
    return ResponseEntity.ok(page.offerings().stream().map(ProgramsPage.Offering::offering).toList());
  }

  /**
   * A question to the advisor.
   *
   * @param profile  the learner, required
   * @param asOf  the date of the answer, today if null
   * @param goal  {@code role:ID} or {@code credential:ID}, none if null
   */
  public record Question(@Nullable LearnerProfile profile, @Nullable LocalDate asOf, @Nullable String goal) {}

  /**
   * The advisor's answer.
   *
   * @param asOf  the date of the answer
   * @param results  the answer for every active credential
   * @param reachableRoles  the roles whose typical entry the learner meets
   * @param plan  the plan to the goal, if one was given
   */
  public record Answer(LocalDate asOf, List<EligibilityResult> results, List<RoleId> reachableRoles,
      Optional<PathwayPlan> plan) {}

  /**
   * Answers a learner's question: eligibility for every active credential, the roles reached and the plan to the
   * goal.
   *
   * @param question  the question
   * @return the answer, or 400 naming what is wrong
   */
  @PostMapping(path = "/eligibility", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> eligibility(@RequestBody Question question) {
    LearnerProfile profile = question.profile();
    if (profile == null) {
      return ResponseEntity.badRequest().body(Map.of("errors", Map.of("profile", "is required")));
    }
    LocalDate asOf = question.asOf() == null ? LocalDate.now(clock) : question.asOf();
    Optional<Target> goal = Optional.empty();
    if (question.goal() != null) {
      goal = target(question.goal());
      if (goal.isEmpty()) {
        return ResponseEntity.badRequest().body(Map.of("errors", Map.of("goal",
            "must be role:ID or credential:ID of the catalog")));
      }
    }
    List<EligibilityResult> results = new ArrayList<>();
    for (Credential c : catalog.credentials().withStatus(CredentialStatus.ACTIVE).list()) {
      results.add(eligibility.check(profile, c.id(), asOf));
    }
    return ResponseEntity.ok(new Answer(asOf, results,
        eligibility.reachableRoles(profile, asOf).stream().map(Role::id).toList(),
        goal.map(g -> planner.plan(profile, g, asOf))));
  }

  /**
   * Answers a request body that cannot be read with every problem found in it.
   *
   * @param e  the exception
   * @return 400 with the problems
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    List<String> problems = new ArrayList<>();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonProblemsException p) {
        p.problems().stream().map(JsonProblem::toString).forEach(problems::add);
        break;
      }
    }
    if (problems.isEmpty()) {
      problems.add("the body is not a JSON question: {\"profile\": {...}, \"asOf\": \"yyyy-mm-dd\", \"goal\": "
          + "\"role:ID\"}");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("errors", problems);
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private Optional<Target> target(String value) {
    if (value.startsWith("role:")) {
      return roleId(value.substring(5)).flatMap(catalog::findRole).map(Target::enters);
    }
    if (value.startsWith("credential:")) {
      return valid(value.substring(11)).flatMap(catalog::resolveCredential).map(m -> Target.holds(m.credential()));
    }
    return Optional.empty();
  }

  private static Optional<RoleId> roleId(String id) {
    try {
      return valid(id).map(RoleId::of);
    } catch (HimValidationException e) {
      return Optional.empty();
    }
  }

  /** An id as typed, if it could be an id at all: not blank, not too long, no control characters. */
  private static Optional<String> valid(String id) {
    return id.isBlank() || id.length() > 100 || id.chars().anyMatch(Character::isISOControl) ? Optional.empty()
        : Optional.of(id);
  }
}
