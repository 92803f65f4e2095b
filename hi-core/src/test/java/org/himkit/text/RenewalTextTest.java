package org.himkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.RenewalPolicyId;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.AmountUnit;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.NotAssessedKind;
import org.himkit.renewal.NotAssessedReason;
import org.himkit.renewal.Note;
import org.himkit.renewal.NoteKind;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.renewal.RenewalStatus;
import org.himkit.renewal.RequirementProgress;
import org.junit.jupiter.api.Test;

/** Golden tests of the renewal wording: the English sentences of typed renewal answers. */
class RenewalTextTest {
  private static final HimText EN = HimText.english();
  private static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(HimCatalog.builtIn());
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final OrganizationId AAPC = OrganizationId.of("AAPC");

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static CeActivity.Builder activity(String id, LocalDate completed) {
    CeActivity.Builder b = CeActivity.builder();
    b.id(id).title("Activity " + id).completed(completed).provider("Provider " + id).category(CeCategory.HIIM_DOMAIN);
    return b;
  }

  private static RenewalAssessment one(List<CredentialHolding> holdings, List<CeActivity> activities,
      LocalDate asOf) {
    return EVALUATOR.assess(holdings, activities, asOf).assessments().get(0);
  }

  private static Map<String, String> reasons(RenewalAssessment a) {
    return a.activities().stream().collect(Collectors.toMap(o -> o.activity().id(), EN::describe));
  }

  private static CredentialHolding held(String id, LocalDate earned) {
    return CredentialHolding.of(CredentialId.of(id), earned);
  }

  @Test
  void requirementsAndShortfalls() {
    RenewalAssessment a = one(List.of(held("RHIA", d(2023, 3, 15))),
        List.of(activity("a", d(2023, 4, 1)).ceus(Ceus.of(5)).build()), d(2023, 9, 1));
    assertThat(a.requirements()).extracting(EN::describe)
        .containsExactly("CEUs", "at least 80 % of the CEUs within the HIIM domains");
    assertThat(a.shortfalls()).extracting(EN::describe).containsExactly(
        "25 more CEUs needed for the cycle ending 2025-03-14: 5 of 30 earned",
        "19 more CEUs within the HIIM domains needed for the cycle ending 2025-03-14: 5 of 24 counted");
    assertThat(EN.describe(a.status())).isEqualTo("active, on track");
    assertThat(EN.describe(a.cycle())).isEqualTo("2023-03-15 to 2025-03-14");

    RenewalAssessment from2025 = one(List.of(held("RHIA", d(2025, 1, 1))),
        List.of(activity("a", d(2025, 2, 1)).ceus(Ceus.of(29)).build()), d(2026, 1, 1));
    assertThat(EN.describe(from2025.requirements().get(2))).isEqualTo("at least 40 % of the CEUs from AHIMA sources");
    assertThat(from2025.shortfalls()).extracting(EN::describe).containsExactly(
        "1 more CEU needed for the cycle ending 2026-12-31: 29 of 30 earned",
        "12 more CEUs from AHIMA sources needed for the cycle ending 2026-12-31: 0 of 12 counted");
  }

  @Test
  void mandatoryActivitiesAndGrace() {
    RenewalAssessment ccs = one(List.of(held("CCS", d(2019, 6, 1))),
        List.of(activity("a", d(2020, 3, 1)).ceus(Ceus.of(20)).build()), d(2021, 6, 15));
    assertThat(EN.describe(ccs.requirements().get(2)))
        .isEqualTo("annual coding self-review (1 of at least 5 CEUs in each year of the cycle)");
    assertThat(ccs.shortfalls()).extracting(EN::describe).containsExactly("annual coding self-review missing for the "
        + "cycle year 2019-06-01 to 2020-05-31 and 2020-06-01 to 2021-05-31");
    RenewalAssessment grace = one(List.of(held("RHIT", d(2017, 1, 10))),
        List.of(activity("a", d(2018, 1, 1)).ceus(Ceus.of(10)).build()), d(2019, 3, 1));
    assertThat(EN.describe(grace.shortfalls().get(0))).isEqualTo("10 more CEUs needed for the cycle ending 2019-01-09 "
        + "and its grace period to 2019-04-09: 10 of 20 earned");
    assertThat(EN.describe(grace.status()))
        .isEqualTo("requirements unmet at the end of the cycle, within its grace period or before its submission deadline");
    assertThat(EN.describeStatus(grace)).isEqualTo("in the grace period to 2019-04-09");
    assertThat(EN.describeStatus(ccs)).isEqualTo(EN.describe(ccs.status()));
  }

