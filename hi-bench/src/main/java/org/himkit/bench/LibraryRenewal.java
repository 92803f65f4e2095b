package org.himkit.bench;

import java.time.LocalDate;
import java.util.List;
import org.himkit.bench.alt.SimplifiedAhima.Standing;
import org.himkit.bench.alt.SimplifiedAhima.Status;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
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
   * @return the assessments
   */
  public List<RenewalAssessment> assess(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    return evaluator.assess(holdings, activities, asOf).assessments();
  }

  /**
   * Every cycle's full assessment.
   *
   * @param holdings  the credentials held
   * @param activities  the CE activities
   * @param asOf  the date asked about
   * @return the assessments
   */
  public List<RenewalAssessment> history(List<CredentialHolding> holdings, List<CeActivity> activities,
      LocalDate asOf) {
    return evaluator.history(holdings, activities, asOf).assessments();
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

  private static Status status(RenewalStatus status) {
    switch (status) {
      case ACTIVE_REQUIREMENTS_MET:
        return Status.MET;
      case ACTIVE_ON_TRACK:
        return Status.ON_TRACK;
      case ACTIVE_AT_RISK:
        return Status.AT_RISK;
      case INACTIVE:
        return Status.INACTIVE;
      case REVOKED:
        return Status.REVOKED;
      default:
        throw new IllegalArgumentException("not a status of the simplified rules: " + status);
    }
  }
}
