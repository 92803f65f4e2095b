package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Optional;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
import org.jspecify.annotations.Nullable;

/**
 * The status-only walk of one issuer on one array kept with the record: what the walk reads of the group (the
 * day its cycles start, its holdings' days, masks and requirements per version) followed by the record's
 * activities packed for the issuer ({@link ActivityWords}), laid out once on the record's first status-only
 * question ({@link #layOut}), so that a later question reads the record, what it keeps and this array, and
 * otherwise only the evaluator's shared policy plans.
 *
 * <p>The array holds, in order: a header (the number of holdings, whether the group is walked on this array, the
 * cycles' anchor and the day of the month earned), the day earned as an epoch day, its proleptic month, then for
 * each holding its day earned (shifted left by one, the low bit set if it has a renewal policy of its own), the
 * holdings that supersede it (a bit mask) and for each policy version the CEUs it requires in hundredths (-1 if
 * none; shifted left by eight) with its bit in the version's table of combined totals (plus one, in the low seven
 * bits) and whether a mandatory activity or a credential content rule of the version names the credential (bit 7,
 * {@link #NAMED}: decided once per layout, so that a cycle of a version with such rules, AHIMA's before 2021, is
 * walked here when they name none of the credentials it counts); then one word per activity.
 *
 * <p>{@link #walk} answers the common case, the cycles from the day earned with no caller statement, no grace
 * period taken, no cycle that cannot be assessed and no requirement beyond a total and content rules (no mandatory
 * activity or credential content rule naming a credential the cycle counts), with the
 * same stages as {@link IssuerWalk} ({@link CycleCalendar}, {@link CycleCredentials}' arithmetic on the masks,
 * {@link RequirementJudge}, {@link LapseTimeline}); it returns null for anything else, and the general walk on
 * the same packed activities answers. Property tests check it against the full assessment.
 *
 * <p>{@link #first} walks the same way on the first status-only question of a record, before anything is laid out:
 * on an array of the header and holdings alone and the record's checked ledger, each activity's word worked out for
 * the cycle's version as it is read.
 *
 * <p>This class is stateless ({@link OnLedger} is confined to one walk).
 */
final class StatusWalk {
  private StatusWalk() {}

  private static final int HOLDINGS_MASK = 0xFF;
  /** The header's flag: the group is walked by {@link IssuerWalk} (explicit cycle start or first-cycle amount). */
  private static final long GENERAL = 1L << 8;
  private static final int ANCHOR_SHIFT = 16;
  private static final int DAY_OF_MONTH_SHIFT = 24;
  /**
   * A holding's flag in its word for a version: a mandatory activity or a credential content rule of the version
   * names its credential ({@link VersionPlan#rulesName}).
   */
  private static final long NAMED = 0x80;
  /** The bits of a holding's word for a version that hold its bit in the table of combined totals, plus one. */
  private static final int BIT_MASK = 0x7F;
  /** Where the holdings begin. */
  private static final int HOLDINGS = 3;
  private static final CycleAnchor[] ANCHORS = CycleAnchor.values();

  /**
   * Returns the index of the first activity's word in an array laid out for a group.
   *
   * @param layout  the array
   * @param versions  the number of versions of the group's policy
   * @return the index
   */
  static int activitiesFrom(long[] layout, int versions) {
    return HOLDINGS + (int) (layout[0] & HOLDINGS_MASK) * (2 + versions);
  }

  /**
   * Lays out a group and a ledger's activities for the group's status-only walks.
   *
   * @param group  the group
   * @param ledger  the record's ledger, checked
   * @param order  the indexes of its activities by day and then id ({@link Ledger#byDayThenId})
   * @return the array, or null if the activities cannot be packed ({@link ActivityWords#fits}): the group is then
   *     walked on the ledger
   */
  @SuppressWarnings("EnumOrdinal") // the anchor is read back through ANCHORS, within the array's life
  static long @Nullable [] layOut(HoldingGroups.Group group, Ledger ledger, int[] order) {
    PolicyPlan plan = group.plan();
    if (!ActivityWords.fits(ledger, plan)) {
      return null;
    }
    int base = HOLDINGS + group.size() * (2 + plan.versions.length);
    long[] out = new long[base + ledger.size()];
    head(group, out);
    ActivityWords.pack(ledger, order, plan, out, base);
    return out;
  }

