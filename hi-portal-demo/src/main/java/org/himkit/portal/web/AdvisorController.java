package org.himkit.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.text.HimText;
import org.himkit.text.Mermaid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The eligibility advisor ({@code /eligibility}). */
@Controller
public class AdvisorController {
  private final HimCatalog catalog;
  private final Eligibility eligibility;
  private final PathwayPlanner planner;
  private final HimText text;
  private final Clock clock;
  private final AdvisorPage.Options options;

  /**
   * Creates the controller.
   *
   * @param catalog  the catalog
   * @param eligibility  eligibility checks over the catalog
   * @param planner  the pathway planner over the catalog
   * @param text  the renderer
   * @param clock  the clock that gives the default date of the advice
   */
  public AdvisorController(HimCatalog catalog, Eligibility eligibility, PathwayPlanner planner, HimText text,
      Clock clock) {
    this.catalog = catalog;
    this.eligibility = eligibility;
    this.planner = planner;
    this.text = text;
    this.clock = clock;
    this.options = options(catalog);
  }

  /**
   * Shows the empty form.
   *
   * @param model  the model
   * @return the view
   */
  @GetMapping("/eligibility")
  public String form(Model model) {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("asOf", LocalDate.now(clock).toString());
    defaults.put("goal", "role:health-information-technician");
    model.addAttribute("page", new AdvisorPage(Form.of(defaults), options, Optional.empty()));
    return "advisor";
  }

  /**
   * Answers a submitted form, or shows it again with a message next to each wrong field.
   *
   * @param params  the form's fields
   * @param model  the model
   * @return the view
   */
  @PostMapping("/eligibility")
  public String advise(@RequestParam Map<String, String> params, Model model) {
    Form form = new Form(params);
    Optional<AdvisorPage.Answer> answer = read(form).map(this::answer);
    model.addAttribute("page", new AdvisorPage(form, options, answer));
    return "advisor";
  }

  /** A valid form: the learner, the goal and the date. */
  record Question(LearnerProfile profile, Target goal, LocalDate asOf) {}

