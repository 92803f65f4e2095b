package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.policy.CarryoverRule;
import org.himkit.policy.CeCategory;
import org.himkit.policy.CeUnit;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.QualifyingActivity;
import org.himkit.policy.RenewalChoice;
import org.himkit.policy.RenewalPolicy;

/**
 * DATA: the renewal policies of AHIMA, AAPC and NCRA, as effective-dated versions.
 *
 * <p>AHIMA: before 2021 (the recertification page of about 2019-2020, with the retired credentials
 * still listed), from 2021-01-01 (self-reviews and grace status removed for everyone from that day: the
 * self-review ends on 2020-12-31 even within a cycle the earlier version governs, and an unmet cycle
 * gets the lapse rule of the version in force after it ends), and from 2025-01-01 (40 %
 * of CEUs from AHIMA sources). The 2024-01-01 update is not modelled: its content is not confirmed.
 * Every AHIMA version has the multi-credential rule (quoted from the page of about 2019-2020), the 80
 * percent HIIM rule and the contact-time rule (AHIMA's 2014 Recertification Guide): no later source
 * states a different rule, so they are carried forward, and a known omission says so. AHIMA's carryover
 * rule is implied, not stated. AAPC: the current CEU table (36 to 52), the credential-specific minimums
 * of CPMA, CPCO, CPPM, CIRCC and CDEO, no carryover, approved vendors only, nothing earned before
 * certification, revoked 90 days after the renewal date when unmet. NCRA: 20 CE hours per two-year cycle
 * ending December 31, no carryover, submitted by January 31 (out of compliance after it), and the exam
 * retaken after three or more years without a submission.
 */
final class Policies {
  private Policies() {}

  /**
   * AAPC's credential-specific minimums, quoted from its CEU rules; the CIRCC line keeps the asterisk of
   * its footnote (the three contracted vendors, the omission aapc-circc-vendors).
   */
  static final String CPMA_RULE = "If CPMA, 16 must be related to auditing";
  static final String CPCO_RULE = "If CPCO, 16 must be related to compliance";
  static final String CPPM_RULE = "If CPPM\u00ae, 16 must be related to practice management";
  static final String CIRCC_RULE = "If CIRCC, 16 must be related to interventional radiology or cardiovascular coding*";
  static final String CDEO_RULE = "If CDEO, 16 must be related to documentation";

  private static Map<CredentialId, Ceus> ahimaCurrent() {
    Map<CredentialId, Ceus> m = new LinkedHashMap<>();
    for (CredentialId id : List.of(Ahima.RHIA, Ahima.CHPS, Ahima.CHDA, Ahima.CDIP)) {
      m.put(id, Ceus.of(30));
    }
    for (CredentialId id : List.of(Ahima.RHIT, Ahima.CCA, Ahima.CCS, Ahima.CCS_P)) {
      m.put(id, Ceus.of(20));
    }
    return m;
  }

  // Rules shared by the AHIMA versions ---------------------------------------------------------

  /** AHIMA's multi-credential rule, quoted from the page of about 2019-2020 and carried forward. */
  private static final MultiCredentialRule AHIMA_MULTI = new MultiCredentialRule.PlusPerAdditional(
      Ceus.of(10), Ceus.of(50), AHIMA_RECERTIFICATION_2019.quoting("If you have more than one AHIMA credential, you "
          + "must earn ten (10) additional CEUs per credential during your two-year recertification cycle up to a "
          + "maximum of (50) CEUs. These CEUs may not be duplicated or used for more than one credential."));

