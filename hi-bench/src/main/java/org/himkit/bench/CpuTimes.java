package org.himkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.himkit.bench.Workloads.Holder;
import org.himkit.bench.alt.EasyRulesAhima;
import org.himkit.bench.alt.LoopAhima;
import org.himkit.bench.alt.SimplifiedAhima.Status;
import org.himkit.bench.alt.StreamAhima;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.HolderRecord;

/**
 * Renewal side by side on a loaded machine: the implementations of {@link RenewalBenchmarks} take turns,
 * one pass over the population each, round after round in one thread, and each pass is timed in the
 * thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}) as well as on the clock. Where other
 * processes take the cores, a JMH score (time on the clock) mostly measures how long the benchmark thread
 * waited; CPU time leaves the waits out, and taking turns exposes every implementation to the same load.
 * The result is the median over the rounds of nanoseconds per holder, with the bytes the thread allocated per
 * holder. No JMH machinery: a complement to
 * the JMH figures, not a replacement. Taking turns in one JVM also shares the JIT's profiles between the
 * implementations; a pattern ({@code only}) runs some of them alone, in a JVM of their own.
 */
final class CpuTimes {
  private CpuTimes() {}

  /**
   * One implementation, as a pass over the population returning something that depends on its answers: one call
   * per holder ({@link #perHolder}), or one batch call.
   */
  private record Impl(String name, ToIntFunction<Holder[]> pass) {}

  /** An implementation called once per holder. */
  private static Impl perHolder(String name, ToIntFunction<Holder> run) {
    return new Impl(name, population -> {
      int sink = 0;
      for (Holder h : population) {
        sink += run.applyAsInt(h);
      }
      return sink;
    });
  }

  static void run(int holders, int rounds, String only) {
    Holder[] population = Arrays.copyOf(Workloads.ahimaHolders(holders), holders);
    LocalDate asOf = Workloads.AHIMA_AS_OF;
    LibraryRenewal library = new LibraryRenewal(HimCatalog.builtIn());
    EasyRulesAhima easyRules = new EasyRulesAhima();
    StreamAhima streams = new StreamAhima();
    LoopAhima loop = new LoopAhima();
    // the records of the batch, listed once: a nightly job holds its holders' records
    List<HolderRecord> records = Arrays.stream(population).map(Holder::record).toList();
    List<Impl> all = List.of(
        perHolder("libraryFull", h -> library.assess(h.holdings(), h.activities(), asOf).assessments().size()),
        // the same with every explanation read (outcomes, progress, key dates, notes): built on that first read
        perHolder("libraryFullExplained",
            h -> LibraryRenewal.readExplanations(library.assess(h.holdings(), h.activities(), asOf))),
        perHolder("libraryStatusOnly", h -> library.standings(h.record(), asOf).size()),
        // the batch API over the whole population, one call a pass (the nightly job's question)
        new Impl("libraryStatusOnlyBatch", p -> library.standings(records, asOf).size()),
        // the same with the record built for the question, as a job that reads each holder afresh: the record
        // checks its ledger on its first assessment, which the row above pays once, in its first round
        perHolder("libraryStatusOnlyNewRecord",
            h -> library.standings(HolderRecord.of(h.holdings(), h.activities()), asOf).size()),
        perHolder("easyRules", h -> easyRules.assess(h.holdings(), h.activities(), asOf).status() == Status.MET ? 1 : 0),
        perHolder("streams", h -> streams.assess(h.holdings(), h.activities(), asOf).status() == Status.MET ? 1 : 0),
        perHolder("loop", h -> loop.assess(h.holdings(), h.activities(), asOf).status() == Status.MET ? 1 : 0));
    List<Impl> impls = all.stream().filter(i -> i.name().matches(only)).toList();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<double[]>> times = new LinkedHashMap<>();
    int sink = 0;
    WarmUp warmUp = new WarmUp(rounds);
    for (int round = 0; warmUp.continues(round); round++) {
      boolean measured = warmUp.measures(round);
      for (Impl impl : impls) {
        long bytes = allocatedBytes(threads);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        sink += impl.pass().applyAsInt(population);
        double cpuPerHolder = (threads.getCurrentThreadCpuTime() - cpu) / (double) holders;
        double wallPerHolder = (System.nanoTime() - wall) / (double) holders;
        double bytesPerHolder = (allocatedBytes(threads) - bytes) / (double) holders;
        if (measured) {
          times.computeIfAbsent(impl.name(), k -> new ArrayList<>())
              .add(new double[] {cpuPerHolder, wallPerHolder, bytesPerHolder});
        }
      }
    }
    double loopCpu = median(times.getOrDefault("loop", List.of()), 0);
    double streamsCpu = median(times.getOrDefault("streams", List.of()), 0);
    double easyCpu = median(times.getOrDefault("easyRules", List.of()), 0);
    // (a ratio to an implementation left out of the run is NaN)
    System.out.printf(Locale.ROOT, "%-26s %14s %14s %14s %10s %10s %10s %14s%n", "implementation", "cpu ns/holder",
        "wall ns/holder", "holders/s cpu", "vs streams", "vs easy", "vs loop", "bytes/holder");
    times.forEach((name, t) -> {
      double cpu = median(t, 0);
      System.out.printf(Locale.ROOT, "%-26s %14.0f %14.0f %14.0f %9.2fx %9.2fx %9.2fx %14.0f%n", name, cpu,
          median(t, 1), 1e9 / cpu, streamsCpu / cpu, easyCpu / cpu, loopCpu / cpu, median(t, 2));
    });
    System.out.println("(" + holders + " holders, " + rounds + " measured rounds after " + warmUp.rounds()
        + " warm-up rounds, medians; checksum " + sink + ")");
  }

