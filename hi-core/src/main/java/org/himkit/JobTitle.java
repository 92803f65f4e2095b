package org.himkit;

import java.util.List;
import java.util.Objects;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A job title used for a role, with the source that uses it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class JobTitle {
  JobTitle() {}

  /**
   * Returns the title, such as {@code "Medical Records Technician"}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  /**
   * Obtains a job title with its source.
   *
   * @param title the title, not blank
   * @param citation the source, not null
   * @return the job title, not null
   */
  public static JobTitle of(String title, Citation citation) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(citation, "citation");
    return builder().title(title).addCitation(citation).build();
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("job title", title());
    p.text(title(), "title");
    p.notEmpty(citations(), "citations", "must have at least one citation");
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

  /** A builder of {@link JobTitle} values. */
  public static final class Builder extends ImmutableJobTitle.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
