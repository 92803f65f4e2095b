package org.himkit.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleRequirement;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.renewal.RenewalStatus;

/**
 * A generator of whole ledgers: one holder's credential holdings and CE activities as a
 * {@link HolderRecord}, for a catalog's renewal evaluator on an as-of day.
 *
 * <p>A ledger holds one to four credentials of the catalog that are active and have a renewal policy
 * (four, and so the multi-credential cap, one time in five), of the configured issuers (by default
 * AHIMA, AAPC and NCRA, mostly one issuer per holder) or of the configured credential mix, earned from
 * the first day of the period to about two months before the as-of day, and 0 to 40 activities. Edge
 * values come up often by design: no activity at all (zero CEUs), activities on the first and last day
 * of a cycle and the days either side (the cycles as the evaluator lays them out), policy boundary dates
 * and leap days, 0.01 CEU and the largest amount of one activity, 44, 45 and 46 minutes, explicit cycle
 * starts and first-cycle requirements, providers a content rule names as an issuer's own (AHIMA: HCPro),
 * and, one time in eight for a holder of fewer than four, a further credential the evaluator cannot
 * assess (retired, or without a renewal policy).
 *
 * <p>By default a ledger is complete (its history goes back to the first credential) and its status is
 * whatever the evaluator answers: mostly lapsed, since random activities rarely meet every past cycle.
 * {@link #withStatusShares(double, double, double)} asks for shares of holders at risk, inactive and
 * revoked on the as-of day ({@link #withStatusShares(Map)} also in a grace period or expired), the others
 * in good standing (requirements met or on track): such a holder
 * holds credentials of one issuer, its earlier cycles are stated as not recorded or in good standing
 * ({@link HolderRecord#recordsBegin()}, {@link HolderRecord#goodStandingThrough()}), and the cycle
 * that decides its status is built for it, with the days that decide it (the last day of a cycle, the
 * 90-day and half-cycle marks of {@link RenewalStatus#ACTIVE_AT_RISK}, the first and last day of an
 * inactive period) often. Every such ledger is checked with the evaluator's status-only path and drawn
 * again (up to eight times) until the evaluator answers the wanted status, so the shares are what the
 * evaluator answers, not what the kit expects.
 *
 * <pre>{@code
 * LedgerGenerator ledgers = HimGenerators.ledgers().issuedBy(OrganizationId.of("AHIMA"))
 *     .withPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 6, 30))
 *     .withStatusShares(0.2, 0.1, 0.1);
 * }</pre>
 *
 * <p>A ledger shrinks toward one credential, no activity and earlier dates. This class is immutable and
 * thread-safe.
 */
