package org.himkit.portal.web;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.Organization;
import org.himkit.catalog.HimCatalog;
import org.himkit.calendar.CalendarKey;
import org.himkit.calendar.RenewalCalendar;
import org.himkit.portal.csv.ActivityCsv;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RequirementProgress;
import org.himkit.text.HimText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The CE tracker ({@code /tracker}): credentials held and a CSV file of activities in, the status per issuer out,
 * and the deadlines as an iCalendar file ({@code /tracker/deadlines.ics}).
 *
 * <p>The last valid input is kept in the visitor's session, for the calendar link; an input with any problem is
 * not kept.
 */
@Controller
public class TrackerController {
  /** The largest activity file read, in bytes; Spring's multipart limits stop larger requests before. */
  public static final int MAX_FILE_BYTES = 64 * 1024;

  private static final String SESSION_KEY = "himkit.tracker";

  private final HimCatalog catalog;
  private final RenewalEvaluator evaluator;
  private final HimText text;
  private final Clock clock;
  private final ActivityCsv reader;
  private final List<Credential> credentials;

  /**
   * Creates the controller.
   *
   * @param catalog  the catalog
   * @param evaluator  the renewal evaluator over the catalog
   * @param text  the renderer
   * @param clock  the clock that gives the default date of the assessment and the calendar's time stamp
   */
  public TrackerController(HimCatalog catalog, RenewalEvaluator evaluator, HimText text, Clock clock) {
    this.catalog = catalog;
    this.evaluator = evaluator;
    this.text = text;
    this.clock = clock;
    this.reader = new ActivityCsv(catalog.organizations().stream().map(Organization::id).collect(Collectors.toSet()));
    this.credentials = catalog.credentials().where(c -> c.renewalPolicy().isPresent()).list();
  }

  /** What the session keeps of the last valid input: enough to assess it again for the calendar. */
  record Saved(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf, String key) {}

  /**
   * Shows the empty form.
   *
   * @param model  the model
   * @return the view
   */
  @GetMapping("/tracker")
  public String form(Model model) {
    Map<String, String> defaults = new LinkedHashMap<>();
    defaults.put("asOf", LocalDate.now(clock).toString());
    model.addAttribute("page", new TrackerPage(Form.of(defaults), credentials, List.of(), Optional.empty()));
    return "tracker";
  }

  /**
   * Assesses the credentials held against the uploaded activities, or shows the form again with a message next to
   * each wrong field.
   *
   * @param params  the form's fields; {@code sample} set to use the bundled fictional sample file
   * @param file  the activity file, if one was chosen
   * @param session  the visitor's session, which keeps the last valid input for the calendar link
   * @param model  the model
   * @return the view
   */
  @PostMapping("/tracker")
  public String track(@RequestParam Map<String, String> params,
      @RequestParam(name = "activities", required = false) MultipartFile file, HttpSession session, Model model) {
    Form form = new Form(params);
    List<String> fileProblems = new ArrayList<>();
    LocalDate asOf = form.date("asOf").orElse(LocalDate.now(clock));
    List<CredentialHolding> holdings = holdings(form, asOf);
    Optional<String> csv = form.checked("sample") ? Optional.of(sample()) : upload(file, form);
    List<CeActivity> activities = List.of();
    if (csv.isPresent()) {
      ActivityCsv.Result read = reader.read(csv.get());
      read.problems().forEach(p -> fileProblems.add("line " + p.line() + p.column().map(c -> ", " + c).orElse("")
          + ": " + p.message()));
      activities = read.activities();
      if (!read.ok()) {
        form.reject("activities", "The file has " + read.problems().size() + " problem(s), listed below; no activity "
            + "was kept.");
      }
    }
    Optional<TrackerPage.Answer> answer = Optional.empty();
    if (!form.hasErrors()) {
      try {
        RenewalResult result = evaluator.assess(holdings, activities, asOf);
        answer = Optional.of(answer(result, activities.size()));
        session.setAttribute(SESSION_KEY, new Saved(holdings, activities, asOf, UUID.randomUUID().toString()));
      } catch (HimValidationException e) {
        form.reject("activities", "These activities cannot be assessed: " + e.getMessage());
      }
    }
    if (form.hasErrors()) {
      session.removeAttribute(SESSION_KEY);
    }
    model.addAttribute("page", new TrackerPage(form, credentials, fileProblems, answer));
    return "tracker";
  }

