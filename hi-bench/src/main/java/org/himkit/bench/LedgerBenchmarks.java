package org.himkit.bench;

import java.util.concurrent.TimeUnit;
import org.himkit.bench.Workloads.Holder;
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
 * The cost of one assessment as a holder's ledger grows from 10 to 100,000 activities
 * ({@link Workloads#ledger}): the time per activity should stay flat on every path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@SuppressWarnings("NullAway.Init")
public class LedgerBenchmarks {
  /** The number of activities. */
  @Param({"10", "100", "1000", "10000", "100000"})
  public int activities;

  private Holder holder;
  private LibraryRenewal library;

  /** Makes the ledger. */
  @Setup
  public void setUp() {
    holder = Workloads.ledger(activities);
    library = new LibraryRenewal(HimCatalog.builtIn());
  }

  /**
   * The full assessment of the cycle in force.
   *
   * @return the assessments
   */
  @Benchmark
  public Object assess() {
    return library.assess(holder.holdings(), holder.activities(), Workloads.LEDGER_AS_OF);
  }

  /**
   * Every cycle's full assessment.
   *
   * @return the assessments
   */
  @Benchmark
  public Object history() {
    return library.history(holder.holdings(), holder.activities(), Workloads.LEDGER_AS_OF);
  }

  /**
   * The status-only path.
   *
   * @return the standings
   */
  @Benchmark
  public Object standings() {
    return library.standings(holder.record(), Workloads.LEDGER_AS_OF);
  }
}
