package org.himkit.renewal;

import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.MandatoryActivity;
import org.jspecify.annotations.Nullable;

/**
 * Stage 5 of an assessment: what each activity is worth to one issuer, and the tally of each cycle.
 *
 * <p>An activity counts in the cycle it was completed in, under the version governing that cycle: if the
 * version accepts its category, if it comes from a provider the issuer approves where approval is
 * required, and if its CEUs (or its minutes, converted by the version's contact-time rule) are more than
 * zero. Where a cycle ended unmet with a grace period, {@link #extendIntoGrace} credits the activities of
 * the grace period to it in date order until its requirements are met; those are then already counted for
 * the next cycle. Each activity is looked at once per cycle whose dates or grace period it falls in, so
 * the cost is linear in activities and cycles; nothing on this path allocates, formats or boxes.
 *
 * <p>This class is confined to one issuer of one assessment; it only ever records, going forward, which
 * earlier cycle took an activity in its grace period. An issuer's walk is its own calendar, credit ledger and
 * writer ({@link IssuerWalk} extends {@link AssessmentWriter}, which extends this class, which extends
 * {@link CycleCalendar}), so that they are one object.
 */
class CreditLedger extends CycleCalendar {
  /** The negative credit of an activity that does not count, by disposition. */
  static final long NOT_ACCEPTED = -1;
  static final long NOT_APPROVED = -2;
  static final long NO_CONVERSION = -3;
  static final long NO_CREDIT = -4;

  final Ledger ledger;
  /** The issuer's policy. */
  final PolicyPlan plan;
  private static final IssuerSource[] SOURCES = IssuerSource.values();

  /**
   * For each activity, 1 + the index of the cycle that took it in its grace period, or 0; null until a cycle
   * takes one. This class's fields start at their defaults (null, 0), unwritten by the walk's constructor: see
   * {@link CycleCalendar}.
   */
  private int @Nullable [] takenInGraceBy;
  /**
   * For each activity, 1 + the ordinal of its issuer-source basis before the version's named providers
   * are looked at, or 0 until first asked: kept by the explanations ({@link #keptSource}), which ask for every
   * activity of every cycle they show; the walk asks once per activity and keeps nothing. Null until the first
   * explanation is built.
   */
  private byte @Nullable [] basis;
  /**
   * Where the last {@link #tally} stopped: the index of the first activity after its cycle (0 before the first).
   * Cycles tile time, so the next cycle's tally starts there, without a search of the ledger, when the activities
   * either side of it show that it is the first on or after the cycle's first day ({@link #firstFrom}).
   */
  private int resumeAt;

  /**
   * A credit ledger alone, not a walk's (its calendar is never advanced).
   *
   * @param ledger  the holder's activities
   * @param plan  the issuer's policy
   */
  CreditLedger(Ledger ledger, PolicyPlan plan) {
    this.ledger = ledger;
    this.plan = plan;
  }

  /**
   * The credit ledger of a walk, which is its calendar too ({@link CycleCalendar#CycleCalendar(HoldingGroups.Group,
   * LocalDate)}).
   *
   * @param ledger  the holder's activities
   * @param group  the issuer's holdings
   * @param asOf  the assessment date
   * @throws org.himkit.HimValidationException if the explicit cycle start does not fit the assessment date or the
   *     anchor
   */
  CreditLedger(Ledger ledger, HoldingGroups.Group group, java.time.LocalDate asOf) {
    super(group, asOf);
    this.ledger = ledger;
    this.plan = group.plan();
  }

  OrganizationId issuer() {
    return plan.issuer;
  }

  /**
   * Returns what an activity is worth under a version, whatever its date.
   *
   * @param i  the activity's index in the ledger
   * @param v  the version
   * @return the hundredths of a CEU it earns, or a negative code: {@link #NOT_ACCEPTED},
   *     {@link #NOT_APPROVED}, {@link #NO_CONVERSION}, {@link #NO_CREDIT}
   */
  long credit(int i, VersionPlan v) {
    CeActivity a = ledger.activities[i];
    int marks = a.marks();
    return credit(i, a, marks, marks >>> CeActivity.CATEGORY_SHIFT, v);
  }

  /** {@link #credit(int, VersionPlan)} on the activity's fields, read once by the caller. */
  private long credit(int i, CeActivity a, int marks, int category, VersionPlan v) {
    if (!v.acceptsOrdinal(category)) {
      return NOT_ACCEPTED;
    }
    if (v.approvalRequired && !approved(a, marks) && !source(i, v).counts()) {
      return NOT_APPROVED;
    }
    long amount = a.amountCode();
    if (amount >= 0) {
      return amount;
    }
    long converted = v.hundredthsForMinutes((int) -amount);
    return converted < 0 ? NO_CONVERSION : converted == 0 ? NO_CREDIT : converted;
  }

