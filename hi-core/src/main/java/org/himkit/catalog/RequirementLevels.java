package org.himkit.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import org.himkit.DegreeLevel;
import org.himkit.Requirement;

/**
 * The degree level a requirement tree asks for, route by route.
 *
 * <p>A route through a tree is a choice of parts that meets it: every part of an {@code allOf}, one
 * part of an {@code anyOf}, {@code n} parts of an {@code atLeast(n, ...)}. The level of a route is the
 * highest level among its leaves; the level of a tree is the lowest level among its routes. Inner
 * nodes therefore take the maximum ({@code allOf}), the minimum ({@code anyOf}) or the {@code n}-th
 * smallest ({@code atLeast}) of their parts' levels.
 */
final class RequirementLevels {
  private RequirementLevels() {}

  /** The level of a leaf that asks for no education: below every degree level. */
  private static final int NONE = -1;
  /** The level of a leaf that no degree meets. */
  private static final int UNREACHABLE = Integer.MAX_VALUE;

  /**
   * Returns the lowest degree level that leads through the tree when every leaf other than an
   * education leaf is taken as met: the question "with what degree do people typically enter?".
   * Completed programs, final-term enrollments and degrees-or-college-credits count at their level, a
   * high-school diploma at {@link DegreeLevel#HIGH_SCHOOL}; other leaves (credentials, experience,
   * training, coursework, reciprocity) ask for no degree.
   *
   * @param requirement the tree
   * @return the level ordinal, or {@code -1} if some route asks for no degree at all
   */
  static int typicalLevel(Requirement requirement) {
    return level(requirement, NONE);
  }

  /**
   * Returns the lowest degree level from which the tree can be met by education alone: a route
   * made only of completed-program, final-term, degree-or-college-credits and high-school leaves, each at
   * or below the level,
   * or a route that asks for nothing at all ({@link Requirement.NoPrerequisite}), which any level meets.
   * The field and accreditor a leaf names are not part of the question.
   *
   * @param requirement the tree
   * @return the level, empty if every route needs something other than education
   */
  @SuppressWarnings("EnumOrdinal") // DegreeLevel's declaration order is its documented, ascending order
  static Optional<DegreeLevel> educationOnlyLevel(Requirement requirement) {
    int level = level(requirement, UNREACHABLE);
    return level == UNREACHABLE ? Optional.empty() : Optional.of(DegreeLevel.values()[Math.max(level, 0)]);
  }

  /**
   * Returns the rank of a degree level: its position in {@link DegreeLevel}'s declared order, which
   * is the documented order of the levels.
   *
   * @param level the level
   * @return the rank, from 0 for {@link DegreeLevel#HIGH_SCHOOL}
   */
  @SuppressWarnings("EnumOrdinal") // DegreeLevel's declaration order is its documented, ascending order
  static int rank(DegreeLevel level) {
    return level.ordinal();
  }

  private static int level(Requirement r, int otherLeaf) {
    return r.accept(new Levels(otherLeaf));
  }

  /** The level of each node: leaves by what they ask, inner nodes from their parts' levels. */
  private static final class Levels implements Requirement.Visitor<Integer> {
    /** The level of a leaf that asks for something other than education. */
    private final int otherLeaf;

    Levels(int otherLeaf) {
      this.otherLeaf = otherLeaf;
    }

    private int[] sortedParts(List<Requirement> parts) {
      int[] levels = new int[parts.size()];
      for (int i = 0; i < levels.length; i++) {
        levels[i] = parts.get(i).accept(this);
      }
      Arrays.sort(levels);
      return levels;
    }

    @Override
    public Integer visitAllOf(Requirement.AllOf node) {
      int[] parts = sortedParts(node.parts());
      return parts[parts.length - 1];
    }

    @Override
    public Integer visitAnyOf(Requirement.AnyOf node) {
      return sortedParts(node.parts())[0];
    }

    @Override
    public Integer visitAtLeast(Requirement.AtLeast node) {
      return sortedParts(node.parts())[node.count() - 1];
    }

    @Override
    public Integer visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return rank(leaf.level());
    }

    @Override
    public Integer visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return rank(leaf.level());
    }

    @Override
    public Integer visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return rank(DegreeLevel.HIGH_SCHOOL);
    }

    @Override
    public Integer visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return rank(leaf.level());
    }

    @Override
    public Integer visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return NONE;
    }

    @Override
    public Integer visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return otherLeaf;
    }

    @Override
    public Integer visitExperience(Requirement.Experience leaf) {
      return otherLeaf;
    }

    @Override
    public Integer visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return otherLeaf;
    }

    @Override
    public Integer visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return otherLeaf;
    }

    @Override
    public Integer visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return otherLeaf;
    }

    @Override
    public Integer visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return otherLeaf;
    }

    @Override
    public Integer visitExperienceHours(Requirement.ExperienceHours leaf) {
      return otherLeaf;
    }
  }
}
