package org.himkit.renewal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.policy.Ceus;
import org.himkit.policy.CycleAnchor;
import org.himkit.RenewalPolicyId;
import org.jspecify.annotations.Nullable;

/**
 * Stage 2 of an assessment: a holder's credentials resolved through the catalog and grouped by renewal
 * policy (one issuer each), in issuer order. A credential without a renewal policy joins the group of a
 * credential held that supersedes it (CPC-A with CPC), and is otherwise set aside as not assessed, with
 * the reason, so that the other groups are still assessed.
 *
 * <p>This class is immutable once built and is confined to one assessment.
 */
final class HoldingGroups {
  /**
   * A holding with its resolved credential, the day earned as an epoch day, and the credential's own renewal
   * policy, or null if it has none (read once, not per cycle); the credential's id alone in a list, built once
   * per shape for the answers that name it alone ({@link CycleCredentials#counted()}).
   */
  @SuppressWarnings("ArrayRecordComponent") // confined to the engine: primitive tables read per cycle, never
  // compared or hashed
  record Held(CredentialHolding holding, Credential credential, long earnedDay, @Nullable RenewalPolicyId policy,
      long supersededBy, long[] required, int[] bit, List<CredentialId> alone) {
    private static final long[] NOT_LAID_OUT = new long[0];
    private static final int[] NO_BITS = new int[0];

    Held(CredentialHolding holding, Credential credential) {
      this(holding, credential, holding.earned().toEpochDay(), credential.renewalPolicy().orElse(null), 0,
          NOT_LAID_OUT, NO_BITS, List.of(credential.id()));
    }

    /**
     * Returns this holding laid out for the cycles of its group, so that no cycle looks anything up by id:
     * the holdings of the group that supersede it (bit {@code j} for holding {@code j}) and, for each version of
     * the policy ({@link VersionPlan#index}), the CEUs it requires in hundredths (-1 if the version names no
     * requirement for it) and its bit in the version's table of combined totals.
     */
    Held laidOut(PolicyPlan plan, List<Held> group) {
      long by = 0;
      for (int j = 0; j < group.size(); j++) {
        if (group.get(j).credential().supersedes().contains(id())) {
          by |= 1L << j;
        }
      }
      int versions = plan.versions.length;
      long[] hundredths = new long[versions];
      int[] bits = new int[versions];
      for (int k = 0; k < versions; k++) {
        VersionPlan v = plan.versions[k];
        Ceus c = v.policy.requiredCeus().get(id());
        hundredths[k] = c == null ? -1 : c.hundredths();
        bits[k] = v.credentialBit(id());
      }
      return new Held(holding, credential, earnedDay, policy, by, hundredths, bits, alone);
    }

    /**
     * Returns this laid-out holding for another holding of the same credential, in the same position of a
     * group of the same credentials: only the holding and its day earned change.
     *
     * @param other  the other holding
     * @param earnedDay  the day it was earned, as an epoch day
     */
    Held of(CredentialHolding other, long earnedDay) {
      return new Held(other, credential, earnedDay, policy, supersededBy, required, bit, alone);
    }

    boolean ownPolicy() {
      return policy != null;
    }

    CredentialId id() {
      return credential.id();
    }

    LocalDate earned() {
      return holding.earned();
    }
  }

  /**
   * The holdings under one renewal policy: each holding laid out for the policy ({@link Held#laidOut}, shared by
   * the holders of one list of credentials) with this holder's holding and its day earned, in two arrays rather
   * than a {@link Held} per holding; the group's first day and the explicit values its holdings agree on.
   *
   * <p>This class is immutable and is confined to one assessment (or kept with a {@link HolderRecord}).
   */
  static final class Group {
    /** The most holdings of a group whose cycles' credentials it keeps by masks ({@link #state}). */
    static final int STATE_HOLDINGS = 3;
    private final PolicyPlan plan;
    /** The holdings laid out for the policy, in the group's order: what does not depend on the holder. */
    private final Held[] laidOut;
    /** This holder's holdings, in the group's order (the array of the holdings given when they are all here). */
    private final CredentialHolding[] holdings;
    /** The days they were earned, as epoch days, in the same order. */
    private final long[] earnedDays;
    /**
     * Per version of the policy ({@link VersionPlan#index}), the credentials of a cycle in which every holding is
     * in force and none joins, once a walk has worked them out: shared by the holders of the shape (they depend
     * only on {@link #laidOut} and the version). Each is immutable, so a thread that reads one another wrote
     * sees it whole; two threads may work out the same one.
     */
    private final @Nullable CycleCredentials[] steady;
    /**
     * Per version of the policy, the credentials of the other cycles of a group of at most {@link #STATE_HOLDINGS}
     * holdings, by the masks of the holdings in force and joining ({@code inForce | joining << size}), once a walk
     * has worked them out: shared alike; an array per version made on first use (two threads may each make one, and
     * what one keeps in the array the other drops is worked out again).
     */
    private final @Nullable CycleCredentials[] @Nullable [] states;
    private final LocalDate certifiedSince;
    private final Optional<LocalDate> explicitStart;
    private final Optional<Ceus> firstCycleRequired;

