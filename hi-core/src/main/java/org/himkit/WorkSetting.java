package org.himkit;

import java.util.List;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A setting that people of the profession work in, such as a hospital or a law office.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkSetting {
  WorkSetting() {}

  /**
   * Returns the id, such as {@link WorkSettingId#HOSPITAL}.
   *
   * @return the id, not null
   */
  public abstract WorkSettingId id();

  /**
   * Returns the name, such as {@code "Hospitals"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("work setting", id());
    p.text(name(), "name");
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

  /** A builder of {@link WorkSetting} values. */
  public static final class Builder extends ImmutableWorkSetting.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
