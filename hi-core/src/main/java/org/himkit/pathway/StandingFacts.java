package org.himkit.pathway;

import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;

/**
 * How a requirement tree is read against where a learner stands: the rules of every leaf
 * ({@link Rules}), over the few facts a standing gives. {@link Standing} gives them from a profile,
 * immutably; {@link WorkingStanding} from a standing and the steps applied to it since, mutably, for the
 * planner's walks.
 */
abstract class StandingFacts {
  static final int NO_LEVEL = -1;

  private final Rules rules = new Rules(this);

  /** Whether the credential is held, directly or through one that supersedes it. */
  abstract boolean holds(CredentialId credential);

  /** Whether a credential held meets a leaf asking for one in a domain. */
  abstract boolean holdsCredentialIn(Requirement.HoldsCredentialInDomain leaf);

  /** Whether a completed program is of exactly the level, and the field and accreditor where named. */
  abstract boolean hasCompleted(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor);

  /** The programs in their final term or with the course work finished. */
  abstract List<Education> finalTerm();

  /** The rank of the highest level completed, {@link #NO_LEVEL} if none. */
  abstract int highestCompleted();

  /** Whether the learner has a high-school diploma, by the flag or by any completed education. */
  abstract boolean diploma();

  abstract int experienceMonths(ExperienceDomain domain);

  abstract int experienceHours(ExperienceDomain domain);

  abstract int collegeCredits();

  abstract int courseworkCreditHours(String code);

  abstract boolean hasReciprocity(OrganizationId agreementWith);

  abstract boolean hasTraining(String code);

  @SuppressWarnings("EnumOrdinal") // an index into a standing's own arrays, never stored
  static int rank(Enum<?> e) {
    return e.ordinal();
  }

  final boolean hasCompletedAtLeast(DegreeLevel level) {
    return highestCompleted() >= rank(level);
  }

  final boolean meets(Requirement requirement) {
    return requirement.accept(rules);
  }

  /** Whether every leaf of a route is met. */
  final boolean meetsAll(List<Requirement.Leaf> leaves) {
    for (int i = 0; i < leaves.size(); i++) {
      if (!leaves.get(i).accept(rules)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rules of every node and leaf, read against a standing's facts: in a class of its own, which
   * implements the visitor in full.
   */
  private static final class Rules implements Requirement.Visitor<Boolean> {
    private final StandingFacts facts;

    Rules(StandingFacts facts) {
      this.facts = facts;
    }

    @Override
    public Boolean visitAllOf(Requirement.AllOf node) {
      List<Requirement> parts = node.parts();
      for (int i = 0; i < parts.size(); i++) {
        if (!parts.get(i).accept(this)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Boolean visitAnyOf(Requirement.AnyOf node) {
      List<Requirement> parts = node.parts();
      for (int i = 0; i < parts.size(); i++) {
        if (parts.get(i).accept(this)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Boolean visitAtLeast(Requirement.AtLeast node) {
      List<Requirement> parts = node.parts();
      int met = 0;
      for (int i = 0; i < parts.size() && met < node.count(); i++) {
        if (parts.get(i).accept(this)) {
          met++;
        }
      }
      return met >= node.count();
    }

    @Override
    public Boolean visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return facts.holds(leaf.credential());
    }

    @Override
    public Boolean visitCompletedProgram(Requirement.CompletedProgram leaf) {
      if (isGeneric(leaf.field(), leaf.accreditor())) {
        return leaf.level() == DegreeLevel.HIGH_SCHOOL ? facts.diploma() : facts.hasCompletedAtLeast(leaf.level());
      }
      return facts.hasCompleted(leaf.level(), leaf.field(), leaf.accreditor());
    }

    @Override
    public Boolean visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      if (isGeneric(leaf.field(), leaf.accreditor())) {
        for (Education e : facts.finalTerm()) {
          if (e.level().compareTo(leaf.level()) >= 0) {
            return true;
          }
        }
        return false;
      }
      return any(facts.finalTerm(), leaf.level(), leaf.field(), leaf.accreditor());
    }

    @Override
    public Boolean visitExperience(Requirement.Experience leaf) {
      return facts.experienceMonths(leaf.domain()) >= leaf.months();
    }

    @Override
    public Boolean visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return facts.diploma();
    }

    @Override
    public Boolean visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return facts.hasReciprocity(leaf.agreementWith());
    }

    @Override
    public Boolean visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return facts.hasTraining(leaf.code());
    }

    @Override
    public Boolean visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return facts.holdsCredentialIn(leaf);
    }

    @Override
    public Boolean visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return facts.hasCompletedAtLeast(leaf.level()) || facts.collegeCredits() >= leaf.credits();
    }

    @Override
    public Boolean visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return facts.courseworkCreditHours(leaf.code()) >= leaf.creditHours();
    }

    @Override
    public Boolean visitExperienceHours(Requirement.ExperienceHours leaf) {
      return facts.experienceHours(leaf.domain()) >= leaf.hours()
          || (leaf.fullTimeMonths().isPresent() && facts.experienceMonths(leaf.domain()) >= leaf.fullTimeMonths().getAsInt());
    }

    @Override
    public Boolean visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return true;
    }
  }

  static boolean isGeneric(Optional<ProgramField> field, Optional<OrganizationId> accreditor) {
    return field.isEmpty() && accreditor.isEmpty();
  }

  /** Whether a program is of exactly the level, and the field and accreditor where named. */
  static boolean matches(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
      DegreeLevel programLevel, Optional<ProgramField> programField, Optional<OrganizationId> programAccreditor) {
    return programLevel == level && (field.isEmpty() || programField.equals(field))
        && (accreditor.isEmpty() || programAccreditor.equals(accreditor));
  }

  /** Whether one of the programs is of exactly the level, and the field and accreditor where named. */
  static boolean any(List<Education> programs, DegreeLevel level, Optional<ProgramField> field,
      Optional<OrganizationId> accreditor) {
    for (int i = 0; i < programs.size(); i++) {
      Education e = programs.get(i);
      if (matches(level, field, accreditor, e.level(), e.field(), e.accreditor())) {
        return true;
      }
    }
    return false;
  }

  /** The first of the programs of exactly the level, and the field and accreditor where named. */
  static Optional<Education> find(List<Education> programs, DegreeLevel level, Optional<ProgramField> field,
      Optional<OrganizationId> accreditor) {
    for (Education e : programs) {
      if (matches(level, field, accreditor, e.level(), e.field(), e.accreditor())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
