package org.himkit.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.MandatoryActivity;

/**
 * The requirements of one cycle in primitive form, as the requirement judge lays them out: the total and
 * each content rule's minimum in hundredths, the credential content rules of the credentials counted, and for each mandatory activity that applies, the years of
 * the cycle it is required in.
 *
 * <p>This class is immutable once built; the rules of a version without a mandatory activity are shared by
 * every cycle requiring as much ({@link VersionPlan#plainRules}).
 */
final class CycleRules {
  /**
   * The years of a cycle, as epoch days: the first day of each, the last day counted (the window's end for
   * the last year) and the natural last day (before the cycle's end, for key dates).
   */
  @SuppressWarnings("ArrayRecordComponent") // package-private and confined to one assessment: primitive arrays
  // keep the per-activity path free of boxing, and nothing compares or hashes a Years
  record Years(long[] from, long[] to, long[] naturalEnd) {
    int count() {
      return from.length;
    }
  }

  /** The years of a cycle without a mandatory activity: none. */
  static final Years NO_YEARS = new Years(new long[0], new long[0], new long[0]);
  /** No mandatory activity. */
  static final MandatoryActivity[] NONE = new MandatoryActivity[0];
  /** No credential content rule. */
  static final CredentialContentRule[] NO_CREDENTIAL_RULES = new CredentialContentRule[0];
  /** No requirement at all: what an empty {@link Tally} is for before it is reset to a cycle's rules. */
  static final CycleRules NO_RULES = new CycleRules(0, new ContentRule[0], NO_CREDENTIAL_RULES, NONE, NO_YEARS);

  final long required;
  /** {@link #required} as a value, built once with the rules (the plain rules are shared by many cycles). */
  final Ceus requiredCeus;
  final ContentRule[] contentRules;
  final long[] contentMinimum;
  /** The credential content rules whose credential the cycle counts. */
  final CredentialContentRule[] credentialRules;
  final MandatoryActivity[] mandatory;
  final Years years;
  /** For each applicable mandatory activity, whether each year requires it. */
  final boolean[][] yearRequired;
  /** The content rules of kind {@link ContentRule.Kind#HIIM_DOMAIN}, as bits by index in {@link #contentRules}. */
  final long hiimRules;
  /** The content rules of kind {@link ContentRule.Kind#ISSUER_SOURCE}, as bits by index in {@link #contentRules}. */
  final long issuerRules;
  /** The categories of the mandatory activities, as bits by ordinal: an activity of another looks at none. */
  final int mandatoryCategories;

  CycleRules(long required, ContentRule[] contentRules, CredentialContentRule[] credentialRules,
      MandatoryActivity[] mandatory, Years years) {
    this.credentialRules = credentialRules;
    this.required = required;
    this.requiredCeus = Ceus.ofHundredths(required);
    this.contentRules = contentRules;
    this.contentMinimum = new long[contentRules.length];
    for (int r = 0; r < contentRules.length; r++) {
      contentMinimum[r] = Ceus.percentOfHundredths(required, contentRules[r].minimumPercent());
    }
    long hiim = 0;
    long issuer = 0;
    for (int r = 0; r < contentRules.length; r++) { // a version has a few content rules, never 64
      if (contentRules[r].kind() == ContentRule.Kind.HIIM_DOMAIN) {
        hiim |= 1L << r;
      } else {
        issuer |= 1L << r;
      }
    }
    this.hiimRules = hiim;
    this.issuerRules = issuer;
    this.mandatory = mandatory;
    this.mandatoryCategories = categories(mandatory);
    this.years = years;
    this.yearRequired = new boolean[mandatory.length][years.count()];
    for (int m = 0; m < mandatory.length; m++) {
      for (int y = 0; y < years.count(); y++) {
        yearRequired[m][y] = mandatory[m].requiredInYearBeginning(LocalDate.ofEpochDay(years.from()[y]));
      }
    }
  }

  @SuppressWarnings("EnumOrdinal") // a mask by ordinal, read with the ordinal an activity keeps in its marks
  private static int categories(MandatoryActivity[] mandatory) {
    int bits = 0;
    for (MandatoryActivity m : mandatory) {
      bits |= 1 << m.category().ordinal();
    }
    return bits;
  }

  /**
   * Returns the year of the cycle a day falls in.
   *
   * @param day  the epoch day
   * @return the year index, or -1 if none
   */
  int yearOf(long day) {
    for (int y = 0; y < years.count(); y++) {
      if (day >= years.from()[y] && day <= years.to()[y]) {
        return y;
      }
    }
    return -1;
  }

  /**
   * Returns the last days of the years that require a mandatory activity and end before the cycle does.
   *
   * @param cycleEnd  the cycle's last day, as an epoch day
   * @return the days in order, possibly empty
   */
  List<LocalDate> mandatoryYearEnds(long cycleEnd) {
    List<LocalDate> out = new ArrayList<>(2);
    for (int y = 0; y < years.count(); y++) {
      if (years.naturalEnd()[y] < cycleEnd && anyRequires(y)) {
        out.add(LocalDate.ofEpochDay(years.naturalEnd()[y]));
      }
    }
    return out;
  }

  private boolean anyRequires(int year) {
    for (boolean[] required : yearRequired) {
      if (required[year]) {
        return true;
      }
    }
    return false;
  }
}
