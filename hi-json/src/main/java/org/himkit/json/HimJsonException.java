package org.himkit.json;

import java.util.List;
import org.himkit.ErrorCode;
import org.himkit.HimException;

/**
 * Thrown when a JSON document cannot be read into HIM Kit values: every problem found, each with its
 * JSON path and the rule it breaks.
 *
 * <p>Nothing partial is returned: a document with one problem yields no value at all. A document that
 * is not well-formed JSON, or exceeds a read limit, stops the reader where the fault is; the problems
 * found before it are listed too. A report lists at most {@value #MAX_PROBLEMS} problems.
 *
 * <p>The error code is {@link ErrorCode#INVALID_CATALOG} for a catalog document or an overlay and
 * {@link ErrorCode#INVALID_VALUE} for a single value.
 */
public class HimJsonException extends HimException {
  private static final long serialVersionUID = 1L;

  /** The largest number of problems one report lists. */
  public static final int MAX_PROBLEMS = 1000;

  /** The problems, in document order; not serialized (the message keeps them). */
  private final transient List<JsonProblem> problems;

  /**
   * Constructs an exception listing the problems of a document.
   *
   * @param errorCode  {@link ErrorCode#INVALID_CATALOG} or {@link ErrorCode#INVALID_VALUE}, not null
   * @param what  what was read, such as {@code "catalog document"}, not null
   * @param problems  the problems, not empty
   */
  public HimJsonException(ErrorCode errorCode, String what, List<JsonProblem> problems) {
    super(errorCode, message(what, problems));
    this.problems = List.copyOf(problems);
  }

  static String message(String what, List<JsonProblem> problems) {
    StringBuilder sb = new StringBuilder("invalid ").append(what).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (JsonProblem p : problems) {
      sb.append(System.lineSeparator()).append("  - ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return the problems, not empty; empty for an exception restored by Java deserialization, whose message
   *     still lists them
   */
  @SuppressWarnings("NullAway") // null only after Java deserialization
  public List<JsonProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
