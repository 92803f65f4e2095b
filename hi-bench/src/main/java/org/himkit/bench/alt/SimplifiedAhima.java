package org.himkit.bench.alt;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;

/**
 * The simplified AHIMA recertification rules, as a user would write them down from AHIMA's pages and
 * the library's catalog data ({@code org.himkit.catalog.builtin.Policies}, versions from 2021-01-01):
 *
 * <ol>
 *   <li>Cycles last two years from the day the first AHIMA credential was earned: cycle {@code n} runs
 *       from that day plus {@code 2n} years to the day before that day plus {@code 2n + 2} years.</li>
 *   <li>A credential counts in a cycle if it was earned on or before the cycle's first day; RHIA replaces
 *       RHIT (an RHIT held with an RHIA does not count).</li>
 *   <li>Required CEUs: RHIA, CHPS, CHDA and CDIP 30; RHIT, CCA, CCS and CCS-P 20; with several credentials
 *       the highest plus 10 per additional credential, at most 50.</li>
 *   <li>An activity counts in the cycle in which it was completed if its category is HIIM domain, coding
 *       self-review or other relevant (not unrelated). It earns its CEUs, or its minutes converted: one CEU
 *       per 60 minutes, and a part-hour of 45 minutes or more counts as an hour; an activity that earns
 *       nothing does not count.</li>
 *   <li>At least 80 % of the required CEUs must be in the HIIM domains (HIIM domain or coding
 *       self-review); for a cycle beginning on or after 2025-01-01, at least 40 % must come from AHIMA
 *       sources (an activity AHIMA is a source of).</li>
 *   <li>Status: walking the cycles from the first, a cycle that ended with every requirement met is
 *       renewed and the walk goes on; a cycle that ended unmet makes the credentials inactive for 180 days
 *       after its last day and revoked from then on; the cycle in force on the date asked about is met,
 *       at risk (fewer than 90 days left, or past its middle with less than half the CEUs earned) or on
 *       track.</li>
 * </ol>
 *
 * <p>What these rules leave out, and the population the benchmarks restrict them to: holders of AHIMA
 * credentials only, earned from 2021-01-01 (no annual coding self-review, no three-month grace period,
 * no retired credentials), without explicit cycle starts, partial records or duplicate activities.
 */
public final class SimplifiedAhima {
  /** The required CEUs of each AHIMA credential held alone, in whole CEUs. */
  public static final Map<String, Integer> REQUIRED_CEUS = Map.of("RHIA", 30, "CHPS", 30, "CHDA", 30, "CDIP", 30,
      "RHIT", 20, "CCA", 20, "CCS", 20, "CCS-P", 20);
  /** The CEUs added per additional credential. */
  public static final int PER_ADDITIONAL = 10;
  /** The most CEUs several credentials require. */
  public static final int CAP = 50;
  /** The cycle length in years. */
  public static final int CYCLE_YEARS = 2;
  /** The share of the required CEUs that must be in the HIIM domains, in percent. */
  public static final int HIIM_PERCENT = 80;
  /** The share of the required CEUs that must come from AHIMA sources, in percent. */
  public static final int AHIMA_SOURCE_PERCENT = 40;
  /** The first day of the cycles the AHIMA-source rule applies to. */
  public static final LocalDate AHIMA_SOURCE_FROM = LocalDate.of(2025, 1, 1);
  /** The days after a cycle that ended unmet during which the credentials are inactive. */
  public static final int INACTIVE_DAYS = 180;
  /** The days left in a cycle below which an open requirement puts it at risk. */
  public static final int AT_RISK_DAYS = 90;
  /** The minutes of contact time per CEU. */
  public static final int MINUTES_PER_CEU = 60;
  /** The minutes from which a part-hour counts as a full hour. */
  public static final int MINIMUM_PART_MINUTES = 45;

  private SimplifiedAhima() {}

  /**
   * Returns the CEUs a credential held alone requires.
   *
   * @param credential  the credential's id
   * @return the whole CEUs
   * @throws IllegalArgumentException if the credential is not one of the eight the rules cover
   */
  public static int requiredCeus(String credential) {
    Integer ceus = REQUIRED_CEUS.get(credential);
    if (ceus == null) {
      throw new IllegalArgumentException("not an AHIMA credential the simplified rules cover: " + credential);
    }
    return ceus;
  }

  /**
   * Returns the day the first of a holder's credentials was earned.
   *
   * @param holdings  the credentials held, not empty
   * @return the earliest day earned
   */
  public static LocalDate firstEarned(List<CredentialHolding> holdings) {
    LocalDate first = holdings.get(0).earned();
    for (CredentialHolding h : holdings) {
      if (h.earned().isBefore(first)) {
        first = h.earned();
      }
    }
    return first;
  }

  /**
   * Returns the CEUs an activity earns, in hundredths: its CEUs, or its minutes converted.
   *
   * @param a  the activity
   * @return the hundredths, 0 if its minutes earn nothing
   */
  public static long hundredths(CeActivity a) {
    if (a.ceus().isPresent()) {
      return a.ceus().get().hundredths();
    }
    int m = a.minutes().getAsInt();
    return 100L * (m / MINUTES_PER_CEU + (m % MINUTES_PER_CEU >= MINIMUM_PART_MINUTES ? 1 : 0));
  }

  /** A status, as a user's own tracker would name them. */
  public enum Status {
    /** Every requirement of the cycle in force is met. */
    MET,
    /** A requirement is open and the cycle is not at risk. */
    ON_TRACK,
    /** A requirement is open and the cycle is at risk. */
    AT_RISK,
    /** A cycle ended unmet less than 181 days ago. */
    INACTIVE,
    /** A cycle ended unmet more than 180 days ago. */
    REVOKED
  }

  /**
   * A holder's standing: the status and the required and earned CEUs of the cycle that decides it.
   *
   * @param status  the status
   * @param requiredHundredths  the CEUs required, in hundredths
   * @param earnedHundredths  the CEUs earned, in hundredths
   */
  public record Standing(Status status, long requiredHundredths, long earnedHundredths) {}

  /** One implementation of the simplified rules. */
  @FunctionalInterface
  public interface Implementation {
    /**
     * Assesses a holder of AHIMA credentials on a date.
     *
     * @param holdings  the credentials held, not empty
     * @param activities  the CE activities
     * @param asOf  the date asked about
     * @return the standing
     */
    Standing assess(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf);
  }
}