  /** Whether a group is walked by {@link IssuerWalk}: an explicit cycle start or a first cycle's amount. */
  private static boolean general(HoldingGroups.Group group) {
    return group.explicitStart().isPresent() || group.firstCycleRequired().isPresent();
  }

  /**
   * Writes what the walk reads of a group, before the activities' words: the header, the day earned and its month,
   * and the holdings (read from the group's laid-out holdings and days, without a {@link HoldingGroups.Held} each).
   */
  @SuppressWarnings("EnumOrdinal") // the anchor is read back through ANCHORS, within the array's life
  private static void head(HoldingGroups.Group group, long[] out) {
    int versions = group.plan().versions.length;
    int size = group.size();
    LocalDate since = group.certifiedSince();
    out[0] = size | (general(group) ? GENERAL : 0) | (long) CycleCalendar.anchorOf(group).ordinal() << ANCHOR_SHIFT
        | (long) since.getDayOfMonth() << DAY_OF_MONTH_SHIFT;
    out[1] = since.toEpochDay();
    out[2] = since.getYear() * 12L + since.getMonthValue() - 1;
    int p = HOLDINGS;
    for (int m = 0; m < size; m++) {
      HoldingGroups.Held h = group.laidOut(m);
      out[p++] = group.earnedDay(m) << 1 | (h.ownPolicy() ? 1 : 0);
      out[p++] = h.supersededBy();
      for (int k = 0; k < versions; k++) {
        VersionPlan v = group.plan().versions[k];
        out[p++] = h.required()[k] << 8 | (h.bit()[k] + 1) | (v.rulesName(h.id()) ? NAMED : 0);
      }
    }
  }

  /**
   * The standing of a group on the first status-only question of a record, in the common case: walked as
   * {@link #walk} walks an array, on the group's holdings and the record's ledger, each activity's word worked out
   * for the cycle's version as it is read ({@link ActivityWords#word}); nothing is laid out (the record keeps the
   * checked ledger and the groups, and is laid out if it is asked again).
   *
   * @param group  the group
   * @param ledger  the record's ledger, checked
   * @param asOf  the assessment date
   * @return the standing, or null if the general walk must answer
   */
  static @Nullable RenewalStanding first(HoldingGroups.Group group, Ledger ledger, LocalDate asOf) {
    PolicyPlan plan = group.plan();
    if (plan.versions.length > ActivityWords.MAX_VERSIONS || general(group)) {
      return null; // too many versions for a word, or the general walk's cases
    }
    long[] head = new long[HOLDINGS + group.size() * (2 + plan.versions.length)]; // no words: the ledger's
    head(group, head);
    return run(head, head[0], plan, asOf, new OnLedger(ledger));
  }

  /**
   * What {@link #first} walks in place of an array's words: a ledger's activities, each one's word worked out for
   * the cycle's version as it is read ({@link ActivityWords#word}), and the sums of the last cycle tallied. Confined
   * to one walk.
   */
  private static final class OnLedger {
    final Ledger ledger;
    long total;
    long hiim;
    long source;

    OnLedger(Ledger ledger) {
      this.ledger = ledger;
    }

    /**
     * Tallies a cycle as the walk tallies an array's words: from an activity on, those completed before the cycle
     * skipped, up to a day.
     *
     * @return the index of the first activity after the cycle's
     */
    int tally(int from, long startDay, long to, VersionPlan v, PolicyPlan plan) {
      int n = ledger.size();
      int i = from;
      while (i < n && ledger.dayAt(i) < startDay) {
        i++; // completed before the first cycle began
      }
      boolean sourceRule = v.hasIssuerSourceRule;
      total = 0;
      hiim = 0;
      source = 0;
      for (; i < n && ledger.dayAt(i) <= to; i++) {
        long w = ActivityWords.word(ledger, i, plan, v);
        long credit = ActivityWords.credit(w, v);
        if (credit < 0) {
          continue;
        }
        total += credit;
        if (ActivityWords.hiimDomain(w)) {
          hiim += credit;
        }
        if (sourceRule && ActivityWords.fromIssuer(w, v)) {
          source += credit;
        }
      }
      return i;
    }
  }

