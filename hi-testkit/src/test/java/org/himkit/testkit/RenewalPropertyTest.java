package org.himkit.testkit;

import static java.util.stream.Collectors.flatMapping;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.junit.jupiter.api.Test;

/** The README's renewal property, as a user writes it: an activity never counts toward two cycles. */
class RenewalPropertyTest {

  // renewal-property:begin
  @Test
  void anActivityNeverCountsTowardTwoCycles() {
    RenewalEvaluator evaluator = RenewalEvaluator.of(HimCatalog.builtIn());
    LedgerGenerator ledgers = HimGenerators.ledgers().withStatusShares(0.2, 0.1, 0.1);
    qt().withExamples(100).forAll(HimGens.ledgers(ledgers))
        .checkAssert(ledger -> evaluator.history(ledger, ledgers.asOf()).assessments().stream()
            .collect(groupingBy(RenewalAssessment::issuer,
                flatMapping(a -> a.counted().stream().map(o -> o.activity().id()), toList())))
            .values().forEach(ids -> assertThat(ids).doesNotHaveDuplicates()));
  }
  // renewal-property:end
}