  @Test
  void ncrasJanuaryIsADeadlineNotAGracePeriod() {
    // "ODS credential holders are out of compliance when requirements are not met by the January 31 deadline."
    List<CredentialHolding> ods = List.of(held("ODS", d(2021, 3, 15)));
    RenewalAssessment january = one(ods, List.of(), d(2023, 1, 20));
    assertThat(january.status()).isEqualTo(org.himkit.renewal.RenewalStatus.IN_GRACE);
    assertThat(EN.describeStatus(january)).isEqualTo("requirements unmet at the end of the cycle, before the "
        + "submission deadline 2023-01-31 (out of compliance if they are not met by then)");
    assertThat(EN.describeStatus(january)).doesNotContain("grace");
    assertThat(EN.describe(january.status())).doesNotStartWith("in the grace period");
    RenewalAssessment february = one(ods, List.of(), d(2023, 2, 1));
    assertThat(EN.describeStatus(february)).isEqualTo(EN.describe(february.status()));
  }

  @Test
  void credentialContentRuleAndItsShortfall() {
    org.himkit.policy.CredentialContentRule rule = new org.himkit.policy.CredentialContentRule(
        org.himkit.CredentialId.of("CPMA"), Ceus.of(16), "auditing", org.himkit.Citation.of("AAPC", "help",
            "https://www.aapc.com/medical-coding-education/help/", org.himkit.SourceType.PRIMARY));
    org.himkit.renewal.RequirementProgress progress = org.himkit.renewal.RequirementProgress.credentialContent(rule,
        org.himkit.OrganizationId.of("AAPC"), org.himkit.renewal.AmountUnit.CEUS, Ceus.parse("10.5"));
    assertThat(EN.describe(progress)).isEqualTo("at least 16 CEUs related to auditing (CPMA)");
    assertThat(EN.describe(new org.himkit.renewal.Shortfall(progress, d(2024, 1, 9), java.util.Optional.empty())))
        .isEqualTo("5.5 more CEUs related to auditing (CPMA) needed for the cycle ending 2024-01-09: 10.5 of 16 "
            + "counted");
  }

