package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;

/**
 * A manual measurement of renewal assessments per second over a generated population of holders with
 * about 25 activities each; not a test, and not run by the build. Run it after
 * {@code ./mvnw -pl hi-core test-compile} with the test class path:
 *
 * <pre>
 * ./mvnw -q -pl hi-core dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp hi-core/target/classes:hi-core/target/test-classes:$(cat hi-core/target/cp.txt) \
 *     org.himkit.renewal.RenewalTiming
 * </pre>
 *
 * <p>Each round assesses every holder in full ({@link RenewalEvaluator#assess}), then asks the
 * status-only batch path ({@link RenewalEvaluator#standings(List, LocalDate)}) for all of them; it
 * prints holders per second of the process's CPU time (not wall-clock time, so that other processes on a
 * shared machine count less; the garbage collector's work is included), and the rate of the second half
 * of the rounds taken together. The numbers are meant for
 * orders of magnitude and before/after ratios only.
 */
final class RenewalTiming {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final OrganizationId AAPC = OrganizationId.of("AAPC");
  private static final List<List<String>> SETS = List.of(List.of("RHIT"), List.of("RHIA"), List.of("RHIA", "CCS"),
      List.of("CCS"), List.of("CPC"), List.of("CPC", "COC"), List.of("ODS"), List.of("RHIT", "CPC"),
      List.of("CHPS", "RHIA"), List.of("CCA"));

  private RenewalTiming() {}

  record Holder(List<CredentialHolding> holdings, List<CeActivity> activities) {}

  /**
   * Generates a population with a fixed seed.
   *
   * @param size the number of holders
   * @param seed the seed
   * @return the holders
   */
  static List<Holder> population(int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Holder> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LocalDate earned = LocalDate.of(2012, 1, 1).plusDays(r.nextInt(365 * 13));
      List<CredentialHolding> holdings = new ArrayList<>();
      for (String c : SETS.get(r.nextInt(SETS.size()))) {
        holdings.add(CredentialHolding.of(CredentialId.of(c), earned));
      }
      List<CeActivity> activities = new ArrayList<>(25);
      long from = Math.max(earned.toEpochDay(), AS_OF.minusYears(4).toEpochDay());
      long span = AS_OF.toEpochDay() - from;
      for (int k = 0; k < 25; k++) {
        CeActivity.Builder b = CeActivity.builder().id("a" + k).title("Activity " + k)
            .completed(LocalDate.ofEpochDay(from + r.nextLong(span + 1))).provider("Provider " + r.nextInt(4))
            .category(r.nextInt(6) == 0 ? CeCategory.OTHER_RELEVANT : CeCategory.HIIM_DOMAIN);
        if (r.nextInt(6) == 0) {
          b.minutes(30 + r.nextInt(200));
        } else {
          b.ceus(Ceus.ofHundredths(50 + r.nextInt(300)));
        }
        if (r.nextInt(3) == 0) {
          b.addSourceOf(AHIMA);
        }
        if (r.nextInt(2) == 0) {
          b.addApprovedBy(AAPC);
        }
        activities.add(b.build());
      }
      out.add(new Holder(List.copyOf(holdings), List.copyOf(activities)));
    }
    return out;
  }

  /**
   * Runs the measurement.
   *
   * @param args the number of holders (default 20,000) and of rounds (default 15); or {@code ledger} to
   *     time each path over the 100,000-activity ledgers of {@link RenewalCostTest} instead
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("ledger")) {
      largeLedgers(args.length > 1 ? Integer.parseInt(args[1]) : 5);
      return;
    }
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<Holder> population = population(size, 42);
    RenewalEvaluator evaluator = RenewalEvaluator.of(HimCatalog.builtIn());
    List<HolderRecord> records = new ArrayList<>(size);
    population.forEach(h -> records.add(HolderRecord.of(h.holdings(), h.activities())));
    double[] full = new double[rounds];
    double[] status = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long t0 = cpuNanos();
      long sink = 0;
      for (Holder h : population) {
        sink += evaluator.assess(h.holdings(), h.activities(), AS_OF).assessments().size();
      }
      long t1 = cpuNanos();
      for (List<RenewalStanding> s : evaluator.standings(records, AS_OF)) {
        sink += s.size();
      }
      long t2 = cpuNanos();
      full[round] = size / ((t1 - t0) / 1e9);
      status[round] = size / ((t2 - t1) / 1e9);
      System.out.printf(Locale.ROOT, "round %d: full assessments %,.0f holders/s, status only %,.0f holders/s (%d)%n",
          round, full[round], status[round], sink);
    }
    System.out.printf(Locale.ROOT, "last %d rounds together: full %,.0f holders/s, status only %,.0f holders/s%n",
        rounds - rounds / 2, together(full), together(status));
  }

  /** Times each path over the large ledgers of {@link RenewalCostTest}: the CPU seconds of the best round. */
  private static void largeLedgers(int rounds) {
    RenewalEvaluator evaluator = RenewalEvaluator.of(HimCatalog.builtIn());
    List<CeActivity> grace = RenewalCostTest.ledger();
    List<CredentialHolding> rhit = List.of(CredentialHolding.of(CredentialId.of("RHIT"), LocalDate.of(1990, 1, 10)),
        CredentialHolding.of(CredentialId.of("CHDA"), LocalDate.of(1995, 6, 1)));
    HolderRecord three = HolderRecord.of(RenewalCostTest.threeIssuerHoldings(), RenewalCostTest.threeIssuerLedger());
    HolderRecord recent = HolderRecord.builder().from(three).recordsBegin(LocalDate.of(2023, 3, 1)).build();
    java.util.Map<String, java.util.function.Supplier<Object>> paths = new java.util.LinkedHashMap<>();
    paths.put("plain (RHIT + CHDA, 36 years, assess 2026)", () -> evaluator.assess(rhit, grace, AS_OF));
    paths.put("grace period (assess 2020-01-12)", () -> evaluator.assess(rhit, grace, LocalDate.of(2020, 1, 12)));
    paths.put("grace period, history (2020-06-01)", () -> evaluator.history(rhit, grace, LocalDate.of(2020, 6, 1)));
    paths.put("status only (RHIT + CHDA)", () -> evaluator.standings(HolderRecord.of(rhit, grace), AS_OF));
    paths.put("three issuers, revoked", () -> evaluator.assess(three, AS_OF));
    paths.put("three issuers, records begin 2023-03-01", () -> evaluator.assess(recent, AS_OF));
    paths.put("three issuers, status only", () -> evaluator.standings(three, AS_OF));
    paths.forEach((name, path) -> {
      double best = Double.MAX_VALUE;
      for (int i = 0; i < rounds; i++) {
        long t0 = cpuNanos();
        Object sink = path.get();
        best = Math.min(best, (cpuNanos() - t0) / 1e9);
        if (sink.hashCode() == 42) {
          System.out.print("");
        }
      }
      System.out.printf(Locale.ROOT, "%-45s %6.2f s CPU (best of %d)%n", name, best, rounds);
    });
  }

  /** The CPU time of the whole process (this thread, the collector's and the compiler's), in nanoseconds. */
  static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
  }

  /** The rate of the second half of the rounds taken together (the CPU clock ticks coarsely). */
  private static double together(double[] perRound) {
    double seconds = 0;
    for (int i = perRound.length / 2; i < perRound.length; i++) {
      seconds += 1 / perRound[i];
    }
    return (perRound.length - perRound.length / 2) / seconds;
  }
}
