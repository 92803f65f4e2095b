package org.himkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.himkit.bench.Workloads.Holder;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalStatus;
import org.junit.jupiter.api.Test;

/** The holders of {@link CycleBenchmarks} have the cycles they are made for, every one of them met. */
class CycleBenchmarksTest {
  @Test
  void everyCycleIsWalkedAndMet() {
    LibraryRenewal library = new LibraryRenewal(HimCatalog.builtIn());
    for (int cycles : new int[] {1, 2, 4, 8, 16}) {
      Holder h = CycleBenchmarks.holder(cycles);
      assertThat(h.activities()).hasSize(cycles * CycleBenchmarks.ACTIVITIES_PER_CYCLE);
      List<RenewalAssessment> history =
          library.history(h.holdings(), h.activities(), Workloads.LEDGER_AS_OF).assessments();
      List<RenewalAssessment> ended = history.stream()
          .filter(a -> a.cycle().end().isBefore(Workloads.LEDGER_AS_OF)).toList();
      assertThat(ended).as("cycles ended by the day asked about, %d cycles", cycles).hasSize(cycles);
      assertThat(ended).as("%d cycles", cycles).allSatisfy(a -> {
        assertThat(a.status()).isEqualTo(RenewalStatus.RENEWED);
        assertThat(a.earned().hundredths()).isGreaterThanOrEqualTo(a.required().hundredths());
      });
    }
  }
}
