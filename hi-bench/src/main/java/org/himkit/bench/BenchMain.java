package org.himkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The benchmarks' command line ({@code java -jar hi-bench/target/benchmarks.jar COMMAND}):
 *
 * <ul>
 *   <li>{@code smoke}: one short iteration of every benchmark, in this JVM, on small workloads (under a
 *       minute): proves that they run;</li>
 *   <li>{@code sweep [DIR [SIZES]]}: renewal throughput of the library and the user alternatives against
 *       the population size (default 10,000 to 1,000,000 holders), written to {@code DIR/renewal-sweep.csv}
 *       and plotted to {@code DIR/renewal-throughput.png} (default {@code docs/benchmarks});</li>
 *   <li>{@code report [DIR]}: the plot again from {@code DIR/renewal-sweep.csv};</li>
 *   <li>{@code coldstart [RUNS [JVM-OPTIONS]]}: catalog cold start and first answer as separate processes
 *       ({@link ColdStartRunner});</li>
 *   <li>{@code cpu [HOLDERS [ROUNDS [PATTERN]]]}: renewal side by side in CPU time per holder, the implementations
 *       taking turns ({@link CpuTimes}): the comparison that holds on a loaded machine;</li>
 *   <li>{@code cpu-pathways [ROUNDS]}: {@code eligibleCredentials} and {@code plan} per learner in CPU
 *       time;</li>
 *   <li>anything else: JMH's own command line ({@code -h} lists its options), for example
 *       {@code RenewalBenchmarks -f 1 -wi 3 -i 5 -prof gc}.</li>
 * </ul>
 */
public final class BenchMain {
  private BenchMain() {}

  /**
   * Runs a command.
   *
   * @param args  the command and its arguments
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    String command = args.length == 0 ? "" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "smoke" -> smoke();
      case "sweep" -> PopulationSweep.run(rest.length > 0 ? Path.of(rest[0]) : PopulationSweep.DEFAULT_DIR,
          rest.length > 1 ? rest[1].split(",", -1) : PopulationSweep.DEFAULT_SIZES);
      case "report" -> PopulationSweep.report(rest.length > 0 ? Path.of(rest[0]) : PopulationSweep.DEFAULT_DIR);
      case "coldstart" -> ColdStartRunner.main(rest);
      case "cpu-pathways" -> CpuTimes.runPathways(rest.length > 0 ? Integer.parseInt(rest[0]) : 15);
      case "cpu" -> CpuTimes.run(rest.length > 0 ? Integer.parseInt(rest[0]) : 10_000,
          rest.length > 1 ? Integer.parseInt(rest[1]) : 15, rest.length > 2 ? rest[2] : ".*");
      default -> org.openjdk.jmh.Main.main(args);
    }
  }

  private static void smoke() throws RunnerException, IOException, InterruptedException {
    Options options = new OptionsBuilder().include(BenchMain.class.getPackageName() + ".*Benchmarks")
        .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
        .param("holders", "1000").param("activities", "1000").param("search", PortalQueries.NAMES.get(0))
        .param("cycles", "4")
        .shouldFailOnError(true).build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.println("smoke: " + results.size() + " benchmarks ran");
    ColdStartRunner.main(new String[] {"1"});
  }
}
