package org.himkit;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A name that an organization or a credential had before, with the years it was used where the
 * sources give them.
 *
 * <p>For example, AHIMA was the American Medical Record Association (AMRA) from 1970 until 1991, and
 * the RHIA credential was called Registered Record Administrator (RRA) until 2000.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class FormerName {
  FormerName() {}

  /**
   * Returns the former full name, such as {@code "American Medical Record Association"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the former abbreviation, such as {@code "AMRA"} or {@code "RRA"}.
   *
   * @return the abbreviation, empty if the sources give none
   */
  public abstract Optional<String> abbreviation();

  /**
   * Returns the year the name came into use.
   *
   * @return the first year, empty if the sources do not give it
   */
  public abstract Optional<Year> fromYear();

  /**
   * Returns the year the next name took over; the former name was used until then.
   *
   * @return the year it was replaced, empty if the sources do not give it
   */
  public abstract Optional<Year> untilYear();

  /**
   * Returns the sources of this former name and its years.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("former name", name());
    p.text(name(), "name");
    p.text(abbreviation(), "abbreviation");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    if (fromYear().isPresent() && untilYear().isPresent()) {
      p.require(!untilYear().get().isBefore(fromYear().get()), ErrorCode.INVALID_RANGE,
          "untilYear", "must not be before fromYear " + fromYear().get(), untilYear().get());
    }
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

  /** A builder of {@link FormerName} values. */
  public static final class Builder extends ImmutableFormerName.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