  /**
   * Walks a group laid out by {@link #layOut} in the common case, as {@link IssuerWalk} would in
   * {@link IssuerWalk.Mode#STANDING}: each cycle is tallied straight from the array (the total, the part from
   * HIIM domains and the part from the issuer's sources, which are all that plain rules read), with no view and
   * no tally object, and the answer reuses the cycle and the CEUs earned that the record remembers from its last
   * answer when they are the same.
   *
   * @param layout  the array
   * @param head  its header, {@code layout[0]} (read ahead by a batch, see {@link #head})
   * @param plan  the group's policy
   * @param asOf  the assessment date
   * @param remembered  what the record keeps, with the values of its last answer; null if none is to be reused
   * @return the standing, or null if the general walk must answer
   */
  static @Nullable RenewalStanding walk(long[] layout, long head, PolicyPlan plan, LocalDate asOf,
      HoldingGroups.@Nullable Kept remembered) {
    if ((head & GENERAL) != 0) {
      return null;
    }
    return run(layout, head, plan, asOf, remembered);
  }

  /**
   * The walk of {@link #walk}, on the array's words or, for {@link #first}, on a ledger's activities ({@code with}:
   * the record's {@link HoldingGroups.Kept} or null for the array, an {@link OnLedger} for the ledger; the array then
   * holds the header and the holdings alone).
   */
  private static @Nullable RenewalStanding run(long[] layout, long head, PolicyPlan plan, LocalDate asOf,
      @Nullable Object with) {
    HoldingGroups.Kept remembered = with instanceof HoldingGroups.Kept k ? k : null;
    OnLedger on = with instanceof OnLedger o ? o : null;
    long asOfDay = asOf.toEpochDay();
    int versions = plan.versions.length;
    int n = layout.length;
    // the next word (or activity) to read: the cycles take them in order
    int i = on != null ? 0 : activitiesFrom(layout, versions);
    CycleCalendar c = CycleCalendar.fromDayEarned(ANCHORS[(int) (head >>> ANCHOR_SHIFT & 0xFF)], layout[2],
        (int) (head >>> DAY_OF_MONTH_SHIFT & 0xFF), layout[1]);
    while (true) {
      VersionPlan v = plan.versionOn(c.nextStartDay());
      if (v == null) {
        return null;
      }
      c.advance(v);
      long startDay = c.startDay();
      long endDay = c.endDay();
      long required = required(layout, v, startDay, versions);
      if (required < 0) {
        return null; // a cycle not assessed, a total not yet combined, or rules beyond the plain ones
      }
      CycleRules rules = v.plainRules(required);
      // the cycle's words, up to the assessment date: as ActivityWords.tally adds them under plain rules
      long to = Math.min(endDay, asOfDay);
      long total = 0;
      long hiim = 0;
      long source = 0;
      if (on != null) { // out of this method: the array's walk stays as small as the JIT inlines it whole
        i = on.tally(i, startDay, to, v, plan);
        total = on.total;
        hiim = on.hiim;
        source = on.source;
      } else {
        while (i < n && ActivityWords.day(layout[i]) < startDay) {
          i++; // completed before the first cycle began
        }
        boolean sourceRule = v.hasIssuerSourceRule;
        for (; i < n; i++) {
          long w = layout[i];
          if (ActivityWords.day(w) > to) {
            break;
          }
          long credit = ActivityWords.credit(w, v);
          if (credit >= 0) {
            total += credit;
            hiim += ActivityWords.hiimDomain(w) ? credit : 0;
            source += sourceRule && ActivityWords.fromIssuer(w, v) ? credit : 0;
          }
        }
      }
      boolean met = met(rules, total, hiim, source);
      RenewalStatus status;
      long daysLeft;
      if (asOfDay <= endDay) { // the cycle in force: no verdict object
        status = LapseTimeline.activeStatus(startDay, endDay, asOfDay, met, 2 * total < rules.required);
        daysLeft = endDay - asOfDay;
      } else {
        VersionPlan after = plan.versionOn(endDay + 1);
        Optional<LapseRule> lapse = (after != null ? after : v).lapseRule;
        if (!met && lapse.isPresent() && lapse.get().gracePeriod().isPresent()) {
          return null; // a grace period to credit
        }
        LapseTimeline.Verdict verdict = LapseTimeline.ended(endDay, true, met, lapse, asOf);
        if (!verdict.last()) {
          continue; // renewed: the next cycle
        }
        status = verdict.status();
        daysLeft = verdict.daysLeft();
      }
      RenewalCycle cycle = remembered != null ? remembered.cycle(startDay) : null;
      Ceus earned = remembered != null ? remembered.earned(total) : null;
      return new RenewalStanding(plan.issuer, cycle != null ? cycle : c.cycle(), status, rules.requiredCeus,
          earned != null ? earned : Ceus.ofHundredths(total), daysLeft);
    }
  }