    private Group(Group members, LocalDate certifiedSince, Optional<LocalDate> explicitStart,
        Optional<Ceus> firstCycleRequired) {
      this(members, members.holdings, members.earnedDays, certifiedSince, explicitStart, firstCycleRequired);
    }

    /** A group of the holdings laid out (and credentials kept) as in {@code shape}, with a holder's holdings. */
    private Group(Group shape, CredentialHolding[] holdings, long[] earnedDays, LocalDate certifiedSince,
        Optional<LocalDate> explicitStart, Optional<Ceus> firstCycleRequired) {
      this.plan = shape.plan;
      this.laidOut = shape.laidOut;
      this.steady = shape.steady;
      this.states = shape.states;
      this.holdings = holdings;
      this.earnedDays = earnedDays;
      this.certifiedSince = certifiedSince;
      this.explicitStart = explicitStart;
      this.firstCycleRequired = firstCycleRequired;
    }

    /** The laid-out holdings of a shape, with the holdings of its first holder (whose days are not read). */
    private Group(PolicyPlan plan, Held[] laidOut) {
      this.plan = plan;
      this.laidOut = laidOut;
      this.steady = new CycleCredentials[plan.versions.length];
      this.states = new CycleCredentials[laidOut.length <= STATE_HOLDINGS ? plan.versions.length : 0][];
      this.holdings = new CredentialHolding[0];
      this.earnedDays = new long[0];
      this.certifiedSince = LocalDate.MAX;
      this.explicitStart = Optional.empty();
      this.firstCycleRequired = Optional.empty();
    }

    /** The group's policy. */
    PolicyPlan plan() {
      return plan;
    }

    /** The issuer of the group's policy. */
    OrganizationId issuer() {
      return plan.issuer;
    }

    /** The day the first credential with a renewal policy was earned: the first cycle's first day. */
    LocalDate certifiedSince() {
      return certifiedSince;
    }

    /** The explicit cycle start the holdings agree on (or a membership due date gives), if any. */
    Optional<LocalDate> explicitStart() {
      return explicitStart;
    }

    /** The first cycle's requirement the holdings agree on, if given. */
    Optional<Ceus> firstCycleRequired() {
      return firstCycleRequired;
    }

    /** The number of holdings, at most {@link CycleCredentials#MAX_HOLDINGS}. */
    int size() {
      return laidOut.length;
    }

    /**
     * Returns a holding laid out for the policy: its credential, its own policy, the holdings that supersede it
     * and its requirement and bit per version ({@link Held#laidOut}); its holding and day earned are another
     * holder's ({@link #holding}, {@link #earnedDay} give this one's).
     *
     * @param m  the holding's position in the group
     * @return the holding laid out, not null
     */
    Held laidOut(int m) {
      return laidOut[m];
    }

    /**
     * Returns the holdings laid out, as {@link #laidOut(int)} gives each: the array itself, to be read only.
     *
     * @return the array, shared
     */
    Held[] laidOut() {
      return laidOut;
    }

    /**
     * Returns the credentials of a cycle under a version in which every holding is in force and none joins, if
     * a walk has worked them out.
     *
     * @param version  the version's index
     * @return the credentials, or null
     */
    @Nullable CycleCredentials steady(int version) {
      return steady[version];
    }

    /**
     * Keeps the credentials of a cycle under a version in which every holding is in force and none joins.
     *
     * @param version  the version's index
     * @param credentials  the credentials, without a problem
     */
    void keepSteady(int version, CycleCredentials credentials) {
      steady[version] = credentials;
    }

    /**
     * Returns the credentials of a cycle under a version with the holdings in force and joining of a state, if a walk
     * has worked them out.
     *
     * @param version  the version's index
     * @param state  {@code inForce | joining << size()}, for a group of at most {@link #STATE_HOLDINGS} holdings
     * @return the credentials, or null
     */
    @Nullable CycleCredentials state(int version, int state) {
      @Nullable CycleCredentials[] kept = states[version];
      return kept == null ? null : kept[state];
    }

    /**
     * Keeps the credentials of a cycle under a version with the holdings in force and joining of a state.
     *
     * @param version  the version's index
     * @param state  as for {@link #state}
     * @param credentials  the credentials, without a problem
     */
    void keepState(int version, int state, CycleCredentials credentials) {
      @Nullable CycleCredentials[] kept = states[version];
      if (kept == null) {
        kept = new CycleCredentials[1 << (2 * laidOut.length)];
        states[version] = kept;
      }
      kept[state] = credentials;
    }

    /**
     * Returns the day a holding was earned.
     *
     * @param m  the holding's position in the group
     * @return the epoch day
     */
    long earnedDay(int m) {
      return earnedDays[m];
    }

    /**
     * Returns a holding as given.
     *
     * @param m  the holding's position in the group
     * @return the holding, not null
     */
    CredentialHolding holding(int m) {
      return holdings[m];
    }

