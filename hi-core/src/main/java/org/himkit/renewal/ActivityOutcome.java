package org.himkit.renewal;

import java.util.Objects;
import java.util.Optional;
import org.himkit.ErrorCode;
import org.himkit.internal.Checks;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;

/**
 * What one activity counted for in one cycle's assessment, and the facts that decided it: the
 * disposition, the CEUs credited, the cycle it was judged against (its dates, the policy version, the
 * grace period), the contact-time rule that converted its minutes, whether it counts as from the
 * issuer's own sources and why, and, for one already counted, the cycle it counted toward.
 *
 * <p>{@link org.himkit.text.HimText#describe(ActivityOutcome)} gives the reason in words.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param activity  the activity, not null
 * @param disposition  what became of it, not null
 * @param credited  the CEUs it contributed to the cycle's total, zero unless it counted
 * @param window  the cycle it was judged against, not null
 * @param conversion  the policy's contact-time rule, present if the activity is given in minutes and the
 *     policy has one
 * @param source  whether it counts as from the issuer's own sources, and why, not null
 * @param countedIn  for {@link ActivityDisposition#ALREADY_COUNTED}, the earlier cycle it counted toward;
 *     otherwise empty
 */
public record ActivityOutcome(CeActivity activity, ActivityDisposition disposition, Ceus credited,
    CycleWindow window, Optional<ContactTimeRule> conversion, IssuerSource source,
    Optional<RenewalCycle> countedIn) {
  /**
   * Creates an outcome after checking it.
   *
   * @param activity  the activity, not null
   * @param disposition  what became of it, not null
   * @param credited  the CEUs it contributed, zero unless it counted
   * @param window  the cycle it was judged against, not null
   * @param conversion  the contact-time rule, if the activity is given in minutes
   * @param source  whether it counts as from the issuer's sources, not null
   * @param countedIn  the earlier cycle it counted toward, exactly for an activity already counted
   * @throws org.himkit.HimValidationException if CEUs are credited to an activity that did not count, or
   *     the earlier cycle is given for another disposition
   * @throws NullPointerException if an argument is null
   */
  public ActivityOutcome {
    Objects.requireNonNull(activity, "activity");
    Objects.requireNonNull(disposition, "disposition");
    Objects.requireNonNull(credited, "credited");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(countedIn, "countedIn");
    if ((!disposition.counted() && !credited.isZero())
        || countedIn.isPresent() != (disposition == ActivityDisposition.ALREADY_COUNTED)) {
      Checks.require(false, ErrorCode.INVALID_VALUE, "outcome of the CE activity completed " + activity.completed(), "credited",
          "must be zero for an activity that did not count, with the earlier cycle given exactly for one "
              + "already counted", credited);
    }
  }

  /**
   * Checks whether the activity counted toward the cycle.
   *
   * @return true if the disposition is {@link ActivityDisposition#COUNTED}
   */
  public boolean counted() {
    return disposition.counted();
  }

  /**
   * Returns the CEUs the activity contributed toward the issuer-source content rule (AHIMA's 40 percent):
   * the CEUs credited if it counted and {@link #source()} counts, else zero.
   *
   * @return the CEUs, not null
   */
  public Ceus creditedFromIssuerSources() {
    return source.counts() ? credited : Ceus.ZERO;
  }
}
