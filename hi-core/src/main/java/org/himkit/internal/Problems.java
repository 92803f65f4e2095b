package org.himkit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The problems found while checking one value, reported together: a check method records every
 * broken rule and {@link #check()} throws one {@link HimValidationException} that lists them all.
 *
 * <pre>{@code
 * Problems.of("credential", id())
 *     .text(fullName(), "fullName")
 *     .notEmpty(citations(), "citations", "must have at least one citation")
 *     .check();
 * }</pre>
 *
 * <p>The description of the entity is built only when a problem is found.
 */
public final class Problems {
  private final String kind;
  private final @Nullable Object subject;
  /** Whether a text subject is shown quoted: a code is shown as it is (a flag, not a wrapper's class: start-up). */
  private final boolean quoted;
  private @Nullable String entity;
  private @Nullable List<HimValidationException> found;

  private Problems(String kind, @Nullable Object subject, boolean quoted) {
    this.kind = kind;
    this.subject = subject;
    this.quoted = quoted;
  }

  /**
   * Starts the checks of an entity described in full, such as {@code "learner profile"}.
   *
   * @param entity the description
   * @return the problems, none yet
   */
  public static Problems of(String entity) {
    return new Problems(entity, null, true);
  }

  /**
   * Starts the checks of an entity of a kind, named by an id or a text: the description is the kind,
   * a space and the subject (a text {@linkplain Text#quoted(CharSequence) quoted}, anything else by its
   * {@code toString()}, {@linkplain Text#bounded(CharSequence) bounded}).
   *
   * @param kind the kind, such as {@code "credential"}
   * @param subject the id or name, such as a {@code CredentialId}
   * @return the problems, none yet
   */
  public static Problems of(String kind, Object subject) {
    return new Problems(kind, subject, true);
  }

  /**
   * Starts the checks of an entity of a kind named by a code, such as a coursework code: the
   * description is the kind, a space and the code, {@linkplain Text#bounded(CharSequence) bounded},
   * without quotes.
   *
   * @param kind the kind, such as {@code "requirement completedCoursework"}
   * @param code the code
   * @return the problems, none yet
   */
  public static Problems ofCode(String kind, String code) {
    return new Problems(kind, code, false);
  }

  /**
   * Returns the description of the entity, such as {@code "credential RHIA"}.
   *
   * @return the description
   */
  public String entity() {
    String e = entity;
    if (e == null) {
      Object s = subject;
      e = s == null ? kind
          : kind + " " + (quoted && s instanceof CharSequence t ? Text.quoted(t) : Text.bounded(s.toString()));
      entity = e;
    }
    return e;
  }

  /**
   * Records a problem if a condition does not hold.
   *
   * @param condition the condition
   * @param code the error code if it does not hold
   * @param attribute the attribute checked
   * @param rule the rule in plain words
   * @param value the offending value
   * @return this
   */
  public Problems require(boolean condition, ErrorCode code, String attribute, String rule, @Nullable Object value) {
    if (!condition) {
      add(HimValidationException.of(code, entity(), attribute, rule, value));
    }
    return this;
  }

  /**
   * Records a problem unless a name or piece of prose is not blank and at most
   * {@value Text#MAX_TEXT_LENGTH} characters long.
   *
   * @param value the text
   * @param attribute the attribute checked
   * @return this
   */
  public Problems text(String value, String attribute) {
    if (Text.isBlank(value)) {
      add(HimValidationException.of(ErrorCode.INVALID_VALUE, entity(), attribute, "must not be blank", Text.quoted(value)));
    } else if (value.length() > Text.MAX_TEXT_LENGTH) {
      add(HimValidationException.of(ErrorCode.INVALID_VALUE, entity(), attribute,
          "must be at most " + Text.MAX_TEXT_LENGTH + " characters long", Text.quoted(value)));
    }
    return this;
  }

  /**
   * Records a problem if an optional text is present and breaks {@link #text(String, String)}.
   *
   * @param value the optional text
   * @param attribute the attribute checked
   * @return this
   */
  public Problems text(Optional<String> value, String attribute) {
    return value.isPresent() ? text(value.get(), attribute) : this;
  }

  /**
   * Records a problem for each text of a collection that breaks {@link #text(String, String)}.
   *
   * @param values the texts
   * @param attribute the attribute checked
   * @return this
   */
  public Problems texts(Collection<String> values, String attribute) {
    for (String v : values) {
      text(v, attribute);
    }
    return this;
  }

  /**
   * Records a problem unless a code is not blank, at most {@value Text#MAX_CODE_LENGTH} characters long
   * and free of control characters.
   *
   * @param value the code
   * @param attribute the attribute checked
   * @return this
   */
  public Problems code(String value, String attribute) {
    if (Text.isBlank(value)) {
      add(HimValidationException.of(ErrorCode.INVALID_VALUE, entity(), attribute, "must not be blank", Text.quoted(value)));
    } else if (value.length() > Text.MAX_CODE_LENGTH) {
      add(HimValidationException.of(ErrorCode.INVALID_VALUE, entity(), attribute,
          "must be at most " + Text.MAX_CODE_LENGTH + " characters long", Text.quoted(value)));
    } else if (Text.hasControl(value)) {
      add(HimValidationException.of(ErrorCode.INVALID_VALUE, entity(), attribute,
          "must not contain control characters", Text.quoted(value)));
    }
    return this;
  }

  /**
   * Records a problem for each code of a collection that breaks {@link #code(String, String)}.
   *
   * @param values the codes
   * @param attribute the attribute checked
   * @return this
   */
  public Problems codes(Collection<String> values, String attribute) {
    for (String v : values) {
      code(v, attribute);
    }
    return this;
  }

  /**
   * Records a problem if a collection is empty.
   *
   * @param values the collection
   * @param attribute the attribute checked
   * @param rule the rule in plain words, such as {@code "must have at least one citation"}
   * @return this
   */
  public Problems notEmpty(Collection<?> values, String attribute, String rule) {
    return require(!values.isEmpty(), ErrorCode.MISSING_ATTRIBUTE, attribute, rule, values);
  }

  /**
   * Records a problem found by another check, such as one thrown by a helper.
   *
   * @param problem the problem
   * @return this
   */
  public Problems add(HimValidationException problem) {
    List<HimValidationException> f = found;
    if (f == null) {
      f = new ArrayList<>(2);
      found = f;
    }
    f.add(problem);
    return this;
  }

  /**
   * Throws the problems found, if any.
   *
   * @throws HimValidationException listing every problem recorded
   */
  public void check() {
    List<HimValidationException> f = found;
    if (f != null) {
      throw HimValidationException.of(f);
    }
  }
}
