package org.himkit;

import java.util.List;
import java.util.Objects;
import org.himkit.internal.Text;

/**
 * Thrown when a lookup names an entry that the catalog does not hold.
 *
 * <p>The message names the kind of entry and the id, and suggests near matches where the catalog
 * has some, for example {@code "unknown credential id: RHIM (did you mean RHIA, RHIT?)"}.
 */
public class UnknownEntryException extends HimException {
  private static final long serialVersionUID = 1L;

  /** The kind of entry looked up. */
  private final String kind;
  /** The id looked up. */
  private final String id;
  /** The ids of near matches, best first. */
  private final List<String> suggestions;

  /**
   * Constructs an exception for an unknown entry.
   *
   * @param kind the kind of entry looked up, such as {@code "credential"}, not null
   * @param id the id looked up, not null
   * @param suggestions the ids of near matches, best first, not null, may be empty
   */
  public UnknownEntryException(String kind, String id, List<String> suggestions) {
    super(ErrorCode.UNKNOWN_ENTRY, message(kind, id, suggestions));
    this.kind = kind;
    this.id = id;
    this.suggestions = List.copyOf(suggestions);
  }

  private static String message(String kind, String id, List<String> suggestions) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(suggestions, "suggestions");
    String base = "unknown " + kind + " id: " + Text.bounded(id);
    return suggestions.isEmpty() ? base : base + " (did you mean " + String.join(", ", suggestions) + "?)";
  }

  /**
   * Returns the kind of entry that was looked up, such as {@code "credential"}.
   *
   * @return the kind, not null
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the id that was looked up.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Returns the ids of near matches, best first.
   *
   * @return the suggestions, not null, may be empty
   */
  public List<String> suggestions() {
    return suggestions;
  }
}