    /**
     * Returns the holdings as {@link Held} values, each with this holder's holding and day earned: built on each
     * call, for a caller that lays the group out once.
     *
     * @return the holdings in the group's order, not null
     */
    List<Held> held() {
      Held[] out = new Held[laidOut.length];
      for (int m = 0; m < out.length; m++) {
        out[m] = laidOut[m].of(holdings[m], earnedDays[m]);
      }
      return List.of(out);
    }

    /**
     * The group whose cycles start again on the day the first credential with a renewal policy earned after
     * a day was earned, or null if there is none or the holder gave the cycle start: used when no credential
     * in force on that day is covered by the version in force (only retired ones are held).
     */
    @Nullable Group restartAfter(LocalDate day) {
      if (explicitStart.isPresent()) {
        return null;
      }
      LocalDate next = null;
      for (int m = 0; m < laidOut.length; m++) {
        LocalDate earned = holdings[m].earned();
        if (laidOut[m].ownPolicy() && earned.isAfter(day) && (next == null || earned.isBefore(next))) {
          next = earned;
        }
      }
      return next == null ? null : new Group(this, next, Optional.empty(), Optional.empty());
    }
  }

  /** The order of the groups: by issuer, then by policy id. */
  private static int compare(PolicyPlan a, PolicyPlan b) {
    int byIssuer = a.issuer.compareTo(b.issuer);
    return byIssuer != 0 ? byIssuer : a.id.compareTo(b.id);
  }

  /**
   * Groups kept with a {@link HolderRecord} for the evaluator that resolved them and, once a status-only
   * question was asked of the record, each group laid out with the record's activities for its walk
   * ({@link StatusWalk}). What the status-only walk of a holder with one issuer reads is in this object's own
   * fields ({@link #plan}, {@link #layout}), so that it reaches its array in two reads from the record.
   *
   * <p>This class is immutable.
   */
  static final class Kept {
    final Object evaluator;
    final HoldingGroups groups;
    /** The latest day a holding was earned, as an epoch day (for {@link #checkEarned}). */
    private final long latestEarned;
    /**
     * For each group, in the order of {@link #groups}, its array (null for a group whose activities cannot be
     * packed: it is walked on the ledger); null until a status-only question.
     */
    final long @Nullable [] @Nullable [] layouts;
    /** The activities by index in the ledger, if one of them is marked specific to credentials. */
    final CeActivity @Nullable [] specific;
    /** The policy of the only group, or null if there are several or none. */
    final @Nullable PolicyPlan plan;
    /** The array of the only group, or null if there are several or none, or it has none. */
    final long @Nullable [] layout;
    /** The record's checked ledger, kept for full assessments; null once the groups are laid out (or not yet). */
    final @Nullable Ledger ledger;
    /**
     * The cycle of the last standing of the only group (null if none yet), with its first day as an epoch day: the
     * answer's own value, the same for every question while that cycle decides the status (a nightly job asks
     * about one cycle for years), so that a later answer reuses it. On one array the cycles follow from the day
     * earned alone, so their first day tells them apart (their last day and version follow from it).
     */
    private final @Nullable RenewalCycle cycle;
    private final long cycleStart;
    /** The CEUs earned of the last standing of the only group (null if none yet), reused alike. */
    private final @Nullable Ceus earned;
    private final long earnedHundredths;

    Kept(Object evaluator, HoldingGroups groups, @Nullable Ledger ledger) {
      this(evaluator, groups, null, null, ledger);
    }

    /** What {@code from} keeps, remembering the values of a standing of its only group. */
    private Kept(Kept from, RenewalStanding last, long cycleStart) {
      this.evaluator = from.evaluator;
      this.groups = from.groups;
      this.ledger = from.ledger;
      this.latestEarned = from.latestEarned;
      this.layouts = from.layouts;
      this.specific = from.specific;
      this.plan = from.plan;
      this.layout = from.layout;
      this.cycle = last.cycle();
      this.cycleStart = cycleStart;
      this.earned = last.earned();
      this.earnedHundredths = last.earned().hundredths();
    }

    private Kept(Object evaluator, HoldingGroups groups, long @Nullable [] @Nullable [] layouts,
        CeActivity @Nullable [] specific, @Nullable Ledger ledger) {
      this.evaluator = evaluator;
      this.groups = groups;
      this.ledger = ledger;
      this.latestEarned = groups.latestEarned;
      this.layouts = layouts;
      this.specific = specific;
      boolean one = groups.groups.size() == 1;
      this.plan = one ? groups.groups.get(0).plan() : null;
      this.layout = one && layouts != null ? layouts[0] : null;
      this.cycle = null;
      this.cycleStart = Long.MIN_VALUE;
      this.earned = null;
      this.earnedHundredths = -1;
    }

    /**
     * Returns the cycle of the last standing remembered, if it is the one asked for.
     *
     * @param startDay  the first day of a cycle of the only group's array, as an epoch day
     * @return the cycle, or null if another (or none) is remembered
     */
    @Nullable RenewalCycle cycle(long startDay) {
      return cycleStart == startDay ? cycle : null;
    }

