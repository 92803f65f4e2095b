package org.himkit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.himkit.bench.Workloads.Holder;
import org.himkit.bench.alt.EasyRulesAhima;
import org.himkit.bench.alt.LoopAhima;
import org.himkit.bench.alt.SimplifiedAhima;
import org.himkit.bench.alt.StreamAhima;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.HolderRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Renewal side by side: the library's full assessment, its status-only path and the simplified AHIMA rules as users would write
 * them, on the same AHIMA population ({@link Workloads#ahima}). One operation assesses the next holder of
 * the population, so the score is holders per second; {@code holders} is the population's size, every
 * holder made before the measurement (and shared by the benchmarks of one JVM: a population is a prefix of
 * a larger one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init")
public class RenewalBenchmarks {
  /** The number of holders. */
  @Param("10000")
  public int holders;

  /** The holders of one call of {@link #libraryStatusOnlyBatch}. */
  private static final int BATCH = 1_000;

  private Holder[] population;
  /** The population's records in batches of {@link #BATCH}, in turn (the last one wrapping to the first holders). */
  private List<List<HolderRecord>> batches;
  private LocalDate asOf;
  private int next;
  private int nextBatch;
  private LibraryRenewal library;
  private final SimplifiedAhima.Implementation easyRules = new EasyRulesAhima();
  private final SimplifiedAhima.Implementation streams = new StreamAhima();
  private final SimplifiedAhima.Implementation loop = new LoopAhima();

  /** Makes the population. */
  @Setup
  public void setUp() {
    population = Workloads.ahimaHolders(holders);
    asOf = Workloads.AHIMA_AS_OF;
    library = new LibraryRenewal(HimCatalog.builtIn());
    batches = new ArrayList<>();
    for (int from = 0; from < holders; from += BATCH) {
      List<HolderRecord> batch = new ArrayList<>(BATCH);
      for (int i = from; i < from + BATCH; i++) {
        batch.add(population[i % holders].record());
      }
      batches.add(List.copyOf(batch));
    }
  }

  private Holder nextHolder() {
    Holder h = population[next];
    next = next + 1 == holders ? 0 : next + 1;
    return h;
  }

  /**
   * The library's full, explained assessment, as a tracker that reads the status and amounts gets it: the
   * explanation is built when first read ({@link #libraryFullExplained} reads it).
   *
   * @return the assessments
   */
  @Benchmark
  public Object libraryFull() {
    Holder h = nextHolder();
    return library.assess(h.holdings(), h.activities(), asOf);
  }

  /**
   * The library's full assessment with its explanation read: every activity's outcome, the progress, the key
   * dates and the notes, which {@link #libraryFull} leaves unbuilt.
   *
   * @return the number of entries read
   */
  @Benchmark
  public int libraryFullExplained() {
    Holder h = nextHolder();
    return LibraryRenewal.readExplanations(library.assess(h.holdings(), h.activities(), asOf));
  }

  /**
   * The library's status-only path: the standings without explanations.
   *
   * @return the standings
   */
  @Benchmark
  public Object libraryStatusOnly() {
    return library.standings(nextHolder().record(), asOf);
  }

  /**
   * The library's status-only batch path: the standings of {@link #BATCH} holders in one call, the nightly job's
   * question; the score is per holder, as for the others.
   *
   * @return the standings of each holder
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Object libraryStatusOnlyBatch() {
    List<HolderRecord> batch = batches.get(nextBatch);
    nextBatch = nextBatch + 1 == batches.size() ? 0 : nextBatch + 1;
    return library.standings(batch, asOf);
  }

  /**
   * The simplified rules in Easy Rules.
   *
   * @return the standing
   */
  @Benchmark
  public Object easyRules() {
    Holder h = nextHolder();
    return easyRules.assess(h.holdings(), h.activities(), asOf);
  }

  /**
   * The simplified rules with streams and {@code BigDecimal}.
   *
   * @return the standing
   */
  @Benchmark
  public Object streams() {
    Holder h = nextHolder();
    return streams.assess(h.holdings(), h.activities(), asOf);
  }

  /**
   * The simplified rules as a plain loop.
   *
   * @return the standing
   */
  @Benchmark
  public Object loop() {
    Holder h = nextHolder();
    return loop.assess(h.holdings(), h.activities(), asOf);
  }
}
