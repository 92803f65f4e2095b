package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.Requirement;
import org.himkit.internal.Checks;
import org.immutables.value.Value;

/**
 * The answer to "may this learner sit for this credential's exam?", with the reasons.
 *
 * <p>For an ELIGIBLE learner, {@link #satisfiedRoute()} names the first route met. For a NOT_ELIGIBLE
 * one, {@link #unmet()} lists every condition not met, in plain words ("needs a baccalaureate degree
 * in health information management from a program accredited by CAHIIM"), and {@link #routes()}
 * shows, route by route, what is missing. For UNKNOWN, {@link #reasons()} says that the catalog has
 * no eligibility data and why.
 *
 * <p>This class is immutable and thread-safe.
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
   * Returns the answer.
   *
   * @return the status, not null
   */
  public abstract EligibilityStatus status();

  /**
   * Returns the credential's eligibility tree.
   *
   * @return the tree, empty where the catalog has no eligibility data
   */
  public abstract Optional<Requirement> requirement();

  /**
   * Returns every route of the eligibility tree, checked against the learner, in the tree's order.
   *
   * @return the routes, empty where the catalog has no eligibility data
   */
  public abstract List<Route> routes();

  /**
   * Returns why the answer is UNKNOWN, or NOT_ELIGIBLE for a reason outside the tree (a retired
   * exam), in plain words.
   *
   * @return the reasons, possibly empty
   */
  public abstract List<String> reasons();

  /**
   * Returns whether the learner is eligible.
   *
   * @return true for ELIGIBLE
   */
  public boolean isEligible() {
    return status() == EligibilityStatus.ELIGIBLE;
  }

  /**
   * Returns the first route the learner meets.
   *
   * @return the route, empty unless the status is ELIGIBLE
   */
  public Optional<Route> satisfiedRoute() {
    return status() == EligibilityStatus.ELIGIBLE ? routes().stream().filter(Route::isMet).findFirst() : Optional.empty();
  }

  /**
   * Returns, for a learner who is not eligible, every condition not met on any route, each once, in
   * plain words beginning "needs", followed by the {@linkplain #reasons() reasons}.
   *
   * @return the unmet conditions, empty unless the status is NOT_ELIGIBLE
   */
  public List<String> unmet() {
    if (status() != EligibilityStatus.NOT_ELIGIBLE) {
      return List.of();
    }
    Set<String> words = new LinkedHashSet<>();
    for (Route r : routes()) {
      r.unmet().forEach(leaf -> words.add("needs " + leaf.describe()));
    }
    words.addAll(reasons());
    return ImmutableList.copyOf(words);
  }

  @Value.Check
  void check() {
    String entity = "eligibility result " + credential();
    boolean anyMet = routes().stream().anyMatch(Route::isMet);
    Checks.require(anyMet == (status() == EligibilityStatus.ELIGIBLE), ErrorCode.INVALID_VALUE, entity, "status",
        "must be ELIGIBLE exactly when a route is met", status());
    Checks.require(status() != EligibilityStatus.UNKNOWN || requirement().isEmpty(), ErrorCode.INVALID_VALUE,
        entity, "status", "must not be UNKNOWN when the eligibility tree is known", status());
    Checks.noneBlank(reasons(), entity, "reasons");
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
