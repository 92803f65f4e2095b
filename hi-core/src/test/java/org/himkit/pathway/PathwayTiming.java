package org.himkit.pathway;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;

/**
 * A simple timing of eligibility and planning per learner over the built-in catalog (not a test, not
 * a benchmark harness: the hi-bench module holds the JMH benchmarks). Run from the worktree root:
 *
 * <pre>
 * ./mvnw -B -q -pl hi-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp hi-core/target/test-classes:hi-core/target/classes:$(cat hi-core/target/cp.txt) org.himkit.pathway.PathwayTiming
 * </pre>
 */
public final class PathwayTiming {
  private PathwayTiming() {}

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");
  private static final ProgramField HIM = ProgramField.HEALTH_INFORMATION_MANAGEMENT;

  /** Seven learners of different standing, from nothing to an RHIA with privacy experience. */
  static List<LearnerProfile> learners() {
    LocalDate earned = LocalDate.of(2022, 6, 1);
    return List.of(
        LearnerProfile.empty(),
        LearnerProfile.builder().highSchoolDiploma(true).build(),
        LearnerProfile.builder().highSchoolDiploma(true)
            .addEducation(Education.completed(DegreeLevel.ASSOCIATE, HIM, CAHIIM))
            .putCredential(CredentialId.of("RHIT"), earned).build(),
        LearnerProfile.builder().highSchoolDiploma(true).putExperience(ExperienceDomain.CODING, 24).build(),
        LearnerProfile.builder().putCredential(CredentialId.of("CPC-A"), earned)
            .putExperience(ExperienceDomain.CODING, 11).addTraining("aapc-practicode").build(),
        LearnerProfile.builder().addEducation(Education.completed(DegreeLevel.BACCALAUREATE, HIM, CAHIIM))
            .putCredential(CredentialId.of("RHIA"), earned)
            .putExperience(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, 20).build(),
        LearnerProfile.builder().addEducation(Education.enrolled(DegreeLevel.BACCALAUREATE, HIM, CAHIIM,
            EducationStatus.FINAL_TERM)).build());
  }

  /** Four targets: a role, two credentials and eligibility for a third. */
  static List<Target> targets(HimCatalog catalog) {
    return List.of(Target.enters(catalog.getRole(RoleId.of("health-information-manager"))),
        Target.holds(catalog.getCredential(CredentialId.of("RHIA"))),
        Target.holds(catalog.getCredential(CredentialId.of("CCS"))),
        Target.eligibleFor(catalog.getCredential(CredentialId.of("CHPS"))));
  }

  /**
   * Prints the median time per learner of {@code eligibleCredentials} and of {@code plan}.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    HimCatalog catalog = HimCatalog.builtIn();
    Eligibility eligibility = Eligibility.of(catalog);
    PathwayPlanner planner = PathwayPlanner.of(catalog);
    List<LearnerProfile> learners = learners();
    List<Target> targets = targets(catalog);
    ToIntFunction<Integer> eligible = i -> eligibility.eligibleCredentials(learners.get(i % learners.size()), AS_OF).size();
    ToIntFunction<Integer> plan = i -> planner.plan(learners.get(i % learners.size()),
        targets.get((i / learners.size()) % targets.size()), AS_OF).alternatives().size();
    System.out.printf("eligibleCredentials: %.1f µs per learner%n", time(eligible, 20_000));
    System.out.printf("plan: %.1f µs per learner and target%n", time(plan, 4_000));
  }

  private static double time(ToIntFunction<Integer> work, int calls) {
    long sink = 0;
    double[] rounds = new double[9];
    for (int warm = 0; warm < 3; warm++) {
      for (int i = 0; i < calls; i++) {
        sink += work.applyAsInt(i);
      }
    }
    for (int r = 0; r < rounds.length; r++) {
      long start = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        sink += work.applyAsInt(i);
      }
      rounds[r] = (System.nanoTime() - start) / 1000.0 / calls;
    }
    if (sink == 42) {
      System.out.println();
    }
    Arrays.sort(rounds);
    return rounds[rounds.length / 2];
  }
}
