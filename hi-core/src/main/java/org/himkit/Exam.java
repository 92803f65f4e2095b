package org.himkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.himkit.internal.Checks;
import org.immutables.value.Value;

/**
 * The exam that a candidate passes to earn a credential.
 *
 * <p>For example, the RHIT and RHIA credentials are earned "after successfully passing the national
 * exam". Where the sources give the format (the CHPS exam takes 3.5 hours and has 140 to 160 items),
 * it is recorded; otherwise the optional parts are empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exam {
  Exam() {}

  /**
   * Returns a description of the exam, such as {@code "national certification exam"}.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns whether the exam is a national exam.
   *
   * @return true for a national exam
   */
  public abstract boolean national();

  /**
   * Returns the time allowed for the exam.
   *
   * @return the duration, empty if the sources do not give it
   */
  public abstract Optional<Duration> duration();

  /**
   * Returns the smallest number of items the exam has.
   *
   * @return the minimum item count, empty if not given
   */
  public abstract Optional<Integer> minimumItems();

  /**
   * Returns the largest number of items the exam has.
   *
   * @return the maximum item count, empty if not given
   */
  public abstract Optional<Integer> maximumItems();

  /**
   * Returns how long a candidate must wait before retaking the exam after a failed attempt.
   *
   * @return the waiting period in days, empty if not given
   */
  public abstract Optional<Integer> retestWaitDays();

  /**
   * Returns the sources of these exam facts.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    String entity = "exam \"" + description() + "\"";
    Checks.notBlank(description(), entity, "description");
    Checks.notEmpty(citations(), entity, "citations", "must have at least one citation");
    duration().ifPresent(d -> Checks.require(!d.isNegative() && !d.isZero(), ErrorCode.INVALID_VALUE,
        entity, "duration", "must be positive", d));
    minimumItems().ifPresent(n -> Checks.require(n > 0, ErrorCode.INVALID_VALUE, entity, "minimumItems",
        "must be positive", n));
    maximumItems().ifPresent(n -> Checks.require(n >= minimumItems().orElse(1), ErrorCode.INVALID_RANGE,
        entity, "maximumItems", "must be positive and not below minimumItems", n));
    retestWaitDays().ifPresent(n -> Checks.require(n >= 0, ErrorCode.INVALID_VALUE, entity,
        "retestWaitDays", "must not be negative", n));
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Exam} values. */
  public static final class Builder extends ImmutableExam.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
