package org.himkit.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Target;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Eligibility and planning per learner over the built-in catalog, for the learner profiles of the mixed
 * population ({@link Workloads#mixed}): {@code eligibleCredentials}, and a plan toward each of five
 * targets in turn (holding RHIA, RHIT, CCS, CPC and ODS).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@SuppressWarnings("NullAway.Init")
public class PathwayBenchmarks {
  private static final int LEARNERS = 1_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  private LearnerProfile[] learners;
  private Target[] targets;
  private Eligibility eligibility;
  private PathwayPlanner planner;
  private int next;
  private int nextLearner;

  /** Makes the learners and the targets. */
  @Setup
  public void setUp() {
    learners = Workloads.mixed(LEARNERS).stream().map(h -> h.profile()).toArray(LearnerProfile[]::new);
    HimCatalog catalog = HimCatalog.builtIn();
    targets = List.of("RHIA", "RHIT", "CCS", "CPC", "ODS").stream()
        .map(id -> Target.holds(catalog.getCredential(CredentialId.of(id)))).toArray(Target[]::new);
    eligibility = Eligibility.of(catalog);
    planner = PathwayPlanner.of(catalog);
  }

  /** The next learner and target of {@code plan}: every learner toward the first target, then the second... */
  private int nextIndex() {
    int i = next;
    next = next + 1 == learners.length * targets.length ? 0 : next + 1;
    return i;
  }

  /** The number of plans in one pass over every learner and every target. */
  int plansPerPass() {
    return learners.length * targets.length;
  }

  /**
   * The credentials a learner may sit for.
   *
   * @return the results
   */
  @Benchmark
  public List<EligibilityResult> eligibleCredentials() {
    int i = nextLearner;
    nextLearner = i + 1 == learners.length ? 0 : i + 1;
    return eligibility.eligibleCredentials(learners[i], AS_OF);
  }

  /**
   * A learner's plan toward a target.
   *
   * @return the plan
   */
  @Benchmark
  public PathwayPlan plan() {
    int i = nextIndex();
    return planner.plan(learners[i % learners.length], targets[i / learners.length], AS_OF);
  }
}
