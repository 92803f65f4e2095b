package org.himkit.internal;

import java.util.Collection;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Validation helpers that throw {@link HimValidationException} with HIM Kit's message form, at the first
 * problem. {@link Problems} checks a value and reports every problem at once.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that a condition holds.
   *
   * @param condition the condition
   * @param code the error code if it does not hold
   * @param entity the entity being built, such as {@code "credential RHIA"}
   * @param attribute the attribute checked
   * @param rule the rule in plain words
   * @param value the offending value
   */
  public static void require(
      boolean condition, ErrorCode code, String entity, String attribute, String rule, @Nullable Object value) {
    if (!condition) {
      throw HimValidationException.of(code, entity, attribute, rule, value);
    }
  }

  /**
   * Checks that a name or piece of prose is not blank ({@link Text#isBlank(CharSequence)}) and at most
   * {@value Text#MAX_TEXT_LENGTH} characters long.
   *
   * @param value the text
   * @param entity the entity being built
   * @param attribute the attribute checked
   */
  public static void notBlank(String value, String entity, String attribute) {
    if (value.length() > Text.MAX_TEXT_LENGTH || Text.isBlank(value)) {
      Problems.of(entity).text(value, attribute).check();
    }
  }

  /**
   * Checks that every text in a collection passes {@link #notBlank(String, String, String)}.
   *
   * @param values the texts
   * @param entity the entity being built
   * @param attribute the attribute checked
   */
  public static void noneBlank(Collection<String> values, String entity, String attribute) {
    Problems.of(entity).texts(values, attribute).check();
  }

  /**
   * Checks that a collection is not empty.
   *
   * @param values the collection
   * @param entity the entity being built
   * @param attribute the attribute checked
   * @param rule the rule in plain words, such as {@code "must have at least one citation"}
   */
  public static void notEmpty(Collection<?> values, String entity, String attribute, String rule) {
    require(!values.isEmpty(), ErrorCode.MISSING_ATTRIBUTE, entity, attribute, rule, values);
  }
}
