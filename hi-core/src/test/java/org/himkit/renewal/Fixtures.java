package org.himkit.renewal;

import java.time.LocalDate;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;

/** Builders shared by the renewal tests. */
final class Fixtures {
  private Fixtures() {}

  static final HimCatalog CATALOG = HimCatalog.builtIn();
  static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(CATALOG);
  static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  static final OrganizationId AAPC = OrganizationId.of("AAPC");
  static final OrganizationId NCRA = OrganizationId.of("NCRA");

  static CredentialHolding held(String credential, LocalDate earned) {
    return CredentialHolding.of(CredentialId.of(credential), earned);
  }

  static CeActivity.Builder base(String id, LocalDate completed) {
    CeActivity.Builder b = CeActivity.builder();
    b.id(id).title("Activity " + id).completed(completed).provider("Provider " + id);
    return b;
  }

  /** An HIIM-domain activity from a provider that is nobody's source. */
  static CeActivity hiim(String id, LocalDate completed, String ceus) {
    return base(id, completed).ceus(Ceus.parse(ceus)).category(CeCategory.HIIM_DOMAIN).build();
  }

  /** An HIIM-domain activity from an AHIMA source. */
  static CeActivity ahimaSource(String id, LocalDate completed, String ceus) {
    return base(id, completed).ceus(Ceus.parse(ceus)).category(CeCategory.HIIM_DOMAIN).addSourceOf(AHIMA).build();
  }

  /** An activity outside the HIIM domains but relevant to the position. */
  static CeActivity other(String id, LocalDate completed, String ceus) {
    return base(id, completed).ceus(Ceus.parse(ceus)).category(CeCategory.OTHER_RELEVANT).build();
  }

  /** The assessments of {@link RenewalEvaluator#assess}, one per issuer. */
  static java.util.List<RenewalAssessment> assess(java.util.List<CredentialHolding> holdings,
      java.util.List<CeActivity> activities, LocalDate asOf) {
    return EVALUATOR.assess(holdings, activities, asOf).assessments();
  }

  /** The assessments of {@link RenewalEvaluator#history}, by issuer and cycle. */
  static java.util.List<RenewalAssessment> history(java.util.List<CredentialHolding> holdings,
      java.util.List<CeActivity> activities, LocalDate asOf) {
    return EVALUATOR.history(holdings, activities, asOf).assessments();
  }

  static org.himkit.KnownOmissionId omission(String id) {
    return org.himkit.KnownOmissionId.of(id);
  }

  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }
}