    /**
     * Returns the CEUs earned of the last standing remembered, if they are the amount asked for.
     *
     * @param hundredths  the amount, in hundredths
     * @return the amount, or null if another (or none) is remembered
     */
    @Nullable Ceus earned(long hundredths) {
      return earnedHundredths == hundredths ? earned : null;
    }

    /**
     * Returns what to keep after a standing of the only group: this object if it remembers the standing's cycle
     * and CEUs earned already, else a copy that does.
     *
     * @param last  the standing
     * @return what the record keeps, not null
     */
    @SuppressWarnings("ReferenceEquality") // the very values remembered: reused, so nothing to copy
    Kept remembering(RenewalStanding last) {
      if (last.cycle() == cycle && last.earned() == earned) {
        return this;
      }
      return new Kept(this, last, last.cycle().start().toEpochDay());
    }

    /**
     * Lays out each group with a ledger's activities for its status-only walk.
     *
     * @param evaluator  the evaluator that resolved the groups
     * @param groups  the groups
     * @param ledger  the record's ledger, checked
     * @return what the record keeps, not null
     */
    static Kept laidOut(Object evaluator, HoldingGroups groups, Ledger ledger) {
      long[][] layouts = new long[groups.groups.size()][];
      int[] order = ledger.byDayThenId(); // the words' order, in which a grace period credits a day's activities
      for (int g = 0; g < layouts.length; g++) {
        layouts[g] = StatusWalk.layOut(groups.groups.get(g), ledger, order);
      }
      return new Kept(evaluator, groups, layouts, ActivityWords.specific(ledger, order), null);
    }

    /**
     * Returns what is kept with a ledger as well.
     *
     * @param checked  the record's checked ledger
     * @return the same with the ledger, not null
     */
    Kept with(Ledger checked) {
      return new Kept(evaluator, groups, layouts, specific, checked);
    }

    /**
     * Checks that no holding was earned after an assessment date, as {@link HoldingGroups#checkEarned} does.
     *
     * @param asOf  the assessment date
     * @param asOfDay  the same, as an epoch day
     */
    void checkEarned(LocalDate asOf, long asOfDay) {
      if (latestEarned > asOfDay) {
        groups.checkEarned(asOf);
      }
    }
  }

  final List<Group> groups;
  /** The credentials set aside, by issuer; never changed once the groups are built (they may be kept). */
  final Map<OrganizationId, List<NotAssessedReason>> notAssessed;
  /** The holdings, in the order given, for {@link #checkEarned}. */
  private final Collection<CredentialHolding> holdings;
  /** The latest day a holding was earned, as an epoch day. */
  private final long latestEarned;

  private HoldingGroups(List<Group> groups, Map<OrganizationId, List<NotAssessedReason>> notAssessed,
      Collection<CredentialHolding> holdings, long latestEarned) {
    this.groups = groups;
    this.notAssessed = notAssessed;
    this.holdings = holdings;
    this.latestEarned = latestEarned;
  }

  /**
   * Returns the groups of holdings that are all in one group, as {@link Shapes#of} groups them: that group alone,
   * none set aside (for a record whose first question kept the group alone, {@link Shapes#grouped}).
   *
   * @param one  the group, of every holding
   * @param holdings  the holdings, as given
   * @return the groups, not null
   */
  static HoldingGroups ofOne(Group one, Collection<CredentialHolding> holdings) {
    long latest = Long.MIN_VALUE;
    for (long day : one.earnedDays) {
      latest = Math.max(latest, day);
    }
    return new HoldingGroups(List.of(one), Map.of(), holdings, latest);
  }

  /**
   * Checks that no holding was earned after an assessment date, as {@link #of} does: the only check of the
   * groups that depends on the date, made again when the groups kept with a record are used on another.
   *
   * @param asOf  the assessment date
   * @throws HimValidationException if a holding is earned after it, naming the first in the order given
   */
  void checkEarned(LocalDate asOf) {
    if (latestEarned > asOf.toEpochDay()) {
      for (CredentialHolding h : holdings) {
        checkEarned(h, asOf);
      }
    }
  }

