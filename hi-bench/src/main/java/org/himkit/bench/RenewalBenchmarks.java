package org.himkit.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.himkit.bench.Workloads.Holder;
import org.himkit.bench.alt.EasyRulesAhima;
import org.himkit.bench.alt.LoopAhima;
import org.himkit.bench.alt.SimplifiedAhima;
import org.himkit.bench.alt.StreamAhima;
import org.himkit.catalog.HimCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
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

  private Holder[] population;
  private LocalDate asOf;
  private int next;
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
