package org.himkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.pathway.Learners.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.himkit.Credential;
import org.himkit.Requirement;
import org.himkit.Role;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The planner against the planner it replaced ({@link ReferencePathwayPlanner}: a new immutable standing
 * per step of every walk), and the working standing against the immutable one, on random learners.
 * (hi-testkit runs the same comparison of public answers over the kit's generated learners.)
 */
class PlannerAgreementTest {
  private static final ReferencePathwayPlanner REFERENCE = ReferencePathwayPlanner.of(CATALOG);

  /** Every target of the catalog: holding and being eligible for each credential, entering each role. */
  private static final List<Target> TARGETS = targets();

  private static List<Target> targets() {
    List<Target> out = new ArrayList<>();
    for (Credential c : CATALOG.credentials().list()) {
      out.add(Target.holds(c));
      out.add(Target.eligibleFor(c));
    }
    for (Role r : CATALOG.roles().list()) {
      out.add(Target.enters(r));
    }
    return List.copyOf(out);
  }

  private static final List<Requirement> TREES = trees();

  private static List<Requirement> trees() {
    List<Requirement> out = new ArrayList<>();
    CATALOG.credentials().stream().forEach(c -> c.eligibility().ifPresent(out::add));
    CATALOG.roles().stream().forEach(r -> r.typicalEntry().ifPresent(out::add));
    return List.copyOf(out);
  }

  private static Gen<Target> anyTarget() {
    return integers().between(0, TARGETS.size() - 1).map(TARGETS::get);
  }

  @Test
  void everyPlanIsTheReferencePlan() {
    qt().withExamples(300).forAll(PathwayPropertiesTest.profiles()).checkAssert(profile -> {
      for (Target target : TARGETS) {
        PathwayPlan plan = PLANNER.plan(profile, target, AS_OF);
        assertThat(plan).as("%s for %s", target, profile).isEqualTo(REFERENCE.plan(profile, target, AS_OF));
        for (Pathway p : plan.alternatives()) {
          assertThat(PLANNER.reaches(profile, p, target, AS_OF)).as("%s by %s", target, p).isTrue();
        }
      }
    });
  }

  @Test
  void aPathwayReachesATargetAsTheReferenceSays() {
    qt().withExamples(400).forAll(PathwayPropertiesTest.profiles(),
        lists().of(PathwayPropertiesTest.steps()).ofSizeBetween(0, 5), anyTarget())
        .checkAssert((profile, steps, target) -> {
          Pathway pathway = new Pathway(steps);
          assertThat(PLANNER.reaches(profile, pathway, target, AS_OF)).as("%s by %s", target, steps)
              .isEqualTo(REFERENCE.reaches(profile, pathway, target, AS_OF));
          assertThat(PLANNER.reaches(profile, target, AS_OF)).isEqualTo(REFERENCE.reaches(profile, target, AS_OF));
        });
  }

  /**
   * Steps applied to a working standing, some of them taken back, leave it reading every tree as the
   * immutable standing after the steps that remain.
   */
  @Test
  void aWorkingStandingReadsTreesAsTheStandingAfterItsSteps() {
    qt().withExamples(300).forAll(PathwayPropertiesTest.profiles(),
        lists().of(PathwayPropertiesTest.steps()).ofSizeBetween(1, 6), integers().between(0, 6))
        .checkAssert((profile, steps, back) -> {
          Standing start = Standing.of(CATALOG, profile, AS_OF);
          WorkingStanding working = new WorkingStanding(start);
          List<Standing> after = new ArrayList<>();
          Standing s = start;
          after.add(s);
          for (Step step : steps) {
            int depth = working.depth();
            if (working.take(step)) {
              assertThat(working.depth()).isEqualTo(depth + 1);
              s = s.after(step);
              after.add(s);
            } else {
              assertThat(working.depth()).isEqualTo(depth);
            }
          }
          int depth = Math.max(0, working.depth() - back);
          working.undoTo(depth);
          Standing expected = after.get(depth);
          assertThat(working.hasCompletedAtLeast(org.himkit.DegreeLevel.BACCALAUREATE))
              .isEqualTo(expected.hasCompletedAtLeast(org.himkit.DegreeLevel.BACCALAUREATE));
          for (org.himkit.CredentialId id : expected.held()) {
            assertThat(working.holds(id)).as("%s after %s", id, steps).isTrue();
          }
          for (Credential c : CATALOG.credentials().list()) {
            assertThat(working.holds(c.id())).as("%s after %s", c.id(), steps).isEqualTo(expected.holds(c.id()));
          }
          for (Requirement tree : TREES) {
            assertThat(working.meets(tree)).as("%s after %s", tree, steps).isEqualTo(expected.meets(tree));
          }
        });
  }
}