  Optional<Question> read(Form form) {
    LocalDate asOf = form.date("asOf").orElse(LocalDate.now(clock));
    Optional<Target> goal = form.choice("goal", this::target);
    if (!form.has("goal")) {
      form.reject("goal", "Choose a role or a credential to aim for.");
    }
    LearnerProfile.Builder b = LearnerProfile.builder().highSchoolDiploma(form.checked("diploma"));
    for (int i = 1; i <= AdvisorPage.EDUCATION_ROWS; i++) {
      education(form, i).ifPresent(b::addEducation);
    }
    form.integer("collegeCredits", 0, LearnerProfile.MAX_CREDITS).ifPresent(b::collegeCredits);
    Set<CredentialId> held = new HashSet<>();
    for (int i = 1; i <= AdvisorPage.CREDENTIAL_ROWS; i++) {
      String field = Form.indexed("credential", i);
      Optional<CredentialId> id = form.choice(field, v -> catalog.findCredential(CredentialId.of(v)).map(Credential::id));
      Optional<LocalDate> earned = form.date(Form.indexed("earned", i));
      if (id.isEmpty()) {
        if (earned.isPresent()) {
          form.reject(field, "Choose the credential earned on this date, or clear the date.");
        }
        continue;
      }
      if (!held.add(id.get())) {
        form.reject(field, id.get().value() + " is already listed above.");
      } else if (earned.isPresent() && earned.get().isAfter(asOf)) {
        form.reject(Form.indexed("earned", i), "The date earned must be on or before the date of the advice, " + asOf + ".");
      } else {
        b.putCredential(id.get(), earned.orElse(asOf));
      }
    }
    for (ExperienceDomain d : ExperienceDomain.values()) {
      form.integer("months-" + d.name(), 0, LearnerProfile.MAX_EXPERIENCE_MONTHS).ifPresent(m -> b.putExperience(d, m));
      form.integer("hours-" + d.name(), 0, LearnerProfile.MAX_EXPERIENCE_HOURS)
          .ifPresent(h -> b.putExperienceHours(d, h));
    }
    for (AdvisorPage.Named c : options.coursework()) {
      form.integer("course-" + c.code(), 0, LearnerProfile.MAX_CREDITS).ifPresent(h -> b.putCoursework(c.code(), h));
    }
    for (AdvisorPage.Named t : options.trainings()) {
      if (form.checked("training-" + t.code())) {
        b.addTrainings(t.code());
      }
    }
    for (OrganizationId o : options.reciprocity()) {
      if (form.checked("reciprocity-" + o.value())) {
        b.addForeignReciprocity(o);
      }
    }
    if (form.hasErrors() || goal.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Question(b.build(), goal.get(), asOf));
    } catch (HimValidationException e) {
      form.reject("profile", e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Education> education(Form form, int i) {
    Optional<DegreeLevel> level = form.choice(Form.indexed("eduLevel", i), DegreeLevel.class);
    Optional<ProgramField> field = form.choice(Form.indexed("eduField", i), ProgramField.class);
    Optional<OrganizationId> accreditor = form.choice(Form.indexed("eduAccreditor", i),
        v -> options.accreditors().stream().filter(o -> o.value().equals(v)).findFirst());
    Optional<EducationStatus> status = form.choice(Form.indexed("eduStatus", i), EducationStatus.class);
    Optional<LocalDate> date = form.date(Form.indexed("eduDate", i));
    if (level.isEmpty()) {
      if (field.isPresent() || accreditor.isPresent() || date.isPresent()) {
        form.reject(Form.indexed("eduLevel", i), "Choose the level of this program, or clear the row.");
      }
      return Optional.empty();
    }
    return Optional.of(new Education(level.get(), field, accreditor, status.orElse(EducationStatus.COMPLETED), date));
  }

  private Optional<Target> target(String value) {
    if (value.startsWith("role:")) {
      return catalog.findRole(RoleId.of(value.substring(5))).map(Target::enters);
    }
    if (value.startsWith("credential:")) {
      return catalog.findCredential(CredentialId.of(value.substring(11))).map(Target::holds);
    }
    return Optional.empty();
  }

  AdvisorPage.Answer answer(Question q) {
    List<AdvisorPage.CredentialAnswer> answers = new ArrayList<>();
    for (Credential c : options.goals()) {
      EligibilityResult r = eligibility.check(q.profile(), c.id(), q.asOf());
      List<String> met = r.requirement().map(req -> eligibility.routes(req, q.profile(), q.asOf()).stream()
          .filter(Route::isMet).map(text::route).toList()).orElse(List.of());
      answers.add(new AdvisorPage.CredentialAnswer(c, r.status(), text.status(r.status()), met,
          r.unmet().map(text::unmet).orElse(List.of()), r.omissions()));
    }
    PathwayPlan plan = planner.plan(q.profile(), q.goal(), q.asOf());
    Optional<Pathway> best = plan.best();
    List<String> steps = best.map(p -> p.steps().stream().map(text::step).toList()).orElse(List.of());
    String goal = text.target(plan.target());
    return new AdvisorPage.Answer(answers, eligibility.reachableRoles(q.profile(), q.asOf()), goal,
        best.map(text::pathway).orElse(List.of()), best.map(text::pathwayDuration).orElse(""),
        plan.isReachable(), plan.isAlreadyThere(), text.obstacles(plan), Math.max(0, plan.alternatives().size() - 1),
        best.filter(p -> !p.isEmpty()).map(p -> FlowDiagram.of("Where you are on " + q.asOf(), steps, goal)),
        Mermaid.plan(plan, text));
  }

  static AdvisorPage.Options options(HimCatalog catalog) {
    List<Requirement.Leaf> leaves = catalog.credentials().stream()
        .flatMap(c -> c.eligibility().stream()).flatMap(Requirement::leaves).toList();
    List<OrganizationId> accreditors = leaves.stream().flatMap(l -> {
      if (l instanceof Requirement.CompletedProgram p) {
        return p.accreditor().stream();
      }
      if (l instanceof Requirement.FinalTermEnrollment p) {
        return p.accreditor().stream();
      }
      return Stream.empty();
    }).distinct().sorted(java.util.Comparator.comparing(OrganizationId::value)).toList();
    List<AdvisorPage.Named> coursework = leaves.stream()
        .flatMap(l -> l instanceof Requirement.CompletedCoursework c ? Stream.of(new AdvisorPage.Named(c.code(),
            c.subject())) : Stream.empty()).distinct().toList();
    List<AdvisorPage.Named> trainings = leaves.stream()
        .flatMap(l -> l instanceof Requirement.CompletedTraining t ? Stream.of(new AdvisorPage.Named(t.code(),
            t.description())) : Stream.empty()).distinct().toList();
    List<OrganizationId> reciprocity = leaves.stream()
        .flatMap(l -> l instanceof Requirement.ForeignReciprocity f ? Stream.of(f.agreementWith()) : Stream.empty())
        .distinct().toList();
    List<Credential> active = catalog.credentials().withStatus(CredentialStatus.ACTIVE).list();
    return new AdvisorPage.Options(List.of(DegreeLevel.values()), accreditors, catalog.credentials().list(),
        catalog.roles().list(), active, coursework, trainings, reciprocity);
  }
}
