package org.himkit.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;

/**
 * A synthetic population of credential holders for load tests and benchmarks: any number of holders,
 * each derived from the seed and its index alone.
 *
 * <p>A holder holds one to four credentials (one most often, four rarely) of the catalog's active
 * credentials with a renewal policy issued by AHIMA, AAPC or NCRA, mostly of one issuer, earned on
 * days between the population's first day and about two months before its as-of day, and has completed
 * 5 to 40 continuing education activities from shortly before the first credential to the as-of day,
 * so that they fall over several cycles. Amounts and contact times include their edges (0.01 CEU, the
 * 100-CEU maximum of one activity, 44 and 45 minutes, whole and part hours), and dates include policy
 * boundaries and leap days. The mix is synthetic: it is not drawn from statistics of real holders.
 *
 * <p>{@link #stream()} keeps nothing in memory but the holder being made, so a population of ten
 * million holders streams in constant memory, in order or in parallel, with the same holders either
 * way; {@link #holder(long)} makes any one holder directly.
 *
 * <pre>{@code
 * SyntheticPopulation population = HimGenerators.population(42).withSize(10_000_000);
 * long atRisk = population.stream().parallel()
 *     .filter(h -> evaluator.assess(h.holdings(), h.activities(), population.asOf()).stream()
 *         .anyMatch(a -> a.status() == RenewalStatus.ACTIVE_AT_RISK))
 *     .count();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticPopulation {
  /** The default number of holders. */
  static final long DEFAULT_SIZE = 1_000;
  private static final List<OrganizationId> DEFAULT_ISSUERS = List.of(OrganizationId.of("AHIMA"),
      OrganizationId.of("AAPC"), OrganizationId.of("NCRA"));

  private final long seed;
  private final long size;
  private final LocalDate from;
  private final LocalDate asOf;
  private final HolderGenerator holders;

  private SyntheticPopulation(long seed, long size, LocalDate from, LocalDate asOf, HolderGenerator holders) {
    this.seed = seed;
    this.size = size;
    this.from = from;
    this.asOf = asOf;
    this.holders = holders;
  }

  /**
   * Obtains a population of 1,000 holders of the built-in catalog's AHIMA, AAPC and NCRA credentials,
   * earned from 2010-01-01, with activities up to 2026-01-01.
   *
   * @param seed  the seed
   * @return the population, not null
   */
  static SyntheticPopulation of(long seed) {
    LocalDate from = LocalDate.of(2010, 1, 1);
    LocalDate asOf = LocalDate.of(2026, 1, 1);
    return new SyntheticPopulation(seed, DEFAULT_SIZE, from, asOf,
        new HolderGenerator(HimCatalog.builtIn(), DEFAULT_ISSUERS, from, asOf));
  }

  /**
   * Returns a copy of this population with another number of holders; holder {@code i} stays the same.
   *
   * @param holderCount  the number of holders, not negative
   * @return the population, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public SyntheticPopulation withSize(long holderCount) {
    if (holderCount < 0) {
      throw new IllegalArgumentException("the number of holders must not be negative: " + holderCount);
    }
    return new SyntheticPopulation(seed, holderCount, from, asOf, holders);
  }

  /**
   * Returns a copy of this population whose holders hold credentials of another catalog, such as a
   * custom one, issued by the given organizations, or by this population's issuers if none is given.
   *
   * @param catalog  the catalog, not null
   * @param issuers  the issuers, possibly none
   * @return the population, not null
   * @throws IllegalArgumentException if the catalog has no active credential with a renewal policy
   *     issued by one of the issuers
   */
  public SyntheticPopulation withCatalog(HimCatalog catalog, OrganizationId... issuers) {
    List<OrganizationId> by = issuers.length == 0 ? holders.issuers() : distinct(issuers);
    return new SyntheticPopulation(seed, size, from, asOf,
        new HolderGenerator(Objects.requireNonNull(catalog, "catalog"), by, from, asOf));
  }

  /**
   * Returns a copy of this population whose holders hold credentials of the given issuers only.
   *
   * @param issuers  the issuers, not empty
   * @return the population, not null
   * @throws IllegalArgumentException if no issuer is given, or the catalog has no active credential with a
   *     renewal policy issued by one of them
   */
  public SyntheticPopulation withIssuers(OrganizationId... issuers) {
    if (issuers.length == 0) {
      throw new IllegalArgumentException("at least one issuer must be given");
    }
    return new SyntheticPopulation(seed, size, from, asOf, new HolderGenerator(holders.catalog(), distinct(issuers),
        from, asOf));
  }

  private static List<OrganizationId> distinct(OrganizationId... issuers) {
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(issuers)));
  }

  /**
   * Returns a copy of this population whose credentials are earned from {@code first} on and whose
   * activities end on {@code last}, the day to assess the holders on.
   *
   * @param first  the first day a credential may be earned, not before 1900-01-01
   * @param last  the as-of day, at least a year after {@code first}
   * @return the population, not null
   * @throws IllegalArgumentException if the period is shorter than a year or begins before 1900
   */
  public SyntheticPopulation withPeriod(LocalDate first, LocalDate last) {
    if (first.getYear() < 1900 || last.isBefore(first.plusYears(1))) {
      throw new IllegalArgumentException("the period must begin in 1900 or later and last a year or more: "
          + first + " to " + last);
    }
    return new SyntheticPopulation(seed, size, first, last,
        new HolderGenerator(holders.catalog(), holders.issuers(), first, last));
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of holders.
   *
   * @return the number, not negative
   */
  public long size() {
    return size;
  }

  /**
   * Returns the first day a credential may be earned.
   *
   * @return the day, not null
   */
  public LocalDate from() {
    return from;
  }

  /**
   * Returns the day the population describes: no activity is completed after it.
   *
   * @return the as-of day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns one holder, made from the seed and the index alone.
   *
   * @param index  the index, from 0 to {@code size() - 1}
   * @return the holder, not null
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public SyntheticHolder holder(long index) {
    Objects.checkIndex(index, size);
    return holders.holder(Seeds.random(seed, index), index);
  }

  /**
   * Returns the holders in index order, made one at a time as the stream is consumed; the stream is
   * sized and splits evenly for parallel use.
   *
   * @return the holders, not null
   */
  public Stream<SyntheticHolder> stream() {
    return LongStream.range(0, size).mapToObj(i -> holders.holder(Seeds.random(seed, i), i));
  }

  /**
   * Returns a generator of holders made like this population's, from any source of randomness, for
   * property tests: through {@link HimGens#holders(SyntheticPopulation)} they shrink toward one
   * credential, five activities, earlier dates and smaller amounts. The index of such a holder is drawn
   * too and is a label only: the holder is not {@code holder(index)}.
   *
   * @return the generator, not null
   */
  public Generator<SyntheticHolder> holders() {
    return random -> holders.holder(random, size == 0 ? 0 : random.nextLong(0, size));
  }

  @Override
  public String toString() {
    return "SyntheticPopulation{seed=" + seed + ", size=" + size + ", from=" + from + ", asOf=" + asOf
        + ", issuers=" + holders.issuers() + "}";
  }
}
