package org.himkit.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.SyntheticHolder;
import org.himkit.testkit.SyntheticPopulation;

/**
 * The benchmarks' workloads, from the test kit's synthetic population with a fixed seed (5 to 40
 * activities per holder, 22.5 on average).
 */
public final class Workloads {
  /** The seed of every population. */
  public static final long SEED = 20_261_202L;
  /** The first day a credential of the AHIMA population may be earned. */
  public static final LocalDate AHIMA_FROM = LocalDate.of(2021, 1, 1);
  /** The day the AHIMA population is assessed on. */
  public static final LocalDate AHIMA_AS_OF = LocalDate.of(2026, 1, 1);
  /** The day ledgers are assessed on. */
  public static final LocalDate LEDGER_AS_OF = LocalDate.of(2026, 1, 1);

  private Workloads() {}

  /**
   * Returns the population the simplified AHIMA rules cover: holders of AHIMA credentials only, earned
   * from 2021-01-01, assessed on 2026-01-01.
   *
   * @param size  the number of holders
   * @return the population
   */
  public static SyntheticPopulation ahima(long size) {
    return HimGenerators.population(SEED).withIssuers(OrganizationId.of("AHIMA")).withPeriod(AHIMA_FROM, AHIMA_AS_OF)
        .withSize(size);
  }

  /**
   * Returns the test kit's default population: AHIMA, AAPC and NCRA credentials earned from 2010.
   *
   * @param size  the number of holders
   * @return the population
   */
  public static SyntheticPopulation mixed(long size) {
    return HimGenerators.population(SEED).withSize(size);
  }

  /**
   * One holder's input, held in arrays for the benchmarks: the record that the status-only path takes,
   * whose holdings and activities every other path takes.
   *
   * @param record  the holder's record, complete
   */
  public record Holder(HolderRecord record) {
    static Holder of(SyntheticHolder h) {
      return new Holder(HolderRecord.of(h.holdings(), h.activities()));
    }

    /**
     * Returns the credentials held.
     *
     * @return the holdings
     */
    public List<CredentialHolding> holdings() {
      return record.holdings();
    }

    /**
     * Returns the CE activities.
     *
     * @return the activities
     */
    public List<CeActivity> activities() {
      return record.activities();
    }
  }

  private static Holder[] ahimaCache = new Holder[0];

  /**
   * Returns at least the first {@code size} holders of the AHIMA population, made once per JVM and
   * shared: holder {@code i} is the same whatever the population's size, so a smaller population is a
   * prefix of a larger one.
   *
   * @param size  the number of holders needed
   * @return the holders, possibly more than asked for
   */
  public static synchronized Holder[] ahimaHolders(int size) {
    if (ahimaCache.length < size) {
      ahimaCache = materialize(ahima(size));
    }
    return ahimaCache;
  }

  /**
   * Returns a ledger of one holder: an RHIT earned on 2012-01-01 (seven two-year cycles to 2026-01-01) and
   * {@code n} activities spread evenly over those years, every one in the HIIM domains and from AHIMA, worth
   * enough together that every cycle is met, so that every assessment walks every cycle.
   *
   * @param n  the number of activities, at least 7
   * @return the holder
   */
  public static Holder ledger(int n) {
    LocalDate earned = LocalDate.of(2012, 1, 1);
    long days = ChronoUnit.DAYS.between(earned, LEDGER_AS_OF);
    long hundredths = Math.max(1, Math.min(10_000, 1_000_000 / n));
    List<CeActivity> activities = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      activities.add(CeActivity.builder().id("a" + i).title("Session " + i)
          .completed(earned.plusDays(days * i / n)).ceus(Ceus.ofHundredths(hundredths))
          .category(CeCategory.HIIM_DOMAIN).provider("AHIMA").addSourceOf(OrganizationId.of("AHIMA"))
          .build());
    }
    return new Holder(HolderRecord.of(List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned)), activities));
  }

  /**
   * Makes every holder of a population, in parallel.
   *
   * @param population  the population
   * @return the holders, in index order
   */
  public static Holder[] materialize(SyntheticPopulation population) {
    return population.stream().parallel().map(Holder::of).toArray(Holder[]::new);
  }
}