  /**
   * Sends the deadlines of the last valid assessment of this session as an iCalendar file, with reminders.
   *
   * @param session  the visitor's session
   * @return the file, or 404 when nothing was assessed in this session
   * @throws IOException never: the file is written to memory
   */
  @GetMapping("/tracker/deadlines.ics")
  public ResponseEntity<byte[]> deadlines(HttpSession session) throws IOException {
    if (!(session.getAttribute(SESSION_KEY) instanceof Saved saved)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
          .body("Nothing has been assessed in this session: upload your activities on /tracker first."
              .getBytes(StandardCharsets.UTF_8));
    }
    RenewalResult result = evaluator.assess(saved.holdings(), saved.activities(), saved.asOf());
    RenewalCalendar calendar = RenewalCalendar.builder().text(text).build();
    ByteArrayOutputStream ics = new ByteArrayOutputStream();
    calendar.write(result.assessments(), CalendarKey.of(saved.key()), saved.asOf(), clock.instant(), ics);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"renewal-deadlines.ics\"")
        .body(ics.toByteArray());
  }

  private List<CredentialHolding> holdings(Form form, LocalDate asOf) {
    List<CredentialHolding> holdings = new ArrayList<>();
    Set<CredentialId> seen = new HashSet<>();
    for (int i = 1; i <= TrackerPage.CREDENTIAL_ROWS; i++) {
      String field = Form.indexed("credential", i);
      String earnedField = Form.indexed("earned", i);
      Optional<Credential> credential = form.choice(field, v -> credentials.stream()
          .filter(c -> c.id().value().equals(v)).findFirst());
      Optional<LocalDate> earned = form.date(earnedField);
      Optional<LocalDate> cycleStart = form.date(Form.indexed("cycleStart", i));
      if (credential.isEmpty()) {
        if (earned.isPresent() || cycleStart.isPresent()) {
          form.reject(field, "Choose the credential of this row, or clear its dates.");
        }
        continue;
      }
      if (!seen.add(credential.get().id())) {
        form.reject(field, credential.get().id().value() + " is already listed above.");
      } else if (earned.isEmpty()) {
        if (!form.error(earnedField).isPresent()) {
          form.reject(earnedField, "Enter the date this credential was earned.");
        }
      } else if (earned.get().isAfter(asOf)) {
        form.reject(earnedField, "The date earned must be on or before the date of the assessment, " + asOf + ".");
      } else {
        CredentialHolding.Builder b = CredentialHolding.builder().credential(credential.get().id())
            .earned(earned.get());
        cycleStart.ifPresent(b::cycleStart);
        try {
          holdings.add(b.build());
        } catch (HimValidationException e) {
          form.reject(Form.indexed("cycleStart", i), Objects.toString(e.getMessage()));
        }
      }
    }
    if (holdings.isEmpty() && !form.hasErrors()) {
      form.reject("credential1", "Choose at least one credential you hold, with the date you earned it.");
    }
    return holdings;
  }

  private Optional<String> upload(MultipartFile file, Form form) {
    if (file == null || file.isEmpty()) {
      form.reject("activities", "Choose a CSV file of your CE activities, or use the sample file.");
      return Optional.empty();
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      form.reject("activities", "The file is larger than " + MAX_FILE_BYTES / 1024 + " KB.");
      return Optional.empty();
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      form.reject("activities", "The file is not UTF-8 text; save it as CSV (UTF-8).");
      return Optional.empty();
    } catch (IOException e) {
      form.reject("activities", "The file could not be read; try again.");
      return Optional.empty();
    }
  }

  /**
   * Returns the bundled fictional sample file of CE activities.
   *
   * @return the file's text
   */
  public static String sample() {
    try (InputStream in = Objects.requireNonNull(TrackerController.class.getResourceAsStream(
        "/static/sample-activities.csv"), "sample-activities.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TrackerPage.Answer answer(RenewalResult result, int activities) {
    List<TrackerPage.Issuer> issuers = new ArrayList<>();
    for (RenewalAssessment a : result.assessments()) {
      List<TrackerPage.KeyDate> keyDates = new ArrayList<>();
      List<ProgressChart.Dated> dated = new ArrayList<>();
      int n = 1;
      for (KeyDate d : a.keyDates()) {
        String words = text.describe(d);
        keyDates.add(new TrackerPage.KeyDate(n, d.date(), words));
        dated.add(new ProgressChart.Dated(d.date(), n, words));
        n++;
      }
      List<TrackerPage.Requirement> requirements = new ArrayList<>();
      List<ProgressChart.Figures> figures = new ArrayList<>();
      for (RequirementProgress r : a.requirements()) {
        String name = text.describe(r);
        requirements.add(new TrackerPage.Requirement(name, text.amount(r.earned(), r.unit()),
            text.amount(r.required(), r.unit()), r.met()));
        figures.add(new ProgressChart.Figures(name, r.earned().hundredths(), r.required().hundredths(),
            text.amount(r.earned(), r.unit()) + " / " + text.amount(r.required(), r.unit()), r.met()));
      }
      List<TrackerPage.Activity> outcomes = new ArrayList<>();
      for (ActivityOutcome o : a.activities()) {
        outcomes.add(new TrackerPage.Activity(o.activity().id(), o.activity().completed(), o.activity().title(),
            o.activity().provider(), o.counted(), text.describe(o)));
      }
      issuers.add(new TrackerPage.Issuer(a.issuer().value(), catalog.getOrganization(a.issuer()).name(), a.status(),
          text.describeStatus(a), text.describe(a.cycle()), a.cycle().policy().name(),
          a.credentials().stream().map(CredentialId::value).toList(), a.daysLeft(), requirements,
          a.shortfalls().stream().map(text::describe).toList(), outcomes, keyDates,
          a.notes().stream().map(text::describe).toList(),
          ProgressChart.of(figures, a.cycle().start(), a.cycle().end(), result.asOf(), dated)));
    }
    List<String> notAssessed = result.notAssessed().stream().flatMap(na -> na.reasons().stream())
        .map(text::describe).toList();
    return new TrackerPage.Answer(result.asOf(), activities, issuers, notAssessed);
  }
}