  /** The least time on the clock the warm-up of {@link #run} and {@link #runPathways} takes. */
  private static final long WARM_UP_NANOS = 20_000_000_000L;

  /**
   * When the warm-up of {@link #run} and {@link #runPathways} ends: after at least a third of the measured
   * rounds (two at the least) and {@link #WARM_UP_NANOS} on the clock, whichever comes later; then the
   * measured rounds follow.
   */
  private static final class WarmUp {
    private final int measuredRounds;
    private final int minimumRounds;
    private final long end = System.nanoTime() + WARM_UP_NANOS;
    private int rounds = -1;

    WarmUp(int measuredRounds) {
      this.measuredRounds = measuredRounds;
      this.minimumRounds = Math.max(2, measuredRounds / 3);
    }

    /** Whether round {@code round} is run at all. */
    boolean continues(int round) {
      return rounds < 0 || round < rounds + measuredRounds;
    }

    /** Whether round {@code round}, about to start, is measured: the warm-up ends at the first round that is. */
    boolean measures(int round) {
      if (rounds < 0 && round >= minimumRounds && System.nanoTime() >= end) {
        rounds = round;
      }
      return rounds >= 0;
    }

    /** The warm-up rounds run, once it has ended. */
    int rounds() {
      return rounds;
    }
  }

  /**
   * Eligibility and planning per learner in CPU time, as {@link PathwayBenchmarks} measures them on the
   * clock: every learner of a 1,000-learner mixed population per pass, and for {@code plan} each of them
   * toward RHIA, RHIT, CCS, CPC and ODS (5,000 plans a pass, so that every pass asks the same questions);
   * CPU time, time on the clock and bytes allocated per call, medians of the passes.
   *
   * <p>The warm-up lasts at least {@link #WARM_UP_NANOS} on the clock: on a loaded machine the JIT's
   * compiler threads wait for a core too, and passes measured before C2 has compiled the planner were
   * four to six times slower than warm ones.
   */
  static void runPathways(int rounds) {
    PathwayBenchmarks b = new PathwayBenchmarks();
    b.setUp();
    int learners = 1_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<double[]>> times = new LinkedHashMap<>();
    int sink = 0;
    WarmUp warmUp = new WarmUp(rounds);
    for (int round = 0; warmUp.continues(round); round++) {
      boolean measured = warmUp.measures(round);
      for (String name : List.of("eligibleCredentials", "plan")) {
        long bytes = allocatedBytes(threads);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        boolean plan = name.equals("plan");
        int calls = plan ? b.plansPerPass() : learners;
        for (int i = 0; i < calls; i++) {
          sink += plan ? (b.plan().isReachable() ? 1 : 0) : b.eligibleCredentials().size();
        }
        if (measured) {
          times.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {
              (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / calls, (System.nanoTime() - wall) / 1e3 / calls,
              (allocatedBytes(threads) - bytes) / (double) calls});
        }
      }
    }
    System.out.printf(Locale.ROOT, "%-20s %14s %14s %14s%n", "per learner", "cpu µs", "wall µs", "bytes");
    times.forEach((name, t) -> System.out.printf(Locale.ROOT, "%-20s %14.1f %14.1f %14.0f%n", name, median(t, 0),
        median(t, 1), median(t, 2)));
    System.out.println("(" + rounds + " measured rounds after " + warmUp.rounds() + " warm-up rounds, medians; checksum " + sink
        + ")");
  }

  /** The bytes this thread allocated so far (HotSpot's extension of the bean), or 0 where not available. */
  private static long allocatedBytes(ThreadMXBean threads) {
    return threads instanceof com.sun.management.ThreadMXBean sun
        ? sun.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
  }

  private static double median(List<double[]> values, int column) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] v = values.stream().mapToDouble(a -> a[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
