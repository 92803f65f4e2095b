package org.himkit.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;

/** Fictional holders of the built-in catalog's credentials, assessed by the real evaluator. */
final class Holders {
  static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(HimCatalog.builtIn());
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  private Holders() {}

  static CredentialHolding holding(String credential, LocalDate earned) {
    return CredentialHolding.of(CredentialId.of(credential), earned);
  }

  /** An activity of AHIMA's HIIM domains from AHIMA itself. */
  static CeActivity ahimaActivity(String id, LocalDate completed, int ceus) {
    return CeActivity.builder().id(id).title("Course " + id).provider("AHIMA").completed(completed)
        .ceus(Ceus.of(ceus)).category(CeCategory.HIIM_DOMAIN).addSourceOf(OrganizationId.of("AHIMA")).build();
  }

  static List<RenewalAssessment> assess(List<CredentialHolding> holdings, List<CeActivity> activities,
      LocalDate asOf) {
    return EVALUATOR.assess(holdings, activities, asOf).assessments();
  }

  /** RHIT earned 2025-03-15, no CE yet: AHIMA's cycle 2025-03-15 to 2027-03-14, requirements open. */
  static List<RenewalAssessment> rhitOpen() {
    return assess(List.of(holding("RHIT", LocalDate.of(2025, 3, 15))), List.of(), AS_OF);
  }

  /** The same holder with the 20 CEUs of the cycle earned from AHIMA. */
  static List<RenewalAssessment> rhitMet() {
    List<CeActivity> activities = new ArrayList<>();
    activities.add(ahimaActivity("a1", LocalDate.of(2025, 6, 1), 10));
    activities.add(ahimaActivity("a2", LocalDate.of(2026, 2, 1), 10));
    return assess(List.of(holding("RHIT", LocalDate.of(2025, 3, 15))), activities, AS_OF);
  }

  /** An ODS holder with the 20 CE hours of the cycle ending 2025-12-31, on 2025-11-01. */
  static List<RenewalAssessment> odsMet() {
    List<CeActivity> activities = List.of(CeActivity.builder().id("ods-ce").title("Registry webinar")
        .completed(LocalDate.of(2025, 3, 1)).ceus(Ceus.of(20)).category(CeCategory.OTHER_RELEVANT)
        .provider("NCRA").build());
    return assess(List.of(holding("ODS", LocalDate.of(2024, 5, 20))), activities, LocalDate.of(2025, 11, 1));
  }

  /** CCS (AHIMA) and CPC (AAPC) and ODS (NCRA): three issuers, three assessments. */
  static List<RenewalAssessment> threeIssuers() {
    return assess(List.of(holding("CCS", LocalDate.of(2024, 8, 1)), holding("CPC", LocalDate.of(2025, 1, 10)),
        holding("ODS", LocalDate.of(2024, 5, 20))), List.of(), AS_OF);
  }

  /** RHIT earned 2012-04-02, no CE ever: revoked long ago, every date past. */
  static List<RenewalAssessment> revokedLongAgo() {
    return assess(List.of(holding("RHIT", LocalDate.of(2012, 4, 2))), List.of(), AS_OF);
  }
}
