package org.himkit.renewal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.catalog.CredentialMatch;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Assesses a holder's credentials against the issuers' renewal policies in a catalog, as typed answers.
 *
 * <pre>{@code
 * RenewalEvaluator evaluator = RenewalEvaluator.of(HimCatalog.builtIn());
 * RenewalResult result = evaluator.assess(holdings, activities, LocalDate.of(2026, 11, 24));
 * }</pre>
 *
 * <p>The ledger of activities is taken as complete: every cycle since the first credential was earned is
 * judged on it. A tracker that holds only recent activities says so with a {@link HolderRecord}
 * ({@link HolderRecord#recordsBegin()}, {@link HolderRecord#goodStandingThrough()}), and the cycles before
 * are reported as {@link RenewalStatus#NOT_RECORDED} instead of judged.
 *
 * <h2>The pipeline</h2>
 * An assessment runs in stages that a reader can follow in order, each in its own class: the
 * {@link Ledger} checks and sorts the activities once; {@link HoldingGroups} resolves the credentials and
 * groups them by renewal policy (one issuer each); then, for each issuer, the {@link CycleCalendar} lays
 * out the cycles, {@link CycleCredentials} works out each cycle's credentials and total, the
 * {@link CreditLedger} tallies what counted, the {@link RequirementJudge} decides whether each requirement
 * is met, the {@link LapseTimeline} gives the status, and the {@link AssessmentWriter} builds typed
 * answers only for the cycles asked about. Each policy version is prepared once, when the evaluator is
 * obtained ({@link VersionPlan}); inside the engine CEUs are hundredths in a {@code long}, and nothing on
 * the per-activity path formats text or boxes numbers. Cost is linear in activities and in cycles, on
 * every path: a grace period adds its activities once, in date order.
 *
 * <h2>Cycles</h2>
 * The holdings are grouped by renewal policy. The first cycle begins on the day the earliest credential
 * of the group was earned (AHIMA: "two years beginning on the day the exam was passed"). A holding's
 * explicit {@link CredentialHolding#cycleStart()} is the first day of one of the issuer's cycles: the
 * cycle boundaries are that day plus or minus whole cycle lengths, and if the day earned is not a
 * boundary, the days from it to the first boundary form a first, short cycle, which requires the
 * holding's {@link CredentialHolding#firstCycleRequiredCeus()} if given and otherwise nothing (a library
 * choice: AAPC prorates the first submission without a sourced formula). An explicit start more than one
 * cycle after the assessment date is an error. Each cycle is governed by the policy version in force on
 * its first day. With a {@link org.himkit.policy.CycleAnchor#DATE_EARNED} or
 * {@link org.himkit.policy.CycleAnchor#MEMBERSHIP_RENEWAL_DATE} anchor a cycle ends the day before the
 * next boundary (a cycle beginning 2024-02-29 ends 2026-02-27; the next ends 2028-02-28); with
 * {@link org.himkit.policy.CycleAnchor#CALENDAR_YEAR_END} (NCRA) it ends on December 31 of the year in
 * which its length runs out. Where a policy's sources leave this open, the version links the choice to
 * its known omission ({@link RenewalPolicy#choices()}) and the assessment's notes carry the link.
 *
 * <h2>Several credentials</h2>
 * A credential joins the requirement from the first cycle beginning on or after the day it was earned; a
 * credential replaced by another one held ({@link Credential#supersedes()}: RHIA replaces RHIT) drops
 * out of it. The single requirements combine by the policy's multi-credential rule
 * ({@link #cycleRequirements} answers this for any set of credentials). A credential held that the
 * version governing a cycle does not cover (AHIMA's retired PCS, CHP and CHS from 2021) is left out of
 * that cycle's requirement, with a note.
 *
 * <h2>Counting activities</h2>
 * Each activity is judged for each issuer separately and counts toward each issuer at most once, in at
 * most one cycle. It counts in the cycle in which it was completed, unless it was completed before the
 * first credential of the issuer was earned, after the assessment date (not yet counted), in a category
 * the version does not accept, from a provider the issuer has not approved where approval is required,
 * or in minutes the version cannot convert or that earn no CEU. An activity counts toward an
 * issuer-source content rule (AHIMA's 40 percent) if the caller marks it so, or if its provider is the
 * issuer or a provider the rule names, unless the caller says otherwise ({@link IssuerSource}). An
 * activity counts toward a credential content rule (AAPC: "If CPMA, 16 must be related to auditing") of
 * a credential the cycle counts if the caller marks it specific to that credential
 * ({@link CeActivity#specificTo()}); those CEUs are part of the total, and an activity marked for several
 * credentials counts toward each of their minimums (a library choice, {@code aapc-shared-credential-minimums},
 * reported by the note {@link NoteKind#CREDENTIAL_MINIMUMS_SHARED}). Excess CEUs never carry over. Where a cycle that ended unmet has a grace period (AHIMA, for a cycle ending
 * before 2020-12-31), the activities completed in the grace period are credited to that cycle in date
 * order only until every requirement is met; those credited are then already counted for the next
 * cycle. With a grace period, adding an activity can therefore lower a later cycle's earned CEUs; without
 * one, it never lowers any cycle's.
 *
 * <h2>Rules that changed on a date for everyone</h2>
 * A mandatory activity with a {@link org.himkit.policy.MandatoryActivity#lastDay()} is not required in a
 * year of the cycle beginning after that day, and the lapse rule applied to a cycle that ended unmet is
 * the one of the version in force on the day after the cycle ends (see
 * {@link org.himkit.policy.LapseRule}): both are policy data, not special cases here.
 *
 * <h2>Bad input and what cannot be assessed</h2>
 * A holding earned after the assessment date, a credential held twice, more than 64 credentials of one
 * issuer held together, explicit cycle starts that
 * disagree within one issuer or lie more than one cycle ahead, two activities with the same id or the same
 * activity given twice (the same completion date, title and provider after normalising Unicode form,
 * blanks and case, whatever the amount), and a credential the catalog does not know each throw a
 * {@link HimValidationException} (or {@link org.himkit.UnknownEntryException}) naming the rule and the
 * value, never the holder. A credential the catalog cannot assess (one without a renewal policy, such as
 * an apprentice designation, or a retired one the version in force no longer covers when no other
 * credential of the issuer is covered) is not an error: it is reported in
 * {@link RenewalResult#notAssessed()} with the reason, and every other issuer is still assessed. CEU
 * totals never overflow (see {@link Ceus#MAX}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RenewalEvaluator {
  /**
   * The days left in a cycle below which an unmet requirement makes the status
   * {@link RenewalStatus#ACTIVE_AT_RISK}: 90.
   */
  public static final int AT_RISK_DAYS = 90;

  private static final java.util.Comparator<NotAssessed> BY_ISSUER = new java.util.Comparator<>() {
    @Override
    public int compare(NotAssessed a, NotAssessed b) {
      return a.issuer().compareTo(b.issuer());
    }
  };

  private final HimCatalog catalog;
  private final Map<RenewalPolicyId, PolicyPlan> plans;
  /**
   * {@link #resolve}, as the function the stages take: one instance, not one per assessment, and a class
   * rather than a method reference (a lambda is a class spun at its first use, on the way to the first answer).
   */
  private final java.util.function.Function<CredentialId, Credential> resolver = new Resolver();

  private final class Resolver implements java.util.function.Function<CredentialId, Credential> {
    @Override
    public Credential apply(CredentialId id) {
      return resolve(id);
    }
  }
  /** The holdings' credentials resolved and grouped, per list of credential ids met. */
  private final HoldingGroups.Shapes shapes;

  private RenewalEvaluator(HimCatalog catalog) {
    this.catalog = catalog;
    Map<RenewalPolicyId, List<RenewalPolicy>> byId = new LinkedHashMap<>();
    // loops rather than lambdas here and below: each lambda is a class spun at its first use, on the way to
    // the first answer after start-up
    for (RenewalPolicy p : catalog.renewalPolicies()) {
      List<RenewalPolicy> versions = byId.get(p.id());
      if (versions == null) {
        versions = new ArrayList<>(4);
        byId.put(p.id(), versions);
      }
      versions.add(p);
    }
    // the JDK's map, not Guava's: no Guava class on the way to the first answer (start-up)
    Map<RenewalPolicyId, PolicyPlan> b = new LinkedHashMap<>();
    for (Map.Entry<RenewalPolicyId, List<RenewalPolicy>> e : byId.entrySet()) {
      b.put(e.getKey(), PolicyPlan.of(catalog, e.getValue()));
    }
    this.plans = java.util.Collections.unmodifiableMap(b);
    this.shapes = new HoldingGroups.Shapes(resolver, plans);
  }

  /**
   * Obtains an evaluator over a catalog's credentials and renewal policies, preparing each policy version
   * once.
   *
   * @param catalog  the catalog, not null
   * @return the evaluator, not null
   */
  public static RenewalEvaluator of(HimCatalog catalog) {
    return new RenewalEvaluator(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Assesses a holder's credentials on a date, taking the activities as the complete ledger: one
   * assessment per issuer, for the cycle in force on that date or, if a cycle ended with a requirement
   * unmet, for that cycle.
   *
   * @param holdings  the holder's credentials, not null
   * @param activities  the holder's CE activities, in any order, not null
   * @param asOf  the date to assess on, not null
   * @return the result, with no assessment if there are no holdings
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public RenewalResult assess(Collection<CredentialHolding> holdings, Collection<CeActivity> activities,
      LocalDate asOf) {
    return complete(holdings, activities, asOf, IssuerWalk.Mode.LAST);
  }

  /**
   * Assesses a holder's record on a date: one assessment per issuer, for the cycle in force on that date
   * or, if a cycle ended with a requirement unmet, for that cycle.
   *
   * @param record  what is known of the holder, not null
   * @param asOf  the date to assess on, not null
   * @return the result, not null
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public RenewalResult assess(HolderRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    return run(Input.of(record), asOf, IssuerWalk.Mode.LAST);
  }

  /**
   * Walks every cycle since the credentials were earned, up to the one {@link #assess} reports, taking
   * the activities as the complete ledger.
   *
   * @param holdings  the holder's credentials, not null
   * @param activities  the holder's CE activities, in any order, not null
   * @param asOf  the date to assess on, not null
   * @return the result, with the assessments by issuer and then cycle
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public RenewalResult history(Collection<CredentialHolding> holdings, Collection<CeActivity> activities,
      LocalDate asOf) {
    return complete(holdings, activities, asOf, IssuerWalk.Mode.HISTORY);
  }

  /**
   * Walks every cycle of a holder's record, up to the one {@link #assess} reports.
   *
   * @param record  what is known of the holder, not null
   * @param asOf  the date to assess on, not null
   * @return the result, with the assessments by issuer and then cycle
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public RenewalResult history(HolderRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    return run(Input.of(record), asOf, IssuerWalk.Mode.HISTORY);
  }

  /**
   * Returns the status of a holder's credentials with each issuer, without the explanations: the same
   * statuses and amounts as {@link #assess}, built without activity outcomes, key dates or notes.
   * Issuers that cannot be assessed have no standing ({@link #assess} gives the reasons).
   *
   * @param record  what is known of the holder, not null
   * @param asOf  the date to assess on, not null
   * @return one standing per issuer assessed, ordered by issuer id
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public List<RenewalStanding> standings(HolderRecord record, LocalDate asOf) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(asOf, "asOf");
    return standings(record, asOf, null);
  }

  /**
   * Returns the status of many holders' credentials on one date, as {@link #standings(HolderRecord,
   * LocalDate)} does for each: the nightly question of a CE tracker ("who is on track, at risk, inactive,
   * revoked?"). The walks of the batch share one scratch tally, made for this call.
   *
   * @param records  the holders, not null
   * @param asOf  the assessment date, not null
   * @return the standings of each holder, in the order of the records
   * @throws HimValidationException if a record breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public List<List<RenewalStanding>> standings(List<HolderRecord> records, LocalDate asOf) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(asOf, "asOf");
    Tally scratch = new Tally(); // confined to this call: the evaluator stays thread-safe
    int n = records.size();
    ImmutableList.Builder<List<RenewalStanding>> out = ImmutableList.builderWithExpectedSize(n);
    @Nullable HolderRecord[] block = new HolderRecord[Math.min(n, BLOCK)];
    HoldingGroups.@Nullable Kept[] kept = new HoldingGroups.Kept[block.length];
    long[] heads = new long[block.length];
    for (int from = 0; from < n; from += BLOCK) {
      int size = Math.min(BLOCK, n - from);
      // first what each record keeps, read ahead (record, its cache, what it keeps, its array's header): the
      // reads of the block's records are independent, so their misses overlap instead of following each other
      for (int j = 0; j < size; j++) {
        HolderRecord r = records.get(from + j);
        HoldingGroups.Kept k = r != null ? r.keptFor(this) : null;
        block[j] = r;
        kept[j] = k;
        heads[j] = k != null ? StatusWalk.head(k.layout) : 0;
      }
      // then the walks, in order (a null record is rejected in its turn)
      for (int j = 0; j < size; j++) {
        HolderRecord r = Objects.requireNonNull(block[j], "record");
        out.add(standings(r, kept[j], heads[j], asOf, scratch));
      }
    }
    return out.build();
  }

  /** The records a batch reads ahead before walking them ({@link #standings(List, LocalDate)}). */
  private static final int BLOCK = 16;

  /**
   * The status-only walk of one record: the checks of {@link #assess} in the same order, then each issuer's
   * walk, on the array kept with the record for that issuer from its second status-only question
   * ({@link StatusWalk}); the reasons for what is not assessed are not gathered (no standing says them). A
   * holder with one issuer, no statement and a common case is answered from the record, what it keeps and its
   * array alone (no {@link Input}, no tally); the other walks use the scratch tally, made here if none is given.
   */
  private List<RenewalStanding> standings(HolderRecord record, LocalDate asOf, @Nullable Tally scratch) {
    HoldingGroups.Kept k = record.keptFor(this);
    return standings(record, k, k != null ? StatusWalk.head(k.layout) : 0, asOf, scratch);
  }

  /**
   * The same, on what the record kept for this evaluator, read before the walk (by a batch, ahead of it), with
   * its only array's header ({@link StatusWalk#head}). What a record keeps is a pure function of the record, set
   * whole: a read before the walk (even before another walk of the same record in the batch) answers as a read at
   * its start would.
   */
  private List<RenewalStanding> standings(HolderRecord record, HoldingGroups.@Nullable Kept held, long head,
      LocalDate asOf, @Nullable Tally scratch) {
    Optional<LocalDate> begin = record.recordsBegin();
    checkScope(begin, asOf);
    long asOfDay = asOf.toEpochDay();
    HoldingGroups.Kept kept = laidOut(record, held, asOf, asOfDay);
    if (kept == null) {
      return firstStandings(record, asOf, scratch);
    }
    Map<OrganizationId, LocalDate> stated = record.goodStandingThrough();
    checkStatedIssuers(stated, kept.groups);
    PolicyPlan plan = kept.plan;
    long[] layout = kept.layout;
    if (begin.isEmpty() && stated.isEmpty() && plan != null && layout != null) { // one issuer: the array alone
      // the header read before if the array is the one read before (else laid out just now)
      RenewalStanding s = StatusWalk.walk(layout, kept == held ? head : layout[0], plan, asOf, kept);
      if (s != null) {
        HoldingGroups.Kept remembering = kept.remembering(s);
        if (remembering != kept) {
          record.keep(remembering); // the cycle asked about changed (or the CEUs earned): once per change
        }
        return List.of(s);
      }
    }
    Input input = Input.of(record);
    Tally t = scratch != null ? scratch : new Tally();
    List<HoldingGroups.Group> all = kept.groups.groups;
    if (all.size() == 1) {
      return standings(input, kept, 0, asOf, t);
    }
    ImmutableList.Builder<RenewalStanding> out = ImmutableList.builder();
    for (int g = 0; g < all.size(); g++) {
      out.addAll(standings(input, kept, g, asOf, t));
    }
    return out.build();
  }

  /**
   * The standing of one group: from {@link StatusWalk} on its array in the common case, else from the general
   * walk on the same array, or on the ledger if the activities could not be packed.
   */
  private static List<RenewalStanding> standings(Input input, HoldingGroups.Kept kept, int g, LocalDate asOf,
      Tally scratch) {
    HoldingGroups.Group group = kept.groups.groups.get(g);
    long[] layout = Objects.requireNonNull(kept.layouts, "laid out")[g];
    if (layout == null) {
      return new IssuerWalk(group, input.ledger(asOf), asOf, input, scratch).run(IssuerWalk.Mode.STANDING)
          .standings();
    }
    PolicyPlan plan = group.plan();
    long asOfDay = asOf.toEpochDay();
    boolean plain = input.recordsBegin().isEmpty() && input.goodStandingThrough().isEmpty();
    RenewalStanding s = plain ? StatusWalk.walk(layout, layout[0], plan, asOf, null) : null;
    if (s != null) {
      return List.of(s);
    }
    ActivityWords words = ActivityWords.walk(layout, StatusWalk.activitiesFrom(layout, plan.versions.length),
        kept.specific, asOfDay);
    return new IssuerWalk(group, words, asOf, input, scratch).run(IssuerWalk.Mode.STANDING).standings();
  }

  /**
   * The first status-only question this evaluator asks of a record (or of a record it asks nothing else), with the
   * same checks in the same order as a full assessment; the record keeps the checked ledger and the groups, and is
   * laid out for the status-only walk if it is asked again. A holder with one issuer and no statement is walked on
   * the ledger by {@link StatusWalk#first} in the common case, otherwise as a full assessment walks it. Without a
   * statement, holdings all in one group are kept as that group alone (no {@link HoldingGroups}, no list, no
   * {@link Input} unless the general walk answers).
   */
  private List<RenewalStanding> firstStandings(HolderRecord record, LocalDate asOf, @Nullable Tally given) {
    Ledger ledger = record.ledger().at(asOf);
    boolean plain = record.recordsBegin().isEmpty() && record.goodStandingThrough().isEmpty();
    Input stated = plain ? null : Input.of(record);
    Object grouped = stated == null ? grouped(record, asOf) : groups(stated, asOf);
    List<HoldingGroups.Group> all;
    HoldingGroups.Group one;
    if (grouped instanceof HoldingGroups.Group g) {
      all = List.of();
      one = g;
    } else {
      HoldingGroups groups = (HoldingGroups) grouped;
      checkStatedIssuers(record.goodStandingThrough(), groups);
      all = groups.groups;
      one = all.size() == 1 ? all.get(0) : null;
    }
    RenewalStanding s = one != null && plain ? StatusWalk.first(one, ledger, asOf) : null;
    if (s != null) {
      return List.of(s); // no general walk, no tally
    }
    Input input = stated != null ? stated : Input.of(record); // made once, and only for the general walk
    Tally scratch = given != null ? given : new Tally();
    if (one != null) { // one issuer, as for most holders: its list, immutable already
      return new IssuerWalk(one, ledger, asOf, input, scratch).run(IssuerWalk.Mode.STANDING).standings();
    }
    ImmutableList.Builder<RenewalStanding> out = ImmutableList.builder();
    for (HoldingGroups.Group g : all) {
      out.addAll(new IssuerWalk(g, ledger, asOf, input, scratch).run(IssuerWalk.Mode.STANDING).standings());
    }
    return out.build();
  }

  /**
   * What a record keeps for this evaluator's status-only walks: nothing on the first question this evaluator asks
   * of it (null: {@link #firstStandings} answers); laid out on the next, from the ledger and groups it kept (the
   * ledger is then no longer kept: the array holds what the status-only walk reads of it); after which only the
   * check that depends on the date is made again. What the record kept is read by the caller.
   */
  private HoldingGroups.@Nullable Kept laidOut(HolderRecord record, HoldingGroups.@Nullable Kept kept,
      LocalDate asOf, long asOfDay) {
    if (kept == null) {
      return null;
    }
    if (kept.layouts != null) {
      kept.checkEarned(asOf, asOfDay);
      return kept;
    }
    Ledger ledger = record.ledger(); // the checks first, as an assessment makes them (passed before: kept)
    kept.checkEarned(asOf, asOfDay);
    HoldingGroups.Kept laidOut = HoldingGroups.Kept.laidOut(this, kept.groups, ledger);
    record.keep(laidOut);
    return laidOut;
  }

  /**
   * Returns the CEUs a set of credentials requires in a cycle beginning on a day, applying every rule:
   * the version in force that day, credentials it does not cover, a credential replaced by another one of
   * the set (RHIT by RHIA) and the multi-credential rule. Credentials of several issuers give one answer
   * per issuer.
   *
   * @param credentials  the credentials, by id or former name, not null
   * @param cycleStart  the first day of the cycle, not null
   * @return one requirement per issuer whose credentials can be assessed that day, ordered by issuer id
   * @throws HimValidationException if a credential is given twice
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public List<CycleRequirement> cycleRequirements(Collection<CredentialId> credentials, LocalDate cycleStart) {
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(cycleStart, "cycleStart");
    List<CredentialHolding> holdings = new ArrayList<>();
    for (CredentialId id : credentials) {
      holdings.add(CredentialHolding.of(id, cycleStart));
    }
    HoldingGroups groups = HoldingGroups.of(holdings, cycleStart, resolver, plans);
    ImmutableList.Builder<CycleRequirement> out = ImmutableList.builder();
    for (HoldingGroups.Group g : groups.groups) {
      VersionPlan v = g.plan().versionOn(cycleStart.toEpochDay());
      if (v == null) {
        continue;
      }
      CycleCredentials c = CycleCredentials.of(v, g, cycleStart, cycleStart);
      if (c.problem() == null) {
        out.add(new CycleRequirement(g.issuer(), cycleStart, v.policy, c.counted(), c.superseded(), c.notCovered(),
            Ceus.ofHundredths(c.required()), v.unit));
      }
    }
    return out.build();
  }

  /**
   * An assessment of collections taken as complete: the checks of {@link #run} in the same order, with no
   * {@link Input} (nothing is stated, and no record keeps the groups) and, for holdings in one group (most holders),
   * the group alone.
   */
  private RenewalResult complete(Collection<CredentialHolding> holdings, Collection<CeActivity> activities,
      LocalDate asOf, IssuerWalk.Mode mode) {
    Objects.requireNonNull(holdings, "holdings");
    Objects.requireNonNull(activities, "activities");
    Objects.requireNonNull(asOf, "asOf");
    // The holdings read first (copied into an array of their size, no reflective one, and their days), the activities
    // checked, then the holdings grouped: the same checks in the same order, with the holdings' first reads
    // overlapping the activities' (HoldingGroups.Shapes#earnedDaysAhead).
    CredentialHolding[] held = Ledger.snapshot(holdings, new CredentialHolding[holdings.size()]);
    long[] days = new long[held.length];
    long latest = HoldingGroups.Shapes.earnedDaysAhead(held, days);
    Ledger ledger = Ledger.of(activities, asOf);
    Object grouped = shapes.grouped(holdings, held, days, latest, asOf);
    if (grouped instanceof HoldingGroups.Group one) { // every holding in one group, as for most holders
      IssuerWalk o = new IssuerWalk(one, ledger, asOf, Input.NOTHING_STATED, null).run(mode);
      return o.notAssessed().isEmpty() ? new RenewalResult(asOf, o.assessments(), List.of())
          : result(asOf, Map.of(), List.of(one), List.of(o));
    }
    return run((HoldingGroups) grouped, ledger, Input.NOTHING_STATED, asOf, mode);
  }

  private RenewalResult run(Input record, LocalDate asOf, IssuerWalk.Mode mode) {
    Objects.requireNonNull(asOf, "asOf");
    checkScope(record.recordsBegin(), asOf);
    Ledger ledger = record.ledger(asOf);
    HoldingGroups groups = groups(record, asOf);
    checkStatedIssuers(record.goodStandingThrough(), groups);
    return run(groups, ledger, record, asOf, mode);
  }

  /** The walks of the groups of a holder's holdings. */
  private static RenewalResult run(HoldingGroups groups, Ledger ledger, Input record, LocalDate asOf,
      IssuerWalk.Mode mode) {
    List<HoldingGroups.Group> all = groups.groups;
    if (all.size() == 1) { // one issuer, as for most holders
      IssuerWalk o = new IssuerWalk(all.get(0), ledger, asOf, record, null).run(mode);
      return o.notAssessed().isEmpty() && groups.notAssessed.isEmpty()
          ? new RenewalResult(asOf, o.assessments(), List.of()) // the JDK's lists, not Guava's: start-up
          : result(asOf, groups.notAssessed, all, List.of(o));
    }
    List<IssuerWalk> outcomes = new ArrayList<>(all.size());
    for (HoldingGroups.Group g : all) {
      outcomes.add(new IssuerWalk(g, ledger, asOf, record, null).run(mode));
    }
    return result(asOf, groups.notAssessed, all, outcomes);
  }

  /**
   * The result of the walks of every group, in the groups' order, with the reasons for what is not assessed:
   * those of the holdings, then those of each walk, by issuer.
   *
   * @param setAside  the reasons for the holdings set aside, by issuer (copied before anything is added)
   * @param groups  the groups walked
   * @param outcomes  their walks, in the same order
   */
  private static RenewalResult result(LocalDate asOf, Map<OrganizationId, List<NotAssessedReason>> setAside,
      List<HoldingGroups.Group> groups, List<IssuerWalk> outcomes) {
    Map<OrganizationId, List<NotAssessedReason>> reasons = setAside; // copied before it is added to
    List<RenewalAssessment> assessments = new ArrayList<>(); // the JDK's, not Guava's: start-up
    for (int k = 0; k < outcomes.size(); k++) {
      IssuerWalk o = outcomes.get(k);
      assessments.addAll(o.assessments());
      if (!o.notAssessed().isEmpty()) {
        if (reasons == setAside) {
          Map<OrganizationId, List<NotAssessedReason>> copy = new TreeMap<>();
          for (Map.Entry<OrganizationId, List<NotAssessedReason>> e : setAside.entrySet()) {
            copy.put(e.getKey(), new ArrayList<>(e.getValue()));
          }
          reasons = copy;
        }
        OrganizationId issuer = groups.get(k).issuer();
        List<NotAssessedReason> mine = reasons.get(issuer);
        if (mine == null) {
          mine = new ArrayList<>();
          reasons.put(issuer, mine);
        }
        mine.addAll(o.notAssessed());
      }
    }
    List<NotAssessed> notAssessed = new ArrayList<>(reasons.size());
    for (Map.Entry<OrganizationId, List<NotAssessedReason>> e : reasons.entrySet()) {
      notAssessed.add(new NotAssessed(e.getKey(), e.getValue()));
    }
    if (notAssessed.size() > 1) {
      notAssessed.sort(BY_ISSUER);
    }
    return new RenewalResult(asOf, assessments, notAssessed);
  }

  /**
   * The holdings resolved and grouped: those of a record are kept with it for this evaluator, and only the
   * check that depends on the date is made again.
   */
  private HoldingGroups groups(Input record, LocalDate asOf) {
    HolderRecord r = record.record();
    HoldingGroups kept = r == null ? null : r.groupsOf(this);
    if (kept != null) {
      kept.checkEarned(asOf);
      return kept;
    }
    HoldingGroups groups = shapes.of(record.holdings(), asOf);
    if (r != null) {
      r.keep(this, groups);
    }
    return groups;
  }

  /**
   * The holdings of a record with no statement resolved and grouped, as {@link #groups} does: kept with the record
   * for this evaluator, as the group alone if every holding is in one ({@link HoldingGroups.Shapes#grouped}).
   *
   * @return a {@link HoldingGroups.Group} of every holding, or the {@link HoldingGroups}
   */
  private Object grouped(HolderRecord r, LocalDate asOf) {
    HoldingGroups kept = r.groupsOf(this);
    if (kept != null) {
      kept.checkEarned(asOf);
      return kept;
    }
    Object grouped = shapes.grouped(r.holdings(), asOf);
    r.keep(this, grouped);
    return grouped;
  }

  private static void checkScope(Optional<LocalDate> begin, LocalDate asOf) {
    if (begin.isPresent() && begin.get().isAfter(asOf)) {
      throw HimValidationException.of(ErrorCode.INVALID_DATE, "holder record", "recordsBegin",
          "must not be after the assessment date " + asOf, begin.get());
    }
  }

  private static void checkStatedIssuers(Map<OrganizationId, LocalDate> stated, HoldingGroups groups) {
    if (stated.isEmpty()) {
      return; // the usual case: no iterator
    }
    for (OrganizationId issuer : stated.keySet()) {
      if (!assesses(groups, issuer)) {
        throw HimValidationException.of(ErrorCode.INVALID_VALUE, "holder record", "goodStandingThrough",
            "must name only issuers of credentials held and assessed", issuer);
      }
    }
  }

  private static boolean assesses(HoldingGroups groups, OrganizationId issuer) {
    for (HoldingGroups.Group g : groups.groups) {
      if (g.issuer().equals(issuer)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What an assessment reads of a holder: a {@link HolderRecord}, uncopied (collections taken as complete are read
   * by {@link RenewalEvaluator#complete}; their walks read {@link #NOTHING_STATED}).
   */
  record Input(Collection<CredentialHolding> holdings, Collection<CeActivity> activities,
      Optional<LocalDate> recordsBegin, Map<OrganizationId, LocalDate> goodStandingThrough,
      @Nullable HolderRecord record) {
    static Input of(HolderRecord r) {
      return new Input(r.holdings(), r.activities(), r.recordsBegin(), r.goodStandingThrough(), r);
    }

    /**
     * What a walk reads of collections taken as complete: nothing stated (a walk reads no more of its input than
     * {@link #recordsBegin} and {@link #goodStandingThrough}).
     */
    static final Input NOTHING_STATED = new Input(List.of(), List.of(), Optional.empty(), Map.of(), null);

    /** The activities checked and laid out for a date: a record's are checked once, kept with the record. */
    Ledger ledger(LocalDate asOf) {
      return record != null ? record.ledger().at(asOf) : Ledger.of(activities, asOf);
    }
  }

  private Credential resolve(CredentialId id) {
    Optional<Credential> known = catalog.findCredential(id);
    if (known.isPresent()) {
      return known.get(); // without the lambdas of the former names' path, per holding
    }
    Optional<CredentialMatch> match = catalog.resolveCredential(id.value());
    return match.isPresent() && match.get().kind() != CredentialMatch.Kind.MISNOMER ? match.get().credential()
        : catalog.getCredential(id);
  }
}
