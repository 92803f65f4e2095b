package org.himkit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.himkit.bench.Workloads.Holder;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CeActivity;
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
 * ({@link Workloads#ledger}): the time per activity should stay flat on every path. {@link #scan} is a
 * control: a plain pass over the same activities, whose rise per activity is what memory costs.
 *
 * <p>A young generation that grows during the run pays first-touch page faults that show as a rise per
 * activity at 100,000: run with {@code -jvmArgsAppend "-XX:+AlwaysPreTouch -Xms2g -Xmx2g"} (BENCHMARKS.md).
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

  private List<CeActivity> busyDay;
  /** The indexes of {@link #busyDay}'s activities in the order of their ids: the order its outcomes are read in. */
  private int[] busyDayById;

  /** Makes the ledgers. */
  @Setup
  public void setUp() {
    holder = Workloads.ledger(activities);
    library = new LibraryRenewal(HimCatalog.builtIn());
    // the same activities on one day of the cycle in force, their ids in an order unrelated to their own
    List<CeActivity> oneDay = new ArrayList<>(activities);
    for (CeActivity a : holder.activities()) {
      oneDay.add(CeActivity.builder().from(a).completed(BUSY_DAY).build());
    }
    Collections.shuffle(oneDay, new Random(20_261_203L));
    busyDay = List.copyOf(oneDay);
    busyDayById = java.util.stream.IntStream.range(0, activities).boxed()
        .sorted(java.util.Comparator.comparing(i -> busyDay.get(i).id())).mapToInt(i -> i).toArray();
  }

  /** The day every activity of {@link #busyDayExplained}'s ledger was completed on. */
  private static final LocalDate BUSY_DAY = LocalDate.of(2025, 6, 1);

  /**
   * The full assessment with its explanation read, of a ledger whose activities were all completed on one day:
   * the explanation shows them in id order.
   *
   * @return the number of entries read
   */
  @Benchmark
  public int busyDayExplained() {
    return LibraryRenewal.readExplanations(library.assess(holder.holdings(), busyDay, Workloads.LEDGER_AS_OF));
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
   * The full assessment of the cycle in force with its explanation read (every activity's outcome, the
   * progress, the key dates and the notes), which {@link #assess} leaves unbuilt.
   *
   * @return the number of entries read
   */
  @Benchmark
  public int assessExplained() {
    return LibraryRenewal.readExplanations(
        library.assess(holder.holdings(), holder.activities(), Workloads.LEDGER_AS_OF));
  }

  /**
   * Every cycle's full assessment with every explanation read.
   *
   * @return the number of entries read
   */
  @Benchmark
  public int historyExplained() {
    return LibraryRenewal.readExplanations(
        library.history(holder.holdings(), holder.activities(), Workloads.LEDGER_AS_OF));
  }

  /**
   * A control, not a path of the library: one plain pass over the same activities' memory (each activity, its
   * id and title and its date), with no work per activity beyond reading. Its time per activity as the ledger
   * grows is what memory alone costs on this machine, to tell apart from the paths' own (algorithmic) cost.
   *
   * @return a sum, for the benchmark to consume
   */
  @Benchmark
  public long scan() {
    long sum = 0;
    for (CeActivity a : holder.activities()) {
      sum += a.id().length() + a.title().length() + a.completed().getDayOfMonth();
    }
    return sum;
  }

  /**
   * A control, not a path of the library: one plain pass over {@link #busyDayExplained}'s activities in the order
   * of their ids, the order its outcomes read them in (each activity, its id and title and its date), the id order
   * taken as given. What it costs more than {@link #busyDayScanInListOrder} is what reading a shuffled list in id
   * order costs in memory, whatever sorts the ids.
   *
   * @return a sum, for the benchmark to consume
   */
  @Benchmark
  public long busyDayScan() {
    long sum = 0;
    for (int i : busyDayById) {
      CeActivity a = busyDay.get(i);
      sum += a.id().length() + a.title().length() + a.completed().getDayOfMonth();
    }
    return sum;
  }

  /**
   * A control, not a path of the library: {@link #busyDayScan}'s pass in the order of the list.
   *
   * @return a sum, for the benchmark to consume
   */
  @Benchmark
  public long busyDayScanInListOrder() {
    long sum = 0;
    for (CeActivity a : busyDay) {
      sum += a.id().length() + a.title().length() + a.completed().getDayOfMonth();
    }
    return sum;
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