  private static final ContentRule AHIMA_80_PERCENT = new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 80,
      "at least 80 % of the CEUs within the HIIM domains",
      AHIMA_RECERTIFICATION_ASPX.quoting("Eighty (80) percent of all CEUs must be earned within the HIIM domain."));

  /** The same rule as the page of before 2021 states it (mirror of the old ahima.org page). */
  private static final ContentRule AHIMA_80_PERCENT_BEFORE_2021 = new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 80,
      "at least 80 % of the CEUs within the HIIM domains", AHIMA_OLD_RECERTIFICATION_MIRROR
          .quoting("Eighty (80) percent of all CEUs must be earned within the HIIM domain."));

  /** The quote names HCPro among AHIMA's own sources; no component association is named. */
  private static final ContentRule AHIMA_40_PERCENT = new ContentRule(ContentRule.Kind.ISSUER_SOURCE, 40,
      "at least 40 % of the CEUs from AHIMA sources", AHIMA_RECERTIFY_MY2.quoting("Beginning January 1, 2025, 40 "
          + "percent of the CEUs needed in a 2-year recertification period must come from AHIMA resources (including "
          + "HCPro products, services, and family of brands) and/or the Component Associations."), Set.of("HCPro"));

  /**
   * The activities that qualify for the 20 percent outside the HIIM domains, as AHIMA's page of before
   * 2021 lists them (read on a mirror of the old ahima.org page).
   */
  private static final List<String> AHIMA_ACTIVITIES_BEFORE_2021 = List.of(
      "Participation in educational program on topics relevant to HIIM",
      "Participation in formal education programs of study that address HIIM-relevant subject areas",
      "Publication and presentation of material relevant to HIIM",
      "Independent study activities relevant to the HIIM profession",
      "Item writing",
      "Oversight and involvement of directed clinical practice on behalf of CAHIIM-accredited programs",
      "Visiting AHIMA exhibits at a national or state meeting",
      "Facilitating for an AHIMA Engage Community",
      "Activities defined by the Certification Guidelines for approval of CE programs for state, local, and "
          + "regional HIM associations",
      "Exceptional events recognized by CCHIIM");

  /**
   * The same list as AHIMA's page of after 2021 gives it, as far as it was read: the eighth item is cut
   * off in the copy read, so the list stops at the seventh (the omission ahima-ce-categories).
   */
  private static final List<String> AHIMA_ACTIVITIES_2021 = List.of(
      "Participation in educational program on topics relevant to HIIM",
      "Participation in formal education programs of study that address HIIM-relevant subject areas",
      "Publication and presentation of material relevant to HIIM",
      "Independent study activities relevant to the HIIM profession",
      "Participating in AHIMA exam item writing",
      "Oversight and involvement of directed clinical practice on behalf of CAHIIM-accredited programs",
      "Facilitating for an AHIMA Engage Community");

  private static List<QualifyingActivity> qualifying(List<String> names, Citation source) {
    List<QualifyingActivity> out = new java.util.ArrayList<>(names.size());
    for (String name : names) {
      out.add(new QualifyingActivity(name, CeCategory.OTHER_RELEVANT, source.quoting(name)));
    }
    return out;
  }

  private static KnownOmissionId omission(String id) {
    return KnownOmissionId.of(id);
  }

  private static final ContactTimeRule AHIMA_CONTACT_TIME = new ContactTimeRule(60, 45,
      CONTACT_HOURS.quoting("a program that is 2 1/2 hours long is equivalent to two CEUs"));

  /** A list, not an {@code EnumSet}: the builder copies it into its set; the set's iterator is a class (start-up). */
  private static final List<CeCategory> AHIMA_CATEGORIES =
      List.of(CeCategory.HIIM_DOMAIN, CeCategory.CODING_SELF_REVIEW, CeCategory.OTHER_RELEVANT);

  private static RenewalPolicy.Builder ahima(String name) {
    RenewalPolicy.Builder b = RenewalPolicy.builder();
    b.id(Ahima.POLICY).name(name).issuer(Ahima.AHIMA)
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.DATE_EARNED)
        .multiCredentialRule(AHIMA_MULTI).addContentRule(AHIMA_80_PERCENT).contactTimeRule(AHIMA_CONTACT_TIME)
        .acceptedCategories(AHIMA_CATEGORIES)
        // Where AHIMA's sources leave a rule open, the library's choices (Omissions) apply to every version.
        .putChoice(RenewalChoice.CYCLE_END, omission("ahima-cycle-end"))
        .putChoice(RenewalChoice.SEVERAL_CREDENTIALS, omission("ahima-cycle-several-credentials"))
        .putChoice(RenewalChoice.SHORT_FIRST_CYCLE, omission("explicit-cycle-start"))
        .putChoice(RenewalChoice.CONTACT_TIME, omission("ahima-contact-time-45"));
    return b;
  }

  static List<RenewalPolicy> policies() {
    Map<CredentialId, Ceus> before2021 = ahimaCurrent();
    before2021.put(Ahima.PCS, Ceus.of(20));
    before2021.put(Ahima.CHP, Ceus.of(30));
    before2021.put(Ahima.CHS, Ceus.of(30));
    RenewalPolicy ahima2019 = ahima("AHIMA recertification, before 2021")
        .effectiveTo(LocalDate.of(2020, 12, 31))
        .putAllRequiredCeus(before2021)
        .contentRules(List.of(AHIMA_80_PERCENT_BEFORE_2021))
        // Discontinued for everyone on 2021-01-01 (AHIMA_RECERTIFICATION_FAQ, quoted on the 2021 version):
        // a self-review year beginning after 2020-12-31 needs none, even in a cycle this version governs.
        .addMandatoryActivity(new MandatoryActivity("annual coding self-review",
            Set.of(Ahima.CCA, Ahima.CCS, Ahima.CCS_P, Ahima.PCS), CeCategory.CODING_SELF_REVIEW, 1, Ceus.of(5),
            AHIMA_SELF_REVIEW_FOOTNOTE, Optional.of(LocalDate.of(2020, 12, 31))))
        .lapseRule(LapseRule.withGracePeriod(Period.ofMonths(3), AHIMA_OLD_RECERTIFICATION_MIRROR))
        .qualifyingActivities(qualifying(AHIMA_ACTIVITIES_BEFORE_2021, AHIMA_OLD_RECERTIFICATION_MIRROR))
        .putChoice(RenewalChoice.GRACE_PERIOD_SPLIT, omission("ahima-grace-split"))
        .putChoice(RenewalChoice.STATUS_AFTER_LAPSE, omission("ahima-after-grace"))
        .putChoice(RenewalChoice.MANDATORY_ACTIVITY_END, omission("ahima-self-review-2021"))
        .putChoice(RenewalChoice.MANDATORY_ACTIVITY_SEVERAL, omission("ahima-self-review-several"))
        .addCitations(SEED, AHIMA_RECERTIFICATION_2019, AHIMA_OLD_RECERTIFICATION_MIRROR, CONTACT_HOURS)
        .build();
    LapseRule ahimaLapse = LapseRule.inactiveThenRevoked(Period.ofDays(180), Period.ofDays(90),
        AHIMA_UPDATES.quoting("Removing \u201cgrace\u201d as a certification status.  A credential is either "
            + "\u201cactive\u201d, \u201cinactive\u201d or \u201crevoked\u201d."));
    RenewalPolicy ahima2021 = ahima("AHIMA recertification, 2021")
        .effectiveFrom(LocalDate.of(2021, 1, 1)).effectiveTo(LocalDate.of(2024, 12, 31))
        .putAllRequiredCeus(ahimaCurrent())
        .lapseRule(ahimaLapse)
        .qualifyingActivities(qualifying(AHIMA_ACTIVITIES_2021, AHIMA_RECERTIFY_APP))
        .putChoice(RenewalChoice.RETIRED_CREDENTIALS, omission("retired-maintenance"))
        .addCitations(SEED, AHIMA_RECERTIFICATION_FAQ.quoting("Effective January 1, 2021, AHIMA and the Commission "
            + "on Certification (CCHIIM) discontinued the mandatory annual self-review requirement for CCA\u00ae, "
            + "CCS\u00ae, and CCS-P\u00ae."), AHIMA_UPDATES, AHIMA_RECERTIFICATION_ASPX)
        .build();
    RenewalPolicy ahima2025 = ahima("AHIMA recertification, 2025")
        .effectiveFrom(LocalDate.of(2025, 1, 1))
        .putAllRequiredCeus(ahimaCurrent())
        .addContentRule(AHIMA_40_PERCENT)
        .lapseRule(ahimaLapse)
        .putChoice(RenewalChoice.RETIRED_CREDENTIALS, omission("retired-maintenance"))
        .putChoice(RenewalChoice.ISSUER_SOURCE, omission("ahima-issuer-source-provider"))
        .addCitations(SEED, AHIMA_RECERTIFICATION_2025, AHIMA_RECERTIFICATION_FAQ, AHIMA_UPDATES)
        .build();
    Map<CredentialId, Ceus> aapc = new LinkedHashMap<>();
    for (CredentialId id : List.of(Aapc.CPC, Aapc.COC, Aapc.CPB, Aapc.CRC, Aapc.CPMA, Aapc.CPCO, Aapc.CPPM, Aapc.CIRCC,
        Aapc.CDEO)) {
      aapc.put(id, Ceus.of(36));
    }
    RenewalPolicy aapcCurrent = RenewalPolicy.builder()
        .id(Aapc.POLICY).name("AAPC CEU requirements").issuer(Aapc.AAPC)
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.MEMBERSHIP_RENEWAL_DATE)
        .putAllRequiredCeus(aapc)
        .multiCredentialRule(new MultiCredentialRule.ByCount(
            List.of(Ceus.of(36), Ceus.of(40), Ceus.of(44), Ceus.of(48), Ceus.of(52)), AAPC_CEU_HELP))
        .addCredentialContentRules(
            aapcMinimum(Aapc.CPMA, "auditing", CPMA_RULE),
            aapcMinimum(Aapc.CPCO, "compliance", CPCO_RULE),
            aapcMinimum(Aapc.CPPM, "practice management", CPPM_RULE),
            aapcMinimum(Aapc.CIRCC, "interventional radiology or cardiovascular coding", CIRCC_RULE),
            aapcMinimum(Aapc.CDEO, "documentation", CDEO_RULE))
        .carryover(new CarryoverRule(false, true, "Excess CEUs do not carry over to the next renewal period.",
            AAPC_CEU_POLICIES.quoting("Excess CEUs do not carry over to the next renewal period.")))
        .issuerApprovalRequired(AAPC_CEU_POLICIES.quoting("CEUs must come from the AAPC Approved CEU Vendor List."))
        .ceusBeforeCertificationExcluded(AAPC_CEU_POLICIES.quoting("CEUs earned prior to certification will not be "
            + "accepted."))
        .lapseRule(LapseRule.revokedAfter(Period.ofDays(90), AAPC_MEMBERSHIP_FAQ.quoting("If membership "
            + "payment/arrangements are not made or CEUs are not submitted within 90 days of your renewal date, your "
            + "credential will be revoked.")))
        .putChoice(RenewalChoice.FIRST_CYCLE, omission("aapc-cycle-anchor"))
        .putChoice(RenewalChoice.SHORT_FIRST_CYCLE, omission("explicit-cycle-start"))
        .putChoice(RenewalChoice.STATUS_AFTER_LAPSE, omission("aapc-ncra-after-unmet"))
        .putChoice(RenewalChoice.CONTACT_TIME, omission("aapc-ncra-contact-time"))
        .putChoice(RenewalChoice.CREDENTIAL_MINIMUMS_SHARED, omission("aapc-shared-credential-minimums"))
        .addCitations(AAPC_CEU_HELP, AAPC_CEU_FAQ, AAPC_CEU_POLICIES, AAPC_MAINTAIN.quoting("If your membership is due "
            + "in January, March, May, July, September, or November, two years of CEUs are due on your membership "
            + "expiration date in 2023."), AAPC_MAINTAIN.quoting("If your membership is due in February, April, June, "
            + "August, October, or December, two years of CEUs are due on your membership expiration date in 2022."))
        .build();
    RenewalPolicy ncra = RenewalPolicy.builder()
        .id(Ncra.POLICY).name("NCRA continuing education").issuer(Ncra.NCRA)
        .cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.CALENDAR_YEAR_END)
        .unit(CeUnit.CE_HOURS)
        .putChoice(RenewalChoice.FIRST_CYCLE, omission("ncra-first-cycle"))
        .putChoice(RenewalChoice.SHORT_FIRST_CYCLE, omission("explicit-cycle-start"))
        .putChoice(RenewalChoice.STATUS_AFTER_LAPSE, omission("aapc-ncra-after-unmet"))
        .putChoice(RenewalChoice.CONTACT_TIME, omission("aapc-ncra-contact-time"))
        .putChoice(RenewalChoice.EXAM_RETAKE_PERIOD, omission("ncra-exam-retake-count"))
        .putAllRequiredCeus(Map.of(Ncra.ODS, Ceus.of(20)))
        .carryover(new CarryoverRule(false, true, "Extra CE \"cannot be carried over.\"",
            NCRA_MAINTENANCE.quoting("cannot be carried over")))
        // "January 31" is one month after the cycle's last day, December 31.
        .lapseRule(LapseRule.withSubmissionDeadline(Period.ofMonths(1), Period.ofYears(3),
            NCRA_ODS_MAINTENANCE.quoting("The deadline to submit required CE hours and pay the annual ODS "
                + "certification maintenance fee is January 31. ODS credential holders are out of compliance when "
                + "requirements are not met by the January 31 deadline.")))
        .addCitation(NCRA_MAINTENANCE.quoting("The two-year CE cycle ends on December 31."))
        .addCitation(NCRA_CTR_MAINTENANCE_OPTIONS.quoting("Individuals who have not submitted CTR maintenance fees "
            + "and/or CE hours (via a CE Summary Form) for three or more years must retake the CTR Exam."))
        .build();
    return List.of(ahima2019, ahima2021, ahima2025, aapcCurrent, ncra);
  }

  /** One of AAPC's credential-specific minimums: 16 CEUs on the credential's subject, quoted. */
  private static CredentialContentRule aapcMinimum(CredentialId credential, String subject, String quote) {
    return new CredentialContentRule(credential, Ceus.of(16), subject, AAPC_CEU_HELP.quoting(quote));
  }
}
