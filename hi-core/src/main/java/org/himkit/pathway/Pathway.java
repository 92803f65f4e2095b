package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A sequence of steps from where a learner stands to a target, with its known duration.
 *
 * <p>The duration of a pathway is the sum of the steps' known durations; steps of unknown duration
 * (exams, trainings) are counted apart. An empty pathway means the learner is already there.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param steps the steps, in order, possibly empty
 */
public record Pathway(List<Step> steps) {
  /**
   * Creates an instance.
   *
   * @param steps the steps, in order, possibly empty
   */
  public Pathway {
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
    return steps.stream().map(Step::duration).flatMap(Optional::stream).reduce(Period.ZERO, Period::plus).normalized();
  }

  /**
   * Returns the number of steps whose duration is unknown.
   *
   * @return the count, zero or more
   */
  public int unknownDurations() {
    return (int) steps.stream().filter(s -> s.duration().isEmpty()).count();
  }

  /**
   * Returns the profile as it would be after every step, each taken on the given date.
   *
   * @param profile the profile before the pathway, not null
   * @param asOf the date the steps are taken to be done, not null
   * @return the profile after the pathway, not null
   */
  public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
    LearnerProfile p = profile;
    for (Step s : steps) {
      p = s.applyTo(p, asOf);
    }
    return p;
  }

  /**
   * Returns the total time in plain words, such as {@code "4 years + 1 step of unknown duration"}, or
   * {@code "already there"} for an empty pathway.
   *
   * @return the description of the duration, not null
   */
  public String durationWords() {
    if (steps.isEmpty()) {
      return "already there";
    }
    int unknown = unknownDurations();
    Period known = knownDuration();
    String knownWords = known.isZero() ? "" : words(known);
    String unknownWords = unknown == 0 ? "" : unknown + (unknown == 1 ? " step" : " steps") + " of unknown duration";
    return knownWords.isEmpty() ? unknownWords : unknownWords.isEmpty() ? knownWords : knownWords + " + " + unknownWords;
  }

  /**
   * Returns the steps in plain words, numbered, one a line.
   *
   * @return the description, empty for an empty pathway
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      sb.append(i + 1).append(". ").append(steps.get(i).describe()).append('\n');
    }
    return sb.toString();
  }

  static String words(Period p) {
    Period n = p.normalized();
    List<String> parts = new ArrayList<>();
    if (n.getYears() != 0) {
      parts.add(n.getYears() + (n.getYears() == 1 ? " year" : " years"));
    }
    if (n.getMonths() != 0) {
      parts.add(n.getMonths() + (n.getMonths() == 1 ? " month" : " months"));
    }
    if (n.getDays() != 0 || parts.isEmpty()) {
      parts.add(n.getDays() + (n.getDays() == 1 ? " day" : " days"));
    }
    return parts.stream().collect(Collectors.joining(" "));
  }
}
