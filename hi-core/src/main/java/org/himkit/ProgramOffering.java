package org.himkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A named institution's program: one {@link ProgramType} as a school offers it.
 *
 * <p>The built-in catalog has no offerings, because no sourced list of them exists in its sources;
 * portals load their own through {@code HimCatalog.builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgramOffering {
  ProgramOffering() {}

  /**
   * Returns the id of the offering.
   *
   * @return the id, not null
   */
  public abstract ProgramOfferingId id();

  /**
   * Returns the institution's name.
   *
   * @return the institution, not blank
   */
  public abstract String institution();

  /**
   * Returns the program's name at the institution.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the kind of program offered.
   *
   * @return the program type, not null
   */
  public abstract ProgramTypeId programType();

  /**
   * Returns where the program is given.
   *
   * @return the location, not null
   */
  public abstract Location location();

  /**
   * Returns the ways the program is delivered.
   *
   * @return the delivery modes, possibly empty
   */
  public abstract Set<DeliveryMode> deliveryModes();

  /**
   * Returns whether the program is available in the evening.
   *
   * @return the availability, not null
   */
  public abstract Availability eveningPrograms();

  /**
   * Returns the accreditation status.
   *
   * @return the status, not null
   */
  public abstract AccreditationStatus accreditationStatus();

  /**
   * Returns the accreditor.
   *
   * @return the accreditor, empty if not accredited or not recorded
   */
  public abstract Optional<OrganizationId> accreditor();

  /**
   * Returns the date of the current accreditation decision.
   *
   * @return the date, empty if not recorded
   */
  public abstract Optional<LocalDate> accreditedSince();

  /**
   * Returns the student outcomes the program publishes (CAHIIM requires its accredited programs to
   * post their graduation and employment rates and at least one more), each with the date listed.
   *
   * @return the outcomes, possibly empty
   */
  public abstract List<ProgramOutcome> outcomes();

  /**
   * Returns the latest published outcome of a kind, by the date listed.
   *
   * @param kind the kind of outcome, not null
   * @return the outcome, empty if the program publishes none of that kind
   */
  public Optional<ProgramOutcome> latestOutcome(ProgramOutcome.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return outcomes().stream().filter(o -> o.kind() == kind).max(java.util.Comparator.comparing(ProgramOutcome::asOf));
  }

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("program offering", id());
    p.text(institution(), "institution");
    p.text(name(), "name");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.require(accreditationStatus() != AccreditationStatus.NOT_ACCREDITED || !accreditor().isPresent(),
        ErrorCode.INVALID_VALUE, "accreditor", "must be empty for a program that is not accredited", accreditor());
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

  /** A builder of {@link ProgramOffering} values. */
  public static final class Builder extends ImmutableProgramOffering.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
