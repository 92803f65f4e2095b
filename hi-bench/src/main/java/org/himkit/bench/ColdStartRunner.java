package org.himkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures {@link ColdStart} as separate processes: the median of ten runs of the time from launching the
 * JVM to the first answer, the built-in catalog's first call, the first answer from {@code main}, the heap
 * used and the bytes allocated, the classes loaded and the process's CPU time to the answer (every thread,
 * which a loaded machine inflates far less than the clock); an empty JVM first (an empty catalog, no
 * answer: what the JVM itself costs), then plain, and with an AppCDS archive made by a first run
 * ({@code -XX:ArchiveClassesAtExit}), and on JDK 25 or later with an ahead-of-time cache made by a training run
 * ({@code -XX:AOTCacheOutput}, JEPs 483 and 514); on JDK 19 or later also with an archive the JVM makes itself on the
 * first run ({@code -XX:+AutoCreateSharedArchive}). Then the empty JVM, plain and AppCDS again with
 * {@link #START_UP_OPTIONS}, the options a user can give for a shorter start, and the empty JVM and plain start without
 * the JDK's own class-data archive ({@code -Xshare:off}: what the default archive, on by default, already saves). JVM
 * options given after the number of runs are added to every start instead (and the rows with the start-up options and
 * without the archive left out).
 */
public final class ColdStartRunner {
  private ColdStartRunner() {}

  /** The figures of one way of starting, medians of the runs. */
  record Figures(String how, double launchToAnswerMs, double builtInMs, double firstAnswerMs, double heapMb,
      double allocatedMb, double classes, double cpuMs, double builtInCpuMs, double firstAnswerCpuMs) {
    String row() {
      return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f |", how,
          launchToAnswerMs, builtInMs, builtInCpuMs, firstAnswerMs, firstAnswerCpuMs, cpuMs, heapMb, allocatedMb,
          classes);
    }
  }

  /**
   * JVM options that shorten the start of a short-lived process without an archive to prepare: C1 only (no C2
   * compilations of the start-up code; a long-running process wants C2) and no shared performance-data file
   * ({@code jstat} and similar tools then see no counters). Not the serial collector: on JDK 17 only G1 maps the
   * default archive's module graph and objects, so with it the module system is built at start (measured in
   * BENCHMARKS.md).
   */
  static final List<String> START_UP_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:-UsePerfData");

  /**
   * Runs the measurement and prints a Markdown table.
   *
   * @param args  the number of runs (default 10), then JVM options to add to every start
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> options = args.length > 1 ? List.of(Arrays.copyOfRange(args, 1, args.length)) : List.of();
    List<Figures> all = new ArrayList<>(measureAll(runs, options, "", true));
    if (options.isEmpty()) {
      all.addAll(measureAll(runs, START_UP_OPTIONS, ", start-up options", false));
      // the baseline: the JDK's default archive (-Xshare:auto) maps its own classes at every start unless turned off
      List<String> off = List.of("-Xshare:off");
      all.add(measure("empty JVM, without the JDK's archive (-Xshare:off)", off, List.of("empty"), runs));
      all.add(measure("plain, without the JDK's archive (-Xshare:off)", off, List.of(), runs));
    }
    System.out.println("| start | launch to first answer (ms) | builtIn() first call (ms) | its thread CPU (ms) "
        + "| main to first answer (ms) | its thread CPU (ms) | process CPU to first answer (ms) | heap used (MB) "
        + "| allocated (MB) | classes loaded |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    all.forEach(f -> System.out.println(f.row()));
  }

  /**
   * Measures an empty JVM, plain and AppCDS starts, and the archives of newer JDKs.
   *
   * @param runs  the runs of each
   * @param options  JVM options given to every start
   * @param label  added to each row's name
   * @param newer  whether to measure the archives of newer JDKs too, on a JDK that has them
   * @return the figures: the empty JVM, plain, AppCDS, then the newer JDKs' rows
   * @throws IOException if a process cannot be started
   * @throws InterruptedException if interrupted
   */
  static List<Figures> measureAll(int runs, List<String> options, String label, boolean newer)
      throws IOException, InterruptedException {
    Path archive = Files.createTempFile("himkit-cold-start", ".jsa");
    Files.delete(archive);
    List<Figures> out = new ArrayList<>();
    out.add(measure("empty JVM (no catalog, no answer)" + label, options, List.of("empty"), runs));
    out.add(measure("plain" + label, options, List.of(), runs));
    run(with(options, "-XX:ArchiveClassesAtExit=" + archive), List.of());
    out.add(measure("AppCDS" + label, with(options, "-XX:SharedArchiveFile=" + archive), List.of(), runs));
    Files.deleteIfExists(archive);
    if (newer && Runtime.version().feature() >= 19) {
      // JDK 19's archive made by the JVM itself: written at the exit of the first run, used by the next ones
      Path auto = Files.createTempFile("himkit-cold-start-auto", ".jsa");
      Files.delete(auto);
      List<String> autoOptions = with(with(options, "-XX:+AutoCreateSharedArchive"), "-XX:SharedArchiveFile=" + auto);
      run(autoOptions, List.of());
      out.add(measure("AutoCreateSharedArchive (JDK 19+)" + label, autoOptions, List.of(), runs));
      Files.deleteIfExists(auto);
    }
    if (newer && Runtime.version().feature() >= 25) {
      // JDK 25's ahead-of-time cache (JEPs 483 and 514): classes loaded and linked, lambdas spun, from a training run
      Path cache = Files.createTempFile("himkit-cold-start", ".aot");
      Files.delete(cache);
      train(with(options, "-XX:AOTCacheOutput=" + cache));
      out.add(measure("AOT cache (JDK 25)" + label, with(options, "-XX:AOTCache=" + cache), List.of(), runs));
      Files.deleteIfExists(cache);
    }
    return out;
  }

  private static List<String> with(List<String> options, String option) {
    List<String> all = new ArrayList<>(options);
    all.add(option);
    return all;
  }

  /** A training run, whose output (the JVM's own lines about the cache among it) is not read as figures. */
  private static void train(List<String> options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      output = String.join("\n", in.lines().toList());
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("training run exited with " + p.exitValue() + ": " + output);
    }
  }

  private static Figures measure(String how, List<String> options, List<String> args, int runs)
      throws IOException, InterruptedException {
    double[][] samples = new double[9][runs];
    for (int i = 0; i < runs; i++) {
      double[] one = run(options, args);
      for (int k = 0; k < one.length; k++) {
        samples[k][i] = one[k];
      }
    }
    return new Figures(how, median(samples[0]), median(samples[1]) / 1e3, median(samples[2]) / 1e3,
        median(samples[3]) / 1e6, median(samples[4]) / 1e6, median(samples[5]), median(samples[6]) / 1e3,
        median(samples[7]) / 1e3, median(samples[8]) / 1e3);
  }

  /**
   * One run: launch-to-answer ms, builtIn µs, first answer µs, heap bytes, allocated bytes, classes, process CPU µs,
   * and the main thread's CPU µs in builtIn and to the first answer.
   */
  private static double[] run(List<String> options, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStart.class.getName()));
    command.addAll(args);
    long launched = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = in.readLine();
      long answered = System.nanoTime();
      if (!"answered".equals(line)) {
        throw new IllegalStateException("cold start failed: " + line + " " + in.lines().toList());
      }
      String[] f = in.readLine().split(" ", -1);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("cold start exited with " + p.exitValue());
      }
      return new double[] {(answered - launched) / 1e6, Double.parseDouble(f[0]), Double.parseDouble(f[1]),
          Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
          Double.parseDouble(f[6]), Double.parseDouble(f[7])};
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
