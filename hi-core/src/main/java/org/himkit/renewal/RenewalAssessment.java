package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.internal.Checks;
import org.himkit.policy.Ceus;
import org.immutables.value.Value;

/**
 * The answer to "am I on track to renew, and what is left?" for a holder's credentials with one issuer,
 * for one cycle, on one date.
 *
 * <p>It gives the cycle (its first and last day, the policy version governing it, the days left), the
 * credentials the requirement is for, required against earned CEUs overall and per rule, each shortfall
 * in plain words, every activity with what it counted for and why, the dates that matter and the
 * derived {@link RenewalStatus}. It never holds the holder's reference.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RenewalAssessment {
  RenewalAssessment() {}

  /**
   * Returns the issuer assessed, such as AHIMA.
   *
   * @return the issuer, not null
   */
  public abstract OrganizationId issuer();

  /**
   * Returns the date the assessment is for.
   *
   * @return the date, not null
   */
  public abstract LocalDate asOf();

  /**
   * Returns the cycle assessed: the one in force on {@link #asOf()}, the unmet cycle that decides a
   * lapsed status, or, in a history, a past cycle.
   *
   * @return the cycle, not null
   */
  public abstract RenewalCycle cycle();

  /**
   * Returns the credentials the cycle's requirement is for, in the order the holdings were given.
   *
   * @return the credentials, not empty
   */
  public abstract List<CredentialId> credentials();

  /**
   * Returns the credentials held but replaced for maintenance by another one held (RHIT once RHIA is
   * held).
   *
   * @return the superseded credentials, possibly empty
   */
  public abstract List<CredentialId> supersededCredentials();

  /**
   * Returns the credentials held but earned after the cycle began; they join the requirement from the
   * next cycle.
   *
   * @return the credentials, possibly empty
   */
  public abstract List<CredentialId> joiningNextCycle();

  /**
   * Returns the derived status.
   *
   * @return the status, not null
   */
  public abstract RenewalStatus status();

  /**
   * Returns the days left after {@link #asOf()}: until the cycle's last day for an active status, until
   * the last day of the grace period for {@link RenewalStatus#IN_GRACE}, otherwise zero.
   *
   * @return the days left, not negative
   */
  public abstract long daysLeft();

  /**
   * Returns the progress toward each requirement: the CEU total first, then each content rule, then
   * each mandatory activity.
   *
   * @return the requirements, not empty
   */
  public abstract List<RequirementProgress> requirements();

  /**
   * Returns every activity given, ordered by completion date and then id, with what it counted for in
   * this cycle and why.
   *
   * @return the outcomes, possibly empty
   */
  public abstract List<ActivityOutcome> activities();

  /**
   * Returns the dates that matter, in date order: the cycle's first and last day, the end of a grace
   * period, the days a credential becomes inactive or revoked and the last day to appeal, the next
   * cycle's first day.
   *
   * @return the key dates, not empty
   */
  public abstract List<KeyDate> keyDates();

  /**
   * Returns the library's choices that shaped this assessment where a source leaves a rule open, in
   * plain words.
   *
   * @return the notes, possibly empty
   */
  public abstract List<String> notes();

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
    return requirements().stream().allMatch(RequirementProgress::met);
  }

  /**
   * Returns each shortfall in plain words, in the order of {@link #requirements()}.
   *
   * @return the shortfalls, empty if every requirement is met
   */
  public List<String> shortfalls() {
    return requirements().stream().map(RequirementProgress::shortfall).flatMap(Optional::stream)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the activities that counted toward the cycle.
   *
   * @return the counted outcomes, possibly empty
   */
  public List<ActivityOutcome> counted() {
    return activities().stream().filter(o -> o.disposition().counted()).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  void check() {
    String entity = "renewal assessment of " + issuer() + " for the cycle " + cycle();
    Checks.notEmpty(credentials(), entity, "credentials", "must name at least one credential");
    Checks.notEmpty(requirements(), entity, "requirements", "must have at least the CEU total");
    Checks.notEmpty(keyDates(), entity, "keyDates", "must have at least the cycle's dates");
    Checks.require(daysLeft() >= 0, org.himkit.ErrorCode.INVALID_VALUE, entity, "daysLeft", "must not be negative",
        daysLeft());
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
