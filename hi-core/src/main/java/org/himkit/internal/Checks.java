package org.himkit.internal;

import java.util.Collection;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;

/** Validation helpers that throw {@link HimValidationException} with HIM Kit's message form. */
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
   * Checks that a text is not blank.
   *
   * @param value the text
   * @param entity the entity being built
   * @param attribute the attribute checked
   */
  public static void notBlank(String value, String entity, String attribute) {
    require(!value.isBlank(), ErrorCode.INVALID_VALUE, entity, attribute, "must not be blank", "\"" + value + "\"");
  }

  /**
   * Checks that every text in a collection is not blank.
   *
   * @param values the texts
   * @param entity the entity being built
   * @param attribute the attribute checked
   */
  public static void noneBlank(Collection<String> values, String entity, String attribute) {
    for (String v : values) {
      notBlank(v, entity, attribute);
    }
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
