package org.himkit.testkit.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.EligibilityStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.HimGens;
import org.himkit.testkit.LearnerProfileGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of eligibility and of planned pathways over the built-in catalog, for learners the kit
 * generates: profiles that name the catalog's credentials, programs, trainings and courseworks, with
 * amounts around what its requirements ask. (hi-core keeps the property of its package-private
 * incremental standing, which the kit cannot reach.)
 */
class PathwayPropertiesTest {
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final Eligibility ELIGIBILITY = Eligibility.of(CATALOG);
  private static final PathwayPlanner PLANNER = PathwayPlanner.of(CATALOG);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final List<CredentialId> CREDENTIALS = CATALOG.credentials().stream().map(Credential::id).toList();

  /** Learners of the built-in catalog, their credentials and programs dated up to the day asked about. */
  private static final LearnerProfileGenerator LEARNERS = HimGenerators.learnerProfiles().forCatalog(CATALOG)
      .withDates(HimGenerators.dates().between(LocalDate.of(2000, 1, 1), AS_OF));

  private static Gen<LearnerProfile> profiles() {
    return HimGens.of(LEARNERS);
  }

  private static EligibilityResult check(LearnerProfile p, CredentialId id) {
    return ELIGIBILITY.check(p, id, AS_OF);
  }

  @Test
  void takingAStepNeverTurnsEligibleIntoNotEligible() {
    qt().withExamples(300).forAll(profiles(), HimGens.of(LEARNERS.steps())).checkAssert((profile, step) -> {
      LearnerProfile more = step.applyTo(profile, AS_OF);
      for (CredentialId id : CREDENTIALS) {
        if (check(profile, id).isEligible()) {
          assertThat(check(more, id).status()).as("%s after %s", id, step).isEqualTo(EligibilityStatus.ELIGIBLE);
        }
      }
      assertThat(ELIGIBILITY.reachableRoles(more, AS_OF)).containsAll(ELIGIBILITY.reachableRoles(profile, AS_OF));
      assertThat(ELIGIBILITY.heldCredentials(more, AS_OF)).containsAll(ELIGIBILITY.heldCredentials(profile, AS_OF));
    });
  }

  @Test
  void unknownStaysUnknownWhateverTheProfile() {
    qt().withExamples(100).forAll(profiles()).checkAssert(profile -> {
      for (CredentialId id : CREDENTIALS) {
        Credential c = CATALOG.getCredential(id);
        boolean hasData = c.eligibility().isPresent();
        assertThat(check(profile, id).status() == EligibilityStatus.UNKNOWN).as("%s", id)
            .isEqualTo(!hasData && c.status() == CredentialStatus.ACTIVE);
      }
    });
  }

  @Test
  void aPlannedPathwayAppliedToTheProfileReachesTheTarget() {
    qt().withExamples(200).forAll(profiles(), HimGens.of(LEARNERS.targets())).checkAssert((profile, target) -> {
      PathwayPlan plan = PLANNER.plan(profile, target, AS_OF);
      assertThat(plan.isReachable()).isEqualTo(plan.obstacles().isEmpty());
      for (Pathway p : plan.alternatives()) {
        assertThat(PLANNER.reaches(profile, p, target, AS_OF)).as("%s", p).isTrue();
        LearnerProfile after = p.applyTo(profile, AS_OF);
        assertThat(PLANNER.reaches(after, target, AS_OF)).isTrue();
        if (target instanceof Target.EligibleFor exam) {
          assertThat(check(after, exam.credential()).isEligible()).isTrue();
        }
      }
      assertThat(plan.isAlreadyThere()).isEqualTo(PLANNER.reaches(profile, target, AS_OF));
    });
  }

  @Test
  void noReturnedPathwayIsLongerThanOneItContains() {
    qt().withExamples(200).forAll(profiles(), HimGens.of(LEARNERS.targets())).checkAssert((profile, target) -> {
      List<Pathway> alternatives = PLANNER.plan(profile, target, AS_OF).alternatives();
      for (Pathway p : alternatives) {
        for (int i = 0; i < p.size(); i++) {
          List<Step> without = new ArrayList<>(p.steps());
          without.remove(i);
          assertThat(PLANNER.reaches(profile, new Pathway(without), target, AS_OF))
              .as("%s without step %s", p, i + 1).isFalse();
        }
        Set<Step> mine = Set.copyOf(p.steps());
        for (Pathway other : alternatives) {
          Set<Step> theirs = Set.copyOf(other.steps());
          assertThat(mine.size() > theirs.size() && mine.containsAll(theirs)).as("%s contains %s", p, other).isFalse();
        }
      }
      for (int i = 1; i < alternatives.size(); i++) {
        assertThat(rank(alternatives.get(i - 1))).isLessThanOrEqualTo(rank(alternatives.get(i)));
      }
    });
  }

  /** The rank of a pathway: steps of unknown duration, then known months (a pathway has no days here). */
  private static long rank(Pathway p) {
    return p.unknownDurations() * 10_000L + p.knownDuration().toTotalMonths();
  }

  @Test
  void everyRoleWithATypicalEntryIsReachableFromAnyProfile() {
    List<RoleId> roles = CATALOG.roles().stream().filter(r -> r.typicalEntry().isPresent()).map(org.himkit.Role::id)
        .toList();
    assertThat(roles).hasSize(4);
    qt().withExamples(60).forAll(profiles()).checkAssert(profile -> {
      for (RoleId role : roles) {
        assertThat(PLANNER.plan(profile, Target.enters(CATALOG.getRole(role)), AS_OF).isReachable()).as("%s", role)
            .isTrue();
      }
    });
  }
}
