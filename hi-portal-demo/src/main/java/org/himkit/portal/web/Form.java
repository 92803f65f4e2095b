package org.himkit.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.himkit.HimValidationException;

/**
 * A submitted form: the values as typed, to show them again, and a message per field that is wrong, to show next
 * to it. The parse methods read a field and record a message when it is wrong; a page acts on the input only when
 * no field is wrong, so nothing is half done.
 *
 * <p>Values are shown back through the templates, which escape them.
 */
public final class Form {
  /** The longest text a field accepts. */
  public static final int MAX_TEXT = 200;

  private final Map<String, String> values;
  private final Map<String, String> errors = new LinkedHashMap<>();

  /**
   * Creates a form from the submitted values.
   *
   * @param values  the values by field name
   */
  public Form(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Returns an empty form with default values.
   *
   * @param defaults  the default values by field name
   * @return the form
   */
  public static Form of(Map<String, String> defaults) {
    return new Form(defaults);
  }

  /**
   * Returns a field's value as typed, stripped.
   *
   * @param name  the field
   * @return the value, empty if the field was not sent
   */
  public String value(String name) {
    String v = values.get(name);
    return v == null ? "" : v.strip();
  }

  /**
   * Returns whether a field was sent with a value.
   *
   * @param name  the field
   * @return true if it has a value
   */
  public boolean has(String name) {
    return !value(name).isEmpty();
  }

  /**
   * Returns whether a check box was ticked.
   *
   * @param name  the field
   * @return true if ticked
   */
  public boolean checked(String name) {
    String v = value(name);
    return v.equals("on") || v.equals("true");
  }

  /**
   * Returns whether an option is the field's value, for {@code selected} attributes.
   *
   * @param name  the field
   * @param option  the option
   * @return true if selected
   */
  public boolean is(String name, String option) {
    return value(name).equals(option);
  }

  /**
   * Returns the message of a field that is wrong.
   *
   * @param name  the field
   * @return the message, empty if the field is fine
   */
  public Optional<String> error(String name) {
    return Optional.ofNullable(errors.get(name));
  }

  /**
   * Returns the messages of the fields that are wrong, in the order found.
   *
   * @return the messages by field
   */
  public Map<String, String> errors() {
    return Collections.unmodifiableMap(errors);
  }

  /**
   * Returns whether any field is wrong.
   *
   * @return true if a field is wrong
   */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * Records a message for a field; the first message of a field is kept.
   *
   * @param name  the field
   * @param message  what is wrong and what is expected
   */
  public void reject(String name, String message) {
    errors.putIfAbsent(name, message);
  }

  /**
   * Reads a whole number in a range.
   *
   * @param name  the field
   * @param min  the smallest value
   * @param max  the largest value
   * @return the number, empty if the field is blank or wrong
   */
  public Optional<Integer> integer(String name, int min, int max) {
    if (!has(name)) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(value(name));
      if (n >= min && n <= max) {
        return Optional.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    reject(name, "Enter a whole number from " + min + " to " + max + ".");
    return Optional.empty();
  }

  /**
   * Reads a date written as yyyy-mm-dd.
   *
   * @param name  the field
   * @return the date, empty if the field is blank or wrong
   */
  public Optional<LocalDate> date(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    try {
      LocalDate d = LocalDate.parse(value(name));
      if (d.getYear() >= 1900 && d.getYear() <= 2200) {
        return Optional.of(d);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    reject(name, "Enter a date as yyyy-mm-dd between 1900 and 2200, such as 2026-06-30.");
    return Optional.empty();
  }

  /**
   * Reads one of the constants of an enum by name.
   *
   * @param <E>  the enum
   * @param name  the field
   * @param type  the enum's class
   * @return the constant, empty if the field is blank or wrong
   */
  public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
    return choice(name, v -> {
      try {
        return Optional.of(Enum.valueOf(type, v));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * Reads one of a set of options.
   *
   * @param <T>  the option's type
   * @param name  the field
   * @param lookup  finds the option of a value, empty if there is none
   * @return the option, empty if the field is blank or wrong
   */
  public <T> Optional<T> choice(String name, Function<String, Optional<T>> lookup) {
    if (!has(name)) {
      return Optional.empty();
    }
    Optional<T> found;
    try {
      found = value(name).length() <= MAX_TEXT ? lookup.apply(value(name)) : Optional.empty();
    } catch (HimValidationException e) {
      found = Optional.empty(); // not even of the form of an id
    }
    if (found.isEmpty()) {
      reject(name, "Choose one of the options listed.");
    }
    return found;
  }

  /**
   * Reads a line of text of at most {@link #MAX_TEXT} characters.
   *
   * @param name  the field
   * @return the text, empty if the field is blank or too long
   */
  public Optional<String> text(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    if (value(name).length() > MAX_TEXT) {
      reject(name, "Enter at most " + MAX_TEXT + " characters.");
      return Optional.empty();
    }
    return Optional.of(value(name));
  }

  /**
   * Returns a field name with an index, such as {@code credential1}.
   *
   * @param name  the field's base name
   * @param index  the index
   * @return the name
   */
  public static String indexed(String name, int index) {
    return String.format(Locale.ROOT, "%s%d", name, index);
  }
}
