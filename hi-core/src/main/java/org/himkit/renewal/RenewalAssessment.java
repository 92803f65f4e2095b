package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.OrganizationId;
import org.himkit.internal.HimDataStyle;
import org.himkit.internal.Problems;
import org.himkit.policy.Ceus;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "am I on track to renew, and what is left?" for a holder's credentials with one issuer,
 * for one cycle, on one date, as typed values.
 *
 * <p>It gives the cycle judged ({@link #window()}: its first and last day, the policy version governing
 * it, the grace period it was judged with), the credentials the requirement is for, each requirement by
 * the rule it comes from with its amounts ({@link #requirements()}), every activity with its disposition
 * and the facts that decided it, the dates that matter by kind, the notes (each linked to the known
 * omission a library choice rests on) and the derived {@link RenewalStatus}. It holds no sentence and
 * never the holder's reference: {@link org.himkit.text.HimText} renders it when asked.
 *
 * <pre>{@code
 * RenewalAssessment a = result.assessments().get(0);
 * Ceus left = a.requirements().get(0).remaining();           // typed: 21.5
 * String why = HimText.english().describe(a.shortfalls().get(0));   // words, on request
 * }</pre>
 *
 * <p>An assessment the {@link RenewalEvaluator} gives builds its explanation, the lists of
 * {@link #requirements()}, {@link #activities()}, {@link #keyDates()} and {@link #notes()}, when one of
 * them is first read, once, from what the evaluator's walk kept: a tracker that reads only the
 * {@link #status()}, {@link #required()}, {@link #earned()} or {@link #daysLeft()} of each holder does not
 * pay for an outcome per activity. The values are the same whenever they are read; equality, the hash
 * code and {@link #toString()} are over them, whichever way the assessment was made (by the evaluator, by
 * {@link #builder()}, or read from JSON).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimDataStyle // the JDK's collections in the generated code: start-up
public abstract class RenewalAssessment {
  RenewalAssessment() {}

  /**
   * Returns the span the cycle was judged over: the issuer, the cycle, the grace period if it was judged
   * with one, the day the issuer's first credential held was earned and the assessment date.
   *
   * @return the window, not null
   */
  @Value.Parameter
  public abstract CycleWindow window();

  /**
   * Returns the issuer assessed, such as AHIMA.
   *
   * @return the issuer, not null
   */
  public OrganizationId issuer() {
    return window().issuer();
  }

  /**
   * Returns the date the assessment is for.
   *
   * @return the date, not null
   */
  public LocalDate asOf() {
    return window().asOf();
  }

  /**
   * Returns the cycle assessed: the one in force on {@link #asOf()}, the unmet cycle that decides a
   * lapsed status, or, in a history, a past cycle.
   *
   * @return the cycle, not null
   */
  public RenewalCycle cycle() {
    return window().cycle();
  }

  /**
   * Returns the credentials the cycle's requirement is for, in the order the holdings were given.
   *
   * @return the credentials, not empty
   */
  @Value.Parameter
  public abstract List<CredentialId> credentials();

  /**
   * Returns the credentials held but replaced for maintenance by another one held (RHIT once RHIA is
   * held).
   *
   * @return the superseded credentials, possibly empty
   */
  @Value.Parameter
  public abstract List<CredentialId> supersededCredentials();

  /**
   * Returns the credentials held but earned after the cycle began, that join the requirement from the
   * next cycle: only those earned within this cycle, never one earned after it ended.
   *
   * @return the credentials, possibly empty
   */
  @Value.Parameter
  public abstract List<CredentialId> joiningNextCycle();

  /**
   * Returns the derived status.
   *
   * @return the status, not null
   */
  @Value.Parameter
  public abstract RenewalStatus status();

  /**
   * Returns the days left after {@link #asOf()}: until the cycle's last day for an active status, until
   * the last day of the grace period for {@link RenewalStatus#IN_GRACE}, otherwise zero.
   *
   * @return the days left, not negative
   */
  @Value.Parameter
  public abstract long daysLeft();

  /**
   * Returns the progress toward each requirement: the CEU total first, then each content rule, then each
   * mandatory activity, in the policy's order.
   *
   * @return the requirements, not empty
   */
  @Value.Parameter
  public abstract List<RequirementProgress> requirements();

  /**
   * Returns every activity given, ordered by completion date and then id, with its disposition in this
   * cycle and the facts that decided it.
   *
   * @return the outcomes, possibly empty
   */
  @Value.Parameter
  public abstract List<ActivityOutcome> activities();

  /**
   * Returns the dates that matter, in date order: the cycle's first and last day, the end of each year
   * needing a mandatory activity, the end of a grace period, the days the credentials become inactive or
   * revoked and the last day to appeal, the next cycle's first day.
   *
   * @return the key dates, not empty
   */
  @Value.Parameter
  public abstract List<KeyDate> keyDates();

  /**
   * Returns what shaped this assessment: explicit inputs followed, credentials left out, cycles not
   * judged, and the library's choices where a source leaves a rule open (each linked to its known
   * omission).
   *
   * @return the notes, possibly empty
   */
  @Value.Parameter
  public abstract List<Note> notes();

  /**
   * Returns the CEUs required in the cycle.
   *
   * @return the required total, not null
   */
  public Ceus required() {
    return requirements().get(0).required();
  }

  /**
   * Returns the CEUs earned toward the cycle.
   *
   * @return the earned total, not null
   */
  public Ceus earned() {
    return requirements().get(0).earned();
  }

  /**
   * Checks whether every requirement of the cycle is met.
   *
   * @return true if no requirement has a shortfall
   */
  public boolean requirementsMet() {
    for (RequirementProgress r : requirements()) {
      if (!r.met()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns each unmet requirement with what is missing and by when, in the order of
   * {@link #requirements()}; none for a cycle that is {@link RenewalStatus#NOT_RECORDED}.
   *
   * @return the shortfalls, empty if every requirement is met
   */
  public List<Shortfall> shortfalls() {
    if (status() == RenewalStatus.NOT_RECORDED) {
      return List.of();
    }
    List<Shortfall> out = new java.util.ArrayList<>(); // the JDK's, not Guava's: start-up
    for (RequirementProgress r : requirements()) {
      if (!r.met()) {
        out.add(new Shortfall(r, cycle().end(), window().graceEnd()));
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * Returns the activities that counted toward the cycle.
   *
   * @return the counted outcomes, possibly empty
   */
  public List<ActivityOutcome> counted() {
    List<ActivityOutcome> out = new java.util.ArrayList<>();
    for (ActivityOutcome o : activities()) {
      if (o.counted()) {
        out.add(o);
      }
    }
    return java.util.Collections.unmodifiableList(out);
  }

  /**
   * Returns the status summary of this assessment, as the status-only path
   * ({@link RenewalEvaluator#standings}) gives it.
   *
   * @return the standing, not null
   */
  public RenewalStanding standing() {
    return new RenewalStanding(issuer(), cycle(), status(), required(), earned(), daysLeft());
  }

  /**
   * Compares the assessment with another by every attribute: {@link #window()}, the three lists of
   * credentials, {@link #status()}, {@link #daysLeft()}, {@link #requirements()}, {@link #activities()},
   * {@link #keyDates()} and {@link #notes()}.
   *
   * @param other  the other object, null returns false
   * @return true if the other object is a renewal assessment with equal attributes
   */
  @Override
  public final boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof RenewalAssessment a && window().equals(a.window())
        && credentials().equals(a.credentials()) && supersededCredentials().equals(a.supersededCredentials())
        && joiningNextCycle().equals(a.joiningNextCycle()) && status() == a.status() && daysLeft() == a.daysLeft()
        && requirements().equals(a.requirements()) && activities().equals(a.activities())
        && keyDates().equals(a.keyDates()) && notes().equals(a.notes());
  }

  /**
   * Returns a hash code over every attribute, as {@link #equals(Object)} compares them.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + window().hashCode();
    h += (h << 5) + credentials().hashCode();
    h += (h << 5) + supersededCredentials().hashCode();
    h += (h << 5) + joiningNextCycle().hashCode();
    h += (h << 5) + status().hashCode();
    h += (h << 5) + Long.hashCode(daysLeft());
    h += (h << 5) + requirements().hashCode();
    h += (h << 5) + activities().hashCode();
    h += (h << 5) + keyDates().hashCode();
    h += (h << 5) + notes().hashCode();
    return h;
  }

  /**
   * Returns every attribute, such as
   * {@code "RenewalAssessment{window=CycleWindow[...], credentials=[RHIA], ..., notes=[...]}"}.
   *
   * @return the text, not null
   */
  @Override
  public final String toString() {
    return "RenewalAssessment{window=" + window() + ", credentials=" + credentials() + ", supersededCredentials="
        + supersededCredentials() + ", joiningNextCycle=" + joiningNextCycle() + ", status=" + status()
        + ", daysLeft=" + daysLeft() + ", requirements=" + requirements() + ", activities=" + activities()
        + ", keyDates=" + keyDates() + ", notes=" + notes() + "}";
  }

  @Value.Check
  void check() {
    if (credentials().isEmpty() || requirements().isEmpty() || keyDates().isEmpty() || daysLeft() < 0
        || requirements().get(0).kind() != RequirementKind.TOTAL) {
      Problems p = Problems.of("renewal assessment of " + issuer() + " for the cycle " + cycle());
      p.notEmpty(credentials(), "credentials", "must name at least one credential");
      p.notEmpty(requirements(), "requirements", "must have at least the CEU total");
      if (!requirements().isEmpty()) {
        p.require(requirements().get(0).kind() == RequirementKind.TOTAL, ErrorCode.INVALID_VALUE,
            "requirements", "must begin with the CEU total", requirements().get(0).kind());
      }
      p.notEmpty(keyDates(), "keyDates", "must have at least the cycle's dates");
      p.require(daysLeft() >= 0, ErrorCode.INVALID_VALUE, "daysLeft", "must not be negative", daysLeft());
      p.check();
    }
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link RenewalAssessment} values. */
  public static final class Builder extends ImmutableRenewalAssessment.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
