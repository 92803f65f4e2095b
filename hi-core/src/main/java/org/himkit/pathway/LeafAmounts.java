package org.himkit.pathway;

import java.util.OptionalInt;
import org.himkit.Requirement;

/**
 * The amounts a leaf asks for: in its own unit (the college credits, credit hours or hours of
 * experience named) and in months (the months of experience named, or the months of full-time
 * experience equated with hours), each empty where the leaf names none.
 */
final class LeafAmounts implements Requirement.LeafVisitor<LeafAmounts.Asked> {
  static final LeafAmounts INSTANCE = new LeafAmounts();

  /** What a leaf asks for in its own unit and in months. */
  record Asked(OptionalInt amount, OptionalInt months) {}

  private static final Asked NOTHING = new Asked(OptionalInt.empty(), OptionalInt.empty());

  private LeafAmounts() {}

  static Asked of(Requirement.Leaf leaf) {
    return leaf.accept(INSTANCE);
  }

  @Override
  public Asked visitExperience(Requirement.Experience leaf) {
    return new Asked(OptionalInt.empty(), OptionalInt.of(leaf.months()));
  }

  @Override
  public Asked visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
    return new Asked(OptionalInt.of(leaf.credits()), OptionalInt.empty());
  }

  @Override
  public Asked visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
    return new Asked(OptionalInt.of(leaf.creditHours()), OptionalInt.empty());
  }

  @Override
  public Asked visitExperienceHours(Requirement.ExperienceHours leaf) {
    return new Asked(OptionalInt.of(leaf.hours()), leaf.fullTimeMonths());
  }

  @Override
  public Asked visitHoldsCredential(Requirement.HoldsCredential leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitCompletedProgram(Requirement.CompletedProgram leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitCompletedTraining(Requirement.CompletedTraining leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
    return NOTHING;
  }

  @Override
  public Asked visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
    return NOTHING;
  }
}
