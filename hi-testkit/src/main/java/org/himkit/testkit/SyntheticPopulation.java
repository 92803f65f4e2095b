package org.himkit.testkit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.RenewalStatus;

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
 * <p>By default the holders' statuses are whatever the evaluator answers: mostly lapsed, since random
 * activities rarely meet every past cycle. {@link #withStatusShares(double, double, double)} asks for
 * shares of holders at risk, inactive and revoked on the as-of day, the others in good standing, as
 * {@link LedgerGenerator#withStatusShares(double, double, double)} builds them: such a holder holds
 * credentials of one issuer, the cycle that decides its status is laid out for it, its {@linkplain
 * SyntheticHolder#record() record} may state that it begins on a day or a good standing through the end
 * of an earlier cycle, and its other activities (up to the 5 to 40) are completed before the deciding
 * cycle; the evaluator confirms each status, so the shares are what it answers.
 *
 * <p>{@link #stream()} keeps nothing in memory but the holder being made, so a population of ten
 * million holders streams in constant memory, in order or in parallel, with the same holders either
 * way; {@link #holder(long)} makes any one holder directly.
 *
 * <pre>{@code
 * SyntheticPopulation population = HimGenerators.population(42).withSize(10_000_000)
 *     .withStatusShares(0.2, 0.05, 0.05);
 * long atRisk = population.stream().parallel()
 *     .filter(h -> evaluator.standings(h.record(), population.asOf()).stream()
 *         .anyMatch(s -> s.status() == RenewalStatus.ACTIVE_AT_RISK))
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
        new HolderGenerator(Objects.requireNonNull(catalog, "catalog"), by, from, asOf, holders.shares()));
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
        from, asOf, holders.shares()));
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
        new HolderGenerator(holders.catalog(), holders.issuers(), first, last, holders.shares()));
  }

  /**
   * Returns a copy of this population with shares of holders at risk
   * ({@link RenewalStatus#ACTIVE_AT_RISK}), inactive ({@link RenewalStatus#INACTIVE}) and revoked
   * ({@link RenewalStatus#REVOKED}) on the as-of day, the others in good standing
   * ({@link RenewalStatus#ACTIVE_REQUIREMENTS_MET} or {@link RenewalStatus#ACTIVE_ON_TRACK}); see the
   * class description. Holder {@code i} is still made from the seed and {@code i} alone, but differs from
   * the holder {@code i} of a population without shares.
   *
   * @param atRisk  the share at risk, from 0 to 1
   * @param inactive  the share inactive, from 0 to 1
   * @param revoked  the share revoked, from 0 to 1
   * @return the population, not null
   * @throws IllegalArgumentException as {@link #withStatusShares(Map)} does
   */
  public SyntheticPopulation withStatusShares(double atRisk, double inactive, double revoked) {
    return withStatusShares(Map.of(RenewalStatus.ACTIVE_AT_RISK, atRisk, RenewalStatus.INACTIVE, inactive,
        RenewalStatus.REVOKED, revoked));
  }

  /**
   * Returns a copy of this population with shares of holders of {@link RenewalStatus#ACTIVE_AT_RISK},
   * {@link RenewalStatus#IN_GRACE}, {@link RenewalStatus#INACTIVE}, {@link RenewalStatus#REVOKED} and
   * {@link RenewalStatus#EXPIRED} on the as-of day, the others in good standing, as
   * {@link LedgerGenerator#withStatusShares(Map)} takes them.
   *
   * @param statusShares  the share of each status, each from 0 to 1, together at most 1, not null
   * @return the population, not null
   * @throws IllegalArgumentException if a status cannot be shared, a share is out of range, the shares
   *     add up to more than 1, or no credential of the issuers has a policy whose lapse rule a shared
   *     status needs
   */
  public SyntheticPopulation withStatusShares(Map<RenewalStatus, Double> statusShares) {
    return new SyntheticPopulation(seed, size, from, asOf, new HolderGenerator(holders.catalog(), holders.issuers(),
        from, asOf, Optional.of(Map.copyOf(statusShares))));
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
   * Returns the shares of holders built for a status, if any were set.
   *
   * @return the share of each status, empty for a population whose statuses are whatever the evaluator
   *     answers, not null
   */
  public Optional<Map<RenewalStatus, Double>> statusShares() {
    return holders.shares();
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
   * credential, five activities, earlier dates and smaller amounts (with status shares, toward a holder
   * in good standing), and every holder tried while shrinking has 5 to 40 activities. The index of such
   * a holder is drawn too and is a label only: the holder is not {@code holder(index)}.
   *
   * @return the generator, not null
   */
  public Generator<SyntheticHolder> holders() {
    return random -> holders.holder(random, size == 0 ? 0 : random.nextLong(0, size));
  }

  @Override
  public String toString() {
    return "SyntheticPopulation{seed=" + seed + ", size=" + size + ", from=" + from + ", asOf=" + asOf
        + ", issuers=" + holders.issuers() + holders.shares().map(sh -> ", statusShares=" + sh).orElse("") + "}";
  }
}
