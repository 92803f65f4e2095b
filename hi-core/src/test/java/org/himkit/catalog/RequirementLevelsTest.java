package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;

/** The degree levels the catalog's indexes read from requirement trees, for the leaves counted in amounts. */
class RequirementLevelsTest {
  @Test
  void aDegreeOrCreditsCountsAtItsLevelAndCourseworkAndHoursAskForNoDegree() {
    Requirement route = Requirement.allOf(Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60),
        Requirement.completedCoursework("anatomy", "Anatomy", 6),
        Requirement.experienceHours(ExperienceDomain.CANCER_REGISTRY, 1_950, 12));
    assertThat(RequirementLevels.typicalLevel(route)).isEqualTo(RequirementLevels.rank(DegreeLevel.ASSOCIATE));
    assertThat(RequirementLevels.educationOnlyLevel(route)).isEmpty();
    assertThat(RequirementLevels.educationOnlyLevel(Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60)))
        .contains(DegreeLevel.ASSOCIATE);
  }
}
