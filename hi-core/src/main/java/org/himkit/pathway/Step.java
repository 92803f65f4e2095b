package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ErrorCode;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.internal.Checks;

/**
 * One step of a pathway: complete a program, gain experience, earn a credential, or complete a
 * training. Each step has a known duration or none, and can be applied to a profile to see where it
 * leaves the learner.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Step permits Step.CompleteProgram, Step.GainExperience, Step.EarnCredential,
    Step.CompleteTraining {

  /**
   * Returns the step in plain words, with its duration, such as {@code "complete an associate degree
   * in health information management from a program accredited by CAHIIM (typically 2 years)"}.
   *
   * @return the description, not null
   */
  String describe();

  /**
   * Returns how long the step takes, where a source gives it.
   *
   * @return the duration, empty if unknown
   */
  Optional<Period> duration();

  /**
   * Returns the profile as it would be after this step, taken on the given date.
   *
   * @param profile the profile before the step, not null
   * @param asOf the date the step is taken to be done, not null
   * @return the profile after the step, not null
   */
  LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf);

  private static String durationWords(Optional<Period> duration) {
    return duration.map(d -> " (typically " + Pathway.words(d) + ")").orElse(" (duration unknown)");
  }

  /**
   * Complete an education program of a level, optionally in a field and accredited by an accreditor
   * (a high-school diploma or GED at level {@link DegreeLevel#HIGH_SCHOOL}).
   *
   * @param level the level
   * @param field the field, empty for any field
   * @param accreditor the accreditor, empty for any program
   * @param duration the typical length, empty if unknown
   * @param note a note, such as the progression programs open to the learner, empty if none
   */
  record CompleteProgram(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
      Optional<Period> duration, Optional<String> note) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param level the level
     * @param field the field, empty for any field
     * @param accreditor the accreditor, empty for any program
     * @param duration the typical length, empty if unknown
     * @param note a note, empty if none
     */
    public CompleteProgram {
      note.ifPresent(n -> Checks.notBlank(n, "step completeProgram", "note"));
    }

    @Override
    public String describe() {
      String what = level == DegreeLevel.HIGH_SCHOOL && field.isEmpty() && accreditor.isEmpty()
          ? "earn a high-school diploma or GED"
          : "complete " + new Requirement.CompletedProgram(level, field, accreditor, Optional.empty()).describe();
      return what + durationWords(duration) + note.map(n -> "; " + n).orElse("");
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Education done = new Education(level, field, accreditor, EducationStatus.COMPLETED, Optional.of(asOf));
      return LearnerProfile.builder().from(profile).addEducation(done)
          .highSchoolDiploma(profile.highSchoolDiploma() || level == DegreeLevel.HIGH_SCHOOL).build();
    }
  }

  /**
   * Gain months of experience in a domain.
   *
   * @param domain the domain
   * @param months the months to gain, from 1
   * @param totalMonths the months the learner then has in all, at least {@code months}
   */
  record GainExperience(ExperienceDomain domain, int months, int totalMonths) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param domain the domain
     * @param months the months to gain, from 1
     * @param totalMonths the months in all, from {@code months} to the profile's maximum
     */
    public GainExperience {
      Checks.require(months >= 1 && totalMonths >= months && totalMonths <= LearnerProfile.MAX_EXPERIENCE_MONTHS,
          ErrorCode.INVALID_VALUE, "step gainExperience", "months",
          "must be at least 1 and at most the total, which is at most " + LearnerProfile.MAX_EXPERIENCE_MONTHS,
          months + " of " + totalMonths);
    }

    @Override
    public Optional<Period> duration() {
      return Optional.of(Period.ofMonths(months).normalized());
    }

    @Override
    public String describe() {
      String gain = Pathway.words(Period.ofMonths(months).normalized());
      return "gain " + gain + " of " + domain.label() + " experience"
          + (totalMonths > months ? " (" + Pathway.words(Period.ofMonths(totalMonths).normalized()) + " in all)" : "");
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      Map<ExperienceDomain, Integer> experience = new EnumMap<>(ExperienceDomain.class);
      experience.putAll(profile.experience());
      experience.merge(domain, totalMonths, Math::max);
      return LearnerProfile.builder().from(profile).experience(experience).build();
    }
  }

  /**
   * Earn a credential: pass an exam, or, for a credential that removes an apprentice designation the
   * learner holds, show the issuer the required experience.
   *
   * @param credential the credential earned
   * @param exam the credential whose exam is passed: the credential itself, or for an apprentice
   *     designation the full credential (the CPC exam earns CPC-A)
   * @param replaces the credentials the learner holds that it replaces once granted (RHIA replaces
   *     RHIT), possibly empty
   * @param designationRemoved the apprentice designation it removes, empty if the exam is to be passed
   */
  record EarnCredential(CredentialId credential, CredentialId exam, List<CredentialId> replaces,
      Optional<CredentialId> designationRemoved) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param credential the credential earned
     * @param exam the credential whose exam is passed
     * @param replaces the credentials it replaces, possibly empty
     * @param designationRemoved the apprentice designation it removes, empty if the exam is to be passed
     */
    public EarnCredential {
      replaces = ImmutableList.copyOf(replaces);
    }

    /**
     * Obtains the step of passing a credential's own exam.
     *
     * @param credential the credential, not null
     * @return the step, not null
     */
    public static EarnCredential passExam(CredentialId credential) {
      return new EarnCredential(credential, credential, List.of(), Optional.empty());
    }

    @Override
    public Optional<Period> duration() {
      return Optional.empty();
    }

    @Override
    public String describe() {
      String how = designationRemoved
          .map(d -> "have the " + d + " apprentice designation removed by showing the experience, which earns "
              + credential)
          .orElse("pass the " + exam + " exam and earn " + credential);
      String replacing = replaces.isEmpty() ? ""
          : "; " + credential + " replaces " + replaces.stream().map(CredentialId::value)
              .collect(Collectors.joining(", "));
      return how + " (duration unknown)" + replacing;
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      if (profile.holds(credential, asOf)) {
        return profile;
      }
      Map<CredentialId, LocalDate> held = new LinkedHashMap<>(profile.credentials());
      held.put(credential, asOf);
      return LearnerProfile.builder().from(profile).credentials(held).build();
    }
  }

  /**
   * Complete a named training, such as AAPC's Practicode.
   *
   * @param code the training's code
   * @param description the training in plain words
   */
  record CompleteTraining(String code, String description) implements Step {
    /**
     * Creates an instance after checking it.
     *
     * @param code the training's code, not blank
     * @param description the training in plain words, not blank
     */
    public CompleteTraining {
      Checks.notBlank(code, "step completeTraining", "code");
      Checks.notBlank(description, "step completeTraining " + code, "description");
    }

    @Override
    public Optional<Period> duration() {
      return Optional.empty();
    }

    @Override
    public String describe() {
      return "complete " + description + " (duration unknown)";
    }

    @Override
    public LearnerProfile applyTo(LearnerProfile profile, LocalDate asOf) {
      return LearnerProfile.builder().from(profile).addTraining(code).build();
    }
  }
}
