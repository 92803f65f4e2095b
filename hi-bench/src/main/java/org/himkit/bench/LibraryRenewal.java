package org.himkit.bench;

import java.time.LocalDate;
import java.util.List;
import org.himkit.bench.alt.SimplifiedAhima.Standing;
import org.himkit.bench.alt.SimplifiedAhima.Status;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalResult;
import org.himkit.renewal.RenewalStanding;
import org.himkit.renewal.RenewalStatus;

/** The library's renewal paths, in one place so that the benchmarks follow its API. */
public final class LibraryRenewal {
  private final RenewalEvaluator evaluator;

  /**
   * Creates the paths over a catalog.
   *
   * @param catalog  the catalog
   */
  public LibraryRenewal(HimCatalog catalog) {
    this.evaluator = RenewalEvaluator.of(catalog);
  }

  /**
   * The full, explained assessment: one per issuer.
   *
   * @param holdings  the credentials held
   * @param activities  the CE activities
   * @param asOf  the date asked about
   * @return the result
   */
  public RenewalResult assess(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    return evaluator.assess(holdings, activities, asOf);
  }

  /**
   * Reads every assessment's explanation, as a report or a page of every activity's outcome would: the
   * progress per requirement, the outcomes, the key dates and the notes. An assessment of the evaluator
   * builds its explanation on this first read.
   *
   * @param result  a result
   * @return the number of entries read, for a benchmark to consume
   */
  public static int readExplanations(RenewalResult result) {
    int n = 0;
    for (RenewalAssessment a : result.assessments()) {
      n += a.requirements().size() + a.activities().size() + a.keyDates().size() + a.notes().size();
    }
    return n;
  }

  /**
   * Every cycle's full assessment.
   *
   * @param holdings  the credentials held
   * @param activities  the CE activities
   * @param asOf  the date asked about
   * @return the result
   */
  public RenewalResult history(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    return evaluator.history(holdings, activities, asOf);
  }

  /**
   * The status-only path: one standing per issuer, without explanations.
   *
   * @param record  the holder's record
   * @param asOf  the date asked about
   * @return the standings
   */
  public List<RenewalStanding> standings(HolderRecord record, LocalDate asOf) {
    return evaluator.standings(record, asOf);
  }

  /**
   * The status-only batch path: the standings of many holders.
   *
   * @param records  the holders' records
   * @param asOf  the date asked about
   * @return the standings of each holder
   */
  public List<List<RenewalStanding>> standings(List<HolderRecord> records, LocalDate asOf) {
    return evaluator.standings(records, asOf);
  }

  /**
   * Returns an assessment's standing in the simplified rules' terms.
   *
   * @param a  the assessment
   * @return the status and the required and earned CEUs
   * @throws IllegalArgumentException if the status is one the simplified rules do not have
   */
  public static Standing standing(RenewalAssessment a) {
    return new Standing(status(a.status()), a.required().hundredths(), a.earned().hundredths());
  }

  /**
   * Returns a standing of the status-only path in the simplified rules' terms.
   *
   * @param s  the standing
   * @return the status and the required and earned CEUs
   * @throws IllegalArgumentException if the status is one the simplified rules do not have
   */
  public static Standing standing(RenewalStanding s) {
    return new Standing(status(s.status()), s.required().hundredths(), s.earned().hundredths());
  }

  private static Status status(RenewalStatus status) {
    return switch (status) {
      case ACTIVE_REQUIREMENTS_MET -> Status.MET;
      case ACTIVE_ON_TRACK -> Status.ON_TRACK;
      case ACTIVE_AT_RISK -> Status.AT_RISK;
      case INACTIVE -> Status.INACTIVE;
      case REVOKED -> Status.REVOKED;
      default -> throw new IllegalArgumentException("not a status of the simplified rules: " + status);
    };
  }
}
