package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sequence of steps from where a learner stands to a target, with its known duration.
 *
 * <p>The duration of a pathway is the sum of the steps' known durations; steps of unknown duration
 * (exams, trainings) are counted apart. An empty pathway means the learner is already there.
 * {@link org.himkit.text.HimText#pathway(Pathway)} puts it in words.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param steps  the steps, in order, possibly empty
 */
public record Pathway(List<Step> steps) {
  /**
   * Creates an instance.
   *
   * @param steps  the steps, in order, possibly empty
   */
  public Pathway {
    Objects.requireNonNull(steps, "steps");
    steps = ImmutableList.copyOf(steps);
  }

  /**
   * Returns whether the pathway has no step: the learner is already at the target.
   *
   * @return true if there is no step
   */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /**
   * Returns the number of steps.
   *
   * @return the number of steps, zero or more
   */
  public int size() {
    return steps.size();
  }

  /**
   * Returns the sum of the steps' known durations, in years and months.
   *
   * @return the known duration, zero for an empty pathway or one whose durations are all unknown
   */
  public Period knownDuration() {
    Period sum = Period.ZERO;
    for (Step s : steps) {
      Optional<Period> d = s.duration();
      if (d.isPresent()) {
        sum = sum.plus(d.get());
      }
    }
    return sum.normalized();
  }

  /**
   * Returns the number of steps whose duration is unknown.
   *
   * @return the count, zero or more
   */
  public int unknownDurations() {
    int unknown = 0;
    for (Step s : steps) {
      if (s.duration().isEmpty()) {
        unknown++;
      }
    }
    return unknown;
  }

  /**
   * Returns the profile as it would be after every step, each taken on the given date.
   *
   * @param profile  the profile before the pathway, not null
   * @param asOf  the date the steps are taken to be done, not null
   * @return the profile after the pathway, not null
   */
  public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(asOf, "asOf");
    LearnerProfile p = profile;
    for (Step s : steps) {
      p = s.applyTo(p, asOf);
    }
    return p;
  }
}
