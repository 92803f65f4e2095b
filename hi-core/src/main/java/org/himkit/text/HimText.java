package org.himkit.text;

import java.text.MessageFormat;
import java.time.Period;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.himkit.policy.Ceus;

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
  // Renewal (issue 8: typed renewal answers add their render methods here)

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
