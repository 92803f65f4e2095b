package org.himkit.testkit;

import java.time.LocalDate;
import java.util.Objects;
import org.himkit.Credential;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.LearnerProfile;
import org.himkit.renewal.HolderRecord;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories adapters of the kit's generators: {@link #of(Generator)} turns any {@link Generator}
 * into a {@link Gen} that shrinks a failing value toward a simpler one.
 *
 * <p>Every choice a generator makes is a bounded draw, and QuickTheories shrinks the draws toward
 * their lower bounds: a failing catalog shrinks toward fewer entries of each kind, a requirement tree
 * toward a single leaf, a date toward the first day of its range, an amount toward the smallest, a
 * synthetic holder toward one credential and five activities; optional parts disappear. A catalog or a
 * holder draws its numbers of entries first and each entry from two draws, so that QuickTheories, which
 * shrinks one draw at a time, often reaches the fewest entries that still fail; an entry shrinks to
 * the simplest of its kind or not at all. Shrinking stops after QuickTheories' shrink cycles, and
 * every value it tries is built by the same generator, so it is valid. Each cycle builds a new value:
 * for catalogs, set a few hundred cycles with {@code withShrinkCycles} rather than QuickTheories'
 * default of 100,000.
 *
 * <p>QuickTheories tries every draw at its lower bound first, then at its upper bound, so the simplest
 * catalog of a size and the fullest one are always among the examples.
 *
 * <p>A failing property throws an {@link AssertionError} whose message gives the shrunk value (a
 * catalog entry by entry, other values with every attribute) and ends with {@code Seed was} and the
 * seed. Run the property again with that seed to reproduce the failure, in code or on the command
 * line:
 *
 * <pre>{@code
 * qt().withExamples(100).withShrinkCycles(500).forAll(HimGens.catalogs()).checkAssert(catalog -> ...);
 * // fails with "... Seed was 1234567890"; then, to reproduce it:
 * qt().withFixedSeed(1234567890L).withExamples(100).withShrinkCycles(500).forAll(HimGens.catalogs())
 *     .checkAssert(catalog -> ...);
 * // or: ./mvnw test -Dtest=MyPropertiesTest -DQT_SEED=1234567890
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HimGens {
  private HimGens() {}

  /**
   * Obtains a QuickTheories generator from a kit generator, with shrinking and a description of the
   * values for failure messages.
   *
   * @param <T>  the type of the values
   * @param generator  the generator, not null
   * @return the QuickTheories generator, not null
   */
  public static <T> Gen<T> of(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return new Gen<>() {
      @Override
      public T generate(RandomnessSource in) {
        return generator.next(new SourceRandom(in));
      }

      @Override
      public String asString(T value) {
        return Describer.describe(value);
      }
    };
  }

  /**
   * Returns a generator of medium catalogs: {@code of(HimGenerators.catalogs())}.
   *
   * @return the generator, not null
   */
  public static Gen<HimCatalog> catalogs() {
    return of(HimGenerators.catalogs());
  }

  /**
   * Returns a generator of catalogs of a size: {@code of(HimGenerators.catalogs().withSize(size))}.
   *
   * @param size  the size, not null
   * @return the generator, not null
   */
  public static Gen<HimCatalog> catalogs(CatalogSize size) {
    return of(HimGenerators.catalogs().withSize(size));
  }

  /**
   * Returns a generator of credentials: {@code of(HimGenerators.credentials())}.
   *
   * @return the generator, not null
   */
  public static Gen<Credential> credentials() {
    return of(HimGenerators.credentials());
  }

  /**
   * Returns a generator of requirement trees: {@code of(HimGenerators.requirements())}.
   *
   * @return the generator, not null
   */
  public static Gen<Requirement> requirements() {
    return of(HimGenerators.requirements());
  }

  /**
   * Returns a generator of renewal policy versions: {@code of(HimGenerators.renewalPolicies())}.
   *
   * @return the generator, not null
   */
  public static Gen<RenewalPolicy> renewalPolicies() {
    return of(HimGenerators.renewalPolicies());
  }

  /**
   * Returns a generator of CEU amounts: {@code of(HimGenerators.ceus())}.
   *
   * @return the generator, not null
   */
  public static Gen<Ceus> ceus() {
    return of(HimGenerators.ceus());
  }

  /**
   * Returns a generator of dates: {@code of(HimGenerators.dates())}.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> dates() {
    return of(HimGenerators.dates());
  }

  /**
   * Returns a generator of learner profiles naming any ids, shrinking toward the empty profile:
   * {@code of(HimGenerators.learnerProfiles())}.
   *
   * @return the generator, not null
   */
  public static Gen<LearnerProfile> learnerProfiles() {
    return of(HimGenerators.learnerProfiles());
  }

  /**
   * Returns a generator of learner profiles naming a catalog's credentials, organizations, trainings and
   * courseworks, with amounts around those its requirements ask for, shrinking toward the empty profile:
   * {@code of(HimGenerators.learnerProfiles().forCatalog(catalog))}.
   *
   * @param catalog  the catalog, not null
   * @return the generator, not null
   */
  public static Gen<LearnerProfile> learnerProfiles(HimCatalog catalog) {
    return of(HimGenerators.learnerProfiles().forCatalog(catalog));
  }

  /**
   * Returns a generator of ledgers, shrinking toward one credential, no activity and earlier dates:
   * {@code of(ledgers)}.
   *
   * @param ledgers  the ledger generator, such as {@code HimGenerators.ledgers().withStatusShares(0.2, 0, 0)}, not null
   * @return the generator, not null
   */
  public static Gen<HolderRecord> ledgers(LedgerGenerator ledgers) {
    return of(ledgers);
  }

  /**
   * Returns a generator of holders like those of a population, shrinking toward one credential, five
   * activities, earlier dates and smaller amounts: {@code of(population.holders())}.
   *
   * @param population  the population whose catalog, issuers and period the holders follow, not null
   * @return the generator, not null
   */
  public static Gen<SyntheticHolder> holders(SyntheticPopulation population) {
    return of(population.holders());
  }
}
