package org.himkit.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.internal.Problems;

/**
 * An activity a policy requires, in addition to the CEU total, of holders of some credentials: AHIMA,
 * before 2021, required "two annual coding self-reviews" of 5 CEUs each for CCA, CCS and CCS-P.
 *
 * <p>The rule is met when, in each year of the cycle (the first year beginning on the cycle's first day,
 * the second on its anniversary), the holder completed at least {@code perCycleYear} counted activities
 * of the given category, each credited with at least {@code ceusEach} (an activity of the category worth
 * fewer CEUs, such as a 0.25 CEU quiz filed as a self-review, still counts toward the CEU total but not
 * as the mandatory activity). It applies once per cycle, however many of the named credentials are held: the
 * source does not say that holders of both CCS and CCS-P need two self-reviews a year, and the library
 * does not assume it. The activities' CEUs also count toward the cycle's total.
 *
 * <p>A requirement that an issuer discontinued on a date for everyone has a {@link #lastDay()}: a year of
 * a cycle beginning after that day needs no such activity, even in a cycle governed by an earlier policy
 * version, while a year beginning on or before it still does (library choice: the year is judged by the
 * rule in force on its first day). AHIMA: "Effective January 1, 2021, AHIMA and the Commission on
 * Certification (CCHIIM) discontinued the mandatory annual self-review requirement for CCA, CCS, and
 * CCS-P", so the self-review's last day is 2020-12-31.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the activity in plain words, such as {@code "annual coding self-review"}, not blank
 * @param credentials the credentials whose holders must complete it, not empty
 * @param category the category that identifies such an activity, not null
 * @param perCycleYear how many are required in each year of the cycle, at least 1
 * @param ceusEach the CEUs each such activity is worth according to the source, and the least an activity
 *     must be credited with to count as one, not null
 * @param citation the source, not null
 * @param lastDay the last day the requirement was in force for everyone, empty if it has not ended
 */
public record MandatoryActivity(
    String name, Set<CredentialId> credentials, CeCategory category, int perCycleYear, Ceus ceusEach,
    Citation citation, Optional<LocalDate> lastDay) {

  /**
   * Creates a mandatory activity after checking it.
   *
   * @param name the activity in plain words, not blank
   * @param credentials the credentials whose holders must complete it, not empty
   * @param category the category that identifies such an activity, not null
   * @param perCycleYear how many are required in each year of the cycle, at least 1
   * @param ceusEach the CEUs each is worth, not null
   * @param citation the source, not null
   * @param lastDay the last day the requirement was in force for everyone, empty if it has not ended
   * @throws org.himkit.HimValidationException if a part is blank, empty or out of range
   */
  public MandatoryActivity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(ceusEach, "ceusEach");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(lastDay, "lastDay");
    Problems.of("mandatory activity", name)
        .text(name, "name")
        .notEmpty(credentials, "credentials", "must name at least one credential")
        .require(perCycleYear >= 1, ErrorCode.INVALID_VALUE, "perCycleYear", "must be at least 1", perCycleYear)
        .check();
    credentials = Set.copyOf(credentials);
  }

  /**
   * Creates a mandatory activity that has not ended, after checking it.
   *
   * @param name the activity in plain words, not blank
   * @param credentials the credentials whose holders must complete it, not empty
   * @param category the category that identifies such an activity, not null
   * @param perCycleYear how many are required in each year of the cycle, at least 1
   * @param ceusEach the CEUs each is worth, not null
   * @param citation the source, not null
   * @throws org.himkit.HimValidationException if a part is blank, empty or out of range
   */
  public MandatoryActivity(String name, Set<CredentialId> credentials, CeCategory category, int perCycleYear,
      Ceus ceusEach, Citation citation) {
    this(name, credentials, category, perCycleYear, ceusEach, citation, Optional.empty());
  }

  /**
   * Checks whether the year of a cycle beginning on a day requires the activity.
   *
   * @param yearStart the first day of the cycle year, not null
   * @return true unless the requirement ended before {@code yearStart}
   */
  public boolean requiredInYearBeginning(LocalDate yearStart) {
    return lastDay.map(last -> !yearStart.isAfter(last)).orElse(true);
  }
}
