package org.himkit;

import java.util.Objects;

/**
 * The root of every exception thrown by HIM Kit.
 *
 * <p>Every instance carries an {@link ErrorCode} that classifies the failure. Messages say what is
 * wrong, the rule, the offending value and the entity concerned; they never contain personal data
 * of a credential holder or learner.
 *
 * <p>Expected "no" answers, such as a learner who is not eligible for an exam, are results and are
 * never reported with an exception.
 */
public class HimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The code classifying the failure. */
  private final ErrorCode errorCode;

  /**
   * Constructs an exception with the given code and message.
   *
   * @param errorCode the code classifying the failure, not null
   * @param message the message, not null
   */
  public HimException(ErrorCode errorCode, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /**
   * Constructs an exception with the given code, message and cause.
   *
   * @param errorCode the code classifying the failure, not null
   * @param message the message, not null
   * @param cause the cause, not null
   */
  public HimException(ErrorCode errorCode, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), Objects.requireNonNull(cause, "cause"));
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /**
   * Returns the code classifying this failure.
   *
   * @return the error code, not null
   */
  public ErrorCode errorCode() {
    return errorCode;
  }
}
