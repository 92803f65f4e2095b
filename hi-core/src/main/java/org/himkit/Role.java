package org.himkit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A role: a kind of job in the profession, such as the health information technician or the
 * health information manager.
 *
 * <p>A role gives its level, a summary, its responsibilities as the sources give them, whether it
 * works directly with patients, its typical entry (a requirement that is typical, not required: the
 * seed says technicians "usually" have an associate degree and RHIT), its specializations, the
 * settings it works in, its occupation codes and the job titles used for it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Role {
  Role() {}

  /**
   * Returns the id, such as {@code health-information-technician}.
   *
   * @return the id, not null
   */
  public abstract RoleId id();

  /**
   * Returns the title, such as {@code "Health information technician"}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the abbreviation the sources use, such as {@code "HIT"}.
   *
   * @return the abbreviation, empty if none
   */
  public abstract Optional<String> abbreviation();

  /**
   * Returns the level of the role.
   *
   * @return the level, not null
   */
  public abstract RoleLevel level();

  /**
   * Returns a summary of the role in a sentence or two.
   *
   * @return the summary, not blank
   */
  public abstract String summary();

  /**
   * Returns the role's duties, one sentence each, as the sources give them.
   *
   * @return the responsibilities, possibly empty
   */
  public abstract List<String> responsibilities();

  /**
   * Returns how much the role works directly with patients.
   *
   * @return the patient contact, not null
   */
  public abstract PatientContact patientContact();

  /**
   * Returns what people entering the role typically have. This is what is usual, not a rule.
   *
   * @return the typical entry, empty if the sources do not say
   */
  public abstract Optional<Requirement> typicalEntry();

  /**
   * Returns the role this one specializes, as medical coder specializes health information
   * technician.
   *
   * @return the broader role, empty for a top-level role
   */
  public abstract Optional<RoleId> specializationOf();

  /**
   * Returns the credentials the sources associate with the role, whether typical, preferred or
   * required.
   *
   * @return the credentials, possibly empty, in the order given
   */
  public abstract Set<CredentialId> credentials();

  /**
   * Returns the settings the role works in.
   *
   * @return the settings, possibly empty, in the order given
   */
  public abstract Set<WorkSettingId> workSettings();

  /**
   * Returns the coded occupations the role belongs to.
   *
   * @return the occupations, possibly empty
   */
  public abstract Set<OccupationId> occupations();

  /**
   * Returns job titles used for the role, each with its source.
   *
   * @return the job titles, possibly empty
   */
  public abstract List<JobTitle> jobTitles();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("role", id());
    p.text(title(), "title");
    p.text(summary(), "summary");
    p.texts(responsibilities(), "responsibilities");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.text(abbreviation(), "abbreviation");
    p.require(!specializationOf().equals(java.util.Optional.of(id())), ErrorCode.INVALID_VALUE,
        "specializationOf", "must not be the role itself", id());
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

  /** A builder of {@link Role} values. */
  public static final class Builder extends ImmutableRole.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
