package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.OrganizationId;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.MandatoryActivity;

/**
 * Stage 6 of an assessment: a cycle's requirements laid out ({@link #rules}), whether a tally meets them
 * ({@link #met}), and, only when a full assessment is asked for, the progress toward each as typed values
 * ({@link #progress}).
 *
 * <p>The total is required in full; each content rule asks for its share of the total, rounded up to the
 * hundredth; a credential content rule applies if its credential is counted and the cycle requires any
 * CEUs, and asks for its minimum; a mandatory activity applies if a credential it names is counted and the cycle requires any
 * CEUs, in each year of the cycle that begins on or before its {@link MandatoryActivity#lastDay()}. The
 * first year begins on the cycle's first day, the next on its anniversary; the last runs to the end of
 * the window judged (the cycle's last day, or its grace period's).
 *
 * <p>This class is stateless.
 */
final class RequirementJudge {
  private static final MandatoryActivity[] NONE = CycleRules.NONE;

  private RequirementJudge() {}

  /**
   * Lays out a cycle's requirements.
   *
   * @param c  the cycle
   * @param credentials  the credentials counted and the total required
   * @param windowEnd  the last day counted, as an epoch day: the cycle's or its grace period's
   * @return the rules, not null
   */
  static CycleRules rules(CycleCalendar.PlannedCycle c, CycleCredentials credentials, long windowEnd) {
    return rules(c.version(), c.startDay(), c.endDay(), credentials, windowEnd);
  }

  /**
   * Lays out the requirements of a cycle given by its days.
   *
   * @param v  the version governing the cycle
   * @param startDay  the cycle's first day, as an epoch day
   * @param endDay  its last day, as an epoch day
   * @param credentials  the credentials counted and the total required
   * @param windowEnd  the last day counted, as an epoch day: the cycle's or its grace period's
   * @return the rules, not null
   */
  static CycleRules rules(VersionPlan v, long startDay, long endDay, CycleCredentials credentials, long windowEnd) {
    long required = credentials.required();
    if (required == 0 || !v.rulesApplyTo(credentials)) {
      // no rule names a credential counted (AHIMA's self-review before 2021 for an RHIT): the same rules for every
      // cycle of the version that requires as much, with no years
      return v.plainRules(required);
    }
    CredentialContentRule[] own = credentialRules(v, credentials);
    // Years matter only to a mandatory activity that names a credential counted.
    CycleRules.Years years = namesCounted(v, credentials) ? years(startDay, endDay, v.yearsPerCycle, windowEnd)
        : CycleRules.NO_YEARS;
    MandatoryActivity[] applicable = applicable(v, credentials, years.from());
    if (own.length == 0 && applicable.length == 0) {
      return v.plainRules(required); // none required in the cycle's years (ended before it): plain as well
    }
    return new CycleRules(required, v.contentRules, own, applicable, years);
  }

