package org.himkit;

import java.util.List;
import java.util.Optional;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A coded occupation of a statistics agency, such as SOC 29-2072 Medical Records Specialists, with
 * its codes in each scheme, sample job titles, and its wage, employment, outlook and education figures,
 * each with its reference period and edition.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Occupation {
  Occupation() {}

  /**
   * Returns the id, such as {@code 29-2072}.
   *
   * @return the id, not null
   */
  public abstract OccupationId id();

  /**
   * Returns the occupation's title, such as {@code "Medical Records Specialists"}.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the occupation's codes in each scheme.
   *
   * @return the codes, not empty
   */
  public abstract List<Code> codes();

  /**
   * Returns a note on what the occupation includes or excludes, such as {@code "Includes medical
   * coders."}.
   *
   * @return the note, empty if none
   */
  public abstract Optional<String> definitionNote();

  /**
   * Returns sample job titles reported for the occupation.
   *
   * @return the titles, possibly empty
   */
  public abstract List<String> sampleTitles();

  /**
   * Returns the wage figures, in the order given.
   *
   * @return the wages, possibly empty
   */
  public abstract List<WageStatistic> wages();

  /**
   * Returns the employment figures.
   *
   * @return the employment figures, possibly empty
   */
  public abstract List<EmploymentFigure> employment();

  /**
   * Returns the outlook figures, each with its projection period.
   *
   * @return the outlook figures, possibly empty
   */
  public abstract List<OutlookFigure> outlook();

  /**
   * Returns the typical entry-level education, per edition.
   *
   * @return the entry education, possibly empty
   */
  public abstract List<EntryEducation> entryEducation();

  /**
   * Returns the work experience in a related occupation typically needed to enter, per edition.
   *
   * @return the entry experience, possibly empty
   */
  public abstract List<EntryExperience> entryExperience();

  /**
   * Returns the industries with the most jobs of the occupation, as an edition lists them, largest first.
   *
   * @return the industry figures, possibly empty
   */
  public abstract List<IndustryEmployment> topIndustries();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  /**
   * Returns the latest median annual wage by reference month, among figures that have one.
   *
   * @return the median annual wage, empty if none has a reference month
   */
  public java.util.Optional<WageStatistic> latestMedianAnnualWage() {
    return wages().stream()
        .filter(w -> w.measure() == WageMeasure.MEDIAN_ANNUAL && w.referenceMonth().isPresent())
        .max(java.util.Comparator.comparing(w -> w.referenceMonth().get()));
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("occupation", id());
    p.text(title(), "title");
    p.notEmpty(codes(), "codes", "must have at least one code");
    p.texts(sampleTitles(), "sampleTitles");
    p.notEmpty(citations(), "citations", "must have at least one citation");
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

  /** A builder of {@link Occupation} values. */
  public static final class Builder extends ImmutableOccupation.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
