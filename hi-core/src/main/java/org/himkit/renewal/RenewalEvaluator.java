package org.himkit.renewal;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.catalog.CredentialMatch;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.RenewalPolicy;

/**
 * Assesses a holder's credentials against the issuers' renewal policies in a catalog.
 *
 * <pre>{@code
 * RenewalEvaluator evaluator = new RenewalEvaluator(HimCatalog.builtIn());
 * List<RenewalAssessment> byIssuer = evaluator.assess(holdings, activities, LocalDate.of(2026, 11, 24));
 * }</pre>
 *
 * <h2>Cycles</h2>
 * The holdings are grouped by renewal policy (one issuer each). The first cycle begins on the day the
 * earliest credential of the group was earned (AHIMA: "two years beginning on the day the exam was
 * passed"). A holding's explicit {@link CredentialHolding#cycleStart()} later than that day (AAPC's
 * membership-aligned cycle, which may begin after the assessment date) makes the days before it a first,
 * short cycle of their own, ending the day before the explicit start, so that cycles tile time from the
 * day earned; it requires the holding's {@link CredentialHolding#firstCycleRequiredCeus()} if given and
 * otherwise nothing, neither CEUs nor mandatory activities (library choice: AAPC prorates the first
 * submission without a sourced formula), and the full cycles follow from the explicit start. Each cycle is governed by
 * the policy version in force on its first day; cycles follow one another without gaps or overlaps.
 * With a {@link CycleAnchor#DATE_EARNED} or {@link CycleAnchor#MEMBERSHIP_RENEWAL_DATE} anchor, cycle
 * <i>n</i> begins on the anchor plus the lengths of the cycles before it and ends the day before the
 * next begins (a cycle beginning 2024-02-29 ends 2026-02-27; the next begins 2026-02-28 and ends
 * 2028-02-28). With {@link CycleAnchor#CALENDAR_YEAR_END} (NCRA), a cycle ends on December 31 of the
 * year in which its length, counted in whole years from its first year, runs out: the first cycle runs
 * from the day earned to December 31 of the following year, later ones are whole calendar years.
 *
 * <h2>Several credentials</h2>
 * A credential joins the requirement from the first cycle beginning on or after the day it was earned;
 * a credential replaced by another one held ({@link Credential#supersedes()}: RHIA replaces RHIT) drops
 * out of it. The single requirements combine by the policy's multi-credential rule. Where AHIMA leaves
 * the cycle of several credentials open, these are the library's documented choices; an explicit cycle
 * start overrides them, and {@link HimCatalog#knownOmissions()} lists them. A first cycle beginning on
 * the day earned requires the full amount unless a holding gives
 * {@link CredentialHolding#firstCycleRequiredCeus()} (AAPC prorates the first submission without a
 * sourced formula); a short first cycle before an explicit cycle start is described above.
 *
 * <p>A credential held that the version governing a cycle does not cover (AHIMA's retired PCS, CHP and
 * CHS, listed until 2020 but not from 2021) is left out of that cycle's requirement, and a note of the
 * assessment says so; if the version covers none of the credentials held, the input cannot be assessed
 * (see below).
 *
 * <h2>Counting activities</h2>
 * Each activity is judged for each issuer separately and counts toward each issuer at most once, in at
 * most one cycle: AHIMA's "These CEUs may not be duplicated or used for more than one credential" is met
 * because all of a holder's AHIMA credentials share one pooled requirement, and an activity accepted by
 * two issuers (an AHIMA and an AAPC credential) counts toward both, a documented choice. An activity
 * counts in the cycle in which it was completed; it does not count if it was completed before the first
 * credential of the issuer was earned, outside the cycle, in a category the policy does not accept, from
 * a provider the issuer has not approved where approval is required, or in minutes the policy cannot
 * convert or that earn no CEU. Excess CEUs never carry over. Where a cycle that ended unmet has a grace
 * period (AHIMA, for a cycle ending before 2020-12-31), the activities completed in the grace period are
 * credited to that cycle in date order (then by id) only until every requirement of the cycle is met;
 * those credited are then "already counted" for the next cycle, and the rest count toward the next cycle
 * as usual (library choice: the sources do not say how grace-period CEUs split). One consequence: with a
 * grace period, adding an activity to a cycle, or an earlier one to its grace period, can meet it with
 * fewer grace-period activities, so that later ones count toward the next cycle instead and the earlier
 * cycle's earned total is lower. Without a grace period, adding an activity never lowers any cycle's
 * earned CEUs.
 *
 * <h2>Rules that changed on a date for everyone</h2>
 * A cycle is judged by the policy version in force when it began, for its amounts and content rules. Two
 * changes took effect on a date for everyone, and the evaluator applies them by date instead: a
 * mandatory activity with a {@link MandatoryActivity#lastDay()} is not required in a year of the cycle
 * beginning after that day (AHIMA: "Effective January 1, 2021, AHIMA and the Commission on Certification
 * (CCHIIM) discontinued the mandatory annual self-review requirement for CCA, CCS, and CCS-P"), and the
 * lapse rule applied to a cycle that ended unmet, and shown in its key dates, is the one of the version
 * in force on the day after the cycle ends (AHIMA from 2021: "Removing 'grace' as a certification
 * status"). A cycle from 2020-12-31 to 2022-12-30 thus needs a self-review in its first year only and has
 * no grace period; one from 2019-06-01 to 2021-05-31 needs one in each year and, unmet, becomes inactive.
 *
 * <h2>Status</h2>
 * See {@link RenewalStatus} for exactly when each status applies. A cycle that ended with a requirement
 * unmet ends the walk: reinstatement is not modelled.
 *
 * <h2>Bad input</h2>
 * A holding earned after the assessment date, a credential held twice, explicit cycle starts that
 * disagree within one issuer, an activity completed after the assessment date, two activities with the
 * same id or the same activity given twice under two ids (the same completion date, title and provider,
 * ignoring case and surrounding blanks in the title and provider, whatever the amount: one webinar given
 * once as 5 CEUs and once as 300 minutes is one activity given twice), a credential the catalog does not
 * know or that has no renewal policy, and a policy version that covers none of the credentials held in a
 * cycle (a holder of PCS alone, from 2021): each throws a {@link HimValidationException} (or
 * {@link org.himkit.UnknownEntryException}) naming the rule and the value, never the holder.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RenewalEvaluator {
  /**
   * The days left in a cycle below which an unmet requirement makes the status
   * {@link RenewalStatus#ACTIVE_AT_RISK}: 90.
   */
  public static final int AT_RISK_DAYS = 90;

  private static final Comparator<CeActivity> ACTIVITY_ORDER =
      Comparator.comparing(CeActivity::completed).thenComparing(CeActivity::id);

  private final HimCatalog catalog;

  /**
   * Constructs an evaluator over a catalog's credentials and renewal policies.
   *
   * @param catalog the catalog, not null
   */
  public RenewalEvaluator(HimCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * Assesses a holder's credentials on a date: one assessment per issuer, for the cycle in force on
   * that date or, if a cycle ended with a requirement unmet, for that cycle.
   *
   * @param holdings the holder's credentials, not null
   * @param activities the holder's CE activities, in any order, not null
   * @param asOf the date to assess on, not null
   * @return one assessment per issuer, ordered by issuer id, empty if there are no holdings
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public List<RenewalAssessment> assess(
      Collection<CredentialHolding> holdings, Collection<CeActivity> activities, LocalDate asOf) {
    return evaluate(holdings, activities, asOf).stream().map(h -> h.get(h.size() - 1))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Walks every cycle since the credentials were earned, up to the one {@link #assess} reports: every
   * renewed cycle, then the cycle in force or the unmet cycle that ended the walk.
   *
   * @param holdings the holder's credentials, not null
   * @param activities the holder's CE activities, in any order, not null
   * @param asOf the date to assess on, not null
   * @return the assessments, by issuer id and then cycle, empty if there are no holdings
   * @throws HimValidationException if the input breaks a rule listed in the class description
   * @throws org.himkit.UnknownEntryException if a credential is not in the catalog
   */
  public List<RenewalAssessment> history(
      Collection<CredentialHolding> holdings, Collection<CeActivity> activities, LocalDate asOf) {
    return evaluate(holdings, activities, asOf).stream().flatMap(List::stream)
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------------------------------------

  private record Held(CredentialHolding holding, Credential credential) {
    CredentialId id() {
      return credential.id();
    }
  }

  private record Judgement(List<ActivityOutcome> outcomes, List<RequirementProgress> progress) {
    boolean met() {
      return progress.stream().allMatch(RequirementProgress::met);
    }

    Ceus earned() {
      return progress.get(0).earned();
    }
  }

  private List<List<RenewalAssessment>> evaluate(
      Collection<CredentialHolding> holdings, Collection<CeActivity> activities, LocalDate asOf) {
    List<CeActivity> sorted = checkActivities(activities, asOf);
    Map<RenewalPolicyId, List<Held>> groups = new LinkedHashMap<>();
    Set<CredentialId> seen = new TreeSet<>();
    for (CredentialHolding h : holdings) {
      String entity = "credential holding " + h.credential();
      if (h.earned().isAfter(asOf)) {
        throw HimValidationException.of(ErrorCode.INVALID_DATE, entity, "earned",
            "must not be after the assessment date " + asOf, h.earned());
      }
      Credential c = resolve(h.credential());
      if (!seen.add(c.id())) {
        throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, entity, "credential",
            "a credential may be held once", c.id());
      }
      RenewalPolicyId policy = c.renewalPolicy().orElseThrow(() -> HimValidationException.of(ErrorCode.MISSING_DATA,
          entity, "credential", "must have a renewal policy in the catalog; " + c.id() + " has none", c.id()));
      if (catalog.renewalPolicyVersions(policy).isEmpty()) {
        throw HimValidationException.of(ErrorCode.MISSING_DATA, entity, "renewalPolicy",
            "must name a renewal policy the catalog holds", policy);
      }
      groups.computeIfAbsent(policy, k -> new ArrayList<>()).add(new Held(h, c));
    }
    List<List<RenewalAssessment>> result = new ArrayList<>();
    groups.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<RenewalPolicyId, List<Held>> e) -> e.getValue().get(0).credential()
            .issuer()).thenComparing(Map.Entry::getKey))
        .forEach(e -> result.add(walk(e.getKey(), e.getValue(), sorted, asOf)));
    return result;
  }

  private Credential resolve(CredentialId id) {
    return catalog.findCredential(id)
        .or(() -> catalog.resolveCredential(id.value()).filter(m -> m.kind() != CredentialMatch.Kind.MISNOMER)
            .map(CredentialMatch::credential))
        .orElseGet(() -> catalog.getCredential(id));
  }

  private static List<CeActivity> checkActivities(Collection<CeActivity> activities, LocalDate asOf) {
    Map<String, CeActivity> byId = new HashMap<>();
    Map<List<Object>, CeActivity> byContent = new HashMap<>();
    for (CeActivity a : activities) {
      String entity = "CE activity " + a.id();
      if (a.completed().isAfter(asOf)) {
        throw HimValidationException.of(ErrorCode.INVALID_DATE, entity, "completed",
            "must not be after the assessment date " + asOf, a.completed());
      }
      if (byId.putIfAbsent(a.id(), a) != null) {
        throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, entity, "id",
            "must be unique among the activities assessed together", a.id());
      }
      List<Object> content = List.of(a.completed(), key(a.title()), key(a.provider()));
      CeActivity other = byContent.putIfAbsent(content, a);
      if (other != null) {
        throw HimValidationException.of(ErrorCode.DUPLICATE_ENTRY, entity, "activity",
            "the same activity (completion date, title and provider, ignoring case and surrounding blanks) must be "
                + "given once; it is also given as " + other.id(), a.completed() + " \"" + a.title() + "\"");
      }
    }
    return activities.stream().sorted(ACTIVITY_ORDER).collect(ImmutableList.toImmutableList());
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private List<RenewalAssessment> walk(RenewalPolicyId policyId, List<Held> held, List<CeActivity> activities,
      LocalDate asOf) {
    OrganizationId issuer = held.get(0).credential().issuer();
    LocalDate certifiedSince = held.stream().map(h -> h.holding().earned()).min(Comparator.naturalOrder())
        .orElseThrow();
    Set<LocalDate> explicit = held.stream().flatMap(h -> h.holding().cycleStart().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    if (explicit.size() > 1) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "credential holdings of " + issuer, "cycleStart",
          "must agree for the credentials of one issuer", explicit);
    }
    LocalDate anchor = explicit.isEmpty() ? certifiedSince : explicit.iterator().next();
    Set<Ceus> firstRequired = held.stream().flatMap(h -> h.holding().firstCycleRequiredCeus().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    if (firstRequired.size() > 1) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "credential holdings of " + issuer,
          "firstCycleRequiredCeus", "must agree for the credentials of one issuer", firstRequired);
    }
    List<String> notes = new ArrayList<>();
    firstRequired.forEach(c -> notes.add("The first cycle requires " + c + " as given with the holding, not the "
        + "policy's full amount."));
    notes.addAll(choiceNotes(catalog.findRenewalPolicy(policyId, anchor).orElseThrow(() ->
        HimValidationException.of(ErrorCode.MISSING_DATA, "renewal policy " + policyId, "effectiveFrom",
            "must have a version in force on the first day of every cycle", anchor)), held, explicit, anchor));
    List<RenewalAssessment> out = new ArrayList<>();
    Map<String, RenewalCycle> countedIn = new HashMap<>();
    Period elapsed = Period.ZERO;
    // With an explicit cycle start after the day earned, the days before it form a short first cycle.
    boolean shortFirst = anchor.isAfter(certifiedSince);
    LocalDate start = certifiedSince;
    while (true) {
      LocalDate cycleStart = start;
      RenewalPolicy policy = catalog.findRenewalPolicy(policyId, cycleStart).orElseThrow(() ->
          HimValidationException.of(ErrorCode.MISSING_DATA, "renewal policy " + policyId, "effectiveFrom",
              "must have a version in force on the first day of every cycle", cycleStart));
      boolean isShort = shortFirst && cycleStart.isBefore(anchor);
      RenewalCycle cycle = new RenewalCycle(cycleStart,
          isShort ? anchor.minusDays(1) : cycleEnd(policy, anchor, elapsed, cycleStart), policy);
      List<Held> inForce = held.stream().filter(h -> !h.holding().earned().isAfter(cycleStart))
          .collect(Collectors.toList());
      List<CredentialId> superseded = inForce.stream()
          .filter(h -> inForce.stream().anyMatch(o -> o.credential().supersedes().contains(h.id())))
          .map(Held::id).collect(Collectors.toList());
      List<CredentialId> maintained = inForce.stream().map(Held::id).filter(id -> !superseded.contains(id))
          .collect(Collectors.toList());
      List<CredentialId> uncovered = maintained.stream().filter(id -> policy.requiredCeus(id).isEmpty())
          .collect(Collectors.toList());
      List<CredentialId> credentials = maintained.stream().filter(id -> !uncovered.contains(id))
          .collect(Collectors.toList());
      if (credentials.isEmpty()) {
        throw HimValidationException.of(ErrorCode.MISSING_DATA, "renewal policy " + policy.id() + " ("
            + policy.name() + ")", "requiredCeus", "must give the CEUs required for at least one credential held "
            + "in the cycle beginning " + cycleStart + "; it names none of them", uncovered);
      }
      List<CredentialId> joining = held.stream().filter(h -> h.holding().earned().isAfter(cycleStart))
          .map(Held::id).collect(Collectors.toList());
      Ceus required = cycleStart.equals(certifiedSince) && !firstRequired.isEmpty()
          ? firstRequired.iterator().next()
          : isShort ? Ceus.ZERO : required(policy, credentials);
      Judgement j = judge(issuer, cycle, cycle.end(), credentials, required, activities, countedIn, certifiedSince,
          Set.of());
      RenewalAssessment.Builder b = RenewalAssessment.builder().issuer(issuer).asOf(asOf).cycle(cycle)
          .addAllCredentials(credentials).addAllSupersededCredentials(superseded).addAllJoiningNextCycle(joining)
          .addAllNotes(notes);
      if (isShort) {
        b.addNote("The days from " + cycleStart + " to " + cycle.end() + ", before the explicit cycle start " + anchor
            + ", form a first, short cycle; it requires " + (firstRequired.isEmpty()
                ? "no CEUs (library choice: " + issuer + " does not state a prorated amount; give the holding's "
                    + "first-cycle requirement to set one)."
                : required + " as given with the holding."));
      }
      uncovered.forEach(id -> b.addNote(policy.name() + " names no requirement for " + id + ", so it is left out "
          + "of this cycle's requirement (the sources do not say how " + issuer + " maintains it from then on)."));
      if (!asOf.isAfter(cycle.end())) {
        out.add(b.status(activeStatus(cycle, j, asOf)).daysLeft(ChronoUnit.DAYS.between(asOf, cycle.end()))
            .addAllRequirements(j.progress()).addAllActivities(j.outcomes())
            .addAllKeyDates(keyDates(cycle, lapseRule(policyId, cycle), Optional.empty())).build());
        return out;
      }
      Optional<LapseRule> lapse = lapseRule(policyId, cycle);
      Optional<LocalDate> graceEnd = lapse.flatMap(LapseRule::gracePeriod).map(p -> cycle.end().plus(p));
      if (!j.met() && graceEnd.isPresent()) {
        j = judgeWithGrace(issuer, cycle, graceEnd.get(), credentials, required, activities, countedIn,
            certifiedSince);
      }
      b.addAllRequirements(j.progress()).addAllActivities(j.outcomes());
      if (j.met()) {
        out.add(b.status(RenewalStatus.RENEWED).daysLeft(0)
            .addAllKeyDates(keyDates(cycle, lapse, Optional.empty())).build());
        j.outcomes().stream().filter(o -> o.disposition().counted() && o.activity().completed().isAfter(cycle.end()))
            .forEach(o -> countedIn.put(o.activity().id(), cycle));
        if (!isShort) {
          elapsed = elapsed.plus(policy.cycleLength());
        }
        start = cycle.nextStart();
        continue;
      }
      RenewalStatus status;
      long daysLeft = 0;
      Optional<Period> inactive = lapse.flatMap(LapseRule::inactivePeriod);
      if (graceEnd.isPresent() && !asOf.isAfter(graceEnd.get())) {
        status = RenewalStatus.IN_GRACE;
        daysLeft = ChronoUnit.DAYS.between(asOf, graceEnd.get());
      } else if (inactive.isPresent()) {
        status = asOf.isAfter(cycle.end().plus(inactive.get())) ? RenewalStatus.REVOKED : RenewalStatus.INACTIVE;
      } else {
        status = RenewalStatus.EXPIRED;
      }
      out.add(b.status(status).daysLeft(daysLeft)
          .addAllKeyDates(keyDates(cycle, lapse, Optional.of(status))).build());
      return out;
    }
  }

  private static LocalDate cycleEnd(RenewalPolicy policy, LocalDate anchor, Period elapsed, LocalDate start) {
    if (policy.cycleAnchor() == CycleAnchor.CALENDAR_YEAR_END) {
      long years = Math.max(1, policy.cycleLength().toTotalMonths() / 12);
      return LocalDate.of(Math.toIntExact(start.getYear() + years - 1), 12, 31);
    }
    return anchor.plus(elapsed.plus(policy.cycleLength())).minusDays(1);
  }

  private static Ceus required(RenewalPolicy policy, List<CredentialId> credentials) {
    List<Ceus> singles = new ArrayList<>();
    for (CredentialId id : credentials) {
      singles.add(policy.requiredCeus(id).orElseThrow(() -> HimValidationException.of(ErrorCode.MISSING_DATA,
          "renewal policy " + policy.id() + " (" + policy.name() + ")", "requiredCeus",
          "must give the CEUs required for every credential held", id)));
    }
    if (singles.size() == 1) {
      return singles.get(0);
    }
    return policy.multiCredentialRule().orElseThrow(() -> HimValidationException.of(ErrorCode.MISSING_DATA,
        "renewal policy " + policy.id() + " (" + policy.name() + ")", "multiCredentialRule",
        "must state how several credentials combine", credentials)).required(singles);
  }

  private static RenewalStatus activeStatus(RenewalCycle cycle, Judgement j, LocalDate asOf) {
    if (j.met()) {
      return RenewalStatus.ACTIVE_REQUIREMENTS_MET;
    }
    long daysLeft = ChronoUnit.DAYS.between(asOf, cycle.end());
    long passed = ChronoUnit.DAYS.between(cycle.start(), asOf);
    boolean behind = 2 * passed > cycle.lengthInDays()
        && 2 * j.earned().hundredths() < j.progress().get(0).required().hundredths();
    return daysLeft < AT_RISK_DAYS || behind ? RenewalStatus.ACTIVE_AT_RISK : RenewalStatus.ACTIVE_ON_TRACK;
  }

  /**
   * Re-judges an unmet cycle with its grace period, crediting the grace-period activities in date order
   * only until every requirement is met.
   */
  private static Judgement judgeWithGrace(OrganizationId issuer, RenewalCycle cycle, LocalDate graceEnd,
      List<CredentialId> credentials, Ceus required, List<CeActivity> activities, Map<String, RenewalCycle> countedIn,
      LocalDate certifiedSince) {
    Set<String> credited = new HashSet<>();
    Judgement j = judge(issuer, cycle, graceEnd, credentials, required, activities, countedIn, certifiedSince,
        Set.of());
    for (CeActivity a : activities) {
      if (j.met()) {
        break;
      }
      if (a.completed().isAfter(cycle.end()) && !a.completed().isAfter(graceEnd)) {
        credited.add(a.id());
        j = judge(issuer, cycle, graceEnd, credentials, required, activities, countedIn, certifiedSince,
            Set.copyOf(credited));
      }
    }
    return j;
  }

  private static Judgement judge(OrganizationId issuer, RenewalCycle cycle, LocalDate windowEnd,
      List<CredentialId> credentials, Ceus required, List<CeActivity> activities, Map<String, RenewalCycle> countedIn,
      LocalDate certifiedSince, Set<String> graceCredited) {
    RenewalPolicy policy = cycle.policy();
    List<ActivityOutcome> outcomes = new ArrayList<>();
    for (CeActivity a : activities) {
      outcomes.add(outcome(issuer, cycle, windowEnd, a, countedIn, certifiedSince, graceCredited));
    }
    List<ActivityOutcome> counted = outcomes.stream().filter(o -> o.disposition().counted())
        .collect(Collectors.toList());
    String unit = policy.unit();
    String window = windowEnd.equals(cycle.end()) ? "the cycle ending " + cycle.end()
        : "the cycle ending " + cycle.end() + " and its grace period to " + windowEnd;
    List<RequirementProgress> progress = new ArrayList<>();
    Ceus earned = sum(counted);
    progress.add(new RequirementProgress(unit, unit, required, earned, earned.isAtLeast(required)
        ? Optional.empty()
        : Optional.of(required.minusOrZero(earned) + " more " + unit + " needed for " + window + ": " + earned
            + " of " + required + " earned")));
    for (ContentRule rule : policy.contentRules()) {
      Ceus minimum = rule.minimumOf(required);
      Ceus qualifying = sum(counted.stream().filter(o -> qualifies(rule, o.activity(), issuer))
          .collect(Collectors.toList()));
      String what = rule.kind() == ContentRule.Kind.HIIM_DOMAIN ? "within the HIIM domains" : "from " + issuer
          + " sources";
      progress.add(new RequirementProgress(rule.description(), unit, minimum, qualifying,
          qualifying.isAtLeast(minimum) ? Optional.empty()
              : Optional.of(minimum.minusOrZero(qualifying) + " more " + unit + " " + what + " needed for " + window
                  + ": " + rule.description() + " means " + minimum + " of " + required + "; " + qualifying
                  + " counted")));
    }
    for (MandatoryActivity m : policy.mandatoryActivities()) {
      if (credentials.stream().noneMatch(m.credentials()::contains)) {
        continue;
      }
      long years = Math.max(1, policy.cycleLength().toTotalMonths() / 12);
      long done = 0;
      List<String> missing = new ArrayList<>();
      long requiredYears = 0;
      for (long y = 0; y < years && !required.isZero(); y++) {
        LocalDate from = cycle.start().plusYears(y);
        if (from.isAfter(cycle.end())) {
          break;
        }
        if (!m.requiredInYearBeginning(from)) {
          continue;
        }
        requiredYears++;
        LocalDate to = y == years - 1 ? windowEnd : cycle.start().plusYears(y + 1).minusDays(1);
        long count = counted.stream().filter(o -> o.credited().isAtLeast(m.ceusEach()))
            .map(ActivityOutcome::activity)
            .filter(a -> a.category() == m.category() && !a.completed().isBefore(from) && !a.completed().isAfter(to))
            .count();
        done += Math.min(count, m.perCycleYear());
        if (count < m.perCycleYear()) {
          missing.add(from + " to " + to);
        }
      }
      if (requiredYears == 0) {
        continue;
      }
      Ceus need = Ceus.of(requiredYears * m.perCycleYear());
      Ceus have = Ceus.of(done);
      String units = m.category() == CeCategory.CODING_SELF_REVIEW ? "self-reviews" : "activities";
      progress.add(new RequirementProgress(m.name() + " (" + m.perCycleYear() + " of at least " + m.ceusEach() + " "
          + unit + " in each year of the cycle)", units,
          need, have, missing.isEmpty() ? Optional.empty()
              : Optional.of(m.name() + " missing for the cycle year " + String.join(" and ", missing))));
    }
    return new Judgement(ImmutableList.copyOf(outcomes), ImmutableList.copyOf(progress));
  }

  private static boolean qualifies(ContentRule rule, CeActivity a, OrganizationId issuer) {
    switch (rule.kind()) {
      case HIIM_DOMAIN:
        return a.category().isHiimDomain();
      case ISSUER_SOURCE:
        return a.sourceOf().contains(issuer);
      default:
        throw new AssertionError(rule.kind());
    }
  }

  private static Ceus sum(List<ActivityOutcome> outcomes) {
    Ceus total = Ceus.ZERO;
    for (ActivityOutcome o : outcomes) {
      total = total.plus(o.credited());
    }
    return total;
  }

  private static ActivityOutcome outcome(OrganizationId issuer, RenewalCycle cycle, LocalDate windowEnd, CeActivity a,
      Map<String, RenewalCycle> countedIn, LocalDate certifiedSince, Set<String> graceCredited) {
    RenewalPolicy policy = cycle.policy();
    LocalDate d = a.completed();
    if (d.isBefore(certifiedSince)) {
      return no(a, ActivityDisposition.BEFORE_CERTIFICATION, "completed " + d + ", before the first " + issuer
          + " credential held was earned on " + certifiedSince
          + (policy.ceusBeforeCertificationExcluded().isPresent()
              ? "; " + issuer + ": CEUs earned before certification are not accepted"
              : ", so before the first cycle began"));
    }
    RenewalCycle earlier = countedIn.get(a.id());
    if (earlier != null) {
      return no(a, ActivityDisposition.ALREADY_COUNTED, "already counted toward the cycle " + earlier
          + " (completed in its grace period)");
    }
    if (d.isBefore(cycle.start()) || d.isAfter(windowEnd)) {
      return no(a, ActivityDisposition.OUTSIDE_CYCLE, "completed " + d + ", outside the cycle " + cycle
          + (windowEnd.equals(cycle.end()) ? "" : " and its grace period to " + windowEnd));
    }
    if (d.isAfter(cycle.end()) && !graceCredited.contains(a.id())) {
      return no(a, ActivityDisposition.OUTSIDE_CYCLE, "completed " + d + " in the grace period of the cycle " + cycle
          + ", whose requirements earlier activities met; it counts toward the next cycle");
    }
    if (!policy.acceptedCategories().contains(a.category())) {
      return no(a, ActivityDisposition.NOT_ACCEPTED_CATEGORY, "its category " + a.category()
          + " is not accepted by " + policy.name());
    }
    if (policy.issuerApprovalRequired().isPresent() && !a.isApprovedBy(issuer)) {
      return no(a, ActivityDisposition.NOT_APPROVED, issuer + " accepts only CEUs from providers it approves, and "
          + a.provider() + " is not marked as approved by " + issuer);
    }
    if (a.ceus().isPresent()) {
      return new ActivityOutcome(a, ActivityDisposition.COUNTED, a.ceus().get(),
          "counted: " + a.ceus().get() + " " + policy.unit());
    }
    int minutes = a.minutes().orElseThrow();
    Optional<ContactTimeRule> rule = policy.contactTimeRule();
    if (rule.isEmpty()) {
      return no(a, ActivityDisposition.NO_CONVERSION, "given as " + minutes + " minutes, and " + policy.name()
          + " states no conversion from contact time; give the " + policy.unit() + " the provider awarded");
    }
    Ceus c = rule.get().toCeus(minutes);
    if (c.isZero()) {
      return no(a, ActivityDisposition.NO_CREDIT, minutes + " minutes earn no CEU: " + rule.get().minutesPerCeu()
          + " minutes make one, and a part-hour shorter than " + rule.get().minimumPartMinutes()
          + " minutes does not count as an hour");
    }
    return new ActivityOutcome(a, ActivityDisposition.COUNTED, c,
        "counted: " + c + " " + policy.unit() + " for " + minutes + " minutes of contact time");
  }

  private static ActivityOutcome no(CeActivity a, ActivityDisposition disposition, String why) {
    return new ActivityOutcome(a, disposition, Ceus.ZERO, "not counted: " + why);
  }

  /** The lapse rule of the version in force on the day after the cycle ends, else the cycle's own. */
  private Optional<LapseRule> lapseRule(RenewalPolicyId policyId, RenewalCycle cycle) {
    return catalog.findRenewalPolicy(policyId, cycle.nextStart()).map(RenewalPolicy::lapseRule)
        .orElseGet(() -> cycle.policy().lapseRule());
  }

  private static List<KeyDate> keyDates(RenewalCycle cycle, Optional<LapseRule> lapse,
      Optional<RenewalStatus> lapsed) {
    List<KeyDate> dates = new ArrayList<>();
    dates.add(new KeyDate(cycle.start(), "first day of the cycle"));
    dates.add(new KeyDate(cycle.end(), "last day of the cycle: every requirement must be met by then"));
    Optional<Period> grace = lapse.flatMap(LapseRule::gracePeriod);
    Optional<Period> inactive = lapse.flatMap(LapseRule::inactivePeriod);
    boolean unmet = lapsed.isPresent();
    grace.ifPresent(g -> dates.add(new KeyDate(cycle.end().plus(g), unmet
        ? "last day of the grace period added to the cycle"
        : "last day of the grace period, if the requirements are unmet at the end of the cycle")));
    if (inactive.isPresent()) {
      LocalDate revoked = cycle.end().plus(inactive.get()).plusDays(1);
      dates.add(new KeyDate(cycle.nextStart(), unmet ? "the credentials became inactive"
          : "the credentials become inactive if the requirements are unmet"));
      Period inactiveFor = inactive.get();
      String period = inactiveFor.getYears() == 0 && inactiveFor.getMonths() == 0 ? inactiveFor.getDays() + " days"
          : inactiveFor.toString();
      dates.add(new KeyDate(revoked, unmet ? "the credentials are revoked after " + period + " of inactive status"
          : "the credentials are revoked if still inactive"));
      lapse.flatMap(LapseRule::appealPeriod).ifPresent(p -> dates.add(new KeyDate(revoked.plus(p).minusDays(1),
          "last day to file an appeal after revocation")));
    }
    if (!unmet) {
      dates.add(new KeyDate(cycle.nextStart(), "first day of the next cycle"));
    }
    dates.sort(Comparator.comparing(KeyDate::date));
    return dates;
  }

  private static List<String> choiceNotes(RenewalPolicy first, List<Held> held, Set<LocalDate> explicit,
      LocalDate anchor) {
    List<String> notes = new ArrayList<>();
    if (!explicit.isEmpty()) {
      notes.add("Cycles follow the explicit cycle start " + anchor + " given with the holding.");
      return notes;
    }
    if (first.cycleAnchor() == CycleAnchor.MEMBERSHIP_RENEWAL_DATE) {
      notes.add(first.issuer() + " aligns cycles to the membership renewal date and prorates the first submission; "
          + "without an explicit cycle start the first cycle starts on the day earned and requires the full amount "
          + "(library choice).");
    } else if (first.cycleAnchor() == CycleAnchor.CALENDAR_YEAR_END) {
      notes.add("The first cycle runs from the day earned to December 31 of the following year (library choice: "
          + "the source says only that the cycle ends on December 31).");
    } else if (held.size() > 1) {
      notes.add("With several credentials the first cycle starts on the day the earliest was earned, and a later one "
          + "joins from the next cycle (library choice: " + first.issuer() + " says to check the CEU Center; give "
          + "its cycle start to override).");
    }
    return notes;
  }
}