public final class LedgerGenerator implements Generator<HolderRecord> {
  private static final List<OrganizationId> DEFAULT_ISSUERS = List.of(OrganizationId.of("AHIMA"),
      OrganizationId.of("AAPC"), OrganizationId.of("NCRA"));
  private static final LocalDate DEFAULT_FROM = LocalDate.of(2010, 1, 1);
  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);
  private static final int ATTEMPTS = 8;
  private static final int PER_MILLE = 1000;

  /** The statuses a share of holders can be built for. */
  private static final Set<RenewalStatus> SHARED = EnumSet.of(RenewalStatus.ACTIVE_AT_RISK, RenewalStatus.IN_GRACE,
      RenewalStatus.INACTIVE, RenewalStatus.REVOKED, RenewalStatus.EXPIRED);

  private final HimCatalog catalog;
  private final RenewalEvaluator evaluator;
  private final List<OrganizationId> issuers;
  private final Optional<List<CredentialId>> mix;
  /** The credentials holders may hold, one list per issuer that has any. */
  private final List<List<CredentialId>> byIssuer;
  private final LocalDate from;
  private final LocalDate asOf;
  /**
   * The holders per thousand built for each status of {@link #SHARED}, in status order; empty for
   * complete ledgers.
   */
  private final Optional<Map<RenewalStatus, Integer>> shares;
  /** The providers the catalog's content rules name as an issuer's own. */
  private final List<String> namedProviders;
  /** The credentials a credential content rule of the catalog's policies names, such as AAPC's CPMA. */
  private final Set<CredentialId> withOwnMinimum;
  /** Credentials of the catalog that the evaluator cannot assess: without policy, retired, inactive. */
  private final List<CredentialId> unassessable;

  private LedgerGenerator(HimCatalog catalog, RenewalEvaluator evaluator, List<OrganizationId> issuers,
      Optional<List<CredentialId>> mix, LocalDate from, LocalDate asOf, Optional<Map<RenewalStatus, Integer>> shares) {
    this.catalog = catalog;
    this.evaluator = evaluator;
    this.issuers = List.copyOf(issuers);
    this.mix = mix;
    Map<OrganizationId, List<CredentialId>> grouped = new LinkedHashMap<>();
    for (OrganizationId issuer : issuers) {
      List<CredentialId> ids = catalog.credentials().issuedBy(issuer).withStatus(CredentialStatus.ACTIVE).stream()
          .filter(c -> c.renewalPolicy().isPresent()).map(Credential::id)
          .filter(id -> mix.map(m -> m.contains(id)).orElse(true)).toList();
      if (!ids.isEmpty()) {
        grouped.put(issuer, ids);
      }
    }
    if (grouped.isEmpty()) {
      throw new IllegalArgumentException("the catalog has no active credential with a renewal policy issued by "
          + issuers + mix.map(m -> " among " + m).orElse(""));
    }
    this.byIssuer = List.copyOf(grouped.values());
    this.from = from;
    this.asOf = asOf;
    this.shares = shares;
    this.namedProviders = Renewals.namedProviders(catalog);
    this.withOwnMinimum = Renewals.withOwnMinimum(catalog);
    List<CredentialId> assessable = byIssuer.stream().flatMap(List::stream).toList();
    this.unassessable = catalog.credentials().stream().filter(c -> issuers.contains(c.issuer())).map(Credential::id)
        .filter(id -> !assessable.contains(id)).filter(id -> mix.map(m -> m.contains(id)).orElse(true)).toList();
    shares.ifPresent(sh -> sh.forEach((status, n) -> {
      if (n > 0 && pool(status).isEmpty()) {
        throw new IllegalArgumentException("no credential of " + issuers + mix.map(m -> " among " + m).orElse("")
            + " has a renewal policy under which a holder can be " + status);
      }
    }));
  }

  /** Returns the generator of complete ledgers of the built-in catalog's AHIMA, AAPC and NCRA credentials. */
  static LedgerGenerator defaults() {
    HimCatalog builtIn = HimCatalog.builtIn();
    return new LedgerGenerator(builtIn, RenewalEvaluator.of(builtIn), DEFAULT_ISSUERS, Optional.empty(), DEFAULT_FROM,
        DEFAULT_AS_OF, Optional.empty());
  }

  /**
   * Returns a copy of this generator whose holders hold credentials of another catalog, such as a custom
   * one, issued by the given organizations, or by this generator's issuers if none is given.
   *
   * @param himCatalog  the catalog, not null
   * @param issuedBy  the issuers, possibly none
   * @return the generator, not null
   * @throws IllegalArgumentException if the catalog has no active credential with a renewal policy
   *     issued by one of the issuers
   */
  public LedgerGenerator withCatalog(HimCatalog himCatalog, OrganizationId... issuedBy) {
    Objects.requireNonNull(himCatalog, "himCatalog");
    return new LedgerGenerator(himCatalog, RenewalEvaluator.of(himCatalog),
        issuedBy.length == 0 ? issuers : distinct(issuedBy), mix, from, asOf, shares);
  }

  /**
   * Returns a copy of this generator whose holders hold credentials of the given issuers only.
   *
   * @param issuedBy  the issuers, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no issuer is given, or the catalog has no active credential with
   *     a renewal policy issued by one of them
   */
  public LedgerGenerator issuedBy(OrganizationId... issuedBy) {
    if (issuedBy.length == 0) {
      throw new IllegalArgumentException("at least one issuer must be given");
    }
    return new LedgerGenerator(catalog, evaluator, distinct(issuedBy), mix, from, asOf, shares);
  }

  /**
   * Returns a copy of this generator whose holders hold only some of the given credentials: the
   * credential mix.
   *
   * @param credentials  the credentials, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no credential is given, or none of them is an active credential
   *     with a renewal policy of one of the issuers
   */
  public LedgerGenerator withCredentials(CredentialId... credentials) {
    if (credentials.length == 0) {
      throw new IllegalArgumentException("at least one credential must be given");
    }
    return new LedgerGenerator(catalog, evaluator, issuers, Optional.of(distinct(credentials)), from, asOf, shares);
  }

  /**
   * Returns a copy of this generator whose credentials are earned from {@code first} on and whose
   * ledgers are assessed on {@code last}.
   *
   * @param first  the first day a credential may be earned, not before 1900-01-01
   * @param last  the as-of day, at least a year after {@code first}
   * @return the generator, not null
   * @throws IllegalArgumentException if the period is shorter than a year or begins before 1900
   */
  public LedgerGenerator withPeriod(LocalDate first, LocalDate last) {
    if (first.isBefore(Renewals.EARLIEST) || last.isBefore(first.plusYears(1))) {
      throw new IllegalArgumentException("the period must begin in 1900 or later and last a year or more: "
          + first + " to " + last);
    }
    return new LedgerGenerator(catalog, evaluator, issuers, mix, first, last, shares);
  }

  /**
   * Returns a copy of this generator that builds shares of its holders for a status on the as-of day:
   * at risk ({@link RenewalStatus#ACTIVE_AT_RISK}), inactive ({@link RenewalStatus#INACTIVE}) and revoked
   * ({@link RenewalStatus#REVOKED}); the others are in good standing
   * ({@link RenewalStatus#ACTIVE_REQUIREMENTS_MET} or {@link RenewalStatus#ACTIVE_ON_TRACK}):
   * {@code withStatusShares(Map.of(ACTIVE_AT_RISK, atRisk, INACTIVE, inactive, REVOKED, revoked))}.
   *
   * @param atRisk  the share at risk, from 0 to 1
   * @param inactive  the share inactive, from 0 to 1
   * @param revoked  the share revoked, from 0 to 1
   * @return the generator, not null
   * @throws IllegalArgumentException as {@link #withStatusShares(Map)} does
   */
  public LedgerGenerator withStatusShares(double atRisk, double inactive, double revoked) {
    return withStatusShares(Map.of(RenewalStatus.ACTIVE_AT_RISK, atRisk, RenewalStatus.INACTIVE, inactive,
        RenewalStatus.REVOKED, revoked));
  }

  /**
   * Returns a copy of this generator that builds shares of its holders for a status on the as-of day, of
   * {@link RenewalStatus#ACTIVE_AT_RISK}, {@link RenewalStatus#IN_GRACE}, {@link RenewalStatus#INACTIVE},
   * {@link RenewalStatus#REVOKED} and {@link RenewalStatus#EXPIRED}; the others are in good standing
   * ({@link RenewalStatus#ACTIVE_REQUIREMENTS_MET} or {@link RenewalStatus#ACTIVE_ON_TRACK}). Shares are
   * kept to a thousandth. A lapsed status needs a policy whose lapse rule gives it: a grace period for
   * {@code IN_GRACE} (in the built-in catalog AHIMA's, for cycles ending before 2020-12-31), an inactive
   * period for {@code INACTIVE} and {@code REVOKED} (AHIMA's, for cycles ending from then on); where the
   * as-of day rules a status out (no holder can be in AHIMA's grace period in 2026), the holders built for
   * it get whatever status the evaluator answers instead.
   *
   * @param statusShares  the share of each status, each from 0 to 1, together at most 1, not null
   * @return the generator, not null
   * @throws IllegalArgumentException if a status cannot be shared, a share is out of range, the shares
   *     add up to more than 1, or no credential's policy has the lapse rule a shared status needs
   */
  public LedgerGenerator withStatusShares(Map<RenewalStatus, Double> statusShares) {
    Map<RenewalStatus, Integer> perMille = new EnumMap<>(RenewalStatus.class);
    int total = 0;
    for (Map.Entry<RenewalStatus, Double> e : statusShares.entrySet()) {
      if (!SHARED.contains(e.getKey())) {
        throw new IllegalArgumentException("a share of holders can be built for " + SHARED + ", not " + e.getKey());
      }
      double share = e.getValue();
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("the share of " + e.getKey() + " must be from 0 to 1: " + share);
      }
      int n = (int) Math.round(share * PER_MILLE);
      perMille.put(e.getKey(), n);
      total += n;
    }
    if (total > PER_MILLE) {
      throw new IllegalArgumentException("the shares must add up to at most 1: " + statusShares);
    }
    return new LedgerGenerator(catalog, evaluator, issuers, mix, from, asOf,
        Optional.of(Collections.unmodifiableMap(perMille)));
  }

  private static <T> List<T> distinct(T[] values) {
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(values)));
  }

  /**
   * Returns the catalog whose credentials the ledgers hold.
   *
   * @return the catalog, not null
   */
  public HimCatalog catalog() {
    return catalog;
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
   * Returns the day the ledgers are built for: the status shares hold on it.
   *
   * @return the as-of day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns a generator of the evaluator's assessments of the ledgers on the as-of day
   * ({@link RenewalEvaluator#assess(HolderRecord, LocalDate)}).
   *
   * @return the generator, not null
   */
  public Generator<RenewalResult> assessments() {
    return r -> evaluator.assess(next(r), asOf);
  }

  /**
   * Returns a generator of the evaluator's histories of the ledgers up to the as-of day
   * ({@link RenewalEvaluator#history(HolderRecord, LocalDate)}).
   *
   * @return the generator, not null
   */
  public Generator<RenewalResult> histories() {
    return r -> evaluator.history(next(r), asOf);
  }

  /**
   * Returns a generator of the evaluator's standings with one issuer of a ledger on the as-of day
   * ({@link RenewalEvaluator#standings(HolderRecord, LocalDate)}); a ledger with none (every credential
   * beyond what the evaluator can assess) is drawn again.
   *
   * @return the generator, not null
   */
  public Generator<RenewalStanding> standings() {
    return r -> {
      while (true) {
        List<RenewalStanding> all = evaluator.standings(next(r), asOf);
        if (!all.isEmpty()) {
          return Draws.pick(r, all);
        }
      }
    };
  }

  /**
   * Returns a generator of what the evaluator requires of some of the ledgers' credentials, of one issuer
   * (one time in three with a credential it cannot assess, such as a retired one), in a cycle beginning
   * on a day of the period ({@link RenewalEvaluator#cycleRequirements}).
   *
   * @return the generator, not null
   */
  public Generator<CycleRequirement> cycleRequirements() {
    return r -> {
      List<CredentialId> held = new ArrayList<>(credentials(r, credentialCount(r.nextInt(20)),
          Optional.of(Draws.pick(r, byIssuer))));
      OrganizationId issuer = issuerOf(held.get(0));
      List<CredentialId> others = unassessable.stream().filter(id -> issuerOf(id).equals(issuer)).toList();
      if (!others.isEmpty() && Draws.oneIn(r, 3)) {
        // a credential the version may not cover, such as a retired one
        held.add(Draws.pick(r, others));
      }
      List<CycleRequirement> out = List.of();
      for (int attempt = 0; attempt < ATTEMPTS && out.isEmpty(); attempt++) {
        out = evaluator.cycleRequirements(held, DateGenerator.next(r, from, asOf));
      }
      return out.isEmpty() ? requirementOf(held.get(0)) : out.get(0);
    };
  }

  /** The requirement of one credential alone in a cycle beginning when a version that covers it begins. */
  private CycleRequirement requirementOf(CredentialId credential) {
    for (RenewalPolicy v : catalog.getCredential(credential).renewalPolicy().map(catalog::renewalPolicyVersions)
        .orElse(List.of())) {
      if (v.requiredCeus(credential).isPresent()) {
        LocalDate day = v.effectiveFrom().orElseGet(() -> v.effectiveTo().filter(t -> t.isBefore(from)).orElse(from));
        List<CycleRequirement> single = evaluator.cycleRequirements(List.of(credential), day);
        if (!single.isEmpty()) {
          return single.get(0);
        }
      }
    }
    throw new IllegalStateException("no version of the renewal policy of " + credential + " covers it");
  }

  @Override
  public HolderRecord next(RandomGenerator r) {
    Optional<RenewalStatus> wanted = wanted(r.nextInt(PER_MILLE));
    if (wanted.isEmpty()) {
      return complete(r);
    }
    RenewalStatus status = wanted.get();
    HolderRecord record = targeted(r, status);
    for (int attempt = 1; attempt < ATTEMPTS && !has(record, status); attempt++) {
      record = targeted(r, status);
    }
    return record;
  }

  /**
   * Builds a ledger for a status as {@link #next} does for a share, with a number of activities: those
   * the status needs, and others completed from 90 days before the first credential to the day before
   * the deciding cycle (in earlier cycles stated as in good standing or not recorded, or before any
   * cycle), checked with the evaluator's status-only path and drawn again, up to eight times, like every
   * ledger built for a status.
   *
   * @param r  the source
   * @param status  the status wanted, {@link RenewalStatus#ACTIVE_ON_TRACK} standing for good standing
   * @param activities  the number of activities wanted; a ledger that needs more keeps them
   * @return the ledger
   */
  HolderRecord forStatus(RandomGenerator r, RenewalStatus status, int activities) {
    HolderRecord record = padded(r, targeted(r, status), activities);
    for (int attempt = 1; attempt < ATTEMPTS && !has(record, status); attempt++) {
      record = padded(r, targeted(r, status), activities);
    }
    return record;
  }

  /** Adds activities completed before the deciding cycle of a ledger built for a status, up to a number. */
  private HolderRecord padded(RandomGenerator r, HolderRecord record, int n) {
    int missing = n - record.activities().size();
    if (missing <= 0) {
      return record;
    }
    LocalDate firstEarned = record.holdings().stream().map(CredentialHolding::earned).min(Comparator.naturalOrder())
        .orElseThrow();
    LocalDate deciding = record.recordsBegin().or(() -> record.goodStandingThrough().values().stream()
        .max(Comparator.naturalOrder()).map(d -> d.plusDays(1))).orElse(firstEarned);
    LocalDate earliest = max(firstEarned.minusDays(90), Renewals.EARLIEST);
    LocalDate last = max(deciding.minusDays(1), earliest);
    List<OrganizationId> issuer = List.of(issuerOf(record.holdings().get(0).credential()));
    List<CeActivity> all = new ArrayList<>(record.activities());
    for (int j = 0; j < missing; j++) {
      all.add(Renewals.populationActivity(detail(r), "a" + all.size(), all.size() + 1, earliest, last, issuer));
    }
    all.sort(Comparator.comparing(CeActivity::completed));
    return HolderRecord.builder().from(record).activities(all).build();
  }

  /**
   * The status a draw from 0 to 999 asks for, {@link RenewalStatus#ACTIVE_ON_TRACK} standing for good
   * standing, which comes first so that a draw shrinks to it; empty for a complete ledger.
   */
  Optional<RenewalStatus> wanted(int draw) {
    if (shares.isEmpty()) {
      return Optional.empty();
    }
    int bound = PER_MILLE - shares.get().values().stream().mapToInt(Integer::intValue).sum();
    if (draw < bound) {
      return Optional.of(RenewalStatus.ACTIVE_ON_TRACK);
    }
    for (Map.Entry<RenewalStatus, Integer> e : shares.get().entrySet()) {
      bound += e.getValue();
      if (draw < bound) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.of(RenewalStatus.ACTIVE_ON_TRACK);
  }

  /** Whether the evaluator's status-only path answers the wanted status for every issuer of the ledger. */
  private boolean has(HolderRecord record, RenewalStatus wanted) {
    List<RenewalStanding> standings = evaluator.standings(record, asOf);
    return !standings.isEmpty() && standings.stream().allMatch(s -> is(s.status(), wanted));
  }

  /** Whether a status is the one wanted, {@link RenewalStatus#ACTIVE_ON_TRACK} standing for good standing. */
  private static boolean is(RenewalStatus status, RenewalStatus wanted) {
    return wanted == RenewalStatus.ACTIVE_ON_TRACK
        ? status == RenewalStatus.ACTIVE_REQUIREMENTS_MET || status == RenewalStatus.ACTIVE_ON_TRACK
        : status == wanted;
  }

  // ---------------------------------------------------------------------------------------------
  // complete ledgers

  private HolderRecord complete(RandomGenerator r) {
    // the numbers first, in fixed positions, so that shrinking one leaves the other in place; then each
    // part from its own details (two draws)
    int wantedCredentials = credentialCount(r.nextInt(20));
    int n = Draws.oneIn(r, 6) ? 0 : Draws.between(r, 0, 40);
    List<CredentialId> held = credentials(detail(r), wantedCredentials, Optional.empty());
    LocalDate lastEarned = asOf.minusDays(60);
    String reference = "holder-" + r.nextInt(1_000_000);
    List<CredentialHolding> holdings = new ArrayList<>(held.size());
    LocalDate earned = from;
    for (CredentialId id : held) {
      earned = DateGenerator.next(detail(r), earned, lastEarned);
      holdings.add(Renewals.holding(id, earned, reference));
    }
    RandomGenerator c = detail(r);
    if (Draws.oneIn(c, 4)) {
      holdings = withCycleStart(c, holdings);
    }
    if (!unassessable.isEmpty() && holdings.size() < 4 && Draws.oneIn(c, 8)) {
      // a credential the evaluator cannot assess, such as a retired one or one without a renewal policy
      CredentialId extra = Draws.pick(c, unassessable);
      List<CredentialHolding> more = new ArrayList<>(holdings);
      more.add(Renewals.holding(extra, DateGenerator.next(c, from, lastEarned), reference));
      holdings = more;
    }
    List<LocalDate> boundaries = boundaries(holdings);
    LocalDate earliest = max(holdings.get(0).earned().minusDays(90), Renewals.EARLIEST);
    List<CeActivity> activities = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      RandomGenerator d = detail(r);
      LocalDate day = !boundaries.isEmpty() && Draws.oneIn(d, 4) ? Draws.pick(d, boundaries)
          : DateGenerator.next(d, earliest, asOf);
      activities.add(Renewals.activity(d, "a" + j, j + 1, day, issuers, namedProviders, ownMinimum(held)));
    }
    activities.sort(Comparator.comparing(CeActivity::completed));
    return HolderRecord.of(holdings, activities);
  }

  /**
   * Sets one explicit cycle start on the holdings of the first holding's issuer: a day from the latest
   * of them earned to 400 days later (under a calendar-year policy, one of the next two January 1sts),
   * not after the as-of day, sometimes with a first-cycle requirement. Only the holdings under the first
   * holding's renewal policy get it (an issuer of a generated catalog may have several policies), so that
   * the start fits the anchor the evaluator uses for their group.
   */
  private List<CredentialHolding> withCycleStart(RandomGenerator r, List<CredentialHolding> holdings) {
    Optional<RenewalPolicyId> policy = catalog.getCredential(holdings.get(0).credential()).renewalPolicy();
    if (policy.isEmpty()) {
      return holdings;
    }
    java.util.function.Predicate<CredentialHolding> inGroup = h -> catalog.getCredential(h.credential())
        .renewalPolicy().equals(policy);
    LocalDate latest = holdings.stream().filter(inGroup)
        .map(CredentialHolding::earned).max(Comparator.naturalOrder()).orElseThrow();
    // a cycle starts on a January 1 if any version of the group's policy ends its cycles on December 31:
    // the evaluator checks the start against the version in force on it, which may be another than the
    // one in force on the day earned
    boolean calendarYears = catalog.renewalPolicyVersions(policy.get()).stream()
        .anyMatch(p -> p.cycleAnchor() == CycleAnchor.CALENDAR_YEAR_END);
    // under a calendar-year policy a cycle starts on a January 1
    LocalDate start = calendarYears ? LocalDate.of(latest.getYear() + Draws.between(r, 1, 2), 1, 1)
        : latest.plusDays(Draws.between(r, 0, 400));
    if (start.isAfter(asOf)) {
      return holdings;
    }
    Optional<Ceus> firstRequired = start.equals(latest) || r.nextBoolean() ? Optional.empty()
        : Optional.of(CeusGenerator.defaults().between(Ceus.ZERO, Ceus.of(30)).next(r));
    List<CredentialHolding> out = new ArrayList<>(holdings.size());
    for (CredentialHolding h : holdings) {
      out.add(inGroup.test(h)
          ? CredentialHolding.builder().from(h).cycleStart(start).firstCycleRequiredCeus(firstRequired).build() : h);
    }
    return out;
  }

  /**
   * The first and last day of each cycle of the ledger's issuers up to the as-of day, and the days either
   * side, as the evaluator lays the cycles out.
   */
  private List<LocalDate> boundaries(List<CredentialHolding> holdings) {
    List<LocalDate> out = new ArrayList<>();
    for (RenewalAssessment a : evaluator.history(HolderRecord.of(holdings, List.of()), asOf).assessments()) {
      LocalDate start = a.cycle().start();
      LocalDate end = a.cycle().end();
      out.add(max(start.minusDays(1), Renewals.EARLIEST));
      out.add(start);
      out.add(end);
      out.add(end.plusDays(1));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // ledgers built for a status

  /** Builds a ledger of one issuer's credentials whose deciding cycle is laid out for the wanted status. */
  private HolderRecord targeted(RandomGenerator r, RenewalStatus wanted) {
    RandomGenerator d = detail(r);
    List<CredentialId> ofIssuer = Draws.pick(d, pool(wanted));
    List<CredentialId> held = credentials(d, credentialCount(d.nextInt(20)), Optional.of(ofIssuer));
    OrganizationId issuer = issuerOf(held.get(0));
    Optional<RenewalPolicy> policy = policyOf(held.get(0), asOf);
    if (policy.isEmpty()) {
      return HolderRecord.of(List.of(Renewals.holding(held.get(0), from, "holder")), List.of());
    }
    Period length = policy.get().cycleLength();
    LocalDate start;
    LocalDate end;
    if (wanted == RenewalStatus.ACTIVE_AT_RISK || wanted == RenewalStatus.ACTIVE_ON_TRACK) {
      int days = (int) ChronoUnit.DAYS.between(asOf.minus(length), asOf);
      // at risk: past the middle of the cycle (its edges: just past it, 90 days left, the last day)
      int x = wanted == RenewalStatus.ACTIVE_AT_RISK
          ? pickDay(d, days / 2 + 1, days - 1, days / 2 + 1, days - RenewalEvaluator.AT_RISK_DAYS,
              days - RenewalEvaluator.AT_RISK_DAYS + 1, days - 1)
          : pickDay(d, 0, days / 2 - 1, 0, 1, days / 2 - 1);
      start = asOf.minusDays(x);
      end = start.plus(length).minusDays(1);
    } else {
      // lapsed: the cycle ended unmet some days before the as-of day, by the lapse rule of the version
      // in force about when it ended
      Optional<LapseRule> rule = policyOf(held.get(0), asOf.minus(length)).flatMap(RenewalPolicy::lapseRule)
          .or(() -> policy.flatMap(RenewalPolicy::lapseRule));
      // a submission deadline (NCRA's January 31, a deadline in NCRA's words, not a grace period) keeps an unmet
      // cycle IN_GRACE up to it, as a grace period does up to its last day
      Optional<Period> graceOrDeadline = graceOrDeadline(rule);
      int grace = days(graceOrDeadline, 90);
      int inactive = days(rule.flatMap(LapseRule::revocationPeriod), 180);
      // after the grace period, if any; an expired credential is revoked at the end of a revocation period
      int afterGrace = graceOrDeadline.isPresent() ? grace + 1 : 1;
      int revokedFrom = Math.max(inactive + 1, afterGrace);
      int daysAfter = switch (wanted) {
        case IN_GRACE -> pickDay(d, 1, grace, 1, grace - 1, grace);
        case INACTIVE -> pickDay(d, 1, inactive, 1, 2, inactive - 1, inactive);
        case REVOKED -> pickDay(d, revokedFrom, revokedFrom + 399, revokedFrom, revokedFrom + 1);
        default -> pickDay(d, afterGrace, rule.flatMap(LapseRule::revokedAfter).isPresent() ? inactive
            : afterGrace + 399, afterGrace, inactive);
      };
      end = asOf.minusDays(daysAfter);
      start = end.plusDays(1).minus(length);
    }
    LocalDate decidingStart = start;
    int pastCycles = Draws.between(d, 0, 3);
    LocalDate earned = start;
    for (int i = 0; i < pastCycles; i++) {
      earned = earned.minus(length);
    }
    if (earned.isBefore(from) || earned.isBefore(Renewals.EARLIEST)) {
      earned = start;
      pastCycles = 0;
    }
    String reference = "holder-" + d.nextInt(1_000_000);
    List<CredentialHolding> holdings = new ArrayList<>();
    for (int i = 0; i < held.size(); i++) {
      // the others are earned the same day, or later within the deciding cycle's first year
      LocalDate day = i == 0 || d.nextBoolean() ? earned : min(start.plusDays(Draws.between(d, 0, 365)), asOf);
      holdings.add(Renewals.holding(held.get(i), day.isBefore(earned) ? earned : day, reference));
    }
    Ceus required = evaluator.cycleRequirements(held, start).stream().map(CycleRequirement::required)
        .reduce(Ceus.ZERO, Ceus::plus);
    List<CeActivity> activities = new ArrayList<>();
    // activities of the earlier cycles, not judged
    int before = pastCycles == 0 ? 0 : Draws.between(d, 0, 10);
    for (int j = 0; j < before; j++) {
      activities.add(Renewals.activity(d, "a" + activities.size(), activities.size() + 1,
          DateGenerator.next(d, earned, start.minusDays(1)), List.of(issuer), namedProviders));
    }
    LocalDate last = min(end, asOf);
    if (wanted == RenewalStatus.ACTIVE_ON_TRACK && d.nextBoolean()) {
      // enough to meet every requirement: counting activities up to the required CEUs
      Ceus left = required;
      while (!left.isZero()) {
        Ceus piece = CeActivity.MAX_CEUS.isAtLeast(left) ? left : CeActivity.MAX_CEUS;
        activities.add(Renewals.countingActivity("a" + activities.size(), activities.size() + 1,
            DateGenerator.next(d, start, last), issuer, piece, ownMinimum(held)));
        left = left.minusOrZero(piece);
      }
    } else {
      // less than half of the requirement, in small amounts, on the cycle's edges often
      int few = Draws.between(d, 0, 3);
      long most = Math.max(1, required.hundredths() / 8);
      for (int j = 0; j < few; j++) {
        LocalDate day = Draws.oneIn(d, 3) ? Draws.pick(d, start, last) : DateGenerator.next(d, start, last);
        activities.add(CeActivity.builder().from(Renewals.activity(d, "a" + activities.size(), activities.size() + 1,
            day, List.of(issuer))).ceus(Ceus.ofHundredths(Draws.between(d, 1L, most))).minutes(java.util.OptionalInt.empty())
            .build());
      }
    }
    HolderRecord.Builder record = HolderRecord.builder().addAllHoldings(holdings).addAllActivities(activities);
    if (pastCycles > 0) {
      // the last earlier cycle as the evaluator lays it out, or the deciding cycle's first day
      Optional<LocalDate> lastEarlier = d.nextBoolean() ? Optional.empty()
          : evaluator.history(HolderRecord.of(holdings, List.of()), asOf).assessments().stream()
              .map(a -> a.cycle().end()).filter(e -> e.isBefore(decidingStart)).max(Comparator.naturalOrder());
      if (lastEarlier.isPresent()) {
        record.putGoodStandingThrough(issuer, lastEarlier.get());
      } else {
        record.recordsBegin(start);
      }
    }
    return record.build();
  }

  /** A day from {@code min} to {@code max}: one of the edges (those in range) one time in two. */
  private static int pickDay(RandomGenerator r, int min, int max, int... edges) {
    if (r.nextBoolean()) {
      int e = edges[r.nextInt(edges.length)];
      if (e >= min && e <= max) {
        return e;
      }
    }
    return Draws.between(r, min, Math.max(min, max));
  }

  /** The grace period of a lapse rule, or its submission deadline: the days an unmet cycle is {@code IN_GRACE}. */
  private static Optional<Period> graceOrDeadline(Optional<LapseRule> rule) {
    Optional<Period> grace = rule.flatMap(LapseRule::gracePeriod);
    return grace.isPresent() ? grace : rule.flatMap(LapseRule::submissionDeadline);
  }

  /** The days of a period from the as-of day, or a default. */
  private int days(Optional<Period> period, int otherwise) {
    return period.map(p -> (int) ChronoUnit.DAYS.between(asOf, asOf.plus(p))).orElse(otherwise);
  }

  /**
   * The credential lists, one per issuer, that a holder built for a status may hold: for a status a
   * lapse rule gives, those whose policies give it in some version (a grace period or a submission deadline for
   * {@code IN_GRACE}, an inactive period for {@code INACTIVE}, an inactive or revocation period for
   * {@code REVOKED}, no inactive period and no revocation period within the grace period in some version for
   * {@code EXPIRED}).
   */
  private List<List<CredentialId>> pool(RenewalStatus status) {
    java.util.function.Predicate<Optional<LapseRule>> gives = switch (status) {
      case IN_GRACE -> l -> graceOrDeadline(l).isPresent();
      case INACTIVE -> l -> l.flatMap(LapseRule::inactivePeriod).isPresent();
      case REVOKED -> l -> l.flatMap(LapseRule::revocationPeriod).isPresent();
      case EXPIRED -> l -> l.flatMap(LapseRule::inactivePeriod).isEmpty() && l.flatMap(LapseRule::revokedAfter)
          .filter(p -> days(Optional.of(p), 0) <= days(graceOrDeadline(l), 0)).isEmpty();
      default -> l -> true;
    };
    List<List<CredentialId>> out = new ArrayList<>();
    for (List<CredentialId> ofIssuer : byIssuer) {
      List<CredentialId> ids = ofIssuer.stream().filter(id -> catalog.getCredential(id).renewalPolicy()
          .map(p -> catalog.renewalPolicyVersions(p).stream().anyMatch(v -> gives.test(v.lapseRule())))
          .orElse(false)).toList();
      if (!ids.isEmpty()) {
        out.add(ids);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // shared

  /** The number of credentials for a draw from 0 to 19: one 9 times, two 4, three 3, four 4 (the cap). */
  private static int credentialCount(int draw) {
    return draw < 9 ? 1 : draw < 13 ? 2 : draw < 16 ? 3 : 4;
  }

  /**
   * Draws distinct credentials: of one issuer, then, for a ledger not bound to one issuer, of any issuer
   * three times in ten.
   */
  private List<CredentialId> credentials(RandomGenerator r, int wanted, Optional<List<CredentialId>> only) {
    List<CredentialId> ofIssuer = only.orElseGet(() -> Draws.pick(r, byIssuer));
    List<CredentialId> all = byIssuer.stream().flatMap(List::stream).toList();
    List<CredentialId> held = new ArrayList<>(wanted);
    held.add(Draws.pick(r, ofIssuer));
    for (int i = 1; i < wanted; i++) {
      List<CredentialId> pool = only.isPresent() || r.nextInt(10) < 7 ? ofIssuer : all;
      List<CredentialId> left = pool.stream().filter(c -> !held.contains(c)).toList();
      if (left.isEmpty()) {
        break;
      }
      held.add(Draws.pick(r, left));
    }
    return held;
  }

  private OrganizationId issuerOf(CredentialId id) {
    return catalog.getCredential(id).issuer();
  }

  private Optional<RenewalPolicy> policyOf(CredentialId id, LocalDate day) {
    return catalog.getCredential(id).renewalPolicy().flatMap(p -> catalog.findRenewalPolicy(p, day));
  }

  /** The details of one part of a ledger: the simplest one time in 32. */
  private static RandomGenerator detail(RandomGenerator r) {
    return Draws.detail(r, 32);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "ledgers of " + issuers + mix.map(m -> " among " + m).orElse("") + " from " + from + " as of " + asOf
        + shares.map(sh -> ", status shares per thousand " + sh).orElse("");
  }

  /** The credentials held that a credential content rule names, in the order held. */
  private List<CredentialId> ownMinimum(List<CredentialId> held) {
    return withOwnMinimum.isEmpty() ? List.of() : held.stream().filter(withOwnMinimum::contains).toList();
  }
}
