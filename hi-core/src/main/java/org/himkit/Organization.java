package org.himkit;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * An organization of the profession: a professional association, a certifying body, an accreditor
 * or a statistics agency.
 *
 * <p>For example AHIMA, the American Health Information Management Association, is both the
 * profession's association and the issuer of the RHIT and RHIA credentials; it had three former
 * names, kept with their years.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class Organization {
  Organization() {}

  /**
   * Returns the id of this organization, such as {@code AHIMA}.
   *
   * @return the id, not null
   */
  public abstract OrganizationId id();

  /**
   * Returns the full name, such as {@code "American Health Information Management Association"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the abbreviation the organization is known by, such as {@code "AHIMA"}.
   *
   * @return the abbreviation, not blank
   */
  public abstract String abbreviation();

  /**
   * Returns the parts the organization plays.
   *
   * @return the kinds, not empty, in the order given
   */
  public abstract Set<OrganizationKind> kinds();

  /**
   * Returns the organization's former names, oldest first.
   *
   * @return the former names, possibly empty
   */
  public abstract List<FormerName> formerNames();

  /**
   * Returns the organization's web site.
   *
   * @return the address, empty if not recorded
   */
  public abstract Optional<URI> website();

  /**
   * Returns a short description of the organization.
   *
   * @return the description, empty if none is recorded
   */
  public abstract Optional<String> description();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  /**
   * Returns the fees the organization charges, as its pages state them, in the order given.
   *
   * @return the fees, possibly empty
   */
  public abstract List<Fee> fees();

  /**
   * Returns the fees of a kind whose amounts apply on a date, in the order given.
   *
   * @param kind the kind of fee, not null
   * @param date the date, not null
   * @return the fees, possibly empty
   */
  public List<Fee> fees(FeeKind kind, java.time.LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    return fees().stream().filter(f -> f.kind() == kind && f.appliesOn(date))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /**
   * Checks whether the organization plays the given part.
   *
   * @param kind the kind to check, not null
   * @return true if it does
   */
  public boolean is(OrganizationKind kind) {
    Objects.requireNonNull(kind, "kind");
    return kinds().contains(kind);
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("organization", id());
    p.text(name(), "name");
    p.text(abbreviation(), "abbreviation");
    p.notEmpty(kinds(), "kinds", "must have at least one kind");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.text(description(), "description");
    p.check();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Organization} values. */
  public static final class Builder extends ImmutableOrganization.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
