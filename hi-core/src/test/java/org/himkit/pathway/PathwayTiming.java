package org.himkit.pathway;

import java.time.LocalDate;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;

/**
 * A simple timing of eligibility and planning per learner over the built-in catalog (not a test, not
 * a benchmark harness: issue 13's hi-bench module is for JMH benchmarks). Run from the root:
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
   * Prints, for {@code eligibleCredentials} and for {@code plan}, the CPU time per call of the fastest
   * of nine rounds (the thread's CPU time, so that other processes on a shared machine count less) and
   * the bytes allocated per call.
   *
   * @param args not used
   * @throws ReflectiveOperationException if the JVM has no thread CPU time or allocation counter
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    HimCatalog catalog = HimCatalog.builtIn();
    Eligibility eligibility = Eligibility.of(catalog);
    PathwayPlanner planner = PathwayPlanner.of(catalog);
    List<LearnerProfile> learners = learners();
    List<Target> targets = targets(catalog);
    IntUnaryOperator eligible = i -> eligibility.eligibleCredentials(learners.get(i % learners.size()), AS_OF).size();
    IntUnaryOperator plan = i -> planner.plan(learners.get(i % learners.size()),
        targets.get((i / learners.size()) % targets.size()), AS_OF).alternatives().size();
    report("eligibleCredentials, per learner", eligible, 20_000);
    report("plan, per learner and target", plan, 4_000);
  }

  /** The current thread's CPU time and allocated bytes, read reflectively: hi-core's module does not read java.management. */
  private static final class Meter {
    private final Object bean;
    private final Method cpu;
    private final Method allocated;

    Meter() throws ReflectiveOperationException {
      bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      cpu = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
      allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    }

    long cpuNanos() throws ReflectiveOperationException {
      return (Long) cpu.invoke(bean);
    }

    long allocatedBytes() throws ReflectiveOperationException {
      return (Long) allocated.invoke(bean);
    }
  }

  private static void report(String what, IntUnaryOperator work, int calls) throws ReflectiveOperationException {
    Meter threads = new Meter();
    long sink = 0;
    for (int warm = 0; warm < 3; warm++) {
      for (int i = 0; i < calls; i++) {
        sink += work.applyAsInt(i);
      }
    }
    double best = Double.MAX_VALUE;
    double bestWall = Double.MAX_VALUE;
    long bytes = 0;
    for (int r = 0; r < 9; r++) {
      long cpu = threads.cpuNanos();
      long wall = System.nanoTime();
      long allocated = threads.allocatedBytes();
      for (int i = 0; i < calls; i++) {
        sink += work.applyAsInt(i);
      }
      best = Math.min(best, (threads.cpuNanos() - cpu) / 1000.0 / calls);
      bestWall = Math.min(bestWall, (System.nanoTime() - wall) / 1000.0 / calls);
      bytes = (threads.allocatedBytes() - allocated) / calls;
    }
    System.out.printf("%s: %.1f µs CPU (%.1f µs wall), %,d bytes allocated (checksum %d)%n", what, best, bestWall,
        bytes, sink);
  }
}
