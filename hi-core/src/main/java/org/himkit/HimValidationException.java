package org.himkit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a value cannot be built because its input breaks a rule.
 *
 * <p>The message names what is invalid, the rule it breaks, the offending value and, where one is
 * known, the id of the entity being built, for example:
 * {@code "invalid cycleLength of renewal policy AHIMA: must be positive (was P0D)"}. The parts are
 * also available one by one.
 */
public class HimValidationException extends HimException {
  private static final long serialVersionUID = 1L;

  /** The entity being built, or null if not known. */
  private final @Nullable String entity;
  /** The offending attribute, or null if the failure is not about one attribute. */
  private final @Nullable String attribute;

  /**
   * Constructs an exception from a complete message.
   *
   * <p>This constructor is used by the generated builders when a required attribute is missing.
   *
   * @param message the message, not null
   */
  public HimValidationException(String message) {
    super(ErrorCode.MISSING_ATTRIBUTE, message);
    this.entity = null;
    this.attribute = null;
  }

  private HimValidationException(
      ErrorCode code, String message, @Nullable String entity, @Nullable String attribute) {
    super(code, message);
    this.entity = entity;
    this.attribute = attribute;
  }

  /**
   * Obtains an exception for an attribute that breaks a rule.
   *
   * @param code the error code, not null
   * @param entity a description of the entity being built, such as {@code "credential RHIA"}, not null
   * @param attribute the name of the offending attribute, not null
   * @param rule the rule in plain words, such as {@code "must be positive"}, not null
   * @param value the offending value, may be null
   * @return the exception, not null
   */
  public static HimValidationException of(
      ErrorCode code, String entity, String attribute, String rule, @Nullable Object value) {
    String message = "invalid " + attribute + " of " + entity + ": " + rule + " (was " + value + ")";
    return new HimValidationException(code, message, entity, attribute);
  }

  /**
   * Obtains an exception with a message that does not fit the attribute form.
   *
   * @param code the error code, not null
   * @param entity a description of the entity concerned, not null
   * @param message the message, not null
   * @return the exception, not null
   */
  public static HimValidationException withMessage(ErrorCode code, String entity, String message) {
    return new HimValidationException(code, message, entity, null);
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
   * Returns the name of the offending attribute.
   *
   * @return the attribute name, empty if the failure is not about one attribute
   */
  public Optional<String> attribute() {
    return Optional.ofNullable(attribute);
  }
}
