package org.himkit.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleRequirement;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.testkit.Generator;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.SyntheticHolder;
import org.himkit.testkit.SyntheticPopulation;

/**
 * Generators of holders' records and of the renewal answers HIM Kit's evaluator works out from them over
 * a catalog: results of one day or of a whole history, their assessments, standings and the requirements
 * of a cycle. The holders are the kit's synthetic population's; records sometimes state where they begin
 * or a good standing through a day. The kit can absorb these later.
 */
final class RenewalGenerators {
  private RenewalGenerators() {}

  private static final SyntheticPopulation POPULATION = HimGenerators.population(2026);
  private static final Generator<SyntheticHolder> HOLDERS = POPULATION.holders();

  /** A day from the population's first day to its as-of day, the as-of day often. */
  private static LocalDate day(RandomGenerator r) {
    LocalDate last = POPULATION.asOf();
    if (r.nextBoolean()) {
      return last;
    }
    long span = last.toEpochDay() - POPULATION.from().toEpochDay();
    return POPULATION.from().plusDays(r.nextLong(span + 1));
  }

  /** Holders' records: the kit's holders, some with a first day of records before the population's as-of day. */
  static Generator<HolderRecord> holderRecords() {
    return r -> {
      SyntheticHolder h = HOLDERS.next(r);
      HolderRecord.Builder b = HolderRecord.builder().addAllHoldings(h.holdings()).addAllActivities(h.activities());
      if (r.nextInt(4) == 0) {
        // a day from the first credential's to the population's as-of day
        LocalDate first = h.holdings().get(0).earned();
        b.recordsBegin(first.plusDays(r.nextLong(POPULATION.asOf().toEpochDay() - first.toEpochDay() + 1)));
      }
      return b.build();
    };
  }

  /**
   * Renewal results: a generated record assessed on a day, or its whole history to that day; some
   * records state a good standing with an issuer through the end of one of its cycles that ended before.
   */
  static Generator<RenewalResult> results(HimCatalog catalog) {
    RenewalEvaluator evaluator = RenewalEvaluator.of(catalog);
    Generator<HolderRecord> records = holderRecords();
    return r -> {
      HolderRecord record = records.next(r);
      LocalDate day = day(r);
      LocalDate first = record.holdings().get(0).earned();
      LocalDate last = record.holdings().stream().map(CredentialHolding::earned).max(LocalDate::compareTo)
          .orElseThrow();
      LocalDate asOf = day.isBefore(last) ? POPULATION.asOf() : day;
      if (record.recordsBegin().isPresent() && record.recordsBegin().get().isAfter(asOf)) {
        LocalDate begin = first.plusDays(r.nextLong(asOf.toEpochDay() - first.toEpochDay() + 1));
        record = HolderRecord.builder().from(record).recordsBegin(begin).build();
      }
      if (r.nextInt(4) == 0) {
        List<RenewalAssessment> ended = evaluator.history(record, asOf).assessments().stream()
            .filter(a -> a.cycle().end().isBefore(asOf)).toList();
        if (!ended.isEmpty()) {
          RenewalAssessment a = ended.get(r.nextInt(ended.size()));
          record = HolderRecord.builder().from(record).putGoodStandingThrough(a.issuer(), a.cycle().end()).build();
        }
      }
      return r.nextInt(4) == 0 ? evaluator.history(record, asOf) : evaluator.assess(record, asOf);
    };
  }

  /** The assessments of generated results, one at a time. */
  static Generator<RenewalAssessment> assessments(HimCatalog catalog) {
    Generator<RenewalResult> results = results(catalog);
    return r -> {
      while (true) {
        List<RenewalAssessment> all = results.next(r).assessments();
        if (!all.isEmpty()) {
          return all.get(r.nextInt(all.size()));
        }
      }
    };
  }

  /** The standings of a generated record on a day. */
  static Generator<RenewalStanding> standings(HimCatalog catalog) {
    RenewalEvaluator evaluator = RenewalEvaluator.of(catalog);
    Generator<HolderRecord> records = holderRecords();
    return r -> {
      while (true) {
        List<RenewalStanding> all = evaluator.standings(records.next(r), POPULATION.asOf());
        if (!all.isEmpty()) {
          return all.get(r.nextInt(all.size()));
        }
      }
    };
  }

  /** What a cycle beginning on a day asks of the credentials of a generated holder. */
  static Generator<CycleRequirement> cycleRequirements(HimCatalog catalog) {
    RenewalEvaluator evaluator = RenewalEvaluator.of(catalog);
    return r -> {
      while (true) {
        List<CredentialId> held = new ArrayList<>();
        for (CredentialHolding h : HOLDERS.next(r).holdings()) {
          held.add(h.credential());
        }
        List<CycleRequirement> all = evaluator.cycleRequirements(held, day(r));
        if (!all.isEmpty()) {
          return all.get(r.nextInt(all.size()));
        }
      }
    };
  }
}
