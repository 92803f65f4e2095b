package org.himkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.himkit.bench.Workloads.Holder;
import org.himkit.bench.alt.EasyRulesAhima;
import org.himkit.bench.alt.LoopAhima;
import org.himkit.bench.alt.SimplifiedAhima;
import org.himkit.bench.alt.SimplifiedAhima.Standing;
import org.himkit.bench.alt.SimplifiedAhima.Status;
import org.himkit.bench.alt.StreamAhima;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalStanding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each user alternative gives the same status and the same required and earned CEUs as the library's full
 * assessment for every holder of the population the simplified rules cover, before anything is timed.
 */
class AgreementTest {
  private static final int HOLDERS = 2_000;
  private static Holder[] population;
  private static Standing[] library;

  @BeforeAll
  static void assessWithTheLibrary() {
    population = Workloads.materialize(Workloads.ahima(HOLDERS));
    LibraryRenewal renewal = new LibraryRenewal(HimCatalog.builtIn());
    library = new Standing[population.length];
    for (int i = 0; i < population.length; i++) {
      Holder h = population[i];
      List<RenewalAssessment> byIssuer = renewal.assess(h.holdings(), h.activities(), Workloads.AHIMA_AS_OF)
          .assessments();
      assertThat(byIssuer).hasSize(1);
      library[i] = LibraryRenewal.standing(byIssuer.get(0));
    }
  }

  @Test
  void thePopulationHasEveryStatus() {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Standing s : library) {
      counts.merge(s.status(), 1, Integer::sum);
    }
    assertThat(counts).containsOnlyKeys(Status.values());
    assertThat(counts.values()).allMatch(n -> n >= HOLDERS / 100);
  }

  /**
   * The batch as the benchmarks time it ({@code libraryStatusOnlyBatch}): on records asked before, so asked three
   * times, as the first question (walked on the ledger), the second (laid out) and a later one (the kept arrays).
   */
  @Test
  void theStatusOnlyBatchPathAgrees() {
    LibraryRenewal renewal = new LibraryRenewal(HimCatalog.builtIn());
    List<HolderRecord> records = freshRecords();
    for (int question = 1; question <= 3; question++) {
      List<List<RenewalStanding>> batch = renewal.standings(records, Workloads.AHIMA_AS_OF);
      assertThat(batch).hasSize(population.length);
      for (int i = 0; i < population.length; i++) {
        agrees(batch.get(i), question, i);
      }
    }
  }

  /** One record per call ({@code libraryStatusOnly}), asked as the batch is, three times. */
  @Test
  void theStatusOnlyPathAgrees() {
    LibraryRenewal renewal = new LibraryRenewal(HimCatalog.builtIn());
    List<HolderRecord> records = freshRecords();
    for (int question = 1; question <= 3; question++) {
      for (int i = 0; i < population.length; i++) {
        agrees(renewal.standings(records.get(i), Workloads.AHIMA_AS_OF), question, i);
      }
    }
  }

  /** The population's records, made for a test (not asked before). */
  private static List<HolderRecord> freshRecords() {
    return Arrays.stream(population).map(h -> HolderRecord.of(h.holdings(), h.activities())).toList();
  }

  private static void agrees(List<RenewalStanding> standings, int question, int holder) {
    assertThat(standings).hasSize(1);
    assertThat(LibraryRenewal.standing(standings.get(0))).as("question %d, holder %d", question, holder)
        .isEqualTo(library[holder]);
  }

  @Test
  void aPlainLoopAgrees() {
    agrees(new LoopAhima());
  }

  @Test
  void streamsWithBigDecimalAgree() {
    agrees(new StreamAhima());
  }

  @Test
  void easyRulesAgree() {
    agrees(new EasyRulesAhima());
  }

  private static void agrees(SimplifiedAhima.Implementation implementation) {
    for (int i = 0; i < population.length; i++) {
      Holder h = population[i];
      Standing mine = implementation.assess(h.holdings(), h.activities(), Workloads.AHIMA_AS_OF);
      assertThat(mine).as("holder %d: %s", i, h).isEqualTo(library[i]);
    }
  }
}
