package org.himkit;

import java.util.List;
import java.util.Optional;
import org.himkit.internal.HimDataStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * The profession as a whole: what health information management professionals do, whom they link
 * and bridge, and their professional organization.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimDataStyle // the JDK's collections in the generated code: start-up
public abstract class Profession {
  Profession() {}

  /**
   * Returns the name of the profession.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what the profession's members do.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns whom the profession is linked to, such as physicians.
   *
   * @return the links, possibly empty
   */
  public abstract List<String> linkedTo();

  /**
   * Returns what the profession bridges, such as patients' health information and payors.
   *
   * @return the bridges, possibly empty
   */
  public abstract List<String> bridges();

  /**
   * Returns further statements about the profession, one sentence each.
   *
   * @return the statements, possibly empty
   */
  public abstract List<String> facts();

  /**
   * Returns the profession's professional organization.
   *
   * @return the organization, not null
   */
  public abstract OrganizationId professionalOrganization();

  /**
   * Returns the median salary the profession's page states, with its sources and how far it was
   * checked, such as the seed page's "approximately $48,780 per year" for health information
   * technicians. This answers "what does the page say?" in one call; it is not necessarily the latest
   * figure confirmed at the statistics agency, which is a separate question:
   * {@link Occupation#latestMedianAnnualWage()} of the {@linkplain #salaryOccupation() occupation}
   * the figure belongs to.
   *
   * @return the stated median salary, empty if the profession states none
   */
  public abstract Optional<WageStatistic> medianSalary();

  /**
   * Returns the occupation the {@linkplain #medianSalary() stated median salary} belongs to; the
   * occupation lists the same figure among its wages.
   *
   * @return the occupation, present exactly when a median salary is stated
   */
  public abstract Optional<OccupationId> salaryOccupation();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  @Value.Check
  void check() {
    Problems p = Problems.of("profession");
    p.text(name(), "name");
    p.text(description(), "description");
    p.texts(linkedTo(), "linkedTo");
    p.texts(bridges(), "bridges");
    p.texts(facts(), "facts");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.require(medianSalary().isPresent() == salaryOccupation().isPresent(), ErrorCode.MISSING_ATTRIBUTE,
        "salaryOccupation", "must be given exactly when a median salary is stated", salaryOccupation());
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

  /** A builder of {@link Profession} values. */
  public static final class Builder extends ImmutableProfession.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
