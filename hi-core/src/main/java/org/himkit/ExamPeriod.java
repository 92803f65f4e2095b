package org.himkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Problems;

/**
 * A dated time rule of an exam: how long a candidate has to take the exam once the application is
 * approved, or how long a candidate waits before retaking it after a failed attempt.
 *
 * <p>For example, AHIMA's FAQ says "Effective September 11th, 2023, the retest waiting period for the
 * CCA and CCS AHIMA certifications is 30 days": a {@link Kind#RETEST_WAIT} of 30 days from
 * 2023-09-11. Rules change, so each carries the dates it is in force where the sources give them, and
 * {@link Exam#period(Kind, LocalDate)} picks the one in force on a date.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  what the period is, not null
 * @param days  its length in calendar days, positive
 * @param effectiveFrom  the first day it applies, empty if the sources do not give it
 * @param effectiveTo  the last day it applies, empty if it still applies or the sources do not say
 * @param verification  how far it was checked at the issuer's own pages, not null
 * @param citations  the sources, not empty
 */
public record ExamPeriod(Kind kind, int days, Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveTo,
    Verification verification, List<Citation> citations) {

  /** What an exam period is. */
  public enum Kind {
    /** The time from the approval of an exam application within which the exam must be scheduled and taken. */
    ELIGIBILITY_WINDOW,
    /** The time a candidate waits after a failed attempt before retaking the exam. */
    RETEST_WAIT;
  }

  /**
   * Creates a period after checking it.
   *
   * @param kind  what the period is, not null
   * @param days  its length in calendar days, positive
   * @param effectiveFrom  the first day it applies, not null
   * @param effectiveTo  the last day it applies, not null
   * @param verification  how far it was checked, not null
   * @param citations  the sources, not empty
   * @throws HimValidationException if the length is not positive, the dates are out of order or there is no citation
   * @throws NullPointerException if an argument or element is null
   */
  public ExamPeriod {
    Objects.requireNonNull(citations, "citations");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveTo, "effectiveTo");
    Objects.requireNonNull(verification, "verification");
    citations = List.copyOf(citations);
    Problems p = Problems.of("exam period", kind);
    p.require(days > 0, ErrorCode.INVALID_VALUE, "days", "must be positive", days);
    p.notEmpty(citations, "citations", "must have at least one citation");
    EffectiveDates.check(effectiveFrom, effectiveTo, p);
    p.check();
  }

  /**
   * Obtains a period in force from a date, with no end date.
   *
   * @param kind  what the period is, not null
   * @param days  its length in calendar days, positive
   * @param effectiveFrom  the first day it applies, not null
   * @param verification  how far it was checked, not null
   * @param citation  the source, not null
   * @return the period, not null
   * @throws HimValidationException if the length is not positive
   */
  public static ExamPeriod from(Kind kind, int days, LocalDate effectiveFrom, Verification verification,
      Citation citation) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(citation, "citation");
    return new ExamPeriod(kind, days, Optional.of(effectiveFrom), Optional.empty(), verification, List.of(citation));
  }

  /**
   * Obtains a period whose dates the sources do not give.
   *
   * @param kind  what the period is, not null
   * @param days  its length in calendar days, positive
   * @param verification  how far it was checked, not null
   * @param citation  the source, not null
   * @return the period, not null
   * @throws HimValidationException if the length is not positive
   */
  public static ExamPeriod undated(Kind kind, int days, Verification verification, Citation citation) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(citation, "citation");
    return new ExamPeriod(kind, days, Optional.empty(), Optional.empty(), verification, List.of(citation));
  }

  /**
   * Checks whether the period applies on a date, as far as the sources date it: a period without
   * dates applies on every date.
   *
   * @param date  the date, not null
   * @return true if the date is within the period's effective dates
   */
  public boolean appliesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return EffectiveDates.contain(effectiveFrom, effectiveTo, date);
  }
}
