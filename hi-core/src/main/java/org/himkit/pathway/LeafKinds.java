package org.himkit.pathway;

import java.util.EnumSet;
import java.util.Set;
import org.himkit.Requirement;

/** The kinds of shortfall each leaf type can have: what a learner may lack to meet it. */
final class LeafKinds implements Requirement.LeafVisitor<Set<UnmetKind>> {
  static final LeafKinds INSTANCE = new LeafKinds();

  private static final Set<UnmetKind> PROGRAM = EnumSet.of(UnmetKind.PROGRAM, UnmetKind.ACCREDITATION,
      UnmetKind.COMPLETION, UnmetKind.HIGH_SCHOOL_DIPLOMA);
  private static final Set<UnmetKind> FINAL_TERM = EnumSet.of(UnmetKind.PROGRAM, UnmetKind.ACCREDITATION,
      UnmetKind.FINAL_TERM);

  private LeafKinds() {}

  @Override
  public Set<UnmetKind> visitHoldsCredential(Requirement.HoldsCredential leaf) {
    return EnumSet.of(UnmetKind.CREDENTIAL);
  }

  @Override
  public Set<UnmetKind> visitCompletedProgram(Requirement.CompletedProgram leaf) {
    return PROGRAM;
  }

  @Override
  public Set<UnmetKind> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
    return FINAL_TERM;
  }

  @Override
  public Set<UnmetKind> visitExperience(Requirement.Experience leaf) {
    return EnumSet.of(UnmetKind.EXPERIENCE);
  }

  @Override
  public Set<UnmetKind> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
    return EnumSet.of(UnmetKind.HIGH_SCHOOL_DIPLOMA);
  }

  @Override
  public Set<UnmetKind> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
    return EnumSet.of(UnmetKind.RECIPROCITY);
  }

  @Override
  public Set<UnmetKind> visitCompletedTraining(Requirement.CompletedTraining leaf) {
    return EnumSet.of(UnmetKind.TRAINING);
  }

  @Override
  public Set<UnmetKind> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
    return EnumSet.of(UnmetKind.CREDENTIAL);
  }

  @Override
  public Set<UnmetKind> visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
    return EnumSet.of(UnmetKind.COLLEGE_CREDITS);
  }

  @Override
  public Set<UnmetKind> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
    return EnumSet.of(UnmetKind.COURSEWORK);
  }

  @Override
  public Set<UnmetKind> visitExperienceHours(Requirement.ExperienceHours leaf) {
    return EnumSet.of(UnmetKind.EXPERIENCE_HOURS);
  }

  @Override
  public Set<UnmetKind> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
    return EnumSet.noneOf(UnmetKind.class);
  }
}
