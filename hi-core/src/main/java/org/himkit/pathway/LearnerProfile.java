package org.himkit.pathway;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.internal.Problems;
import org.himkit.internal.Text;
import org.immutables.value.Value;

/**
 * Where a learner stands: education completed or in progress, college credits and credit hours of
 * named coursework, credentials held with the dates they were earned, months and hours of experience
 * by domain, a high-school diploma, graduation from a foreign program under a reciprocity agreement,
 * and trainings completed.
 *
 * <p>A profile holds no personal data: no name, no identifier. It is what eligibility checks and the
 * pathway planner read.
 *
 * <pre>{@code
 * LearnerProfile rhit = LearnerProfile.builder()
 *     .highSchoolDiploma(true)
 *     .addEducation(Education.completed(DegreeLevel.ASSOCIATE,
 *         ProgramField.HEALTH_INFORMATION_MANAGEMENT, OrganizationId.of("CAHIIM")))
 *     .putCredential(CredentialId.of("RHIT"), LocalDate.of(2022, 6, 1))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LearnerProfile {
  LearnerProfile() {}

  /** The largest number of months of experience a profile may record in a domain (50 years). */
  public static final int MAX_EXPERIENCE_MONTHS = 600;

  /** The largest number of hours of experience a profile may record in a domain. */
  public static final int MAX_EXPERIENCE_HOURS = 100_000;

  /** The largest number of college credits, or of credit hours of one coursework, a profile may record. */
  public static final int MAX_CREDITS = 500;

  /**
   * Returns the education programs, completed or in progress.
   *
   * @return the programs, in the order given, possibly empty
   */
  public abstract List<Education> education();

  /**
   * Returns the credentials held, each with the date it was earned.
   *
   * @return the credentials and their dates, possibly empty
   */
  public abstract Map<CredentialId, LocalDate> credentials();

  /**
   * Returns the months of full-time experience by domain. A requirement counted in hours with a
   * full-time equivalent ("1,950 hours (equal to one year full-time)") is met by these months; record
   * part-time experience as {@linkplain #experienceHours() hours} instead.
   *
   * @return the months by domain, each from 0 to {@link #MAX_EXPERIENCE_MONTHS}, possibly empty
   */
  public abstract Map<ExperienceDomain, Integer> experience();

  /**
   * Returns the hours of experience by domain, for requirements counted in hours, such as ODS's "1,950
   * hours (equal to one year full-time) experience in the cancer registry field". Hours and
   * {@linkplain #experience() months} are not added together: record all of a domain's experience in
   * one of them where a requirement counts it in hours.
   *
   * @return the hours by domain, each from 0 to {@link #MAX_EXPERIENCE_HOURS}, possibly empty
   */
  public abstract Map<ExperienceDomain, Integer> experienceHours();

  /**
   * Returns the college-level credits earned, as a transcript counts them, those of a certificate
   * program included (NCRA: "Completed coursework at NCRA-accredited Certificate Programs count
   * towards the 60 college-level credits"). A completed degree meets a "degree or the equivalent"
   * requirement by itself, whatever this number.
   *
   * @return the credits, from 0 to {@link #MAX_CREDITS}; 0 by default
   */
  @Value.Default
  public int collegeCredits() {
    return 0;
  }

  /**
   * Returns the credit hours of named coursework completed, by the coursework's code, such as {@code
   * "human-anatomy-physiology"} for ODS's Human Anatomy and Human Physiology. Only credit hours that
   * meet the requirement's conditions count (for ODS, a grade of C or better).
   *
   * @return the credit hours by coursework code, each from 0 to {@link #MAX_CREDITS}, possibly empty
   */
  public abstract Map<String, Integer> coursework();

  /**
   * Returns whether the learner has a high-school diploma or its equivalent (GED).
   *
   * @return true if the learner has one; false by default
   */
  @Value.Default
  public boolean highSchoolDiploma() {
    return false;
  }

  /**
   * Returns the organizations, such as AHIMA, with whose foreign reciprocity agreements the learner's
   * program was approved.
   *
   * @return the organizations, possibly empty
   */
  public abstract Set<OrganizationId> foreignReciprocity();

  /**
   * Returns the codes of the trainings completed, such as {@code "aapc-practicode"}.
   *
   * @return the training codes, possibly empty
   */
  public abstract Set<String> trainings();

  /**
   * Returns the months of experience in a domain.
   *
   * @param domain the domain, not null
   * @return the months, zero if none is recorded
   */
  public int experienceMonths(ExperienceDomain domain) {
    Objects.requireNonNull(domain, "domain");
    return experience().getOrDefault(domain, 0);
  }

  /**
   * Returns the hours of experience in a domain.
   *
   * @param domain the domain, not null
   * @return the hours, zero if none is recorded
   */
  public int experienceHours(ExperienceDomain domain) {
    Objects.requireNonNull(domain, "domain");
    return experienceHours().getOrDefault(domain, 0);
  }

  /**
   * Returns the credit hours of a coursework.
   *
   * @param code the coursework's code, not null
   * @return the credit hours, zero if none is recorded
   */
  public int courseworkCreditHours(String code) {
    Objects.requireNonNull(code, "code");
    return coursework().getOrDefault(code, 0);
  }

  /**
   * Returns whether the learner holds a credential on a date: it is recorded and was earned on or
   * before that date. Supersession (RHIA for RHIT) is not applied here; see
   * {@link Eligibility#heldCredentials(LearnerProfile, LocalDate)}.
   *
   * @param credential the credential, not null
   * @param asOf the date, not null
   * @return true if held on that date
   */
  public boolean holds(CredentialId credential, LocalDate asOf) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate earned = credentials().get(credential);
    return earned != null && !earned.isAfter(asOf);
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("learner profile");
    experience().forEach((domain, months) -> {
      if (months < 0 || months > MAX_EXPERIENCE_MONTHS) {
        p.require(false, ErrorCode.INVALID_VALUE, "experience." + domain,
            "must be from 0 to " + MAX_EXPERIENCE_MONTHS + " months", months);
      }
    });
    experienceHours().forEach((domain, hours) -> {
      if (hours < 0 || hours > MAX_EXPERIENCE_HOURS) {
        p.require(false, ErrorCode.INVALID_VALUE, "experienceHours." + domain,
            "must be from 0 to " + MAX_EXPERIENCE_HOURS + " hours", hours);
      }
    });
    if (collegeCredits() < 0 || collegeCredits() > MAX_CREDITS) {
      p.require(false, ErrorCode.INVALID_VALUE, "collegeCredits", "must be from 0 to " + MAX_CREDITS,
          collegeCredits());
    }
    p.codes(coursework().keySet(), "coursework");
    coursework().forEach((code, hours) -> {
      if (hours < 0 || hours > MAX_CREDITS) {
        p.require(false, ErrorCode.INVALID_VALUE, "coursework." + Text.bounded(code),
            "must be from 0 to " + MAX_CREDITS + " credit hours", hours);
      }
    });
    p.codes(trainings(), "trainings");
    p.check();
  }


  /**
   * Returns a profile with nothing recorded.
   *
   * @return the empty profile, not null
   */
  public static LearnerProfile empty() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link LearnerProfile} values. */
  public static final class Builder extends ImmutableLearnerProfile.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
