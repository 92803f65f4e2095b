package org.himkit;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The exam that a candidate passes to earn a credential.
 *
 * <p>For example, the RHIT and RHIA credentials are earned "after successfully passing the national
 * exam". Where the sources give the format (the CHPS exam takes 3.5 hours and has 140 to 160 items),
 * it is recorded; otherwise the optional parts are empty. Time rules that change (the eligibility
 * window, the retest waiting period) are {@link ExamPeriod}s with their effective dates, and the
 * published first-time pass rates are {@link ExamPassRate}s.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class Exam {
  Exam() {}

  /**
   * Returns a description of the exam, such as {@code "national certification exam"}.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns whether the sources call the exam a national exam, as the seed page does for the RHIT and
   * RHIA exams.
   *
   * @return true where the sources call it a national exam, false where they do not say
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
   * Returns the exam's dated time rules: its eligibility window and its retest waiting periods, each
   * with the dates it is in force where the sources give them, in the order given.
   *
   * @return the periods, possibly empty
   */
  public abstract List<ExamPeriod> periods();

  /**
   * Returns the period of a kind in force on a date: the applicable one with the latest start, an
   * undated one counting as the earliest.
   *
   * @param kind the kind of period, not null
   * @param date the date, not null
   * @return the period, empty if the catalog has none of that kind for the date
   */
  public Optional<ExamPeriod> period(ExamPeriod.Kind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    @Nullable ExamPeriod best = null;
    for (ExamPeriod p : periods()) {
      if (p.kind() == kind && p.appliesOn(date) && (best == null
          || p.effectiveFrom().orElse(LocalDate.MIN).isAfter(best.effectiveFrom().orElse(LocalDate.MIN)))) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the first-time pass rates the issuer publishes, in the order given.
   *
   * @return the pass rates, possibly empty
   */
  public abstract List<ExamPassRate> passRates();

  /**
   * Returns the sources of these exam facts.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("exam", description());
    p.text(description(), "description");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    // if-present, not lambdas: the built-in catalog builds exams on its first call (start-up)
    if (duration().isPresent()) {
      Duration d = duration().get();
      p.require(!d.isNegative() && !d.isZero(), ErrorCode.INVALID_VALUE, "duration", "must be positive", d);
    }
    if (minimumItems().isPresent()) {
      int n = minimumItems().get();
      p.require(n > 0, ErrorCode.INVALID_VALUE, "minimumItems", "must be positive", n);
    }
    if (maximumItems().isPresent()) {
      int n = maximumItems().get();
      p.require(n >= minimumItems().orElse(1), ErrorCode.INVALID_RANGE, "maximumItems",
          "must be positive and not below minimumItems", n);
    }
    List<ExamPeriod> periods = periods();
    for (int i = 0; i < periods.size(); i++) {
      for (int j = i + 1; j < periods.size(); j++) {
        ExamPeriod a = periods.get(i);
        ExamPeriod b = periods.get(j);
        p.require(a.kind() != b.kind() || !a.effectiveFrom().equals(b.effectiveFrom()), ErrorCode.INVALID_RANGE,
            "periods", "must not hold two periods of one kind starting on the same day", a.kind());
      }
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

  /** A builder of {@link Exam} values. */
  public static final class Builder extends ImmutableExam.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
