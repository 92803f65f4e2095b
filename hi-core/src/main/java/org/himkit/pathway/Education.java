package org.himkit.pathway;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;

/**
 * One education program of a learner, completed or in progress: its level, field, accreditor, how
 * far the learner is, and the date it was completed or is expected to be.
 *
 * <p>A program without field or accreditor is a degree of that level in another field, or one the
 * learner did not say; it meets generic degree requirements ("an associate degree") but no program
 * requirement ("an associate degree in health information management from a program accredited by
 * CAHIIM").
 *
 * <p>A profile describes the learner on the date it is checked: the status of an education is its
 * status on that date. The date of a completed program matters (a program completed after the date
 * asked about does not count yet); the expected date of a program in progress is informative only,
 * so a learner in the final term counts for early testing whatever the expected date.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param level the level of the award, not null
 * @param field the field of study, empty if not given
 * @param accreditor the program's accreditor, empty if none or not given
 * @param status how far the learner is, not null
 * @param date the completion date for a completed program, the expected one otherwise; empty if not given
 */
public record Education(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
    EducationStatus status, Optional<LocalDate> date) {

  /**
   * Creates an instance.
   *
   * @param level the level of the award, not null
   * @param field the field of study, empty if not given
   * @param accreditor the program's accreditor, empty if none or not given
   * @param status how far the learner is, not null
   * @param date the completion date for a completed program, the expected one otherwise; empty if not given
   */
  public Education {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(accreditor, "accreditor");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
  }

  /**
   * Obtains a completed program of a level and field, accredited by an accreditor.
   *
   * @param level the level, not null
   * @param field the field, not null
   * @param accreditor the accreditor, not null
   * @return the education, not null
   */
  public static Education completed(DegreeLevel level, ProgramField field, OrganizationId accreditor) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(accreditor, "accreditor");
    return new Education(level, Optional.of(field), Optional.of(accreditor), EducationStatus.COMPLETED, Optional.empty());
  }

  /**
   * Obtains a completed program of a level accredited by an accreditor, in a field the profile does not
   * record, such as an NCRA-accredited associate degree program.
   *
   * @param level the level, not null
   * @param accreditor the accreditor, not null
   * @return the education, not null
   */
  public static Education completed(DegreeLevel level, OrganizationId accreditor) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(accreditor, "accreditor");
    return new Education(level, Optional.empty(), Optional.of(accreditor), EducationStatus.COMPLETED, Optional.empty());
  }

  /**
   * Obtains a completed degree of a level in a field the profile does not record, from a program
   * that is not accredited by a recorded accreditor.
   *
   * @param level the level, not null
   * @return the education, not null
   */
  public static Education completedDegree(DegreeLevel level) {
    Objects.requireNonNull(level, "level");
    return new Education(level, Optional.empty(), Optional.empty(), EducationStatus.COMPLETED, Optional.empty());
  }

  /**
   * Obtains a completed program of a level and field that is not accredited, such as a health
   * information management degree from a program CAHIIM does not accredit: it meets generic degree
   * requirements and requirements of the field, but no requirement of an accredited program.
   *
   * @param level the level, not null
   * @param field the field, not null
   * @return the education, not null
   */
  public static Education completedUnaccredited(DegreeLevel level, ProgramField field) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    return new Education(level, Optional.of(field), Optional.empty(), EducationStatus.COMPLETED, Optional.empty());
  }

  /**
   * Obtains a program of a level and field, accredited by an accreditor, in which the learner is
   * enrolled with the given status.
   *
   * @param level the level, not null
   * @param field the field, not null
   * @param accreditor the accreditor, not null
   * @param status how far the learner is, not null
   * @return the education, not null
   */
  public static Education enrolled(DegreeLevel level, ProgramField field, OrganizationId accreditor,
      EducationStatus status) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(accreditor, "accreditor");
    Objects.requireNonNull(status, "status");
    return new Education(level, Optional.of(field), Optional.of(accreditor), status, Optional.empty());
  }

  /**
   * Obtains a program of a level and field that is not accredited, in which the learner is enrolled
   * with the given status.
   *
   * @param level the level, not null
   * @param field the field, not null
   * @param status how far the learner is, not null
   * @return the education, not null
   */
  public static Education enrolledUnaccredited(DegreeLevel level, ProgramField field, EducationStatus status) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(status, "status");
    return new Education(level, Optional.of(field), Optional.empty(), status, Optional.empty());
  }

  /**
   * Obtains a degree program of a level in a field the profile does not record, not accredited by a
   * recorded accreditor, in which the learner is enrolled with the given status: the counterpart of
   * {@link #completedDegree(DegreeLevel)} for a degree in progress.
   *
   * @param level the level, not null
   * @param status how far the learner is, not null
   * @return the education, not null
   */
  public static Education enrolledDegree(DegreeLevel level, EducationStatus status) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(status, "status");
    return new Education(level, Optional.empty(), Optional.empty(), status, Optional.empty());
  }

  /**
   * Returns a copy of this education with the given completion or expected date.
   *
   * @param on the date, not null
   * @return the dated education, not null
   */
  public Education on(LocalDate on) {
    Objects.requireNonNull(on, "on");
    return new Education(level, field, accreditor, status, Optional.of(on));
  }

  /**
   * Returns whether the program counts as completed on a date: its status is completed and its date,
   * if given, is not after that date.
   *
   * @param asOf the date, not null
   * @return true if completed on that date
   */
  public boolean isCompletedOn(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return status == EducationStatus.COMPLETED && date.map(d -> !d.isAfter(asOf)).orElse(true);
  }

  /**
   * Returns whether the program counts for early testing: the learner is in the last term of study
   * or has finished the course work.
   *
   * @return true for final term or course work finished
   */
  public boolean isEarlyTestingStage() {
    return status == EducationStatus.FINAL_TERM || status == EducationStatus.COURSEWORK_FINISHED;
  }
}