  private boolean approved(CeActivity a, int marks) {
    return (marks & CeActivity.MARKED_APPROVED) != 0 && a.approvedBy().contains(plan.issuer);
  }

  /**
   * Returns whether an activity counts as from the issuer's own sources under a version, and why.
   *
   * @param i  the activity's index in the ledger
   * @param v  the version
   * @return the basis, not null
   */
  IssuerSource source(int i, VersionPlan v) {
    return named(basis(i), i, v);
  }

  /**
   * Returns whether an activity counts as from the issuer's own sources under a version, and why, as
   * {@link #source} does, keeping the part that does not depend on the version for the next cycle asked about:
   * the explanations' form, under their lock.
   *
   * @param i  the activity's index in the ledger
   * @param v  the version
   * @return the basis, not null
   */
  @SuppressWarnings("EnumOrdinal") // a one-byte cache of the enum per activity, read back through SOURCES
  IssuerSource keptSource(int i, VersionPlan v) {
    byte[] kept = basis;
    if (kept == null) {
      kept = new byte[ledger.size()];
      basis = kept;
    }
    if (kept[i] == 0) {
      kept[i] = (byte) (basis(i).ordinal() + 1);
    }
    return named(SOURCES[kept[i] - 1], i, v);
  }

  private IssuerSource named(IssuerSource b, int i, VersionPlan v) {
    return b == IssuerSource.NOT_FROM_ISSUER && v.namesSource(ledger.providerHashAt(i), ledger.activities[i])
        ? IssuerSource.PROVIDER_NAMED_BY_RULE : b;
  }

  /**
   * The basis that does not depend on the version: the caller's marks and the issuer's own names. The
   * activity itself is read only if it has marks or its provider's hash is one of the issuer's.
   */
  private IssuerSource basis(int i) {
    int marks = ledger.marksAt(i);
    if ((marks & CeActivity.MARKED_SOURCE) != 0 && ledger.activities[i].sourceOf().contains(plan.issuer)) {
      return IssuerSource.MARKED_BY_CALLER;
    }
    if ((marks & CeActivity.MARKED_NOT_SOURCE) != 0 && ledger.activities[i].notSourceOf().contains(plan.issuer)) {
      return IssuerSource.EXCLUDED_BY_CALLER;
    }
    return plan.isIssuer(ledger.providerHashAt(i), ledger.activities[i]) ? IssuerSource.PROVIDER_IS_ISSUER
        : IssuerSource.NOT_FROM_ISSUER;
  }

  /**
   * Returns the index of the cycle that took an activity in its grace period.
   *
   * @param i  the activity's index
   * @return the cycle index, or -1 if none took it
   */
  int takenInGraceBy(int i) {
    int[] taken = takenInGraceBy;
    return taken != null ? taken[i] - 1 : -1;
  }

  /**
   * Tallies the activities completed within a cycle's dates (and on or before the assessment date) that
   * no earlier cycle took in its grace period.
   *
   * @param c  the cycle
   * @param rules  its requirements
   * @return the tally, not null
   */
  Tally tally(CycleCalendar.PlannedCycle c, CycleRules rules) {
    Tally t = new Tally(rules);
    tally(t, c.startDay(), c.endDay(), c.version());
    return t;
  }

  /**
   * Tallies a cycle into an empty tally, against the rules the tally was laid out for ({@link Tally#rules}):
   * the status-only walk's form, which reuses one tally.
   *
   * @param t  the tally, empty, filled
   * @param startDay  the cycle's first day, as an epoch day
   * @param endDay  its last day, as an epoch day
   * @param v  the version governing it
   */
  void tally(Tally t, long startDay, long endDay, VersionPlan v) {
    CeActivity[] activities = ledger.activities;
    int limit = ledger.limit;
    int @Nullable [] taken = takenInGraceBy;
    int i = firstFrom(activities, resumeAt, startDay);
    for (; i < limit; i++) {
      CeActivity a = activities[i];
      if (a.day() > endDay) {
        break;
      }
      if (taken == null || taken[i] == 0) {
        add(t, t.rules, i, a, v);
      }
    }
    resumeAt = i;
  }

  /**
   * The index of the first activity completed on or after a day: {@code at} (where the last tally stopped) if the
   * activity before it is earlier and the one at it is not (the activities are in date order), as for the cycle
   * after the one last tallied; else found by a search of the ledger.
   */
  private int firstFrom(CeActivity[] activities, int at, long day) {
    return (at == 0 || activities[at - 1].day() < day) && (at == activities.length || activities[at].day() >= day)
        ? at : ledger.firstOnOrAfter(day);
  }

