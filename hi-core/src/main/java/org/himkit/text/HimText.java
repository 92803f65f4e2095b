package org.himkit.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.OrganizationId;
import org.himkit.PatientContact;
import org.himkit.ProgramField;
import org.himkit.ProgramFocus;
import org.himkit.Requirement;
import org.himkit.RoleLevel;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.catalog.KnownOmission;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.EligibilityStatus;
import org.himkit.pathway.Obstacle;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.pathway.Unmet;
import org.himkit.pathway.UnmetKind;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.ActivityDisposition;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.AmountUnit;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.CycleYear;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.NotAssessedReason;
import org.himkit.renewal.Note;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalCycle;
import org.himkit.renewal.RenewalStatus;
import org.himkit.renewal.RequirementKind;
import org.himkit.renewal.RequirementProgress;
import org.himkit.renewal.Shortfall;

/**
 * The renderer of HIM Kit's answers: turns typed results into sentences in one language.
 *
 * <p>The library's answers are data; this class is the one place where they become words. Each
 * sentence comes from a message in a {@link ResourceBundle} keyed by the kind of the value rendered,
 * such as {@code KeyDateKind.CYCLE_END}, and formatted with {@link MessageFormat} in the renderer's
 * locale. English ships with the library ({@link #english()}); an application adds a language by
 * supplying its own bundle with the same keys ({@link #of(ResourceBundle)}).
 *
 * <p>Amounts read naturally: {@link #ceus(Ceus)} gives "1 CEU" and "2.5 CEUs", {@link #duration(Period)}
 * gives "2 years" or "1 year and 6 months".
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class HimText {
  /** The base name of the bundle that ships with the library. */
  static final String BUNDLE = "org.himkit.text.Messages";

  private static final HimText ENGLISH = new HimText(ResourceBundle.getBundle(BUNDLE, Locale.ROOT), Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final Locale locale;
  private final RequirementWords requirementWords = new RequirementWords();
  private final StepWords stepWords = new StepWords();

  private HimText(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * Obtains the English renderer, which uses the messages shipped with the library.
   *
   * @return the English renderer, not null
   */
  public static HimText english() {
    return ENGLISH;
  }

  /**
   * Obtains a renderer for a locale from the bundles shipped with the library.
   *
   * <p>Only English ships today, so every locale gets the English messages; the numbers are still
   * formatted for the locale asked.
   *
   * @param locale  the locale, not null
   * @return the renderer, not null
   */
  public static HimText of(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new HimText(ResourceBundle.getBundle(BUNDLE, locale, HimText.class.getModule()), locale);
  }

  /**
   * Obtains a renderer over an application's own messages, such as a Spanish bundle.
   *
   * <p>The bundle must hold every key of the English bundle; {@link #missingKeys(ResourceBundle)} lists
   * the keys it lacks. The renderer formats numbers in the bundle's locale.
   *
   * @param bundle  the messages, not null
   * @return the renderer, not null
   * @throws IllegalArgumentException if the bundle lacks a key of the English bundle
   */
  public static HimText of(ResourceBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    java.util.Set<String> missing = missingKeys(bundle);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The bundle for locale \"" + bundle.getLocale()
          + "\" lacks " + missing.size() + " message keys of HIM Kit's English bundle, such as "
          + missing.iterator().next());
    }
    return new HimText(bundle, bundle.getLocale());
  }

  /**
   * Lists the keys of the English bundle that a bundle lacks.
   *
   * @param bundle  the bundle to check, not null
   * @return the missing keys in alphabetical order, empty if the bundle is complete
   */
  public static java.util.SortedSet<String> missingKeys(ResourceBundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    java.util.SortedSet<String> missing = new java.util.TreeSet<>(ENGLISH.bundle.keySet());
    missing.removeAll(bundle.keySet());
    return java.util.Collections.unmodifiableSortedSet(missing);
  }

  /**
   * Returns the locale the renderer formats for.
   *
   * @return the locale, not null
   */
  public Locale locale() {
    return locale;
  }

  //-----------------------------------------------------------------------
  // Amounts

  /**
   * Renders an amount of CEUs, such as "1 CEU", "2.5 CEUs" or "0 CEUs".
   *
   * @param amount  the amount, not null
   * @return the words, not null
   */
  public String ceus(Ceus amount) {
    Objects.requireNonNull(amount, "amount");
    return format("amount.ceus", amount.toBigDecimal(), amount.hundredths() == 100 ? 1 : 0);
  }

  /**
   * Renders a duration in years and months as the sources give them, such as "2 years", "18 months"
   * turned into "1 year and 6 months", or "90 days".
   *
   * @param period  the duration, not null
   * @return the words, not null
   */
  @SuppressWarnings("JavaPeriodGetDays") // the days are one part, rendered with the years and months
  public String duration(Period period) {
    Objects.requireNonNull(period, "period");
    Period p = period.getDays() == 0 ? period.normalized() : period;
    StringBuilder sb = new StringBuilder();
    appendPart(sb, "amount.years", p.getYears());
    appendPart(sb, "amount.months", p.getMonths());
    appendPart(sb, "amount.days", p.getDays());
    return sb.length() == 0 ? format("amount.days", 0) : sb.toString();
  }

  private void appendPart(StringBuilder sb, String key, int count) {
    if (count == 0) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(message("amount.and"));
    }
    sb.append(format(key, count));
  }

  //-----------------------------------------------------------------------
  // Renewal

  /**
   * Renders an amount in a unit, such as "1 CEU", "2.5 CE hours" or "2 activities".
   *
   * @param amount  the amount, not null
   * @param unit  the unit, not null
   * @return the words, not null
   */
  public String amount(Ceus amount, AmountUnit unit) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
    return format(key(unit), amount.toBigDecimal(), amount.hundredths() == 100 ? 1 : 0);
  }

  /**
   * Renders the name of a unit, such as "CEUs" or "CE hours".
   *
   * @param unit  the unit, not null
   * @return the words, not null
   */
  public String unitName(AmountUnit unit) {
    return message("unit." + unit.name());
  }

  /**
   * Renders a renewal status, such as "active but at risk".
   *
   * @param status  the status, not null
   * @return the words, not null
   */
  public String describe(RenewalStatus status) {
    Objects.requireNonNull(status, "status");
    return message(key(status));
  }

  /**
   * Renders the status of an assessment with the day it turns on, in the issuer's terms where they differ:
   * {@link RenewalStatus#IN_GRACE} up to a submission deadline (NCRA: "out of compliance when requirements
   * are not met by the January 31 deadline") as "requirements unmet at the end of the cycle, before the
   * submission deadline 2023-01-31 (out of compliance if they are not met by then)", and within a grace
   * period as "in the grace period to 2019-04-09"; every other status as {@link #describe(RenewalStatus)}.
   *
   * @param assessment  the assessment, not null
   * @return the words, not null
   */
  public String describeStatus(RenewalAssessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    if (assessment.status() != RenewalStatus.IN_GRACE) {
      return describe(assessment.status());
    }
    // the last day in grace: the deadline, or the grace period's last day
    LocalDate last = assessment.asOf().plusDays(assessment.daysLeft());
    for (KeyDate k : assessment.keyDates()) {
      if (k.kind() == KeyDateKind.SUBMISSION_DEADLINE && k.date().equals(last)) {
        return format("status.beforeSubmissionDeadline", date(last));
      }
    }
    return format("status.inGracePeriod", date(last));
  }

  /**
   * Renders a cycle's dates, such as "2023-03-15 to 2025-03-14".
   *
   * @param cycle  the cycle, not null
   * @return the words, not null
   */
  public String describe(RenewalCycle cycle) {
    return format("cycle", date(cycle.start()), date(cycle.end()));
  }

  /**
   * Renders a requirement by the rule it comes from, such as "CEUs", "at least 80 % of the CEUs within
   * the HIIM domains" or "annual coding self-review (1 of at least 5 CEUs in each year of the cycle)".
   *
   * @param requirement  the requirement, not null
   * @return the words, not null
   */
  public String describe(RequirementProgress requirement) {
    String unit = unitName(requirement.unit());
    if (requirement.contentRule().isPresent()) {
      ContentRule rule = requirement.contentRule().get();
      return format(key(RequirementKind.CONTENT_RULE), rule.minimumPercent(), unit,
          format("requirement.content." + rule.kind().name(), requirement.issuer().value()));
    }
    if (requirement.credentialContentRule().isPresent()) {
      CredentialContentRule rule = requirement.credentialContentRule().get();
      return format(key(RequirementKind.CREDENTIAL_CONTENT_RULE), amount(rule.minimum(), requirement.unit()),
          rule.subject(), rule.credential().value());
    }
    if (requirement.mandatoryActivity().isPresent()) {
      MandatoryActivity m = requirement.mandatoryActivity().get();
      return format(key(RequirementKind.MANDATORY_ACTIVITY), mandatoryName(m), m.perCycleYear(),
          amount(m.ceusEach(), AmountUnit.CEUS));
    }
    return format(key(RequirementKind.TOTAL), unit);
  }

  /**
   * Renders a shortfall, such as "25 more CEUs needed for the cycle ending 2025-03-14: 5 of 30 earned".
   *
   * @param shortfall  the shortfall, not null
   * @return the words, not null
   */
  public String describe(Shortfall shortfall) {
    RequirementProgress r = shortfall.requirement();
    String window = shortfall.graceEnd().isPresent()
        ? format("shortfall.window.grace", date(shortfall.cycleEnd()), date(shortfall.graceEnd().get()))
        : format("shortfall.window", date(shortfall.cycleEnd()));
    String more = format("more." + r.unit().name(), r.remaining().toBigDecimal(),
        r.remaining().hundredths() == 100 ? 1 : 0);
    return switch (r.kind()) {
      case CONTENT_RULE -> format("shortfall.CONTENT_RULE", more, format("requirement.content."
          + r.contentRule().orElseThrow().kind().name(), r.issuer().value()), window,
          r.earned().toBigDecimal(), r.required().toBigDecimal());
      case CREDENTIAL_CONTENT_RULE -> {
        CredentialContentRule rule = r.credentialContentRule().orElseThrow();
        yield format("shortfall.CREDENTIAL_CONTENT_RULE", more, rule.subject(), rule.credential().value(), window,
            r.earned().toBigDecimal(), r.required().toBigDecimal());
      }
      case MANDATORY_ACTIVITY -> format("shortfall.MANDATORY_ACTIVITY",
          mandatoryName(r.mandatoryActivity().orElseThrow()), joined(r.yearsMissing()));
      default -> format("shortfall.TOTAL", more, window, r.earned().toBigDecimal(), r.required().toBigDecimal());
    };
  }

  /**
   * Renders what happens on a key date, such as "last day of the cycle: every requirement must be met by
   * then" or "the credentials are revoked from this day if the requirements stay unmet".
   *
   * @param keyDate  the key date, not null
   * @return the words, not null
   */
  public String describe(KeyDate keyDate) {
    return keyDate.ifUnmet() ? message("keydate.ifUnmet." + keyDate.kind().name()) : message(key(keyDate.kind()));
  }

  /**
   * Renders a note of an assessment, such as "Cycles follow the explicit cycle start 2020-01-01 given with
   * the holding."
   *
   * @param note  the note, not null
   * @return the words, not null
   */
  public String describe(Note note) {
    String amount = note.amount().map(this::ceus).orElse("");
    String date = note.date().map(HimText::date).orElse("");
    return format(key(note.kind()), date, amount, String.join(message("amount.and"),
        note.credentials().stream().map(CredentialId::value).toArray(String[]::new)));
  }

  /**
   * Renders why a credential held could not be assessed.
   *
   * @param reason  the reason, not null
   * @return the words, not null
   */
  public String describe(NotAssessedReason reason) {
    return format(key(reason.kind()), reason.credential().value(),
        reason.policy().map(p -> p.value()).orElse(""), reason.date().map(HimText::date).orElse(""));
  }

  /**
   * Renders why an activity did or did not count, such as "counted: 2 CEUs for 120 minutes of contact
   * time" or "not counted: completed 2023-03-14, before the first AHIMA credential held was earned on
   * 2023-03-15, so before the first cycle began". For an activity that counted under a policy with an
   * issuer-source rule, whether it counts toward that rule, and why, follows.
   *
   * @param outcome  the outcome, not null
   * @return the words, not null
   */
  public String describe(ActivityOutcome outcome) {
    CeActivity a = outcome.activity();
    CycleWindow w = outcome.window();
    RenewalPolicy policy = w.cycle().policy();
    String issuer = w.issuer().value();
    String completed = date(a.completed());
    int minutes = a.minutes().orElse(0);
    return switch (outcome.disposition()) {
      case COUNTED -> (a.minutes().isPresent()
          ? format("outcome.converted", amount(outcome.credited(), AmountUnit.of(policy.unit())), minutes)
          : format(key(ActivityDisposition.COUNTED), amount(outcome.credited(), AmountUnit.of(policy.unit()))))
          + sourceSuffix(outcome, policy);
      case BEFORE_CERTIFICATION -> format(policy.ceusBeforeCertificationExcluded().isPresent()
          ? "outcome.beforeCertification.stated" : key(ActivityDisposition.BEFORE_CERTIFICATION), completed, issuer,
          date(w.certifiedSince()));
      case OUTSIDE_CYCLE -> w.graceEnd().isPresent()
          ? format("outcome.outsideWithGrace", completed, describe(w.cycle()), date(w.graceEnd().get()))
          : format(key(ActivityDisposition.OUTSIDE_CYCLE), completed, describe(w.cycle()));
      case ALREADY_COUNTED ->
          format(key(ActivityDisposition.ALREADY_COUNTED), describe(outcome.countedIn().orElseThrow()));
      case AFTER_ASSESSMENT_DATE -> format(key(ActivityDisposition.AFTER_ASSESSMENT_DATE), completed, date(w.asOf()));
      case NOT_ACCEPTED_CATEGORY ->
          format(key(ActivityDisposition.NOT_ACCEPTED_CATEGORY), message(key(a.category())), policy.name());
      case NOT_APPROVED -> format(key(ActivityDisposition.NOT_APPROVED), issuer, a.provider());
      case NO_CONVERSION -> format(key(ActivityDisposition.NO_CONVERSION), minutes, policy.name(),
          unitName(AmountUnit.of(policy.unit())));
      case NO_CREDIT -> {
        ContactTimeRule rule = outcome.conversion().orElseThrow();
        yield format(key(ActivityDisposition.NO_CREDIT), minutes, rule.minutesPerCeu(), rule.minimumPartMinutes());
      }
      default -> format(key(outcome.disposition()), completed, describe(w.cycle()));
    };
  }

  private String sourceSuffix(ActivityOutcome outcome, RenewalPolicy policy) {
    for (ContentRule rule : policy.contentRules()) {
      if (rule.kind() == ContentRule.Kind.ISSUER_SOURCE) {
        return format(key(outcome.source()), outcome.window().issuer().value(), outcome.activity().provider(),
            rule.minimumPercent());
      }
    }
    return "";
  }

  private String mandatoryName(MandatoryActivity activity) {
    return message("mandatory." + activity.category().name());
  }

  private String joined(java.util.List<CycleYear> years) {
    StringBuilder sb = new StringBuilder();
    for (CycleYear y : years) {
      if (sb.length() > 0) {
        sb.append(message("amount.and"));
      }
      sb.append(format("cycle", date(y.first()), date(y.last())));
    }
    return sb.toString();
  }

  private static String date(LocalDate date) {
    return date.toString();
  }

  //-----------------------------------------------------------------------
  // Pathways

  /**
   * Renders a requirement tree: the prose the catalog gives a node, where it gives one, otherwise words
   * generated from the tree, such as "a baccalaureate degree in health information management from a
   * program accredited by CAHIIM" or "one of (the RHIA credential; or 2 years of coding experience)".
   *
   * <p>Prose is the catalog's own wording, in the catalog's language; it is used as given.
   *
   * @param requirement  the requirement, not null
   * @return the words, not null
   */
  public String requirement(Requirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    return requirement.accept(requirementWords);
  }

  /**
   * Renders a route: its leaves joined by "and", such as "the CCA credential and 1 year of coding
   * experience".
   *
   * @param route  the route, not null
   * @return the words, not null
   */
  public String route(Route route) {
    Objects.requireNonNull(route, "route");
    return join(route.leaves(), this::requirement, "route.separator");
  }

  /**
   * Renders an eligibility status, such as "not eligible".
   *
   * @param status  the status, not null
   * @return the words, not null
   */
  public String status(EligibilityStatus status) {
    return format(key(Objects.requireNonNull(status, "status")));
  }

  /**
   * Renders one unmet leaf with what is missing, such as "2 years of coding experience (11 months so
   * far, 13 months more)", "1,950 hours of cancer registry experience (1,900 hours so far, 50 more)" or "an associate degree in health information management from a program
   * accredited by CAHIIM (your associate degree in health information management is not from a program
   * accredited by CAHIIM)".
   *
   * @param condition  the condition, not null
   * @return the words, not null
   */
  public String condition(Unmet.Condition condition) {
    Objects.requireNonNull(condition, "condition");
    String leaf = requirement(condition.leaf());
    String program = condition.program().map(this::education).orElse("");
    String accreditor = accreditorOf(condition.leaf());
    int held = condition.experienceMonths().orElse(0);
    int missing = condition.missingMonths().orElse(0);
    int amount = condition.amount().orElse(0);
    String unit = unitKey(condition.kind());
    return format(key(condition.kind()), leaf, program, accreditor, held > 0 ? 1 : 0, months(held), months(missing),
        amount > 0 ? 1 : 0, format(unit, amount), format(unit, condition.missingAmount().orElse(0)));
  }

  /** The message key of the unit of an unmet kind's own amount; hours for the kinds that carry none. */
  private static String unitKey(UnmetKind kind) {
    return switch (kind) {
      case COLLEGE_CREDITS -> "amount.collegeCredits";
      case COURSEWORK -> "amount.creditHours";
      default -> "amount.hours";
    };
  }

  /**
   * Renders what a learner still needs, one line each: "needs" and the condition for a single one,
   * otherwise "needs one of:" (or "needs all of:", "needs 2 of:") followed by the options, each on a line
   * beginning "- ", nested options indented by two spaces.
   *
   * @param unmet  the unmet structure, not null
   * @return the lines, not empty
   */
  public List<String> unmet(Unmet unmet) {
    Objects.requireNonNull(unmet, "unmet");
    return Collections.unmodifiableList(unmet.accept(new UnmetLines("", true)));
  }

  /**
   * Renders an eligibility answer, one line each: the answer, then for a learner who is eligible the
   * route met, for one who is not what is still needed ({@link #unmet(Unmet)}), and for an unknown
   * answer the catalog's known omissions about it ("subject: reason").
   *
   * @param result  the result, not null
   * @return the lines, not empty
   */
  public List<String> explain(EligibilityResult result) {
    Objects.requireNonNull(result, "result");
    List<String> lines = new ArrayList<>();
    String route = result.satisfiedRoute().map(this::route).orElse("");
    lines.add(format(key(result.reason()), result.credential().value(), result.issuer().value(), route));
    result.unmet().ifPresent(u -> unmet(u).forEach(line -> lines.add(message("unmet.indent") + line)));
    for (KnownOmission o : result.omissions()) {
      lines.add(format("omission", o.subject(), o.reason()));
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * Renders a target, such as "hold the Registered Health Information Administrator (RHIA) credential"
   * or "meet the typical entry of the role Health information manager".
   *
   * @param target  the target, not null
   * @return the words, not null
   */
  public String target(Target target) {
    Objects.requireNonNull(target, "target");
    String id = target.accept(new Target.Visitor<String>() {
      @Override
      public String visitEligibleFor(Target.EligibleFor t) {
        return t.credential().value();
      }

      @Override
      public String visitHolds(Target.Holds t) {
        return t.credential().value();
      }

      @Override
      public String visitEnters(Target.Enters t) {
        return t.role().value();
      }
    });
    return format(key(target.kind()), target.title(), id);
  }

  /**
   * Renders one step of a pathway with its duration, such as "complete an associate degree in health
   * information management from a program accredited by CAHIIM (typically 2 years)" or "pass the RHIA
   * exam and earn the Registered Health Information Administrator (RHIA) credential (duration unknown);
   * RHIA replaces RHIT".
   *
   * @param step  the step, not null
   * @return the words, not null
   */
  public String step(Step step) {
    Objects.requireNonNull(step, "step");
    return step.accept(stepWords);
  }

  /**
   * Renders the steps of a pathway, numbered, one a line, such as "1. complete ...".
   *
   * @param pathway  the pathway, not null
   * @return the lines, empty for an empty pathway
   */
  public List<String> pathway(Pathway pathway) {
    Objects.requireNonNull(pathway, "pathway");
    List<String> lines = new ArrayList<>(pathway.size());
    for (int i = 0; i < pathway.size(); i++) {
      lines.add(format("pathway.step", i + 1, step(pathway.steps().get(i))));
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * Renders the time a pathway takes: its known duration and its steps of unknown duration, such as "4
   * years + 1 step of unknown duration", or "already there" for an empty pathway.
   *
   * @param pathway  the pathway, not null
   * @return the words, not null
   */
  public String pathwayDuration(Pathway pathway) {
    Objects.requireNonNull(pathway, "pathway");
    if (pathway.isEmpty()) {
      return format("pathway.alreadyThere");
    }
    Period known = pathway.knownDuration();
    int unknown = pathway.unknownDurations();
    String knownWords = known.isZero() ? "" : duration(known);
    String unknownWords = unknown == 0 ? "" : format("pathway.unknownSteps", unknown);
    if (knownWords.isEmpty() || unknownWords.isEmpty()) {
      return knownWords + unknownWords;
    }
    return knownWords + message("pathway.durationSeparator") + unknownWords;
  }

  /**
   * Renders why a plan's target cannot be reached, one line per obstacle, such as "the catalog has no
   * eligibility data for CHDA, so no pathway to it can be planned".
   *
   * @param plan  the plan, not null
   * @return the lines, empty when the target can be reached
   */
  public List<String> obstacles(PathwayPlan plan) {
    Objects.requireNonNull(plan, "plan");
    List<String> lines = new ArrayList<>(plan.obstacles().size());
    for (Obstacle o : plan.obstacles()) {
      lines.add(format(key(o.kind()), o.credential().map(CredentialId::value).orElse(""),
          o.issuer().map(OrganizationId::value).orElse(""), plan.target().title(),
          o.leaf().map(this::requirement).orElse("")));
    }
    return Collections.unmodifiableList(lines);
  }

  /** The words of a program named by level, field and accreditor, with its article. */
  private String program(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor) {
    return format("requirement.program", format(key(level) + ".indefinite"), field.isPresent() ? 1 : 0,
        field.map(f -> format(key(f))).orElse(""), accreditor.isPresent() ? 1 : 0,
        accreditor.map(OrganizationId::value).orElse(""));
  }

  /** The words of the steps of a pathway. */
  private final class StepWords implements Step.Visitor<String> {
    private String duration(Optional<Period> duration, String knownKey, Object... args) {
      if (duration.isEmpty()) {
        return format("step.durationUnknown");
      }
      Object[] all = new Object[args.length + 1];
      all[0] = HimText.this.duration(duration.get());
      System.arraycopy(args, 0, all, 1, args.length);
      return format(knownKey, all);
    }

    @Override
    public String visitCompleteProgram(Step.CompleteProgram s) {
      String what = s.isHighSchoolDiploma() ? format("step.highSchoolDiploma")
          : format(key(s.kind()), program(s.level(), s.field(), s.accreditor()));
      String time = s.expectedEnd().isPresent()
          ? duration(s.duration(), "step.timeLeft", s.expectedEnd().get().toString())
          : duration(s.duration(), "step.typically");
      String progression = s.progression().map(pp -> format("step.progression", pp.fromCredential().value(), pp.toCredential().value()))
          .orElse("");
      return what + time + progression;
    }

    @Override
    public String visitGainExperience(Step.GainExperience s) {
      return format(key(s.kind()), HimText.this.duration(Period.ofMonths(s.months())), format(key(s.domain())),
          s.totalMonths() > s.months() ? 1 : 0, HimText.this.duration(Period.ofMonths(s.totalMonths())));
    }

    @Override
    public String visitEarnCredential(Step.EarnCredential s) {
      String how = s.designationRemoved().isPresent()
          ? format("step.designationRemoved", s.credential().value(), s.title(), s.designationRemoved().get().value())
          : format(key(s.kind()), s.credential().value(), s.title(), s.exam().value());
      String replacing = s.supersedes().isEmpty() ? "" : format("step.supersedes", s.credential().value(),
          join(s.supersedes(), CredentialId::value, "step.supersedes.separator"));
      return how + format("step.durationUnknown") + replacing;
    }

    @Override
    public String visitCompleteTraining(Step.CompleteTraining s) {
      return format(key(s.kind()), s.title()) + format("step.durationUnknown");
    }

    @Override
    public String visitEarnCollegeCredits(Step.EarnCollegeCredits s) {
      return format(key(s.kind()), format("amount.collegeCredits", s.credits()), s.totalCredits() > s.credits() ? 1 : 0,
          format("amount.collegeCredits", s.totalCredits())) + format("step.durationUnknown");
    }

    @Override
    public String visitCompleteCoursework(Step.CompleteCoursework s) {
      return format(key(s.kind()), format("amount.creditHours", s.creditHours()), s.subject(),
          s.totalCreditHours() > s.creditHours() ? 1 : 0, format("amount.creditHours", s.totalCreditHours()))
          + format("step.durationUnknown");
    }

    @Override
    public String visitGainExperienceHours(Step.GainExperienceHours s) {
      return format(key(s.kind()), format("amount.hours", s.hours()), format(key(s.domain())),
          s.totalHours() > s.hours() ? 1 : 0, format("amount.hours", s.totalHours()))
          + duration(s.duration(), "step.atFullTime");
    }
  }

  /** The words of an education program of the learner, such as "associate degree in health informatics". */
  private String education(Education e) {
    return format("education.program", format(key(e.level())), e.field().isPresent() ? 1 : 0,
        e.field().map(f -> format(key(f))).orElse(""));
  }

  /** The accreditor a program leaf names, or nothing. */
  private static String accreditorOf(Requirement.Leaf leaf) {
    return leaf.accept(new Requirement.LeafVisitor<String>() {
      @Override
      public String visitHoldsCredential(Requirement.HoldsCredential l) {
        return "";
      }

      @Override
      public String visitCompletedProgram(Requirement.CompletedProgram l) {
        return l.accreditor().map(OrganizationId::value).orElse("");
      }

      @Override
      public String visitFinalTermEnrollment(Requirement.FinalTermEnrollment l) {
        return l.accreditor().map(OrganizationId::value).orElse("");
      }

      @Override
      public String visitExperience(Requirement.Experience l) {
        return "";
      }

      @Override
      public String visitHighSchoolDiploma(Requirement.HighSchoolDiploma l) {
        return "";
      }

      @Override
      public String visitForeignReciprocity(Requirement.ForeignReciprocity l) {
        return "";
      }

      @Override
      public String visitCompletedTraining(Requirement.CompletedTraining l) {
        return "";
      }

      @Override
      public String visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain l) {
        return "";
      }

      @Override
      public String visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits l) {
        return "";
      }

      @Override
      public String visitCompletedCoursework(Requirement.CompletedCoursework l) {
        return "";
      }

      @Override
      public String visitExperienceHours(Requirement.ExperienceHours l) {
        return "";
      }

      @Override
      public String visitNoPrerequisite(Requirement.NoPrerequisite l) {
        return "";
      }
    });
  }

  /** Months as the sources give them: whole years in years ("2 years"), others in months ("18 months"). */
  private String months(int months) {
    return months % 12 == 0 && months > 0 ? format("amount.years", months / 12) : format("amount.months", months);
  }

  private <T> String join(List<T> items, java.util.function.Function<T, String> words, String separatorKey) {
    String separator = message(separatorKey);
    StringBuilder sb = new StringBuilder();
    for (T item : items) {
      if (sb.length() > 0) {
        sb.append(separator);
      }
      sb.append(words.apply(item));
    }
    return sb.toString();
  }

  /** The lines of an unmet structure, each item prefixed and nested structures indented. */
  private final class UnmetLines implements Unmet.Visitor<List<String>> {
    private final String indent;
    private final boolean top;

    UnmetLines(String indent, boolean top) {
      this.indent = indent;
      this.top = top;
    }

    @Override
    public List<String> visitCondition(Unmet.Condition condition) {
      String words = condition(condition);
      return List.of(indent + (top ? format("unmet.needs", words) : format("unmet.item", words)));
    }

    @Override
    public List<String> visitAll(Unmet.All all) {
      return withParts(top ? format("unmet.needsAll") : format("unmet.item", format("unmet.all")), all.parts());
    }

    @Override
    public List<String> visitChoice(Unmet.Choice choice) {
      return withParts(top ? format("unmet.needsChoice", choice.needed())
          : format("unmet.item", format("unmet.choice", choice.needed())), choice.options());
    }

    private List<String> withParts(String head, List<Unmet> parts) {
      List<String> lines = new ArrayList<>();
      lines.add(indent + head);
      UnmetLines inner = new UnmetLines(top ? indent : indent + message("unmet.indent"), false);
      parts.forEach(p -> lines.addAll(p.accept(inner)));
      return lines;
    }
  }

  /** The generated words of requirement trees, a node's prose taking their place where given. */
  private final class RequirementWords implements Requirement.Visitor<String> {
    private String parts(Requirement.Visitor<String> self, List<Requirement> parts, String key) {
      return join(parts, p -> p.accept(self), key + ".separator");
    }

    @Override
    public String visitAllOf(Requirement.AllOf node) {
      return node.prose().orElseGet(() -> node.parts().size() == 1 ? node.parts().get(0).accept(this)
          : format("requirement.allOf", parts(this, node.parts(), "requirement.allOf")));
    }

    @Override
    public String visitAnyOf(Requirement.AnyOf node) {
      return node.prose().orElseGet(() -> node.parts().size() == 1 ? node.parts().get(0).accept(this)
          : format("requirement.anyOf", parts(this, node.parts(), "requirement.anyOf")));
    }

    @Override
    public String visitAtLeast(Requirement.AtLeast node) {
      return node.prose().orElseGet(() -> format("requirement.atLeast", node.count(),
          parts(this, node.parts(), "requirement.atLeast")));
    }

    @Override
    public String visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.holdsCredential", leaf.credential().value()));
    }

    @Override
    public String visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return leaf.prose().orElseGet(() -> program(leaf.level(), leaf.field(), leaf.accreditor()));
    }

    @Override
    public String visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.finalTermEnrollment",
          program(leaf.level(), leaf.field(), leaf.accreditor())));
    }

    @Override
    public String visitExperience(Requirement.Experience leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.experience", months(leaf.months()),
          format(key(leaf.domain()))));
    }

    @Override
    public String visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.highSchoolDiploma"));
    }

    @Override
    public String visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.foreignReciprocity", leaf.agreementWith().value()));
    }

    @Override
    public String visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return leaf.prose().orElse(leaf.description());
    }

    @Override
    public String visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.holdsCredentialInDomain", format(key(leaf.domain())),
          leaf.otherThan().value()));
    }

    @Override
    public String visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.degreeOrCollegeCredits",
          format(key(leaf.level()) + ".indefinite"), format("amount.collegeCredits", leaf.credits())));
    }

    @Override
    public String visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.completedCoursework",
          format("amount.creditHours", leaf.creditHours()), leaf.subject()));
    }

    @Override
    public String visitExperienceHours(Requirement.ExperienceHours leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.experienceHours", format("amount.hours", leaf.hours()),
          format(key(leaf.domain())), leaf.fullTimeMonths().isPresent() ? 1 : 0,
          months(leaf.fullTimeMonths().orElse(0))));
    }

    @Override
    public String visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return leaf.prose().orElseGet(() -> format("requirement.noPrerequisite"));
    }
  }

  //-----------------------------------------------------------------------
  // Labels of catalog data

  /**
   * Renders a degree level as a label, such as "associate degree" or "master's degree".
   *
   * @param level  the level, not null
   * @return the words, not null
   */
  public String describe(DegreeLevel level) {
    return label(level, "level");
  }

  /**
   * Renders how far a learner's education has got, such as "in its final term" or "completed".
   *
   * @param status  the status, not null
   * @return the words, not null
   */
  public String describe(EducationStatus status) {
    return label(status, "status");
  }

  /**
   * Renders a delivery mode of a program, such as "classroom" or "distance learning".
   *
   * @param mode  the mode, not null
   * @return the words, not null
   */
  public String describe(DeliveryMode mode) {
    return label(mode, "mode");
  }

  /**
   * Renders delivery modes as a list, such as "classroom, distance learning".
   *
   * @param modes  the modes, not null
   * @return the words, empty for none, not null
   */
  public String deliveryModes(Collection<DeliveryMode> modes) {
    Objects.requireNonNull(modes, "modes");
    return join(new ArrayList<>(modes), this::describe, "list.separator");
  }

  /**
   * Renders whether the sources say an option is available, such as "available" or "not stated by the
   * sources".
   *
   * @param availability  the availability, not null
   * @return the words, not null
   */
  public String describe(Availability availability) {
    return label(availability, "availability");
  }

  /**
   * Renders a program's accreditation status, such as "accredited" or "in candidacy".
   *
   * @param status  the status, not null
   * @return the words, not null
   */
  public String describe(AccreditationStatus status) {
    return label(status, "status");
  }

  /**
   * Renders a program type's focus, such as "technical focus".
   *
   * @param focus  the focus, not null
   * @return the words, not null
   */
  public String describe(ProgramFocus focus) {
    return label(focus, "focus");
  }

  /**
   * Renders a role's level, such as "technician level" or "specialization".
   *
   * @param level  the level, not null
   * @return the words, not null
   */
  public String describe(RoleLevel level) {
    return label(level, "level");
  }

  /**
   * Renders whether a role works directly with patients, such as "does not generally work directly with
   * patients".
   *
   * @param contact  the patient contact, not null
   * @return the words, not null
   */
  public String describe(PatientContact contact) {
    return label(contact, "contact");
  }

  /**
   * Renders whether a credential's exam is still offered, such as "active" or "retired".
   *
   * @param status  the status, not null
   * @return the words, not null
   */
  public String describe(CredentialStatus status) {
    return label(status, "status");
  }

  /**
   * Renders what a wage figure measures, such as "median annual wage".
   *
   * @param measure  the measure, not null
   * @return the words, not null
   */
  public String describe(WageMeasure measure) {
    return label(measure, "measure");
  }

  /**
   * Renders how a figure was checked, such as "confirmed at the source" or "read only in a secondary
   * source".
   *
   * @param verification  the verification, not null
   * @return the words, not null
   */
  public String describe(Verification verification) {
    return label(verification, "verification");
  }

  private String label(Enum<?> constant, String parameter) {
    return format(key(Objects.requireNonNull(constant, parameter)));
  }

  //-----------------------------------------------------------------------
  // Messages

  /**
   * Formats the message of a key with arguments, in the renderer's locale.
   *
   * @param key  the message key, not null
   * @param args  the arguments, not null
   * @return the sentence, not null
   * @throws MissingResourceException if the bundle has no such key
   */
  String format(String key, Object... args) {
    return new MessageFormat(message(key), locale).format(args);
  }

  /**
   * Returns the message of a key, unformatted.
   *
   * @param key  the message key, not null
   * @return the message, not null
   * @throws MissingResourceException if the bundle has no such key
   */
  String message(String key) {
    return bundle.getString(key);
  }

  /**
   * Checks whether the bundle has a message for a key.
   *
   * @param key  the message key, not null
   * @return true if it has
   */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Returns the message key of an enum constant: its class's simple name, a dot and its name, such as
   * {@code KeyDateKind.CYCLE_END}.
   *
   * @param kind  the constant, not null
   * @return the key, not null
   */
  static String key(Enum<?> kind) {
    return kind.getDeclaringClass().getSimpleName() + "." + kind.name();
  }

  @Override
  public String toString() {
    return "HimText[" + locale + "]";
  }
}
