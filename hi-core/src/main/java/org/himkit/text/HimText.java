package org.himkit.text;

import java.text.MessageFormat;
import java.time.Period;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.ActivityDisposition;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.AmountUnit;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CycleWindow;
import org.himkit.renewal.CycleYear;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.Note;
import org.himkit.renewal.NotAssessedReason;
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
    return message(key(status));
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
    switch (r.kind()) {
      case CONTENT_RULE:
        return format("shortfall.CONTENT_RULE", more, format("requirement.content."
            + r.contentRule().orElseThrow().kind().name(), r.issuer().value()), window,
            r.earned().toBigDecimal(), r.required().toBigDecimal());
      case MANDATORY_ACTIVITY:
        return format("shortfall.MANDATORY_ACTIVITY", mandatoryName(r.mandatoryActivity().orElseThrow()),
            joined(r.yearsMissing()));
      default:
        return format("shortfall.TOTAL", more, window, r.earned().toBigDecimal(), r.required().toBigDecimal());
    }
  }

  /**
   * Renders what happens on a key date, such as "last day of the cycle: every requirement must be met by
   * then" or "the credentials are revoked if still inactive".
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
    switch (outcome.disposition()) {
      case COUNTED:
        String counted = a.minutes().isPresent()
            ? format("outcome.converted", amount(outcome.credited(), AmountUnit.of(policy.unit())), minutes)
            : format(key(ActivityDisposition.COUNTED), amount(outcome.credited(), AmountUnit.of(policy.unit())));
        return counted + sourceSuffix(outcome, policy);
      case BEFORE_CERTIFICATION:
        return format(policy.ceusBeforeCertificationExcluded().isPresent() ? "outcome.beforeCertification.stated"
            : key(ActivityDisposition.BEFORE_CERTIFICATION), completed, issuer, date(w.certifiedSince()));
      case OUTSIDE_CYCLE:
        return w.graceEnd().isPresent()
            ? format("outcome.outsideWithGrace", completed, describe(w.cycle()), date(w.graceEnd().get()))
            : format(key(ActivityDisposition.OUTSIDE_CYCLE), completed, describe(w.cycle()));
      case ALREADY_COUNTED:
        return format(key(ActivityDisposition.ALREADY_COUNTED), describe(outcome.countedIn().orElseThrow()));
      case AFTER_ASSESSMENT_DATE:
        return format(key(ActivityDisposition.AFTER_ASSESSMENT_DATE), completed, date(w.asOf()));
      case NOT_ACCEPTED_CATEGORY:
        return format(key(ActivityDisposition.NOT_ACCEPTED_CATEGORY), message(key(a.category())), policy.name());
      case NOT_APPROVED:
        return format(key(ActivityDisposition.NOT_APPROVED), issuer, a.provider());
      case NO_CONVERSION:
        return format(key(ActivityDisposition.NO_CONVERSION), minutes, policy.name(),
            unitName(AmountUnit.of(policy.unit())));
      case NO_CREDIT:
        ContactTimeRule rule = outcome.conversion().orElseThrow();
        return format(key(ActivityDisposition.NO_CREDIT), minutes, rule.minutesPerCeu(), rule.minimumPartMinutes());
      default:
        return format(key(outcome.disposition()), completed, describe(w.cycle()));
    }
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

  private static String date(java.time.LocalDate date) {
    return date.toString();
  }

  //-----------------------------------------------------------------------
  // Pathways (issue 8: typed eligibility and pathway answers add their render methods here)

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
