package org.himkit;

/** Whether holding one credential, by itself, meets a leaf; leaves that are not about credentials never are. */
final class MetByHolding implements Requirement.LeafVisitor<Boolean> {
  private final Credential held;

  MetByHolding(Credential held) {
    this.held = held;
  }

  @Override
  public Boolean visitHoldsCredential(Requirement.HoldsCredential leaf) {
    return leaf.credential().equals(held.id());
  }

  @Override
  public Boolean visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
    return held.domains().contains(leaf.domain()) && !held.issuer().equals(leaf.otherThan());
  }

  @Override
  public Boolean visitCompletedProgram(Requirement.CompletedProgram leaf) {
    return false;
  }

  @Override
  public Boolean visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
    return false;
  }

  @Override
  public Boolean visitExperience(Requirement.Experience leaf) {
    return false;
  }

  @Override
  public Boolean visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
    return false;
  }

  @Override
  public Boolean visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
    return false;
  }

  @Override
  public Boolean visitCompletedTraining(Requirement.CompletedTraining leaf) {
    return false;
  }

  @Override
  public Boolean visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
    return false;
  }

  @Override
  public Boolean visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
    return false;
  }

  @Override
  public Boolean visitExperienceHours(Requirement.ExperienceHours leaf) {
    return false;
  }

  @Override
  public Boolean visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
    return false;
  }
}
