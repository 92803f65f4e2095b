package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ErrorCode;
import org.himkit.ExperienceDomain;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.internal.Problems;

/**
 * One step of a pathway: complete a program, gain experience (in months or in hours), earn a
 * credential, complete a training, earn college credits, or complete credit hours of named coursework. Each step has a known duration or none, and can be applied to a profile to see where it
 * leaves the learner.
 *
 * <p>A step is data: {@link org.himkit.text.HimText#step(Step)} puts it in words.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Step permits Step.CompleteProgram, Step.GainExperience, Step.EarnCredential,
    Step.CompleteTraining, Step.EarnCollegeCredits, Step.CompleteCoursework, Step.GainExperienceHours {

  /**
   * Returns the kind of step.
   *
   * @return the kind, not null
   */
  StepKind kind();

  /**
   * Returns how long the step takes, where a source gives it (a program's typical length) or it
   * follows from the profile (the time left to a program's expected end, the months of experience to
   * gain).
   *
   * @return the duration, empty if unknown
   */
  Optional<Period> duration();

  /**
   * Returns the profile as it would be after this step, taken on the given date.
   *
   * @param profile  the profile before the step, not null
   * @param asOf  the date the step is taken to be done, not null
   * @return the profile after the step, not null
   */
  LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf);

  /**
   * Dispatches this step to the visitor's method for its type.
   *
   * @param <R>  the type of the visitor's answer
   * @param visitor  the visitor, not null
   * @return the visitor's answer
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * An operation on steps, with one method per kind of step and no default.
   *
   * @param <R>  the type of the answer
   */
  interface Visitor<R> {
    /**
     * Visits a program step.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitCompleteProgram(CompleteProgram step);

    /**
     * Visits an experience step.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitGainExperience(GainExperience step);

    /**
     * Visits a credential step.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitEarnCredential(EarnCredential step);

    /**
     * Visits a training step.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitCompleteTraining(CompleteTraining step);

    /**
     * Visits a college-credits step.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitEarnCollegeCredits(EarnCollegeCredits step);

    /**
     * Visits a coursework step.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitCompleteCoursework(CompleteCoursework step);

    /**
     * Visits a step of experience counted in hours.
     *
     * @param step  the step, not null
     * @return the answer
     */
    R visitGainExperienceHours(GainExperienceHours step);
  }

  private static HimValidationException invalid(String entity, String attribute, String rule, Object value) {
    return HimValidationException.of(ErrorCode.INVALID_VALUE, entity, attribute, rule, value);
  }

  /**
   * Complete an education program of a level, optionally in a field and accredited by an accreditor
   * (a high-school diploma or GED at level {@link DegreeLevel#HIGH_SCHOOL}).
   *
   * <p>The duration is the typical length of the catalog's program type, where one matches and gives
   * it; for a program the learner is enrolled in, the time left to its expected end.
   *
   * @param level  the level
   * @param field  the field, empty for any field
   * @param accreditor  the accreditor, empty for any program
   * @param programType  the catalog's program type whose typical length is the duration, empty if none
   *     matches
   * @param duration  the typical length or the time left, empty if unknown
   * @param expectedEnd  for a program the learner is enrolled in, the date it is expected to end; empty
   *     otherwise
   * @param progression  a progression program open to the learner through a credential held (RHIT to
   *     RHIA), empty if none
   */
  record CompleteProgram(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
      Optional<ProgramTypeId> programType, Optional<Period> duration, Optional<LocalDate> expectedEnd,
      Optional<ProgressionProgram> progression) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param level  the level, not null
     * @param field  the field, empty for any field
     * @param accreditor  the accreditor, empty for any program
     * @param programType  the catalog's program type, empty if none matches
     * @param duration  the typical length or the time left, not negative, empty if unknown
     * @param expectedEnd  the expected end of a program the learner is enrolled in, empty otherwise
     * @param progression  a progression program open to the learner, empty if none
     * @throws org.himkit.HimValidationException if the duration is negative, or an expected end is given
     *     without the time left
     * @throws NullPointerException if an argument is null
     */
    public CompleteProgram {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(accreditor, "accreditor");
      Objects.requireNonNull(programType, "programType");
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(expectedEnd, "expectedEnd");
      Objects.requireNonNull(level, "level");
      if (duration.isPresent() && duration.get().isNegative()) {
        throw invalid("step completeProgram", "duration", "must not be negative", duration.get());
      }
      if (expectedEnd.isPresent() && duration.isEmpty()) {
        throw invalid("step completeProgram", "duration", "must be the time left when an expected end is given",
            expectedEnd.get());
      }
      Objects.requireNonNull(progression, "progression");
    }

    /**
     * Obtains the step of completing a program of a level, field and accreditor, of unknown duration.
     *
     * @param level  the level, not null
     * @param field  the field, empty for any field
     * @param accreditor  the accreditor, empty for any program
     * @return the step, not null
     */
    public static CompleteProgram of(DegreeLevel level, Optional<ProgramField> field,
        Optional<OrganizationId> accreditor) {
      return new CompleteProgram(level, field, accreditor, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
    }

    /**
     * Returns whether this step is earning a high-school diploma or GED: a program of level
     * {@link DegreeLevel#HIGH_SCHOOL} in no particular field.
     *
     * @return true for the diploma
     */
    public boolean isHighSchoolDiploma() {
      return level == DegreeLevel.HIGH_SCHOOL && field.isEmpty() && accreditor.isEmpty();
    }

    @Override
    public StepKind kind() {
      return StepKind.COMPLETE_PROGRAM;
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      Education done = new Education(level, field, accreditor, EducationStatus.COMPLETED, Optional.of(asOf));
      return LearnerProfile.builder().from(profile).addEducation(done)
          .highSchoolDiploma(profile.highSchoolDiploma() || level == DegreeLevel.HIGH_SCHOOL).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCompleteProgram(this);
    }
  }

  /**
   * Gain months of experience in a domain.
   *
   * @param domain  the domain
   * @param months  the months to gain, from 1
   * @param totalMonths  the months the learner then has in all, at least {@code months}
   */
  record GainExperience(ExperienceDomain domain, int months, int totalMonths) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param domain  the domain, not null
     * @param months  the months to gain, from 1
     * @param totalMonths  the months in all, from {@code months} to the profile's maximum
     * @throws org.himkit.HimValidationException if the months are out of range
     */
    public GainExperience {
      Objects.requireNonNull(domain, "domain");
      if (months < 1 || totalMonths < months || totalMonths > LearnerProfile.MAX_EXPERIENCE_MONTHS) {
        throw invalid("step gainExperience", "months",
            "must be at least 1 and at most the total, which is at most " + LearnerProfile.MAX_EXPERIENCE_MONTHS,
            months + " of " + totalMonths);
      }
    }

    @Override
    public StepKind kind() {
      return StepKind.GAIN_EXPERIENCE;
    }

    @Override
    public Optional<Period> duration() {
      return Optional.of(Period.ofMonths(months).normalized());
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      Map<ExperienceDomain, Integer> experience = new EnumMap<>(ExperienceDomain.class);
      experience.putAll(profile.experience());
      experience.merge(domain, totalMonths, Math::max);
      return LearnerProfile.builder().from(profile).experience(experience).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitGainExperience(this);
    }
  }

  /**
   * Earn a credential: pass an exam, or, for a credential that removes an apprentice designation the
   * learner holds, show the issuer the required experience.
   *
   * @param credential  the credential earned
   * @param title  the credential's full name
   * @param exam  the credential whose exam is passed: the credential itself, or for an apprentice
   *     designation the full credential (the CPC exam earns CPC-A)
   * @param supersedes  the credentials the learner holds that it supersedes once granted (RHIA replaces
   *     RHIT), possibly empty
   * @param designationRemoved  the apprentice designation it removes, empty if the exam is to be passed
   */
  record EarnCredential(CredentialId credential, String title, CredentialId exam, List<CredentialId> supersedes,
      Optional<CredentialId> designationRemoved) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param credential  the credential earned, not null
     * @param title  the credential's full name, not blank
     * @param exam  the credential whose exam is passed, not null
     * @param supersedes  the credentials it supersedes, possibly empty
     * @param designationRemoved  the apprentice designation it removes, empty if the exam is to be passed
     * @throws org.himkit.HimValidationException if the title is blank
     * @throws NullPointerException if an argument is null
     */
    public EarnCredential {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(supersedes, "supersedes");
      Objects.requireNonNull(designationRemoved, "designationRemoved");
      Objects.requireNonNull(credential, "credential");
      Objects.requireNonNull(exam, "exam");
      Problems.of("step earnCredential", credential).text(title, "title").check();
      supersedes = ImmutableList.copyOf(supersedes);
    }

    /**
     * Obtains the step of passing a credential's own exam.
     *
     * @param credential  the credential, not null
     * @return the step, not null
     */
    public static EarnCredential passExam(Credential credential) {
      return new EarnCredential(credential.id(), credential.fullName(), credential.id(), List.of(), Optional.empty());
    }

    @Override
    public StepKind kind() {
      return StepKind.EARN_CREDENTIAL;
    }

    @Override
    public Optional<Period> duration() {
      return Optional.empty();
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      if (profile.holds(credential, asOf)) {
        return profile;
      }
      Map<CredentialId, LocalDate> held = new LinkedHashMap<>(profile.credentials());
      held.put(credential, asOf);
      return LearnerProfile.builder().from(profile).credentials(held).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEarnCredential(this);
    }
  }

  /**
   * Complete a named training, such as AAPC's Practicode.
   *
   * @param code  the training's code
   * @param title  the training's title, such as {@code "AAPC's Practicode"}
   */
  record CompleteTraining(String code, String title) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param code  the training's code, not blank
     * @param title  the training's title, not blank
     * @throws org.himkit.HimValidationException if a text is blank
     */
    public CompleteTraining {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      Problems.ofCode("step completeTraining", code).code(code, "code").text(title, "title").check();
    }

    @Override
    public StepKind kind() {
      return StepKind.COMPLETE_TRAINING;
    }

    @Override
    public Optional<Period> duration() {
      return Optional.empty();
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      return LearnerProfile.builder().from(profile).addTraining(code).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCompleteTraining(this);
    }
  }

  /**
   * Earn college credits, such as the 60 that NCRA counts as the equivalent of an associate degree.
   *
   * @param credits  the credits to earn, from 1
   * @param totalCredits  the credits the learner then has in all, at least {@code credits}
   */
  record EarnCollegeCredits(int credits, int totalCredits) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param credits  the credits to earn, from 1
     * @param totalCredits  the credits in all, from {@code credits} to the profile's maximum
     * @throws org.himkit.HimValidationException if the credits are out of range
     */
    public EarnCollegeCredits {
      if (credits < 1 || totalCredits < credits || totalCredits > LearnerProfile.MAX_CREDITS) {
        throw invalid("step earnCollegeCredits", "credits",
            "must be at least 1 and at most the total, which is at most " + LearnerProfile.MAX_CREDITS,
            credits + " of " + totalCredits);
      }
    }

    @Override
    public StepKind kind() {
      return StepKind.EARN_COLLEGE_CREDITS;
    }

    @Override
    public Optional<Period> duration() {
      return Optional.empty();
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      return LearnerProfile.builder().from(profile).collegeCredits(Math.max(profile.collegeCredits(), totalCredits))
          .build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEarnCollegeCredits(this);
    }
  }

  /**
   * Complete credit hours of named coursework, such as ODS's Human Anatomy and Human Physiology.
   *
   * @param code  the coursework's code
   * @param subject  the subject in plain words
   * @param creditHours  the credit hours to complete, from 1
   * @param totalCreditHours  the credit hours of the coursework the learner then has in all, at least
   *     {@code creditHours}
   */
  record CompleteCoursework(String code, String subject, int creditHours, int totalCreditHours) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param code  the coursework's code, not blank
     * @param subject  the subject, not blank
     * @param creditHours  the credit hours to complete, from 1
     * @param totalCreditHours  the credit hours in all, from {@code creditHours} to the profile's maximum
     * @throws org.himkit.HimValidationException if a text is blank or the credit hours are out of range
     */
    public CompleteCoursework {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(subject, "subject");
      Problems p = Problems.ofCode("step completeCoursework", code).code(code, "code").text(subject, "subject");
      if (creditHours < 1 || totalCreditHours < creditHours || totalCreditHours > LearnerProfile.MAX_CREDITS) {
        p.require(false, ErrorCode.INVALID_VALUE, "creditHours",
            "must be at least 1 and at most the total, which is at most " + LearnerProfile.MAX_CREDITS,
            creditHours + " of " + totalCreditHours);
      }
      p.check();
    }

    @Override
    public StepKind kind() {
      return StepKind.COMPLETE_COURSEWORK;
    }

    @Override
    public Optional<Period> duration() {
      return Optional.empty();
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      Map<String, Integer> coursework = new LinkedHashMap<>(profile.coursework());
      coursework.merge(code, totalCreditHours, Math::max);
      return LearnerProfile.builder().from(profile).coursework(coursework).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitCompleteCoursework(this);
    }
  }

  /**
   * Gain hours of experience in a domain.
   *
   * <p>The duration is known where the requirement equates its hours with full-time work ("1,950 hours
   * (equal to one year full-time)"): the hours to gain at that rate, rounded up to whole months.
   *
   * @param domain  the domain
   * @param hours  the hours to gain, from 1
   * @param totalHours  the hours the learner then has in all, at least {@code hours}
   * @param duration  the time the hours take at full time, empty if no full-time equivalent is stated
   */
  record GainExperienceHours(ExperienceDomain domain, int hours, int totalHours, Optional<Period> duration)
      implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param domain  the domain, not null
     * @param hours  the hours to gain, from 1
     * @param totalHours  the hours in all, from {@code hours} to the profile's maximum
     * @param duration  the time at full time, not negative, empty if unknown
     * @throws org.himkit.HimValidationException if the hours are out of range or the duration is negative
     * @throws NullPointerException if an argument is null
     */
    public GainExperienceHours {
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(domain, "domain");
      if (hours < 1 || totalHours < hours || totalHours > LearnerProfile.MAX_EXPERIENCE_HOURS) {
        throw invalid("step gainExperienceHours", "hours",
            "must be at least 1 and at most the total, which is at most " + LearnerProfile.MAX_EXPERIENCE_HOURS,
            hours + " of " + totalHours);
      }
      if (duration.isPresent() && duration.get().isNegative()) {
        throw invalid("step gainExperienceHours", "duration", "must not be negative", duration.get());
      }
    }

    @Override
    public StepKind kind() {
      return StepKind.GAIN_EXPERIENCE_HOURS;
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(asOf, "asOf");
      Map<ExperienceDomain, Integer> experience = new EnumMap<>(ExperienceDomain.class);
      experience.putAll(profile.experienceHours());
      experience.merge(domain, totalHours, Math::max);
      return LearnerProfile.builder().from(profile).experienceHours(experience).build();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitGainExperienceHours(this);
    }
  }
}
