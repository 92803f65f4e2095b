package org.himkit.bench;

import java.time.LocalDate;
import java.util.List;
import org.himkit.OrganizationId;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
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
   * One holder's input, held in arrays for the benchmarks.
   *
   * @param holdings  the credentials held
   * @param activities  the CE activities
   */
  public record Holder(List<CredentialHolding> holdings, List<CeActivity> activities) {
    static Holder of(SyntheticHolder h) {
      return new Holder(h.holdings(), h.activities());
    }
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
