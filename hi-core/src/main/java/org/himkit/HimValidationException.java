package org.himkit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Text;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value cannot be built because its input breaks a rule.
 *
 * <p>The message names the offending attribute, the entity being built, the rule it breaks and the
 * offending value, in the form {@code invalid <attribute> of <entity>: <rule> (was <value>)}, for
 * example:
 * {@code invalid fullName of credential RHIA: must not be blank (was " ")}. HIM Kit shows a text value
 * in double quotes, cut to its first 64 characters, and any value cut to about 100 characters, so that
 * a huge or hostile input does not end up whole in a log. The parts are also available one by one:
 * {@link #entity()}, {@link #attribute()}, {@link #rule()} and {@link #value()}.
 *
 * <p>A value that breaks several rules is reported with all of them at once: {@link #problems()} lists
 * one exception per broken rule, this one first, and the message joins their messages with
 * {@code "; "}. The parts of this exception are those of its first problem.
 */
public class HimValidationException extends HimException {
  private static final long serialVersionUID = 2L;

  /** The entity being built, or null if not known. */
  private final @Nullable String entity;
  /** The offending attribute, or null if the failure is not about one attribute. */
  private final @Nullable String attribute;
  /** The rule broken, or null if the message does not have the attribute form. */
  private final @Nullable String rule;
  /** The offending value as the message shows it, or null if the message does not have the attribute form. */
  private final @Nullable String value;
  /** Every problem reported, this one's first, in the order found; empty for a single problem. */
  private final ImmutableList<HimValidationException> all;

  /**
   * Constructs an exception from a complete message.
   *
   * <p>This constructor is used by the generated builders when a required attribute is missing.
   *
   * @param message  the message, not null
   * @throws NullPointerException if the message is null
   */
  public HimValidationException(String message) {
    super(ErrorCode.MISSING_ATTRIBUTE, Objects.requireNonNull(message, "message"));
    this.entity = null;
    this.attribute = null;
    this.rule = null;
    this.value = null;
    this.all = ImmutableList.of();
  }

  private HimValidationException(ErrorCode code, String message, @Nullable String entity, @Nullable String attribute,
      @Nullable String rule, @Nullable String value, ImmutableList<HimValidationException> all) {
    super(code, message);
    this.entity = entity;
    this.attribute = attribute;
    this.rule = rule;
    this.value = value;
    this.all = all;
  }

  /**
   * Obtains an exception for an attribute that breaks a rule.
   *
   * <p>The message is {@code invalid <attribute> of <entity>: <rule> (was <value>)}. The value is shown
   * by its {@code toString()}, with control characters escaped, and cut to its first 64 characters if
   * it is longer than 100; a caller shows a text in double quotes by passing it quoted.
   *
   * @param code  the error code, not null
   * @param entity  a description of the entity being built, such as {@code "credential RHIA"}, not null
   * @param attribute  the name of the offending attribute, not null
   * @param rule  the rule in plain words, such as {@code "must be positive"}, not null
   * @param value  the offending value, may be null
   * @return the exception, not null
   * @throws NullPointerException if the code, entity, attribute or rule is null
   */
  public static HimValidationException of(
      ErrorCode code, String entity, String attribute, String rule, @Nullable Object value) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(rule, "rule");
    String shown = Text.bounded(String.valueOf(value));
    String message = "invalid " + attribute + " of " + entity + ": " + rule + " (was " + shown + ")";
    return new HimValidationException(code, message, entity, attribute, rule, shown, ImmutableList.of());
  }

  /**
   * Obtains an exception with a message that does not fit the attribute form.
   *
   * @param code  the error code, not null
   * @param entity  a description of the entity concerned, not null
   * @param message  the message, not null
   * @return the exception, not null
   * @throws NullPointerException if an argument is null
   */
  public static HimValidationException withMessage(ErrorCode code, String entity, String message) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(message, "message");
    return new HimValidationException(code, message, entity, null, null, null, ImmutableList.of());
  }

  /**
   * Obtains an exception reporting several problems at once, the first one's parts as its own.
   *
   * @param problems  the problems, in the order found, not empty
   * @return the first problem if it is the only one, otherwise an exception listing them all (the
   *     problems of a problem that lists several are listed one by one), not null
   * @throws IllegalArgumentException if the list is empty
   * @throws NullPointerException if the list or an element is null
   */
  public static HimValidationException of(List<HimValidationException> problems) {
    ImmutableList.Builder<HimValidationException> flat = ImmutableList.builder();
    for (HimValidationException p : problems) {
      flat.addAll(p.problems());
    }
    ImmutableList<HimValidationException> all = flat.build();
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no problems to report");
    }
    HimValidationException first = all.get(0);
    if (all.size() == 1) {
      return first;
    }
    StringBuilder message = new StringBuilder();
    for (HimValidationException p : all) {
      message.append(message.length() == 0 ? "" : "; ").append(p.getMessage());
    }
    return new HimValidationException(first.errorCode(), message.toString(), first.entity, first.attribute,
        first.rule, first.value, all);
  }

  /**
   * Returns a description of the entity that was being built, such as {@code "credential RHIA"}.
   *
   * @return the entity, empty if not known
   */
  public Optional<String> entity() {
    return Optional.ofNullable(entity);
  }

  /**
   * Returns the name of the offending attribute, such as {@code "fullName"}.
   *
   * @return the attribute name, empty if the failure is not about one attribute
   */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }

  /**
   * Returns the rule the value breaks, in plain words, such as {@code "must not be blank"}.
   *
   * @return the rule, empty if the message does not have the attribute form
   */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * Returns the offending value as the message shows it, such as {@code "\" \""} for a blank name (HIM
   * Kit quotes texts) or {@code "0"} for a count.
   *
   * @return the value as shown, empty if the message does not have the attribute form
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns every problem found, one exception per broken rule, in the order found: the first has the
   * same parts as this exception. For a single problem, the list holds this exception alone.
   *
   * @return the problems, not empty
   */
  public List<HimValidationException> problems() {
    return all.isEmpty() ? ImmutableList.of(this) : all;
  }
}
