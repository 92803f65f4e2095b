package org.himkit.pathway;

import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.himkit.catalog.KnownOmission;
import org.immutables.value.Value;

/**
 * The answer to "may this learner sit for this credential's exam?", as data.
 *
 * <p>The {@link #reason()} says why the {@link #status()} is what it is. For an ELIGIBLE learner,
 * {@link #satisfiedRoute()} is the first route met. For a NOT_ELIGIBLE one, {@link #unmet()} is what the
 * learner still needs, with the tree's alternatives kept as alternatives (a credential with seven
 * routes is one choice of seven options) and each unmet leaf with what is missing (11 of 24 months of
 * coding experience, the CAHIIM accreditation of the learner's program); a retired credential's exam is
 * not offered at all. For UNKNOWN, {@link #omissions()} are the catalog's known omissions about the
 * credential's eligibility that the answer rests on.
 *
 * <pre>{@code
 * EligibilityResult r = eligibility.check(learner, CredentialId.of("CCS"), asOf);
 * r.status();                                        // NOT_ELIGIBLE
 * r.unmet().orElseThrow().conditions()               // the unmet leaves
 *     .filter(c -> c.kind() == UnmetKind.EXPERIENCE)
 *     .map(c -> c.missingMonths().getAsInt());       // 13, 1 ...
 * HimText.english().unmet(r.unmet().orElseThrow());  // the same in words
 * }</pre>
 *
 * <p>The result holds no sentence: {@link org.himkit.text.HimText} renders it. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class EligibilityResult {
  EligibilityResult() {}

  /**
   * Returns the credential checked.
   *
   * @return the credential id, not null
   */
  public abstract CredentialId credential();

  /**
   * Returns the organization that issues the credential and offers its exam.
   *
   * @return the issuer, not null
   */
  public abstract OrganizationId issuer();

  /**
   * Returns why the answer is what it is.
   *
   * @return the reason, not null
   */
  public abstract EligibilityReason reason();

  /**
   * Returns the answer.
   *
   * @return the status of the {@linkplain #reason() reason}, not null
   */
  public EligibilityStatus status() {
    return reason().status();
  }

  /**
   * Returns the credential's eligibility tree.
   *
   * @return the tree, empty for {@link EligibilityReason#NO_ELIGIBILITY_DATA} and
   *     {@link EligibilityReason#EXAM_NOT_OFFERED}
   */
  public abstract Optional<Requirement> requirement();

  /**
   * Returns the first route of the tree the learner meets, in the tree's order.
   *
   * @return the route, present exactly for {@link EligibilityReason#ROUTE_MET}
   */
  public abstract Optional<Route> satisfiedRoute();

  /**
   * Returns what the learner still needs: the eligibility tree pruned to its unmet parts.
   *
   * @return the unmet structure, present exactly for {@link EligibilityReason#NO_ROUTE_MET}
   */
  public abstract Optional<Unmet> unmet();

  /**
   * Returns the catalog's known omissions the answer rests on: for UNKNOWN, those about the
   * credential's eligibility.
   *
   * @return the omissions, in the catalog's order, possibly empty
   */
  public abstract List<KnownOmission> omissions();

  /**
   * Returns whether the learner is eligible.
   *
   * @return true for ELIGIBLE
   */
  public boolean isEligible() {
    return reason() == EligibilityReason.ROUTE_MET;
  }

  @Value.Check
  void check() {
    EligibilityReason r = reason();
    if (satisfiedRoute().isPresent() != (r == EligibilityReason.ROUTE_MET)) {
      throw invalid("satisfiedRoute", "must be given exactly for ROUTE_MET", satisfiedRoute().isPresent());
    }
    if (satisfiedRoute().isPresent() && !satisfiedRoute().get().isMet()) {
      throw invalid("satisfiedRoute", "must be a route the learner meets", satisfiedRoute().get().unmet());
    }
    if (unmet().isPresent() != (r == EligibilityReason.NO_ROUTE_MET)) {
      throw invalid("unmet", "must be given exactly for NO_ROUTE_MET", unmet().isPresent());
    }
    boolean hasTree = r == EligibilityReason.ROUTE_MET || r == EligibilityReason.NO_ROUTE_MET;
    if (requirement().isPresent() != hasTree) {
      throw invalid("requirement", "must be given exactly for ROUTE_MET and NO_ROUTE_MET", requirement().isPresent());
    }
  }

  private HimValidationException invalid(String attribute, String rule, Object value) {
    return HimValidationException.of(ErrorCode.INVALID_VALUE, "eligibility result " + credential() + " "
        + reason(), attribute, rule, value);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link EligibilityResult} values. */
  public static final class Builder extends ImmutableEligibilityResult.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
