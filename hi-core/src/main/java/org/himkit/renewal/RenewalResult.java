package org.himkit.renewal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.OrganizationId;

/**
 * What {@link RenewalEvaluator} answers for one holder on one date: an assessment per issuer (per cycle,
 * for a history) and, separately, each issuer's credentials it could not assess, with the reasons.
 *
 * <pre>{@code
 * RenewalResult result = evaluator.assess(holdings, activities, asOf);
 * for (RenewalAssessment a : result.assessments()) { ... }
 * for (NotAssessed n : result.notAssessed()) { ... }      // e.g. CPC-A: NO_RENEWAL_POLICY
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param asOf  the assessment date, not null
 * @param assessments  for {@link RenewalEvaluator#assess}, one per issuer assessed, ordered by issuer id;
 *     for {@link RenewalEvaluator#history}, every cycle by issuer and then date
 * @param notAssessed  the credentials that could not be assessed, grouped by issuer, ordered by issuer id
 */
public record RenewalResult(LocalDate asOf, List<RenewalAssessment> assessments, List<NotAssessed> notAssessed) {
  /**
   * Creates a result.
   *
   * @param asOf  the assessment date, not null
   * @param assessments  the assessments, not null
   * @param notAssessed  the credentials not assessed, not null
   * @throws NullPointerException if an argument is null
   */
  public RenewalResult {
    Objects.requireNonNull(asOf, "asOf");
    // the JDK's lists, not Guava's: no Guava class on the way to the first answer (start-up); both reject a
    // null element with a NullPointerException
    assessments = List.copyOf(Objects.requireNonNull(assessments, "assessments"));
    notAssessed = List.copyOf(Objects.requireNonNull(notAssessed, "notAssessed"));
  }

  /**
   * Returns the (last) assessment of an issuer.
   *
   * @param issuer  the issuer, not null
   * @return the assessment of the cycle in force or decisive on {@link #asOf()}, empty if the issuer was
   *     not assessed
   */
  public Optional<RenewalAssessment> assessment(OrganizationId issuer) {
    Objects.requireNonNull(issuer, "issuer");
    for (int i = assessments.size() - 1; i >= 0; i--) {
      if (assessments.get(i).issuer().equals(issuer)) {
        return Optional.of(assessments.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks whether every credential held was assessed.
   *
   * @return true if {@link #notAssessed()} is empty
   */
  public boolean complete() {
    return notAssessed.isEmpty();
  }
}
