package org.himkit.renewal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.internal.HimDataStyle;
import org.himkit.internal.Problems;
import org.himkit.internal.Text;
import org.himkit.policy.Ceus;
import org.immutables.value.Value;

/**
 * A holder's credential: which credential, the day it was earned and, optionally, the holder's own
 * reference and an explicit cycle start.
 *
 * <p>The holder reference (a member number, a name) is the caller's; it is kept for the caller's
 * convenience and never appears in {@link #toString()} or in any message or result of HIM Kit.
 *
 * <p>The explicit cycle start overrides the library's choice of cycle where a source leaves it open:
 * AHIMA's cycle for several credentials or for early testers ("please check your CEU Center"), AAPC's
 * alignment to the membership renewal date, NCRA's first cycle. Give the first day of a cycle as the
 * issuer shows it (the current one, an earlier one, or the next one of a newly certified AAPC member
 * whose membership-aligned cycle has not begun); the cycles before and after it follow from it by the
 * policy's cycle length. If the day earned is not itself the first day of such a cycle, the days from the
 * day earned to the first one form a first, short cycle (see {@link RenewalEvaluator}). Likewise the explicit first-cycle requirement overrides
 * the full requirement the library applies to a first cycle, for an issuer that prorates it (AAPC: "If
 * you are newly certified, CEUs will be pro-rated to match your existing renewal month for your first
 * submission", without a sourced formula).
 *
 * <pre>{@code
 * CredentialHolding rhia = CredentialHolding.of(CredentialId.RHIA, LocalDate.of(2023, 3, 15));
 * CredentialHolding cpc = CredentialHolding.builder()
 *     .credential(CredentialId.CPC).earned(LocalDate.of(2024, 8, 20))
 *     .cycleStart(LocalDate.of(2024, 9, 1))             // the issuer's renewal month
 *     .firstCycleRequiredCeus(Ceus.of(20))               // as the issuer prorates it
 *     .holderReference("member 12345")                   // never shown by toString or messages
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimDataStyle // the JDK's collections in the generated code: start-up
public abstract class CredentialHolding {
  /** The earliest date accepted for any date of a holding or an activity. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  CredentialHolding() {}

  /**
   * Returns the credential held, such as {@code RHIA}; a former name such as {@code CTR} is resolved
   * through the catalog when the holding is assessed.
   *
   * @return the credential id, not null
   */
  public abstract CredentialId credential();

  /**
   * Returns the day the credential was earned: for AHIMA, the day the exam was passed.
   *
   * @return the date, not before 1900-01-01
   */
  public abstract LocalDate earned();

  /**
   * Returns the caller's reference for the holder, such as a member number. It never appears in
   * {@code toString()} or in messages.
   *
   * @return the reference, empty if none is given
   */
  public abstract Optional<String> holderReference();

  /**
   * Returns the first day of one of this credential's cycles as the issuer shows it, overriding the
   * library's choice of cycle.
   *
   * @return the explicit cycle start, not before {@link #earned()}, empty to let the policy decide
   */
  public abstract Optional<LocalDate> cycleStart();

  /**
   * Returns the day of the year the holder's membership is due, for a policy whose cycles are anchored to
   * the membership renewal date (AAPC). AAPC's CEUs are due every two years on the membership expiration
   * date: in odd years for a membership due in January, March, May, July, September or November, and in
   * even years for one due in February, April, June, August, October or December. From it the evaluator
   * works out the cycles: each ends on the due date of such a year (February 28 for February 29 in a year
   * that is not a leap year), and the days from the day earned to the first of them form a first, short
   * cycle, as with an explicit cycle start, which overrides it.
   *
   * @return the membership due date, empty if not given (the first cycle then begins on the day earned)
   */
  public abstract Optional<MonthDay> membershipDue();

  /**
   * Returns the CEUs the issuer requires for the first cycle, as the issuer states it, overriding the
   * full requirement the library applies to a first cycle (AAPC prorates it).
   *
   * @return the first cycle's requirement, empty to apply the policy's full requirement
   */
  public abstract Optional<Ceus> firstCycleRequiredCeus();

  @Value.Check
  void check() {
    // no lambdas on this path, which every holding takes: each would be spun on a first answer (start-up)
    if (earned().isBefore(EARLIEST) || (holderReference().isPresent() && !validReference(holderReference().get()))
        || (cycleStart().isPresent() && cycleStart().get().isBefore(earned()))) {
      // the reference may be personal data: a message describes it, never quotes it
      Problems p = Problems.of("credential holding", credential());
      p.require(!earned().isBefore(EARLIEST), ErrorCode.INVALID_DATE, "earned", "must not be before " + EARLIEST,
          earned());
      holderReference().ifPresent(r -> {
        p.require(!Text.isBlank(r), ErrorCode.INVALID_VALUE, "holderReference", "must not be blank", "(blank)");
        p.require(r.length() <= Text.MAX_TEXT_LENGTH, ErrorCode.INVALID_VALUE, "holderReference",
            "must be at most " + Text.MAX_TEXT_LENGTH + " characters long", "(" + r.length() + " characters, not shown)");
      });
      cycleStart().ifPresent(s -> p.require(!s.isBefore(earned()), ErrorCode.INVALID_DATE, "cycleStart",
          "must not be before the day earned " + earned(), s));
      p.check();
    }
  }

  private static boolean validReference(String reference) {
    return !Text.isBlank(reference) && reference.length() <= Text.MAX_TEXT_LENGTH;
  }

  /**
   * Returns the holding without the holder reference, such as
   * {@code "CredentialHolding{credential=RHIA, earned=2023-03-15}"}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return "CredentialHolding{credential=" + credential() + ", earned=" + earned()
        + cycleStart().map(s -> ", cycleStart=" + s).orElse("")
        + membershipDue().map(m -> ", membershipDue=" + m).orElse("")
        + firstCycleRequiredCeus().map(c -> ", firstCycleRequiredCeus=" + c).orElse("") + "}";
  }

  /**
   * Obtains a holding of a credential earned on a day.
   *
   * @param credential the credential, not null
   * @param earned the day it was earned, not null
   * @return the holding, not null
   * @throws org.himkit.HimValidationException if the date is before 1900
   */
  public static CredentialHolding of(CredentialId credential, LocalDate earned) {
    return builder().credential(credential).earned(earned).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link CredentialHolding} values. */
  public static final class Builder extends ImmutableCredentialHolding.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