  @Test
  void keyDates() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2021, 3, 1)));
    CeActivity ten = activity("a", d(2021, 6, 1)).ceus(Ceus.of(10)).build();
    assertThat(one(rhit, List.of(ten), d(2023, 2, 1)).keyDates()).extracting(k -> k.date() + "  " + EN.describe(k))
        .containsExactly("2021-03-01  first day of the cycle",
            "2023-02-28  last day of the cycle: every requirement must be met by then",
            "2023-03-01  the credentials become inactive if the requirements are unmet",
            "2023-03-01  first day of the next cycle",
            "2023-08-28  the credentials are revoked from this day if the requirements stay unmet",
            "2023-11-25  last day to file an appeal, if revoked");
    assertThat(one(rhit, List.of(ten), d(2023, 9, 1)).keyDates()).extracting(EN::describe).containsExactly(
        "first day of the cycle", "last day of the cycle: every requirement must be met by then",
        "the credentials are inactive from this day", "the credentials are revoked from this day",
        "last day to file an appeal after revocation");
    assertThat(EN.describe(new KeyDate(KeyDateKind.GRACE_END, d(2019, 4, 9), true)))
        .isEqualTo("last day of the grace period, if the requirements are unmet at the end of the cycle");
    assertThat(EN.describe(KeyDate.of(KeyDateKind.MANDATORY_YEAR_END, d(2021, 12, 30))))
        .isEqualTo("last day of a cycle year that requires a mandatory activity");
  }

  @Test
  void ncraDeadlineAndRetakeKeyDatesAndNotes() {
    List<CredentialHolding> ods = List.of(held("ODS", d(2021, 3, 15)));
    assertThat(one(ods, List.of(), d(2022, 6, 1)).keyDates()).extracting(k -> k.date() + "  " + EN.describe(k))
        .containsExactly("2021-03-15  first day of the cycle",
            "2022-12-31  last day of the cycle: every requirement must be met by then",
            "2023-01-01  first day of the next cycle",
            "2023-01-31  last day to submit the CE hours of the cycle (earned within it)",
            "2026-02-01  the exam must be retaken from this day if nothing is submitted until then");
    assertThat(EN.describe(KeyDate.of(KeyDateKind.EXAM_RETAKE_FROM, d(2026, 2, 1))))
        .isEqualTo("the exam must be retaken from this day");
    assertThat(EN.describe(new KeyDate(KeyDateKind.SUBMISSION_DEADLINE, d(2023, 1, 31), true)))
        .isEqualTo("last day to submit the CE hours of the cycle (earned within it)");
    assertThat(one(ods, List.of(), d(2026, 2, 1)).notes()).extracting(EN::describe).contains(
        "Nothing has been submitted for the issuer's exam-retake period since the missed deadline, so the exam must "
            + "be retaken from 2026-02-01 (library choice: the years are counted from the day after the missed "
            + "deadline).");
    assertThat(EN.describe(new Note(NoteKind.CREDENTIAL_MINIMUMS_SHARED, Optional.empty(),
        List.of(CredentialId.of("CPMA"), CredentialId.of("CPCO")), Optional.empty(), Optional.empty())))
        .isEqualTo("An activity counts toward the credential-specific minimums of CPMA and CPCO at once, within the "
            + "one total (library choice: the issuer does not say whether one CEU may count toward two credentials' "
            + "minimums).");
  }

  @Test
  void activityOutcomes() {
    List<CeActivity> activities = List.of(
        activity("before", d(2019, 12, 31)).ceus(Ceus.of(10)).addApprovedBy(AAPC).build(),
        activity("unapproved", d(2020, 2, 1)).ceus(Ceus.of(5)).build(),
        activity("minutes", d(2020, 3, 1)).minutes(120).addApprovedBy(AAPC).build(),
        activity("counted", d(2020, 4, 1)).ceus(Ceus.parse("2.5")).addApprovedBy(AAPC).build(),
        activity("later", d(2023, 1, 1)).ceus(Ceus.of(1)).addApprovedBy(AAPC).build());
    Map<String, String> aapc = reasons(one(List.of(held("CPC", d(2020, 1, 1))), activities, d(2021, 1, 1)));
    assertThat(aapc).containsEntry("before", "not counted: completed 2019-12-31, before the first AAPC credential "
        + "held was earned on 2020-01-01; AAPC: CEUs earned before certification are not accepted")
        .containsEntry("unapproved", "not counted: AAPC accepts only CEUs from providers it approves, and Provider "
            + "unapproved is not marked as approved by AAPC")
        .containsEntry("minutes", "not counted: given as 120 minutes, and AAPC CEU requirements states no "
            + "conversion from contact time; give the CEUs the provider awarded")
        .containsEntry("counted", "counted: 2.5 CEUs")
        .containsEntry("later", "not yet counted: completed 2023-01-01, after the assessment date 2021-01-01");

    List<CeActivity> ahima = List.of(activity("early", d(2023, 3, 14)).ceus(Ceus.of(1)).build(),
        activity("hour", d(2023, 4, 1)).minutes(60).build(), activity("short", d(2023, 4, 2)).minutes(44).build(),
        activity("unrelated", d(2023, 4, 3)).ceus(Ceus.of(1)).category(CeCategory.UNRELATED).build(),
        activity("next", d(2025, 4, 3)).ceus(Ceus.of(1)).build());
    Map<String, String> rhia = reasons(one(List.of(held("RHIA", d(2023, 3, 15))), ahima, d(2023, 6, 1)));
    assertThat(rhia).containsEntry("early", "not counted: completed 2023-03-14, before the first AHIMA credential held "
        + "was earned on 2023-03-15, so before the first cycle began")
        .containsEntry("hour", "counted: 1 CEU for 60 minutes of contact time")
        .containsEntry("short", "not counted: 44 minutes earn no CEU: 60 minutes make one, and a part-hour shorter "
            + "than 45 minutes does not count as an hour")
        .containsEntry("unrelated", "not counted: its category (unrelated to the position) is not accepted by AHIMA "
            + "recertification, 2021")
        .containsEntry("next", "not yet counted: completed 2025-04-03, after the assessment date 2023-06-01");
  }

  @Test
  void outsideTheCycleAndTheGracePeriod() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2018, 11, 15)));
    List<CeActivity> grace = List.of(activity("g", d(2021, 1, 10)).ceus(Ceus.of(20)).build(),
        activity("h", d(2021, 2, 1)).ceus(Ceus.of(20)).build());
    List<RenewalAssessment> history = EVALUATOR.history(rhit, grace, d(2021, 3, 1)).assessments();
    assertThat(reasons(history.get(0))).containsEntry("g", "counted: 20 CEUs")
        .containsEntry("h", "not counted: completed 2021-02-01 in the grace period of the cycle 2018-11-15 to "
            + "2020-11-14, whose requirements earlier activities met; it counts toward the next cycle");
    assertThat(reasons(history.get(1))).containsEntry("g", "not counted: already counted toward the cycle 2018-11-15 "
        + "to 2020-11-14 (completed in its grace period)");
    RenewalAssessment unmet = one(rhit, List.of(activity("x", d(2018, 1, 1)).ceus(Ceus.of(1)).build(),
        activity("y", d(2020, 1, 1)).ceus(Ceus.of(1)).build()), d(2021, 1, 1));
    assertThat(reasons(unmet)).containsEntry("x", "not counted: completed 2018-01-01, before the first AHIMA "
        + "credential held was earned on 2018-11-15, so before the first cycle began");
    RenewalAssessment later = one(rhit, List.of(activity("x", d(2019, 1, 1)).ceus(Ceus.of(20)).build()),
        d(2021, 1, 1));
    assertThat(reasons(later)).containsEntry("x", "not counted: completed 2019-01-01, outside the cycle 2020-11-15 to "
        + "2022-11-14");
    RenewalAssessment graceWindow = one(rhit, List.of(activity("x", d(2021, 3, 1)).ceus(Ceus.of(1)).build()),
        d(2021, 2, 1));
    assertThat(reasons(graceWindow)).containsEntry("x", "not yet counted: completed 2021-03-01, after the assessment "
        + "date 2021-02-01");
  }

  @Test
  void theSourceOfACountedActivityUnderAnIssuerSourceRule() {
    List<CeActivity> activities = List.of(activity("own", d(2025, 2, 1)).ceus(Ceus.of(1)).provider("AHIMA").build(),
        activity("hcpro", d(2025, 2, 2)).ceus(Ceus.of(1)).provider("HCPro").build(),
        activity("marked", d(2025, 2, 3)).ceus(Ceus.of(1)).addSourceOf(AHIMA).build(),
        activity("excluded", d(2025, 2, 4)).ceus(Ceus.of(1)).provider("AHIMA").addNotSourceOf(AHIMA).build(),
        activity("other", d(2025, 2, 5)).ceus(Ceus.of(1)).build());
    Map<String, String> r = reasons(one(List.of(held("RHIA", d(2025, 1, 1))), activities, d(2025, 6, 1)));
    assertThat(r).containsEntry("own", "counted: 1 CEU; from AHIMA sources (its provider is AHIMA), toward the 40 % rule")
        .containsEntry("hcpro", "counted: 1 CEU; from AHIMA sources (the rule names HCPro), toward the 40 % rule")
        .containsEntry("marked", "counted: 1 CEU; from AHIMA sources (as marked), toward the 40 % rule")
        .containsEntry("excluded", "counted: 1 CEU; not from AHIMA sources (as marked), so not toward the 40 % rule")
        .containsEntry("other", "counted: 1 CEU; not marked as from AHIMA sources, so not toward the 40 % rule");
  }

  @Test
  void notesAndWhatCannotBeAssessed() {
    KnownOmissionId choice = KnownOmissionId.of("explicit-cycle-start");
    assertThat(EN.describe(Note.onDate(NoteKind.EXPLICIT_CYCLE_START, Optional.empty(), d(2020, 1, 1))))
        .isEqualTo("Cycles follow the explicit cycle start 2020-01-01 given with the holding.");
    assertThat(EN.describe(new Note(NoteKind.SHORT_FIRST_CYCLE, Optional.of(choice), List.of(),
        Optional.of(d(2023, 6, 1)), Optional.of(Ceus.ZERO)))).isEqualTo("The days before the explicit cycle start "
            + "2023-06-01 form a first, short cycle; it requires 0 CEUs (library choice: the issuer states no "
            + "prorated amount; give the holding's first-cycle requirement to set one).");
    assertThat(EN.describe(new Note(NoteKind.CREDENTIALS_NOT_COVERED, Optional.empty(),
        List.of(CredentialId.of("PCS")), Optional.empty(), Optional.empty()))).isEqualTo("The policy version "
            + "governing this cycle names no requirement for PCS, so it is left out of this cycle's requirement (the "
            + "sources do not say how it is maintained from then on).");
    assertThat(EN.describe(new Note(NoteKind.FIRST_CYCLE_REQUIREMENT_GIVEN, Optional.empty(), List.of(),
        Optional.empty(), Optional.of(Ceus.of(18))))).isEqualTo("The first cycle requires 18 CEUs as given with the "
            + "holding, not the policy's full amount.");
    assertThat(EN.describe(new NotAssessedReason(NotAssessedKind.NO_RENEWAL_POLICY, CredentialId.of("CPC-A"),
        Optional.empty(), Optional.empty()))).isEqualTo("CPC-A has no renewal policy in the catalog, so it cannot "
            + "be assessed.");
    assertThat(EN.describe(new NotAssessedReason(NotAssessedKind.NOT_COVERED_BY_VERSION, CredentialId.of("PCS"),
        Optional.of(RenewalPolicyId.of("AHIMA-RECERTIFICATION")), Optional.of(d(2021, 1, 1))))).isEqualTo("PCS: "
            + "the version of AHIMA-RECERTIFICATION in force for the cycle beginning 2021-01-01 names no requirement "
            + "for it, and no other credential of the issuer held is covered.");
  }

  @Test
  void amountsInEachUnit() {
    assertThat(EN.amount(Ceus.of(1), AmountUnit.CE_HOURS)).isEqualTo("1 CE hour");
    assertThat(EN.amount(Ceus.parse("2.5"), AmountUnit.CE_HOURS)).isEqualTo("2.5 CE hours");
    assertThat(EN.amount(Ceus.of(2), AmountUnit.ACTIVITIES)).isEqualTo("2 activities");
    assertThat(EN.amount(Ceus.of(1), AmountUnit.CEUS)).isEqualTo("1 CEU");
    assertThat(EN.unitName(AmountUnit.CE_HOURS)).isEqualTo("CE hours");
    RenewalAssessment ods = one(List.of(held("ODS", d(2022, 6, 15))), List.of(), d(2023, 1, 1));
    assertThat(ods.shortfalls()).extracting(EN::describe).containsExactly(
        "20 more CE hours needed for the cycle ending 2023-12-31: 0 of 20 earned");
    RequirementProgress total = ods.requirements().get(0);
    assertThat(EN.describe(total)).isEqualTo("CE hours");
  }

  @Test
  void everyRenewalKeyWithAPrefixHasAMessageInEveryShippedBundle() {
    List<String> missing = new ArrayList<>();
    for (Locale locale : HimTextTest.SHIPPED) {
      ResourceBundle bundle = ResourceBundle.getBundle(HimText.BUNDLE, locale);
      Function<String, Boolean> has = bundle::containsKey;
      for (KeyDateKind k : KeyDateKind.values()) {
        check(has, "keydate.ifUnmet." + k.name(), missing);
      }
      for (AmountUnit u : AmountUnit.values()) {
        check(has, "unit." + u.name(), missing);
        check(has, "more." + u.name(), missing);
      }
      for (ContentRule.Kind k : ContentRule.Kind.values()) {
        check(has, "requirement.content." + k.name(), missing);
      }
      for (CeCategory c : CeCategory.values()) {
        check(has, "mandatory." + c.name(), missing);
      }
      for (org.himkit.renewal.RequirementKind k : org.himkit.renewal.RequirementKind.values()) {
        check(has, "RequirementKind." + k.name(), missing);
        check(has, "shortfall." + k.name(), missing);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(RenewalStatus.values()).allSatisfy(s -> assertThat(EN.describe(s)).isNotBlank());
  }

  private static void check(Function<String, Boolean> has, String key, List<String> missing) {
    if (!has.apply(key)) {
      missing.add(key);
    }
  }

  @Test
  void describingAnOutcomeBuildsNoTextBeforeItIsAsked() {
    // The assessment holds no sentence: its outcomes are typed, and the same outcome renders the same way.
    RenewalAssessment a = one(List.of(held("RHIA", d(2023, 3, 15))),
        List.of(activity("a", d(2023, 4, 1)).ceus(Ceus.of(5)).build()), d(2023, 9, 1));
    ActivityOutcome o = a.activities().get(0);
    assertThat(EN.describe(o)).isEqualTo(EN.describe(o)).isEqualTo("counted: 5 CEUs");
  }
}
