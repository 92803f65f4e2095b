package org.himkit.testkit;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;

/**
 * A generator of dates in a range, in which the dates where rules change come up often.
 *
 * <p>One date in three is an edge of its kind, each kind equally likely: the first day of the range,
 * a policy boundary, a leap day, a year's end or start, the last day of the range. The policy
 * boundaries are the days on which a version of a built-in renewal policy begins or ends, or a
 * mandatory activity was last required (such as 2021-01-01 and 2025-01-01), with the days either
 * side. The other dates are spread evenly over the range. A date shrinks toward the first day of the
 * range. Edges outside the range are never produced.
 *
 * <pre>{@code
 * Generator<LocalDate> days = HimGenerators.dates().between(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 12, 31));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateGenerator implements Generator<LocalDate> {
  /** The first day of the default range. */
  static final LocalDate DEFAULT_FROM = LocalDate.of(2000, 1, 1);
  /** The last day of the default range. */
  static final LocalDate DEFAULT_TO = LocalDate.of(2035, 12, 31);

  private static final int EDGE_KINDS = 5;
  private static final List<LocalDate> POLICY_BOUNDARIES = builtInBoundaries();

  private final LocalDate from;
  private final LocalDate to;

  private DateGenerator(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range must not end before it begins: " + from + " to " + to);
    }
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the generator of the default range, 2000-01-01 to 2035-12-31.
   *
   * @return the generator, not null
   */
  static DateGenerator defaults() {
    return new DateGenerator(DEFAULT_FROM, DEFAULT_TO);
  }

  /**
   * Returns a copy of this generator for a range of dates.
   *
   * @param first  the first day, not null
   * @param last  the last day, not before {@code first}
   * @return the generator, not null
   * @throws IllegalArgumentException if the range ends before it begins
   */
  public DateGenerator between(LocalDate first, LocalDate last) {
    return new DateGenerator(Objects.requireNonNull(first, "first"), Objects.requireNonNull(last, "last"));
  }

  /**
   * Returns the first day of the range.
   *
   * @return the first day, not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the last day of the range.
   *
   * @return the last day, not null
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Returns the policy boundaries this generator favours: the days on which a built-in policy version
   * begins or ends or a mandatory activity was last required, with the days either side, whether or
   * not they are in this generator's range.
   *
   * @return the dates, ascending, not null
   */
  public static List<LocalDate> policyBoundaries() {
    return POLICY_BOUNDARIES;
  }

  private static List<LocalDate> builtInBoundaries() {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (RenewalPolicy p : HimCatalog.builtIn().renewalPolicies()) {
      p.effectiveFrom().ifPresent(days::add);
      p.effectiveTo().ifPresent(days::add);
      for (MandatoryActivity m : p.mandatoryActivities()) {
        m.lastDay().ifPresent(days::add);
      }
    }
    TreeSet<LocalDate> around = new TreeSet<>();
    for (LocalDate d : days) {
      around.add(d.minusDays(1));
      around.add(d);
      around.add(d.plusDays(1));
    }
    return List.copyOf(around);
  }

  @Override
  public LocalDate next(RandomGenerator random) {
    return next(random, from, to);
  }

  /**
   * Returns a date of a range with the edges of this class; shared by the kit's other generators.
   *
   * @param random  the source
   * @param first  the first day
   * @param last  the last day, not before {@code first}
   * @return the date
   */
  static LocalDate next(RandomGenerator random, LocalDate first, LocalDate last) {
    long days = last.toEpochDay() - first.toEpochDay() + 1;
    // one draw: below the number of days, the days in order; above it, the edges (one date in three)
    long v = random.nextLong(0, days + Math.max(EDGE_KINDS, days / 2));
    if (v < days) {
      return first.plusDays(v);
    }
    LocalDate edge = edge(random, (int) ((v - days) % EDGE_KINDS), first, last);
    return edge.isBefore(first) || edge.isAfter(last) ? first.plusDays(Math.floorMod(v, days)) : edge;
  }

  private static LocalDate edge(RandomGenerator random, int kind, LocalDate first, LocalDate last) {
    return switch (kind) {
      case 0 -> first;
      case 1 -> Draws.pick(random, POLICY_BOUNDARIES);
      case 2 -> {
        int year = yearIn(random, first, last);
        while (!Year.isLeap(year)) {
          year--;
        }
        LocalDate leapDay = LocalDate.of(year, Month.FEBRUARY, 29);
        yield Draws.pick(random, leapDay, leapDay.minusDays(1), leapDay.plusDays(1));
      }
      case 3 -> {
        LocalDate newYear = LocalDate.of(yearIn(random, first, last), 1, 1);
        yield random.nextBoolean() ? newYear.minusDays(1) : newYear;
      }
      default -> last;
    };
  }

  private static int yearIn(RandomGenerator random, LocalDate first, LocalDate last) {
    return random.nextInt(first.getYear(), last.getYear() + 1);
  }

  @Override
  public String toString() {
    return "dates from " + from + " to " + to;
  }
}