  /**
   * Credits the activities of a grace period to an unmet cycle, in date order, until the cycle's
   * requirements are met.
   *
   * @param t  the cycle's tally, updated
   * @param c  the cycle
   * @param rules  its requirements, laid out to the grace period's end
   * @param graceEnd  the grace period's last day, as an epoch day
   */
  void extendIntoGrace(Tally t, CycleCalendar.PlannedCycle c, CycleRules rules, long graceEnd) {
    t.rules = rules;
    extendIntoGrace(t, c.endDay(), c.index(), c.version(), graceEnd);
  }

  /**
   * Credits the activities of a grace period to an unmet cycle, as above, against the tally's rules.
   *
   * @param t  the cycle's tally, updated; its rules laid out to the grace period's end
   * @param endDay  the cycle's last day, as an epoch day
   * @param index  the cycle's index in the walk
   * @param v  the version governing it
   * @param graceEnd  the grace period's last day, as an epoch day
   */
  void extendIntoGrace(Tally t, long endDay, int index, VersionPlan v, long graceEnd) {
    CycleRules rules = t.rules;
    for (int i = ledger.firstOnOrAfter(endDay + 1); i < ledger.limit && ledger.dayAt(i) <= graceEnd; ) {
      int to = Math.min(ledger.runEnd(i), ledger.limit);
      if (to - i == 1) {
        if (!creditInGrace(t, rules, i, v, index)) {
          return;
        }
      } else { // a day of several activities: in the order of their ids, as an assessment shows them
        for (int k : ledger.byId(i, to)) {
          if (!creditInGrace(t, rules, k, v, index)) {
            return;
          }
        }
      }
      i = to;
    }
  }

  /**
   * Credits one activity of a grace period to an unmet cycle, unless its requirements are met already.
   *
   * @return false if they were met: no later activity is credited
   */
  private boolean creditInGrace(Tally t, CycleRules rules, int i, VersionPlan v, int index) {
    if (RequirementJudge.met(rules, t)) {
      return false;
    }
    if (add(t, rules, i, ledger.activities[i], v)) {
      int[] taken = takenInGraceBy;
      if (taken == null) {
        taken = new int[ledger.size()];
        takenInGraceBy = taken;
      }
      taken[i] = index + 1;
    }
    return true;
  }

  /**
   * Adds an activity to a tally, its fields read once: the content rules it counts toward are the bits of the
   * rules' masks its category and source select ({@link CycleRules#hiimRules}, {@link CycleRules#issuerRules}).
   */
  private boolean add(Tally t, CycleRules rules, int i, CeActivity a, VersionPlan v) {
    int marks = a.marks();
    int category = marks >>> CeActivity.CATEGORY_SHIFT;
    long credit = credit(i, a, marks, category, v);
    if (credit < 0) {
      return false;
    }
    t.total += credit;
    long hits = ((HIIM_CATEGORIES >>> category & 1) != 0 ? rules.hiimRules : 0)
        | (rules.issuerRules != 0 && v.hasIssuerSourceRule && source(i, v).counts() ? rules.issuerRules : 0);
    for (; hits != 0; hits &= hits - 1) {
      t.content[Long.numberOfTrailingZeros(hits)] += credit;
    }
    if ((marks & CeActivity.MARKED_SPECIFIC) != 0) {
      for (int r = 0; r < rules.credentialRules.length; r++) {
        if (a.specificTo().contains(rules.credentialRules[r].credential())) {
          t.credentialContent[r] += credit;
        }
      }
    }
    if ((rules.mandatoryCategories >>> category & 1) != 0) {
      for (int m = 0; m < rules.mandatory.length; m++) {
        MandatoryActivity activity = rules.mandatory[m];
        if (Ledger.CATEGORIES[category] == activity.category() && credit >= activity.ceusEach().hundredths()) {
          int year = rules.yearOf(a.day());
          if (year >= 0) {
            t.mandatoryCounts[m][year]++;
          }
        }
      }
    }
    return true;
  }

  /** The categories that are HIIM domains ({@link CeCategory#isHiimDomain()}), as bits by ordinal. */
  static final int HIIM_CATEGORIES = hiimCategories();

  @SuppressWarnings("EnumOrdinal") // a mask by ordinal, read with the ordinal an activity keeps in its marks
  private static int hiimCategories() {
    int bits = 0;
    for (CeCategory c : Ledger.CATEGORIES) {
      bits |= c.isHiimDomain() ? 1 << c.ordinal() : 0;
    }
    return bits;
  }
}