  private static void checkEarned(CredentialHolding h, LocalDate asOf) {
    if (h.earned().isAfter(asOf)) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, "credential holding " + h.credential(), "earned",
          "must not be after the assessment date " + asOf, h.earned());
    }
  }

  /**
   * Resolves and groups a holder's credentials.
   *
   * @param holdings  the holdings, not null
   * @param asOf  the assessment date, not null
   * @param resolve  resolves a credential id or former name through the catalog
   * @param plans  the catalog's policy plans by id
   * @return the groups, not null
   * @throws HimValidationException if a holding is earned after the assessment date, a credential is held
   *     twice, or explicit cycle starts or first-cycle requirements disagree within one issuer
   */
  static HoldingGroups of(Collection<CredentialHolding> holdings, LocalDate asOf,
      Function<CredentialId, Credential> resolve, Map<RenewalPolicyId, PolicyPlan> plans) {
    CredentialHolding[] given = holdings.toArray(new CredentialHolding[0]);
    long[] days = new long[given.length];
    return Shape.of(given, asOf, resolve, plans).apply(holdings, given, days, earnedDays(given, days));
  }

  /**
   * Writes the days the holdings were earned, as epoch days, and returns the latest: one pass over the holdings.
   *
   * @param given  the holdings
   * @param days  where to write their days, as long as {@code given}
   * @return the latest day, {@link Long#MIN_VALUE} if there is no holding
   * @throws NullPointerException if a holding is null
   */
  private static long earnedDays(CredentialHolding[] given, long[] days) {
    long latest = Shapes.earnedDaysAhead(given, days);
    if (latest == Shapes.NOT_READ) {
      for (CredentialHolding h : given) {
        java.util.Objects.requireNonNull(h, "holding"); // the first missing holding
      }
    }
    return latest;
  }

  /**
   * What a list of credentials held resolves and groups to, whatever the days they were earned: the
   * credentials, the groups in issuer order with the positions of their holdings and each holding laid out
   * for its policy's versions, and the credentials set aside. Kept by an evaluator per list of credential
   * ids ({@link Shapes}), so that a holder whose credentials another holder held before resolves nothing.
   *
   * <p>This class is immutable and thread-safe.
   */
  static final class Shape {
    /** The credential ids of the holdings, in the order given: what the shape is kept by. */
    private final CredentialId[] ids;
    private final PolicyPlan[] plans;
    /** The groups in the order their first holding was given: the order of the checks. */
    private final int[] firstSeen;
    /** For each group, the positions of its holdings among those given, in the order given. */
    private final int[][] positions;
    /**
     * For each group, its holdings laid out, with the first holder's holdings (only what is not theirs is read),
     * and the credentials its walks keep: the template of each holder's group.
     */
    private final Group[] shapes;
    private final Map<OrganizationId, List<NotAssessedReason>> notAssessed;

    private Shape(CredentialId[] ids, PolicyPlan[] plans, int[] firstSeen, int[][] positions, Group[] shapes,
        Map<OrganizationId, List<NotAssessedReason>> notAssessed) {
      this.ids = ids;
      this.plans = plans;
      this.firstSeen = firstSeen;
      this.positions = positions;
      this.shapes = shapes;
      this.notAssessed = notAssessed;
    }

    /**
     * Resolves and groups holdings, with every check that does not depend on the days earned (and, in the
     * order of the holdings, the check that none is earned after the date, as an assessment makes them).
     */
    static Shape of(CredentialHolding[] given, LocalDate asOf, Function<CredentialId, Credential> resolve,
        Map<RenewalPolicyId, PolicyPlan> plans) {
      List<Held> all = resolveAll(given, asOf, resolve);
      // A holder has few policies (most have one): the groups are found by a linear search, without a map.
      List<PolicyPlan> policies = new ArrayList<>(2);
      List<List<Held>> members = new ArrayList<>(2);
      List<List<Integer>> at = new ArrayList<>(2);
      Map<OrganizationId, List<NotAssessedReason>> notAssessed = new TreeMap<>(); // written to by add() only
      for (int i = 0; i < all.size(); i++) {
        Held h = all.get(i);
        RenewalPolicyId policy = policyOf(h, all);
        PolicyPlan plan = policy == null ? null : plans.get(policy);
        if (policy == null) {
          add(notAssessed, h, NotAssessedKind.NO_RENEWAL_POLICY, Optional.empty());
        } else if (plan == null) {
          add(notAssessed, h, NotAssessedKind.POLICY_NOT_IN_CATALOG, Optional.of(policy));
        } else {
          int k = policies.indexOf(plan);
          if (k < 0) {
            k = policies.size();
            policies.add(plan);
            members.add(new ArrayList<>(all.size()));
            at.add(new ArrayList<>(all.size()));
          }
          members.get(k).add(h);
          at.get(k).add(i);
        }
      }
      int[] order = new int[policies.size()];
      for (int k = 0; k < order.length; k++) { // an insertion sort of the few groups' indexes
        int j = k;
        while (j > 0 && compare(policies.get(order[j - 1]), policies.get(k)) > 0) {
          order[j] = order[j - 1];
          j--;
        }
        order[j] = k;
      }
      PolicyPlan[] sortedPlans = new PolicyPlan[order.length];
      int[] firstSeen = new int[order.length];
      int[][] positions = new int[order.length][];
      Group[] shapes = new Group[order.length];
      for (int g = 0; g < order.length; g++) {
        int k = order[g];
        PolicyPlan plan = policies.get(k);
        List<Held> held = members.get(k);
        firstSeen[k] = g;
        sortedPlans[g] = plan;
        positions[g] = new int[held.size()];
        Held[] laidOut = new Held[held.size()];
        for (int m = 0; m < held.size(); m++) {
          positions[g][m] = at.get(k).get(m);
          laidOut[m] = held.get(m).laidOut(plan, held);
        }
        shapes[g] = new Group(plan, laidOut);
      }
      CredentialId[] ids = new CredentialId[given.length];
      for (int i = 0; i < given.length; i++) {
        ids[i] = given[i].credential();
      }
      return new Shape(ids, sortedPlans, firstSeen, positions, shapes, notAssessed);
    }

    /**
     * Returns whether this is the shape of a list of holdings, or of credential ids: the same ids in the same order.
     *
     * @param given  the holdings, or the ids
     * @return true if their ids are this shape's
     */
    boolean isOf(Object[] given) {
      if (given.length != ids.length) {
        return false;
      }
      for (int i = 0; i < ids.length; i++) {
        if (!ids[i].equals(idOf(given[i]))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns whether this shape is one group of every holding, in the order given (none is set aside).
     *
     * @param holdings  the number of holdings given
     */
    boolean isOneGroup(int holdings) {
      return plans.length == 1 && positions[0].length == holdings;
    }

    /**
     * Groups a holder's holdings of a shape of one group of every holding ({@link #isOneGroup}), as {@link #apply}
     * does: its one group alone.
     *
     * @param given  the holdings, in the order given
     * @param days  the days they were earned, as epoch days
     * @throws HimValidationException as {@link #apply} does
     */
    Group oneGroup(CredentialHolding[] given, long[] days) {
      checkSize(plans[0], given.length);
      return group(shapes[0], given, days);
    }

    /**
     * Groups a holder's holdings of this shape: each holding with its day earned, and each group's first day
     * and the explicit values its holdings agree on.
     *
     * @param holdings  the holdings, as given
     * @param given  the same, as an array
     * @param days  the days they were earned, as epoch days ({@link #earnedDays})
     * @param latest  the latest of them
     * @throws HimValidationException if an issuer has more credentials held than can be assessed together, or
     *     explicit cycle starts or first-cycle requirements disagree within one issuer (checked group by group in
     *     the order of the holdings)
     */
    HoldingGroups apply(Collection<CredentialHolding> holdings, CredentialHolding[] given, long[] days,
        long latest) {
      if (isOneGroup(given.length)) {
        return new HoldingGroups(List.of(oneGroup(given, days)), notAssessed, holdings, latest);
      }
      Group[] groups = new Group[plans.length];
      for (int seen = 0; seen < plans.length; seen++) {
        int g = firstSeen[seen];
        int[] at = positions[g];
        checkSize(plans[g], at.length);
        CredentialHolding[] mine = new CredentialHolding[at.length];
        long[] mineDays = new long[at.length];
        for (int m = 0; m < at.length; m++) {
          mine[m] = given[at[m]];
          mineDays[m] = days[at[m]];
        }
        groups[g] = group(shapes[g], mine, mineDays);
      }
      return new HoldingGroups(List.of(groups), notAssessed, holdings, latest);
    }
  }

  /**
   * The shapes an evaluator has met, by the list of credential ids held (one id alone for a single holding):
   * at most {@link #MAX} of them, after which a new list is resolved every time.
   *
   * <p>This class is thread-safe.
   */
  static final class Shapes {
    /** The most shapes kept: far more than the combinations of credentials holders hold together. */
    static final int MAX = 4_096;
    private final Function<CredentialId, Credential> resolve;
    private final Map<RenewalPolicyId, PolicyPlan> plans;
    /**
     * The shapes kept, in an open-addressed table by their list of ids ({@link Shape#ids}), read without a lock and
     * without building a key: replaced by a copy with one shape more (under this object's lock), never written once
     * published. At most half full; its length a power of two.
     */
    private final AtomicReference<Table> table = new AtomicReference<>(new Table(new Shape[16], 0));

    /** The table of {@link #table}: its slots and the number of shapes in them, never written once published. */
    private static final class Table {
      final @Nullable Shape[] slots;
      final int size;

      Table(@Nullable Shape[] slots, int size) {
        this.slots = slots;
        this.size = size;
      }
    }

    /** The table, read without a lock. */
    private Table table() {
      return java.util.Objects.requireNonNull(table.get(), "set at construction");
    }

    Shapes(Function<CredentialId, Credential> resolve, Map<RenewalPolicyId, PolicyPlan> plans) {
      this.resolve = resolve;
      this.plans = plans;
    }

    /**
     * Resolves and groups a holder's credentials as {@link HoldingGroups#of} does, with the same checks and
     * answers, resolving a list of credential ids met before from what was kept of it.
     *
     * @param holdings  the holdings, not null
     * @param asOf  the assessment date, not null
     * @return the groups, not null
     * @throws HimValidationException as {@link HoldingGroups#of} does
     */
    HoldingGroups of(Collection<CredentialHolding> holdings, LocalDate asOf) {
      CredentialHolding[] given = Ledger.snapshot(holdings, new CredentialHolding[holdings.size()]);
      long[] days = new long[given.length];
      long latest = earnedDays(given, days); // each holding read once for its day
      return shape(given, latest, asOf).apply(holdings, given, days, latest);
    }

    /**
     * Resolves and groups holdings given as a collection for one assessment (no record keeps the groups), as
     * {@link #of} does, with the same checks: the holder's one group alone where every holding is in it (most
     * holders: no {@link HoldingGroups} and no list is built), else the groups.
     *
     * @param holdings  the holdings, not null
     * @param asOf  the assessment date, not null
     * @return a {@link Group} (every holding in it, none set aside) or the {@link HoldingGroups}, not null
     * @throws HimValidationException as {@link HoldingGroups#of} does
     */
    Object grouped(Collection<CredentialHolding> holdings, LocalDate asOf) {
      CredentialHolding[] given = Ledger.snapshot(holdings, new CredentialHolding[holdings.size()]);
      long[] days = new long[given.length];
      return grouped(holdings, given, days, earnedDaysAhead(given, days), asOf);
    }

    /**
     * Resolves and groups holdings read already ({@link #earnedDaysAhead}), as {@link #grouped(Collection,
     * LocalDate)} does, with the same checks.
     *
     * @param holdings  the holdings, not null
     * @param given  the same, as an array
     * @param days  the days they were earned, as {@link #earnedDaysAhead} wrote them
     * @param latest  what {@link #earnedDaysAhead} returned: the latest day, or {@link #NOT_READ}
     * @param asOf  the assessment date, not null
     * @return a {@link Group} (every holding in it, none set aside) or the {@link HoldingGroups}, not null
     * @throws HimValidationException as {@link HoldingGroups#of} does
     */
    Object grouped(Collection<CredentialHolding> holdings, CredentialHolding[] given, long[] days, long latest,
        LocalDate asOf) {
      long last = latest == NOT_READ ? earnedDays(given, days) : latest; // a holding missing: fails as it did
      Shape shape = shape(given, last, asOf);
      if (shape.isOneGroup(given.length)) {
        return shape.oneGroup(given, days);
      }
      return shape.apply(holdings, given, days, last);
    }

    /** What {@link #earnedDaysAhead} returns for holdings of which one is missing: none earns that day. */
    static final long NOT_READ = Long.MAX_VALUE;

    /**
     * Writes the days the holdings were earned, as {@link HoldingGroups#earnedDays} does, and returns the latest,
     * or {@link #NOT_READ} at the first holding missing (not checked here: {@link #grouped(Collection,
     * CredentialHolding[], long[], long, LocalDate)} fails on it as before). An assessment of collections reads its
     * holdings this way before it checks the activities, so that the holdings' first reads (a chain of loads, list,
     * holding, date, each waiting for the one before) overlap with the activities' instead of following them.
     *
     * @param given  the holdings
     * @param days  where to write their days, as long as {@code given}
     * @return the latest day, {@link Long#MIN_VALUE} if there is no holding, or {@link #NOT_READ}
     */
    static long earnedDaysAhead(@Nullable CredentialHolding[] given, long[] days) {
      long latest = Long.MIN_VALUE;
      for (int i = 0; i < given.length; i++) {
        CredentialHolding h = given[i];
        if (h == null) {
          return NOT_READ;
        }
        long day = h.earned().toEpochDay();
        days[i] = day;
        latest = Math.max(latest, day);
      }
      return latest;
    }

    /** The shape of a holder's holdings, kept or worked out (every check); the check of their days made. */
    private Shape shape(CredentialHolding[] given, long latest, LocalDate asOf) {
      int hash = hash(given);
      Shape shape = find(table().slots, given, hash);
      if (shape == null) {
        shape = Shape.of(given, asOf, resolve, plans); // every check, in the order of the holdings
        keep(shape, hash);
      } else if (latest > asOf.toEpochDay()) {
        for (CredentialHolding h : given) {
          checkEarned(h, asOf); // the one check of the holdings that depends on the date: throws for the first
        }
      }
      return shape;
    }

    int size() {
      return table().size;
    }

    /** Keeps a shape met for the first time, unless another thread kept it first or {@link #MAX} are kept. */
    private synchronized void keep(Shape shape, int hash) {
      Table kept = table();
      @Nullable Shape[] t = kept.slots;
      int size = kept.size;
      if (size >= MAX || find(t, shape.ids, hash) != null) {
        return;
      }
      @Nullable Shape[] next = new Shape[2 * (size + 1) > t.length ? 2 * t.length : t.length];
      for (Shape s : t) {
        if (s != null) {
          put(next, s, hash(s.ids));
        }
      }
      put(next, shape, hash);
      table.set(new Table(next, size + 1));
    }

    private static void put(@Nullable Shape[] t, Shape shape, int hash) {
      int mask = t.length - 1;
      int i = hash & mask;
      while (t[i] != null) {
        i = (i + 1) & mask;
      }
      t[i] = shape;
    }

    /** The shape of a list of holdings (or of ids) in a table, or null. */
    private static @Nullable Shape find(@Nullable Shape[] t, Object[] given, int hash) {
      int mask = t.length - 1;
      for (int i = hash & mask; ; i = (i + 1) & mask) {
        Shape s = t[i];
        if (s == null || s.isOf(given)) {
          return s;
        }
      }
    }

    /** The hash of a list of holdings' credential ids, or of a list of ids, spread. */
    private static int hash(Object[] given) {
      int h = 1;
      for (Object o : given) {
        h = 31 * h + idOf(o).hashCode();
      }
      return h ^ (h >>> 16);
    }
  }

  /** The credential id of a holding, or the id itself. */
  private static CredentialId idOf(Object holdingOrId) {
    return holdingOrId instanceof CredentialHolding h ? h.credential() : (CredentialId) holdingOrId;
  }

  private static List<Held> resolveAll(CredentialHolding[] holdings, LocalDate asOf,
      Function<CredentialId, Credential> resolve) {
    List<Held> all = new ArrayList<>(holdings.length);
    for (CredentialHolding h : holdings) {
      checkEarned(h, asOf);
      Credential c = resolve.apply(h.credential());
      if (heldAlready(all, c)) {
        throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, "credential holding " + h.credential(),
            "credential", "a credential may be held once", c.id());
      }
      all.add(new Held(h, c));
    }
    return all;
  }

  /** Whether a credential is among those resolved so far: at most one per credential of the catalog. */
  private static boolean heldAlready(List<Held> all, Credential c) {
    for (Held h : all) {
      if (h.id().equals(c.id())) {
        return true;
      }
    }
    return false;
  }

  /** The credential's own policy, or that of a credential held that supersedes it. */
  private static @Nullable RenewalPolicyId policyOf(Held h, List<Held> all) {
    RenewalPolicyId own = h.policy();
    if (own != null) {
      return own;
    }
    for (Held other : all) {
      if (other.ownPolicy() && other.credential().supersedes().contains(h.id())) {
        return other.policy();
      }
    }
    return null;
  }

  private static void add(Map<OrganizationId, List<NotAssessedReason>> notAssessed, Held h, NotAssessedKind kind,
      Optional<RenewalPolicyId> policy) {
    notAssessed.computeIfAbsent(h.credential().issuer(), k -> new ArrayList<>())
        .add(new NotAssessedReason(kind, h.id(), policy, Optional.empty()));
  }

  private static void checkSize(PolicyPlan plan, int held) {
    if (held > CycleCredentials.MAX_HOLDINGS) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "credential holdings of " + plan.issuer, "holdings",
          "at most " + CycleCredentials.MAX_HOLDINGS + " credentials of one issuer can be assessed together",
          held);
    }
  }

  /**
   * A group of holdings laid out already: its first day and the explicit values its holdings agree on.
   *
   * @param shape  the group of the shape: the holdings laid out for the policy
   * @param holdings  this holder's, in the same order
   * @param days  the days they were earned
   */
  private static Group group(Group shape, CredentialHolding[] holdings, long[] days) {
    PolicyPlan plan = shape.plan;
    Held[] laidOut = shape.laidOut;
    long sinceDay = Long.MAX_VALUE;
    LocalDate since = LocalDate.MAX;
    LocalDate start = null;
    Ceus first = null;
    MonthDay due = null;
    for (int m = 0; m < holdings.length; m++) {
      CredentialHolding h = holdings[m];
      if (laidOut[m].ownPolicy() && days[m] < sinceDay) {
        sinceDay = days[m];
        since = h.earned(); // a credential held only as replaced by another does not start the cycles
      }
      start = agree(start, h.cycleStart(), plan, "cycleStart");
      first = agree(first, h.firstCycleRequiredCeus(), plan, "firstCycleRequiredCeus");
      due = agree(due, h.membershipDue(), plan, "membershipDue");
    }
    if (start == null && due != null) {
      start = membershipCycleStart(plan, due, since);
    }
    return new Group(shape, holdings, days, since, Optional.ofNullable(start), Optional.ofNullable(first));
  }

  /**
   * The first day of the first cycle a membership due date gives (AAPC: CEUs are due on the membership
   * expiration date in odd years for a due date in an odd month, in even years for an even month): the day
   * after the first such due date on or after the day earned.
   *
   * @throws HimValidationException if the policy's cycles are not anchored to the membership renewal date
   */
  private static LocalDate membershipCycleStart(PolicyPlan plan, MonthDay due, LocalDate since) {
    VersionPlan v = plan.versionOn(since.toEpochDay());
    CycleAnchor anchor = (v != null ? v : plan.versions[0]).policy.cycleAnchor();
    if (anchor != CycleAnchor.MEMBERSHIP_RENEWAL_DATE) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "credential holdings of " + plan.issuer,
          "membershipDue", "applies only to a policy whose cycles are anchored to the membership renewal date, not "
              + anchor, due);
    }
    int year = since.getYear();
    if (Math.floorMod(year, 2) != due.getMonthValue() % 2) {
      year++;
    }
    LocalDate end = due.atYear(year);
    if (end.isBefore(since)) {
      end = due.atYear(year + 2);
    }
    return end.plusDays(1);
  }

  /** The value the holdings of one issuer agree on so far. */
  private static <T> @Nullable T agree(@Nullable T agreed, Optional<T> given, PolicyPlan plan, String attribute) {
    if (given.isEmpty()) {
      return agreed;
    }
    if (agreed != null && !agreed.equals(given.get())) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "credential holdings of " + plan.issuer, attribute,
          "must agree for the credentials of one issuer", List.of(agreed, given.get()));
    }
    return given.get();
  }
}
