package org.himkit;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.Problems;
import org.himkit.internal.Text;

/**
 * A student outcome a program publishes, such as its graduation rate, with the date it was listed.
 *
 * <p>CAHIIM requires the programs it accredits to post on their landing page their "graduation rate
 * AND employment rate, as well as at least one (1) of the following: retention rate, academic
 * transfer, graduate school entry, 4-year undergraduate program entry/ Academic progression rate,
 * student satisfaction rate, certification exam pass rate (if applicable)", and "These outcomes must
 * list the date and can be no older than the last full academic year." The built-in catalog holds no
 * program offerings; a portal fills these in for its institutions.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  what the outcome measures, not null
 * @param percent  the rate, in percent from 0 to 100, not null
 * @param asOf  the date the program lists for it, not null
 * @param exam  for a certification exam pass rate, the credential whose exam it is; empty otherwise, not null
 * @param citations  the sources, such as the program's landing page, possibly empty
 */
public record ProgramOutcome(Kind kind, BigDecimal percent, LocalDate asOf, Optional<CredentialId> exam,
    List<Citation> citations) {

  /** What a program outcome measures, in CAHIIM's list. */
  public enum Kind {
    /** The graduation rate (required by CAHIIM). */
    GRADUATION_RATE,
    /** The employment rate (required by CAHIIM). */
    EMPLOYMENT_RATE,
    /** The retention rate. */
    RETENTION_RATE,
    /** Academic transfer. */
    ACADEMIC_TRANSFER,
    /** Graduate school entry. */
    GRADUATE_SCHOOL_ENTRY,
    /** Entry to a four-year undergraduate program, or the academic progression rate. */
    ACADEMIC_PROGRESSION_RATE,
    /** The student satisfaction rate. */
    STUDENT_SATISFACTION_RATE,
    /** The certification exam pass rate, where applicable. */
    CERTIFICATION_EXAM_PASS_RATE;
  }

  /**
   * Creates an outcome after checking it.
   *
   * @param kind  what the outcome measures, not null
   * @param percent  the rate, from 0 to 100, not null
   * @param asOf  the date listed, not null
   * @param exam  the credential whose exam a pass rate is for, not null
   * @param citations  the sources, possibly empty
   * @throws HimValidationException if the rate is out of range, or an exam is named for an outcome that
   *     is not an exam pass rate
   * @throws NullPointerException if an argument or element is null
   */
  public ProgramOutcome {
    Objects.requireNonNull(citations, "citations");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(exam, "exam");
    citations = ImmutableList.copyOf(citations);
    Problems p = Problems.of("program outcome", kind);
    p.require(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, ErrorCode.INVALID_VALUE,
        "percent", "must be from 0 to 100", percent);
    p.require(exam.isEmpty() || kind == Kind.CERTIFICATION_EXAM_PASS_RATE, ErrorCode.INVALID_VALUE,
        "exam", "must be empty unless the outcome is a certification exam pass rate", exam);
    p.check();
  }

  /**
   * Obtains an outcome that names no exam.
   *
   * @param kind  what the outcome measures, not null
   * @param percent  the rate, from 0 to 100, such as {@code "82.5"}, not null
   * @param asOf  the date listed, not null
   * @return the outcome, not null
   * @throws HimValidationException if the rate is out of range or not a number
   */
  public static ProgramOutcome of(Kind kind, String percent, LocalDate asOf) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(asOf, "asOf");
    BigDecimal value;
    try {
      value = new BigDecimal(percent);
    } catch (NumberFormatException e) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "program outcome " + kind, "percent",
          "must be a decimal number", Text.quoted(percent));
    }
    return new ProgramOutcome(kind, value, asOf, Optional.empty(), List.of());
  }
}