  /** Whether a mandatory activity of a version names a credential a cycle counts. */
  private static boolean namesCounted(VersionPlan v, CycleCredentials credentials) {
    for (MandatoryActivity m : v.mandatory) {
      if (credentials.countsAnyOf(m.credentials())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The years of a cycle: the first begins on its first day, the next on its anniversary (as
   * {@link LocalDate#plusYears} gives it: February 29 becomes February 28 in a common year).
   */
  private static CycleRules.Years years(long startDay, long end, int perCycle, long windowEnd) {
    LocalDate start = LocalDate.ofEpochDay(startDay);
    long month = start.getYear() * 12L + start.getMonthValue() - 1;
    int day = start.getDayOfMonth();
    long[] anniversary = new long[perCycle + 1];
    int count = 0;
    for (int y = 0; y <= perCycle; y++) {
      anniversary[y] = y == 0 ? startDay : CycleCalendar.plusMonths(month + 12L * y, day);
    }
    while (count < perCycle && anniversary[count] <= end) {
      count++;
    }
    long[] from = new long[count];
    long[] to = new long[count];
    long[] natural = new long[count];
    for (int y = 0; y < count; y++) {
      from[y] = anniversary[y];
      natural[y] = Math.min(end, anniversary[y + 1] - 1);
      to[y] = y == count - 1 || natural[y] >= end ? windowEnd : natural[y];
    }
    return new CycleRules.Years(from, to, natural);
  }

  /** The credential content rules of the credentials counted, for a cycle that requires CEUs. */
  private static CredentialContentRule[] credentialRules(VersionPlan v, CycleCredentials credentials) {
    if (v.credentialRules.length == 0) {
      return CycleRules.NO_CREDENTIAL_RULES;
    }
    List<CredentialContentRule> out = new ArrayList<>(v.credentialRules.length);
    for (CredentialContentRule r : v.credentialRules) {
      if (credentials.counted().contains(r.credential())) {
        out.add(r);
      }
    }
    return out.toArray(CycleRules.NO_CREDENTIAL_RULES);
  }

  private static MandatoryActivity[] applicable(VersionPlan v, CycleCredentials credentials, long[] yearFrom) {
    if (yearFrom.length == 0) { // no mandatory activity names a credential counted
      return NONE;
    }
    List<MandatoryActivity> out = new ArrayList<>(v.mandatory.length);
    for (MandatoryActivity m : v.mandatory) {
      if (credentials.countsAnyOf(m.credentials()) && requiredInAnyYear(m, yearFrom)) {
        out.add(m);
      }
    }
    return out.toArray(new MandatoryActivity[0]);
  }

  private static boolean requiredInAnyYear(MandatoryActivity activity, long[] yearFrom) {
    for (long day : yearFrom) {
      if (activity.requiredInYearBeginning(LocalDate.ofEpochDay(day))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks whether a tally meets every requirement.
   *
   * @param rules  the requirements
   * @param t  the tally
   * @return true if the total, every content rule, every credential content rule and every mandatory
   *     activity of every year is met
   */
  static boolean met(CycleRules rules, Tally t) {
    if (t.total < rules.required) {
      return false;
    }
    for (int r = 0; r < rules.contentMinimum.length; r++) {
      if (t.content[r] < rules.contentMinimum[r]) {
        return false;
      }
    }
    for (int r = 0; r < rules.credentialRules.length; r++) {
      if (t.credentialContent[r] < rules.credentialRules[r].minimum().hundredths()) {
        return false;
      }
    }
    for (int m = 0; m < rules.mandatory.length; m++) {
      int per = rules.mandatory[m].perCycleYear();
      for (int y = 0; y < rules.years.count(); y++) {
        if (rules.yearRequired[m][y] && t.mandatoryCounts[m][y] < per) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns the progress toward each requirement as typed values: the total, then each content rule, then
   * each credential content rule, then each mandatory activity.
   *
   * @param rules  the requirements
   * @param t  the tally
   * @param issuer  the issuer
   * @param unit  the unit of the policy's amounts
   * @return the progress, not empty
   */
  static List<RequirementProgress> progress(CycleRules rules, Tally t, OrganizationId issuer, AmountUnit unit) {
    List<RequirementProgress> out = new ArrayList<>(); // the JDK's, not Guava's: start-up
    out.add(RequirementProgress.total(issuer, unit, rules.requiredCeus, Ceus.ofHundredths(t.total)));
    for (int r = 0; r < rules.contentRules.length; r++) {
      ContentRule rule = rules.contentRules[r];
      out.add(RequirementProgress.content(rule, issuer, unit, Ceus.ofHundredths(rules.contentMinimum[r]),
          Ceus.ofHundredths(t.content[r])));
    }
    for (int r = 0; r < rules.credentialRules.length; r++) {
      out.add(RequirementProgress.credentialContent(rules.credentialRules[r], issuer, unit,
          Ceus.ofHundredths(t.credentialContent[r])));
    }
    for (int m = 0; m < rules.mandatory.length; m++) {
      out.add(mandatoryProgress(rules, t, m, issuer));
    }
    return java.util.Collections.unmodifiableList(out);
  }

  private static RequirementProgress mandatoryProgress(CycleRules rules, Tally t, int m, OrganizationId issuer) {
    MandatoryActivity activity = rules.mandatory[m];
    int per = activity.perCycleYear();
    long need = 0;
    long done = 0;
    List<CycleYear> missing = new ArrayList<>();
    CycleRules.Years years = rules.years;
    for (int y = 0; y < years.count(); y++) {
      if (!rules.yearRequired[m][y]) {
        continue;
      }
      int count = t.mandatoryCounts[m][y];
      need += per;
      done += Math.min(count, per);
      if (count < per) {
        missing.add(new CycleYear(LocalDate.ofEpochDay(years.from()[y]), LocalDate.ofEpochDay(years.to()[y])));
      }
    }
    return RequirementProgress.mandatory(activity, issuer, Ceus.of(need), Ceus.of(done), java.util.Collections.unmodifiableList(missing));
  }
}
