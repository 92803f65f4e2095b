package org.himkit;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A kind of education program, such as the HIM associate degree or the HIM bachelor's degree.
 *
 * <p>A program type gives the level and field, the typical length, the focus, how it is delivered,
 * whether evening programs exist, how it is structured, who accredits it, which credentials it
 * prepares for and which progression programs lead on from it. Named institutions' programs are
 * {@link ProgramOffering}s of a program type.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgramType {
  ProgramType() {}

  /**
   * Returns the id, such as {@code him-associate}.
   *
   * @return the id, not null
   */
  public abstract ProgramTypeId id();

  /**
   * Returns the name, such as {@code "Associate degree in health information management"}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the level of the award.
   *
   * @return the level, not null
   */
  public abstract DegreeLevel level();

  /**
   * Returns the field of study.
   *
   * @return the field, not null
   */
  public abstract ProgramField field();

  /**
   * Returns the typical length, such as two years.
   *
   * @return the length, empty if the sources do not give it
   */
  public abstract Optional<Period> typicalLength();

  /**
   * Returns the focus of the program.
   *
   * @return the focus, empty if the sources do not give it
   */
  public abstract Optional<ProgramFocus> focus();

  /**
   * Returns the ways the program is delivered.
   *
   * @return the delivery modes, possibly empty, in the order given
   */
  public abstract Set<DeliveryMode> deliveryModes();

  /**
   * Returns whether evening programs are available.
   *
   * @return the availability, not null
   */
  public abstract Availability eveningPrograms();

  /**
   * Returns how the program is structured, one statement each, such as {@code "two years of general
   * education courses"}.
   *
   * @return the statements, possibly empty
   */
  public abstract List<String> structure();

  /**
   * Returns the accreditor of such programs.
   *
   * @return the accreditor, empty if none is recorded
   */
  public abstract Optional<OrganizationId> accreditor();

  /**
   * Returns the credentials whose exam the program prepares for.
   *
   * @return the credentials, possibly empty
   */
  public abstract Set<CredentialId> preparesFor();

  /**
   * Returns the progression programs that lead on from this program's credential.
   *
   * @return the progression programs, possibly empty
   */
  public abstract List<ProgressionProgram> progressionPrograms();

  /**
   * Returns the accreditor's standards for this kind of program, with the years the accreditor gives.
   *
   * @return the standards, possibly empty
   */
  public abstract List<AccreditationStandard> accreditationStandards();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("program type", id());
    p.text(name(), "name");
    p.texts(structure(), "structure");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    if (typicalLength().isPresent()) { // not a lambda: built on the built-in catalog's first call (start-up)
      Period q = typicalLength().get();
      p.require(!q.isNegative() && !q.isZero(), ErrorCode.INVALID_VALUE, "typicalLength", "must be positive", q);
    }
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

  /** A builder of {@link ProgramType} values. */
  public static final class Builder extends ImmutableProgramType.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
