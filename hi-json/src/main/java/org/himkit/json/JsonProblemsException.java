package org.himkit.json;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the deserializers of {@link HimJsonModule} when a JSON value cannot be read into a HIM Kit
 * value: every problem found in the value, each with its JSON path relative to the value and the rule it
 * breaks.
 *
 * <p>This is a Jackson {@link DatabindException}, so that frameworks that turn Jackson's exceptions into
 * "bad request" answers treat it as one. The {@link HimJson} facade reports the same problems with a
 * {@link HimJsonException}.
 */
public class JsonProblemsException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** The problems, in document order; not serialized (the message keeps them). */
  private final transient List<JsonProblem> problems;

  /**
   * Constructs an exception listing the problems of a value.
   *
   * @param parser  the parser the value was read from, not null
   * @param what  what was read, such as {@code "credential"}, not null
   * @param problems  the problems, not empty
   */
  public JsonProblemsException(JsonParser parser, String what, List<JsonProblem> problems) {
    super(parser, HimJsonException.message(what, problems));
    this.problems = List.copyOf(problems);
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
