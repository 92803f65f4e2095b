package org.himkit.renewal;

import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.ContentRule;
import org.himkit.policy.MandatoryActivity;

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
 * earlier cycle took an activity in its grace period.
 */
final class CreditLedger {
  /** The negative credit of an activity that does not count, by disposition. */
  static final long NOT_ACCEPTED = -1;
  static final long NOT_APPROVED = -2;
  static final long NO_CONVERSION = -3;
  static final long NO_CREDIT = -4;

  final Ledger ledger;
  private final PolicyPlan plan;
  private static final IssuerSource[] SOURCES = IssuerSource.values();

  /** For each activity, 1 + the index of the cycle that took it in its grace period, or 0. */
  private int[] takenInGraceBy = new int[0];
  /**
   * For each activity, 1 + the ordinal of its issuer-source basis before the version's named providers
   * are looked at, or 0 until first asked.
   */
  private final byte[] basis;

  CreditLedger(Ledger ledger, PolicyPlan plan) {
    this.ledger = ledger;
    this.plan = plan;
    this.basis = new byte[ledger.size()];
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
    if (!v.acceptsOrdinal(ledger.category[i])) {
      return NOT_ACCEPTED;
    }
    if (v.approvalRequired && !approved(i) && !source(i, v).counts()) {
      return NOT_APPROVED;
    }
    long amount = ledger.amount[i];
    if (amount >= 0) {
      return amount;
    }
    long converted = v.hundredthsForMinutes((int) -amount);
    return converted < 0 ? NO_CONVERSION : converted == 0 ? NO_CREDIT : converted;
  }

  private boolean approved(int i) {
    return (ledger.marks[i] & CeActivity.MARKED_APPROVED) != 0
        && ledger.activities[i].approvedBy().contains(plan.issuer);
  }

  /**
   * Returns whether an activity counts as from the issuer's own sources under a version, and why.
   *
   * @param i  the activity's index in the ledger
   * @param v  the version
   * @return the basis, not null
   */
  @SuppressWarnings("EnumOrdinal") // a one-byte cache of the enum per activity, read back through SOURCES
  IssuerSource source(int i, VersionPlan v) {
    if (basis[i] == 0) {
      basis[i] = (byte) (basis(i).ordinal() + 1);
    }
    IssuerSource b = SOURCES[basis[i] - 1];
    return b == IssuerSource.NOT_FROM_ISSUER && v.namesSource(ledger.providerHash[i], ledger.activities[i])
        ? IssuerSource.PROVIDER_NAMED_BY_RULE : b;
  }

  /**
   * The basis that does not depend on the version: the caller's marks and the issuer's own names. The
   * activity itself is read only if it has marks or its provider's hash is one of the issuer's.
   */
  private IssuerSource basis(int i) {
    int marks = ledger.marks[i];
    if ((marks & CeActivity.MARKED_SOURCE) != 0 && ledger.activities[i].sourceOf().contains(plan.issuer)) {
      return IssuerSource.MARKED_BY_CALLER;
    }
    if ((marks & CeActivity.MARKED_NOT_SOURCE) != 0 && ledger.activities[i].notSourceOf().contains(plan.issuer)) {
      return IssuerSource.EXCLUDED_BY_CALLER;
    }
    return plan.isIssuer(ledger.providerHash[i], ledger.activities[i]) ? IssuerSource.PROVIDER_IS_ISSUER
        : IssuerSource.NOT_FROM_ISSUER;
  }

  /**
   * Returns the index of the cycle that took an activity in its grace period.
   *
   * @param i  the activity's index
   * @return the cycle index, or -1 if none took it
   */
  int takenInGraceBy(int i) {
    return i < takenInGraceBy.length ? takenInGraceBy[i] - 1 : -1;
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
    for (int i = ledger.firstOnOrAfter(startDay); i < ledger.limit && ledger.days[i] <= endDay; i++) {
      if (takenInGraceBy(i) < 0) {
        add(t, t.rules, i, v);
      }
    }
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
    for (int i = ledger.firstOnOrAfter(endDay + 1); i < ledger.limit && ledger.days[i] <= graceEnd; i++) {
      if (RequirementJudge.met(rules, t)) {
        return;
      }
      if (add(t, rules, i, v)) {
        if (takenInGraceBy.length == 0) {
          takenInGraceBy = new int[ledger.size()];
        }
        takenInGraceBy[i] = index + 1;
      }
    }
  }

  private boolean add(Tally t, CycleRules rules, int i, VersionPlan v) {
    long credit = credit(i, v);
    if (credit < 0) {
      return false;
    }
    t.total += credit;
    CeCategory category = Ledger.CATEGORIES[ledger.category[i]];
    boolean fromIssuer = v.hasIssuerSourceRule && source(i, v).counts();
    for (int r = 0; r < rules.contentRules.length; r++) {
      if (qualifies(rules.contentRules[r].kind(), category, fromIssuer)) {
        t.content[r] += credit;
      }
    }
    if ((ledger.marks[i] & CeActivity.MARKED_SPECIFIC) != 0) {
      CeActivity a = ledger.activities[i];
      for (int r = 0; r < rules.credentialRules.length; r++) {
        if (a.specificTo().contains(rules.credentialRules[r].credential())) {
          t.credentialContent[r] += credit;
        }
      }
    }
    for (int m = 0; m < rules.mandatory.length; m++) {
      MandatoryActivity activity = rules.mandatory[m];
      if (category == activity.category() && credit >= activity.ceusEach().hundredths()) {
        int year = rules.yearOf(ledger.days[i]);
        if (year >= 0) {
          t.mandatoryCounts[m][year]++;
        }
      }
    }
    return true;
  }

  private static boolean qualifies(ContentRule.Kind kind, CeCategory category, boolean fromIssuer) {
    return switch (kind) {
      case HIIM_DOMAIN -> category.isHiimDomain();
      case ISSUER_SOURCE -> fromIssuer;
    };
  }
}
