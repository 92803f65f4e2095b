package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.himkit.ErrorCode;
import org.himkit.OrganizationId;
import org.himkit.internal.Checks;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.immutables.value.Value;

/**
 * A continuing education activity a holder completed: a webinar, a course, a conference session.
 *
 * <p>An activity is given either in CEUs, as its provider awarded them, or in minutes of contact time,
 * which each issuer's policy converts ({@link org.himkit.policy.ContactTimeRule}); not both. Its
 * category says whether it is within AHIMA's HIIM domains, and its provider may be one of an issuer's
 * own sources ({@link #sourceOf()}: AHIMA resources for AHIMA's 40 percent rule) or approved by an
 * issuer ({@link #approvedBy()}: AAPC accepts only CEUs from vendors it approves). An issuer's own
 * sources count as approved by it.
 *
 * <p>Amounts are checked: a single activity of more than {@link #MAX_CEUS} CEUs or
 * {@link #MAX_MINUTES} minutes is taken to be a typing error and rejected, as is an activity dated
 * before 1900. Zero CEUs or minutes are rejected too.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CeActivity {
  /** The largest amount one activity may carry: 100 CEUs, more than any issuer requires per cycle. */
  public static final Ceus MAX_CEUS = Ceus.of(100);

  /** The longest contact time one activity may carry: 6,000 minutes, that is 100 hours. */
  public static final int MAX_MINUTES = 6_000;

  CeActivity() {}

  /**
   * Returns the caller's id of the activity, unique among the activities assessed together, such as a
   * certificate number.
   *
   * @return the id, not blank
   */
  public abstract String id();

  /**
   * Returns the title of the activity.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the day the activity was completed.
   *
   * @return the date, not before 1900-01-01
   */
  public abstract LocalDate completed();

  /**
   * Returns the CEUs the provider awarded.
   *
   * @return the CEUs, positive and at most {@link #MAX_CEUS}; empty if the activity is given in minutes
   */
  public abstract Optional<Ceus> ceus();

  /**
   * Returns the contact time in minutes.
   *
   * @return the minutes, from 1 to {@link #MAX_MINUTES}; empty if the activity is given in CEUs
   */
  public abstract OptionalInt minutes();

  /**
   * Returns what the activity is about.
   *
   * @return the category, not null
   */
  public abstract CeCategory category();

  /**
   * Returns the provider, such as {@code "AHIMA"} or a component state association.
   *
   * @return the provider, not blank
   */
  public abstract String provider();

  /**
   * Returns the issuers whose own sources the provider is (AHIMA: "AHIMA resources (including HCPro
   * products, services, and family of brands) and/or the Component Associations").
   *
   * @return the issuers, possibly empty
   */
  public abstract Set<OrganizationId> sourceOf();

  /**
   * Returns the issuers that approved the activity for CEUs, such as AAPC.
   *
   * @return the issuers, possibly empty
   */
  public abstract Set<OrganizationId> approvedBy();

  /**
   * Checks whether the activity comes from, or is approved by, an issuer.
   *
   * @param issuer the issuer, not null
   * @return true if the issuer is in {@link #sourceOf()} or {@link #approvedBy()}
   */
  public boolean isApprovedBy(OrganizationId issuer) {
    return sourceOf().contains(issuer) || approvedBy().contains(issuer);
  }

  @Value.Check
  void check() {
    String entity = "CE activity " + id();
    Checks.notBlank(id(), "CE activity", "id");
    Checks.notBlank(title(), entity, "title");
    Checks.notBlank(provider(), entity, "provider");
    Checks.require(!completed().isBefore(CredentialHolding.EARLIEST), ErrorCode.INVALID_DATE, entity, "completed",
        "must not be before " + CredentialHolding.EARLIEST, completed());
    Checks.require(ceus().isPresent() != minutes().isPresent(), ErrorCode.INVALID_VALUE, entity, "ceus",
        "give either CEUs or minutes, not both and not neither", ceus().map(Ceus::toString).orElse("no CEUs")
            + (minutes().isPresent() ? " and " + minutes().getAsInt() + " minutes" : " and no minutes"));
    ceus().ifPresent(c -> Checks.require(!c.isZero() && MAX_CEUS.isAtLeast(c), ErrorCode.INVALID_VALUE, entity,
        "ceus", "must be more than 0 and at most " + MAX_CEUS + " for one activity", c));
    if (minutes().isPresent()) {
      int m = minutes().getAsInt();
      Checks.require(m > 0 && m <= MAX_MINUTES, ErrorCode.INVALID_VALUE, entity, "minutes",
          "must be from 1 to " + MAX_MINUTES + " for one activity", m);
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

  /** A builder of {@link CeActivity} values. */
  public static final class Builder extends ImmutableCeActivity.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