  /**
   * Returns the header of an array laid out by {@link #layOut}: what a batch reads ahead of the walks of a block
   * of records, so that the reads of their arrays overlap, and hands to {@link #walk}.
   *
   * @param layout  the array, or null if none
   * @return its first word, or 0 if none
   */
  static long head(long @Nullable [] layout) {
    return layout != null ? layout[0] : 0;
  }

  /**
   * Whether plain rules (a total and content rules, no credential content rule and no mandatory activity) are
   * met, as {@link RequirementJudge#met} decides it on a tally of the same activities.
   */
  private static boolean met(CycleRules rules, long total, long hiim, long source) {
    if (total < rules.required) {
      return false;
    }
    ContentRule[] content = rules.contentRules;
    for (int r = 0; r < content.length; r++) {
      long part = switch (content[r].kind()) {
        case HIIM_DOMAIN -> hiim;
        case ISSUER_SOURCE -> source;
      };
      if (part < rules.contentMinimum[r]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The CEUs a cycle beginning on a day requires of the laid-out holdings, as {@link CycleCredentials#of} works
   * them out.
   *
   * @return the hundredths, or -1 if the cycle cannot be assessed, its combined total is not yet remembered, or it
   *     requires CEUs and a mandatory activity or a credential content rule of the version names a credential it
   *     counts (rules beyond the plain ones, {@link RequirementJudge#rules})
   */
  private static long required(long[] layout, VersionPlan v, long startDay, int versions) {
    int n = (int) (layout[0] & HOLDINGS_MASK);
    int stride = 2 + versions;
    long inForce = 0;
    for (int i = 0; i < n; i++) {
      if (layout[HOLDINGS + i * stride] >> 1 <= startDay) {
        inForce |= 1L << i;
      }
    }
    int count = 0;
    long single = 0;
    long key = 0;
    boolean keyed = true;
    long named = 0;
    for (int i = 0; i < n; i++) {
      int p = HOLDINGS + i * stride;
      if ((inForce & 1L << i) == 0 || (layout[p + 1] & inForce) != 0 || (layout[p] & 1) == 0) {
        continue; // not in force, superseded, or held only as replaced by another
      }
      long r = layout[p + 2 + v.index];
      long hundredths = r >> 8;
      if (hundredths >= 0) {
        count++;
        single = hundredths;
        named |= r & NAMED;
        int bit = (int) (r & BIT_MASK) - 1;
        keyed &= bit >= 0;
        key |= bit >= 0 ? 1L << bit : 0;
      }
    }
    long required = count == 1 ? single : count == 0 || v.multi == null || !keyed ? -1 : v.combined(key);
    return named != 0 && required != 0 ? -1 : required;
  }
}
