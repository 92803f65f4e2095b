package org.himkit;

import java.util.List;
import java.util.Optional;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * The typical entry-level education of an occupation, as an edition of the Occupational Outlook
 * Handbook states it, such as "Associate's degree".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EntryEducation {
  EntryEducation() {}

  /**
   * Returns the publisher's words, such as {@code "Postsecondary nondegree award"}.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the level the words correspond to.
   *
   * @return the level, not null
   */
  public abstract DegreeLevel level();

  /**
   * Returns the edition that states it.
   *
   * @return the edition, empty if not known
   */
  public abstract Optional<String> edition();

  /**
   * Returns the group the figure counts where that is not exactly this occupation, such as the
   * broader Occupational Outlook Handbook profile an older edition published the figure for.
   *
   * @return the scope, empty when the figure counts the occupation itself
   */
  public abstract Optional<String> scope();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("entry education", text());
    p.text(text(), "text");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.text(scope(), "scope");
    p.check();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link EntryEducation} values. */
  public static final class Builder extends ImmutableEntryEducation.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
