package org.himkit.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.bench.Workloads.Holder;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one assessment as a holder's certification grows older, from 1 to 16 two-year cycles, with the same
 * number of activities in every cycle ({@link #holder(int)}): the time per cycle should stay flat on every path.
 * Every walk crosses AHIMA's versions of 2021 and 2025; from 4 cycles on its first cycles fall under the version
 * before 2021, as most of today's holders' do: a grace period, and the annual coding self-review, which names
 * none of an RHIT's credentials (those cycles have the version's plain rules, and the status-only walk answers
 * them). {@code historyExplained} lists every activity of the ledger in every cycle's assessment (those outside
 * the cycle too), so its work grows with the cycles times the activities.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@SuppressWarnings("NullAway.Init")
public class CycleBenchmarks {
  /** The number of two-year cycles from the credential's earning to {@link Workloads#LEDGER_AS_OF}. */
  @Param({"1", "2", "4", "8", "16"})
  public int cycles;

  /** The activities of each cycle. */
  public static final int ACTIVITIES_PER_CYCLE = 20;

  private Holder holder;
  private LibraryRenewal library;

  /** Makes the holder. */
  @Setup
  public void setUp() {
    holder = holder(cycles);
    library = new LibraryRenewal(HimCatalog.builtIn());
  }

  /**
   * Returns one holder: an RHIT earned {@code cycles} two-year cycles before {@link Workloads#LEDGER_AS_OF} and
   * {@link #ACTIVITIES_PER_CYCLE} activities a cycle spread evenly over those years, every one in the HIIM
   * domains, from AHIMA and worth 1.5 CEUs, so that every cycle is met (30 CEUs against RHIT's 20) and every
   * assessment walks every cycle.
   *
   * @param cycles  the number of cycles, at least 1
   * @return the holder
   */
  public static Holder holder(int cycles) {
    LocalDate earned = Workloads.LEDGER_AS_OF.minusYears(2L * cycles);
    long days = ChronoUnit.DAYS.between(earned, Workloads.LEDGER_AS_OF);
    int n = cycles * ACTIVITIES_PER_CYCLE;
    List<CeActivity> activities = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      activities.add(CeActivity.builder().id("c" + i).title("Session " + i)
          .completed(earned.plusDays(days * i / n)).ceus(Ceus.ofHundredths(150))
          .category(CeCategory.HIIM_DOMAIN).provider("AHIMA").addSourceOf(OrganizationId.of("AHIMA"))
          .build());
    }
    return new Holder(HolderRecord.of(List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned)), activities));
  }

  /**
   * The full assessment of the cycle in force (the cycles before it walked, not reported).
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
   * The status-only path on the record kept between calls.
   *
   * @return the standings
   */
  @Benchmark
  public Object standings() {
    return library.standings(holder.record(), Workloads.LEDGER_AS_OF);
  }
}
