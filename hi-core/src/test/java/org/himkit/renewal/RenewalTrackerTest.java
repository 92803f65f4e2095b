package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.assess;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.himkit.renewal.Fixtures.history;
import static org.himkit.renewal.Fixtures.omission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimException;
import org.himkit.HimValidationException;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContentRule;
import org.himkit.RenewalPolicyId;
import org.junit.jupiter.api.Test;

/** What a CE tracker needs of the evaluator beyond the rules themselves. */
class RenewalTrackerTest {

  private static ActivityOutcome outcome(RenewalAssessment a, String id) {
    return a.activities().stream().filter(o -> o.activity().id().equals(id)).findFirst().orElseThrow();
  }

  private static void invalid(Runnable r, ErrorCode code, String... parts) {
    assertThatThrownBy(r::run).isInstanceOf(HimValidationException.class)
        .satisfies(e -> assertThat(((HimException) e).errorCode()).isEqualTo(code)).message().contains(parts);
  }

  // Partial history ------------------------------------------------------------------------------

  @Test
  void aLedgerThatBeginsLateIsNotJudgedForTheCyclesBeforeIt() {
    // RHIT since 2015; the tracker holds only what was completed from 2025-01-01.
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2015, 3, 1)));
    List<CeActivity> recent = List.of(hiim("a", d(2025, 4, 1), "12"));
    // Taken as complete, the first cycle (no activity) ended unmet, long ago.
    assertThat(assess(rhit, recent, d(2026, 1, 1)).get(0).cycle().start()).isEqualTo(d(2015, 3, 1));
    assertThat(assess(rhit, recent, d(2026, 1, 1)).get(0).status()).isEqualTo(RenewalStatus.EXPIRED);

    HolderRecord tracked = HolderRecord.builder().addAllHoldings(rhit).addAllActivities(recent)
        .recordsBegin(d(2025, 1, 1)).build();
    RenewalAssessment now = EVALUATOR.assess(tracked, d(2026, 1, 1)).assessments().get(0);
    assertThat(now.cycle().toString()).isEqualTo("2025-03-01 to 2027-02-28");
    assertThat(now.status()).isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(now.earned()).isEqualTo(Ceus.of(12));
    assertThat(now.notes()).extracting(Note::kind).doesNotContain(NoteKind.RECORDS_BEGIN_WITHIN_CYCLE);

    List<RenewalAssessment> cycles = EVALUATOR.history(tracked, d(2026, 1, 1)).assessments();
    assertThat(cycles).extracting(RenewalAssessment::status).containsExactly(RenewalStatus.NOT_RECORDED,
        RenewalStatus.NOT_RECORDED, RenewalStatus.NOT_RECORDED, RenewalStatus.NOT_RECORDED,
        RenewalStatus.NOT_RECORDED, RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(cycles.get(4).shortfalls()).isEmpty();
    assertThat(cycles.get(4).notes()).contains(Note.onDate(NoteKind.CYCLE_NOT_RECORDED, Optional.empty(),
        d(2025, 1, 1)));
    assertThat(EVALUATOR.standings(tracked, d(2026, 1, 1))).containsExactly(now.standing());
  }

  @Test
  void theCycleInForceIsJudgedOnWhatIsRecordedWithANote() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2015, 3, 1)));
    HolderRecord tracked = HolderRecord.builder().addAllHoldings(rhit).addActivities(hiim("a", d(2025, 1, 15), "20"))
        .recordsBegin(d(2025, 1, 1)).build();
    RenewalAssessment within = EVALUATOR.assess(tracked, d(2025, 2, 1)).assessments().get(0);
    assertThat(within.cycle().toString()).isEqualTo("2023-03-01 to 2025-02-28");
    assertThat(within.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(within.notes()).contains(Note.onDate(NoteKind.RECORDS_BEGIN_WITHIN_CYCLE, Optional.empty(),
        d(2025, 1, 1)));
    // Once that cycle has ended it is not judged, since it began before the records: the next one is.
    RenewalAssessment next = EVALUATOR.assess(tracked, d(2025, 6, 1)).assessments().get(0);
    assertThat(next.cycle().toString()).isEqualTo("2025-03-01 to 2027-02-28");
    assertThat(next.status()).isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(next.notes()).extracting(Note::kind).doesNotContain(NoteKind.RECORDS_BEGIN_WITHIN_CYCLE);
  }

  @Test
  void goodStandingStatedThroughACycleEnd() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2019, 5, 10)));
    List<CeActivity> recent = List.of(hiim("a", d(2023, 6, 1), "10"));
    HolderRecord stated = HolderRecord.builder().addAllHoldings(rhia).addAllActivities(recent)
        .putGoodStandingThrough(AHIMA, d(2023, 5, 9)).build();
    List<RenewalAssessment> cycles = EVALUATOR.history(stated, d(2024, 1, 1)).assessments();
    assertThat(cycles).extracting(a -> a.cycle().end(), RenewalAssessment::status).containsExactly(
        tuple(d(2021, 5, 9), RenewalStatus.NOT_RECORDED), tuple(d(2023, 5, 9), RenewalStatus.NOT_RECORDED),
        tuple(d(2025, 5, 9), RenewalStatus.ACTIVE_ON_TRACK));
    assertThat(cycles.get(1).notes()).contains(Note.onDate(NoteKind.STATED_IN_GOOD_STANDING, Optional.empty(),
        d(2023, 5, 9)));
    // The day must be the last day of a cycle that ended before the assessment date.
    HolderRecord notAnEnd = HolderRecord.builder().addAllHoldings(rhia).putGoodStandingThrough(AHIMA, d(2023, 5, 1))
        .build();
    invalid(() -> EVALUATOR.assess(notAnEnd, d(2024, 1, 1)), ErrorCode.INVALID_DATE, "goodStandingThrough",
        "2023-05-01", "2021-05-10 to 2023-05-09");
    invalid(() -> EVALUATOR.assess(stated, d(2023, 5, 9)), ErrorCode.INVALID_DATE, "goodStandingThrough");
    HolderRecord otherIssuer = HolderRecord.builder().addAllHoldings(rhia).putGoodStandingThrough(AAPC, d(2023, 5, 9))
        .build();
    invalid(() -> EVALUATOR.assess(otherIssuer, d(2024, 1, 1)), ErrorCode.INVALID_VALUE, "AAPC");
    invalid(() -> EVALUATOR.assess(HolderRecord.builder().from(stated).recordsBegin(d(2024, 2, 1)).build(),
        d(2024, 1, 1)), ErrorCode.INVALID_DATE, "recordsBegin");
  }

  // Explicit cycle starts ------------------------------------------------------------------------

  @Test
  void anExplicitCycleStartYearsAfterTheDayEarnedTilesTheYearsBefore() {
    CredentialHolding rhia = CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2020, 1, 10))
        .cycleStart(d(2024, 3, 15)).build();
    List<RenewalAssessment> cycles = history(List.of(rhia), List.of(hiim("a", d(2020, 6, 1), "30"),
        hiim("b", d(2021, 6, 1), "30"), hiim("c", d(2023, 6, 1), "30")), d(2024, 6, 1));
    assertThat(cycles).extracting(a -> a.cycle().toString()).containsExactly("2020-01-10 to 2020-03-14",
        "2020-03-15 to 2022-03-14", "2022-03-15 to 2024-03-14", "2024-03-15 to 2026-03-14");
    assertThat(cycles).extracting(RenewalAssessment::required).containsExactly(Ceus.ZERO, Ceus.of(30), Ceus.of(30),
        Ceus.of(30));
    assertThat(cycles).extracting(RenewalAssessment::status).containsExactly(RenewalStatus.RENEWED,
        RenewalStatus.RENEWED, RenewalStatus.RENEWED, RenewalStatus.ACTIVE_ON_TRACK);
    // A cycle start on the day earned makes no short cycle; one on a boundary from it neither.
    CredentialHolding onBoundary = CredentialHolding.builder().from(rhia).cycleStart(d(2024, 1, 10)).build();
    assertThat(history(List.of(onBoundary), List.of(), d(2022, 6, 1))).extracting(a -> a.cycle().toString())
        .containsExactly("2020-01-10 to 2022-01-09");
  }

  @Test
  void aCycleStartFarAheadIsAnError() {
    CredentialHolding ahead = CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2020, 1, 10))
        .cycleStart(d(2030, 1, 1)).build();
    invalid(() -> EVALUATOR.assess(List.of(ahead), List.of(), d(2024, 6, 1)), ErrorCode.INVALID_DATE, "cycleStart",
        "2030-01-01", "credential holdings of AHIMA");
    // Before the day earned: rejected when the holding is built.
    invalid(() -> CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2020, 1, 10))
        .cycleStart(d(2020, 1, 9)).build(), ErrorCode.INVALID_DATE, "cycleStart", "2020-01-09");
    // NCRA's cycles end on December 31: an explicit start must be a January 1.
    CredentialHolding ods = CredentialHolding.builder().credential(CredentialId.of("ODS")).earned(d(2020, 3, 1))
        .cycleStart(d(2022, 6, 1)).build();
    invalid(() -> EVALUATOR.assess(List.of(ods), List.of(), d(2022, 7, 1)), ErrorCode.INVALID_DATE, "January 1");
    CredentialHolding odsJan = CredentialHolding.builder().from(ods).cycleStart(d(2022, 1, 1)).build();
    assertThat(history(List.of(odsJan), List.of(), d(2022, 7, 1))).extracting(a -> a.cycle().toString())
        .containsExactly("2020-03-01 to 2021-12-31", "2022-01-01 to 2023-12-31");
  }

  // One bad holding does not sink the rest ---------------------------------------------------------

  @Test
  void aCredentialWithoutPolicyIsReportedAndTheOtherIssuersAreAssessed() {
    RenewalResult result = EVALUATOR.assess(List.of(held("CPC-A", d(2023, 1, 1)), held("RHIA", d(2023, 1, 1))),
        List.of(hiim("a", d(2023, 2, 1), "5")), d(2023, 7, 1));
    assertThat(result.assessments()).extracting(RenewalAssessment::issuer).containsExactly(AHIMA);
    assertThat(result.notAssessed()).singleElement().satisfies(n -> {
      assertThat(n.issuer()).isEqualTo(AAPC);
      assertThat(n.reasons()).containsExactly(new NotAssessedReason(NotAssessedKind.NO_RENEWAL_POLICY,
          CredentialId.of("CPC-A"), Optional.empty(), Optional.empty()));
    });
    assertThat(result.complete()).isFalse();
    // Held with CPC, which replaces it, the apprentice designation is simply superseded.
    RenewalResult both = EVALUATOR.assess(List.of(held("CPC-A", d(2021, 1, 1)), held("CPC", d(2023, 1, 1))),
        List.of(), d(2023, 7, 1));
    assertThat(both.notAssessed()).isEmpty();
    RenewalAssessment aapc = both.assessment(AAPC).orElseThrow();
    assertThat(aapc.cycle().start()).isEqualTo(d(2023, 1, 1));
    assertThat(aapc.credentials()).containsExactly(CredentialId.of("CPC"));
    assertThat(aapc.supersededCredentials()).containsExactly(CredentialId.of("CPC-A"));
  }

  @Test
  void aRetiredCredentialAloneIsReportedForTheCycleItsVersionDropsIt() {
    List<CredentialHolding> pcs = List.of(held("PCS", d(2019, 1, 1)), held("CPC", d(2020, 1, 1)));
    // PCS needed the annual coding self-review before 2021 (data audit D1): one in each year of the cycle.
    List<CeActivity> activities = List.of(hiim("a", d(2019, 6, 1), "20"),
        base("r1", d(2019, 7, 1)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build(),
        base("r2", d(2020, 2, 1)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build());
    RenewalResult before = EVALUATOR.assess(pcs, activities, d(2020, 6, 1));
    assertThat(before.assessment(AHIMA).orElseThrow().required()).isEqualTo(Ceus.of(20));
    RenewalResult after = EVALUATOR.history(pcs, activities, d(2021, 6, 1));
    assertThat(after.assessments()).extracting(RenewalAssessment::issuer, a -> a.cycle().start())
        .containsExactly(tuple(AAPC, d(2020, 1, 1)), tuple(AHIMA, d(2019, 1, 1)));
    assertThat(after.notAssessed()).singleElement().satisfies(n -> {
      assertThat(n.issuer()).isEqualTo(AHIMA);
      assertThat(n.reasons()).containsExactly(new NotAssessedReason(NotAssessedKind.NOT_COVERED_BY_VERSION,
          CredentialId.of("PCS"), Optional.of(RenewalPolicyId.of("AHIMA-RECERTIFICATION")),
          Optional.of(d(2021, 1, 1))));
    });
    assertThat(EVALUATOR.assess(pcs, activities, d(2021, 6, 1)).assessments()).extracting(RenewalAssessment::issuer)
        .containsExactly(AAPC);
  }

  // Activities after the assessment date, sources, duplicates ------------------------------------------

  @Test
  void activitiesAfterTheAssessmentDateAreNotYetCounted() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2023, 1, 1)));
    List<CeActivity> ledger = List.of(hiim("now", d(2023, 3, 1), "10"), hiim("later", d(2023, 9, 1), "20"));
    RenewalAssessment june = assess(rhia, ledger, d(2023, 6, 1)).get(0);
    assertThat(outcome(june, "later").disposition()).isEqualTo(ActivityDisposition.AFTER_ASSESSMENT_DATE);
    assertThat(outcome(june, "later").credited()).isEqualTo(Ceus.ZERO);
    assertThat(june.earned()).isEqualTo(Ceus.of(10));
    assertThat(assess(rhia, ledger, d(2023, 9, 1)).get(0).earned()).isEqualTo(Ceus.of(30));
    // A grace period counts only what was completed by the assessment date too.
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2017, 1, 10)));
    List<CeActivity> grace = List.of(hiim("a", d(2018, 1, 1), "10"), hiim("g", d(2019, 3, 1), "10"));
    assertThat(assess(rhit, grace, d(2019, 2, 1)).get(0).status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(history(rhit, grace, d(2019, 3, 1)).get(0).status()).isEqualTo(RenewalStatus.RENEWED);
  }

  @Test
  void anActivityFromTheIssuerCountsAsFromItsSourcesUnlessTheCallerSaysOtherwise() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2025, 1, 1)));
    CeActivity byAhima = base("own", d(2025, 2, 1)).ceus(Ceus.of(6)).category(CeCategory.HIIM_DOMAIN)
        .provider("  ahima ").build();
    CeActivity byName = base("name", d(2025, 2, 2)).ceus(Ceus.of(2)).category(CeCategory.HIIM_DOMAIN)
        .provider("American Health Information Management Association").build();
    CeActivity byHcpro = base("hcpro", d(2025, 2, 3)).ceus(Ceus.of(3)).category(CeCategory.HIIM_DOMAIN)
        .provider("HCPro").build();
    CeActivity excluded = base("excluded", d(2025, 2, 4)).ceus(Ceus.of(5)).category(CeCategory.HIIM_DOMAIN)
        .provider("AHIMA").addNotSourceOf(AHIMA).build();
    CeActivity other = base("other", d(2025, 2, 5)).ceus(Ceus.of(4)).category(CeCategory.HIIM_DOMAIN).build();
    RenewalAssessment a = assess(rhia, List.of(byAhima, byName, byHcpro, excluded, other), d(2025, 6, 1)).get(0);
    assertThat(a.activities()).extracting(o -> o.activity().id(), ActivityOutcome::source,
        ActivityOutcome::creditedFromIssuerSources).containsExactly(
            tuple("own", IssuerSource.PROVIDER_IS_ISSUER, Ceus.of(6)),
            tuple("name", IssuerSource.PROVIDER_IS_ISSUER, Ceus.of(2)),
            tuple("hcpro", IssuerSource.PROVIDER_NAMED_BY_RULE, Ceus.of(3)),
            tuple("excluded", IssuerSource.EXCLUDED_BY_CALLER, Ceus.ZERO),
            tuple("other", IssuerSource.NOT_FROM_ISSUER, Ceus.ZERO));
    RequirementProgress fortyPercent = a.requirements().stream().filter(r -> r.contentRule()
        .filter(c -> c.kind() == ContentRule.Kind.ISSUER_SOURCE).isPresent()).findFirst().orElseThrow();
    assertThat(fortyPercent.earned()).isEqualTo(Ceus.of(11));
    assertThat(a.earned()).isEqualTo(Ceus.of(20));
    assertThat(a.cycle().policy().choice(org.himkit.policy.RenewalChoice.ISSUER_SOURCE))
        .contains(omission("ahima-issuer-source-provider"));
    // An activity AAPC itself provides counts as approved by AAPC.
    CeActivity byAapc = base("aapc", d(2023, 2, 1)).ceus(Ceus.of(2)).category(CeCategory.HIIM_DOMAIN).provider("AAPC")
        .build();
    assertThat(assess(List.of(held("CPC", d(2023, 1, 1))), List.of(byAapc), d(2023, 6, 1)).get(0).earned())
        .isEqualTo(Ceus.of(2));
  }

  @Test
  void duplicatesAreFoundAfterNormalisingBlanksAndUnicodeForm() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2023, 1, 1)));
    CeActivity composed = base("w1", d(2023, 3, 1)).title("R\u00e9sum\u00e9 of coding  updates")
        .provider("Caf\u00e9 Coding").ceus(Ceus.of(2)).category(CeCategory.HIIM_DOMAIN).build();
    CeActivity decomposed = base("w2", d(2023, 3, 1)).title("\u2003Re\u0301sume\u0301 of\tcoding updates ")
        .provider("CAFE\u0301\u00a0CODING").minutes(90).category(CeCategory.HIIM_DOMAIN).build();
    invalid(() -> EVALUATOR.assess(rhia, List.of(composed, decomposed), d(2023, 7, 1)), ErrorCode.DUPLICATE_ENTRY,
        "CE activity completed 2023-03-01", "given once");
  }

  // Totals and the multi-credential rule -------------------------------------------------------------

  @Test
  void totalsNeverOverflow() {
    List<CeActivity> many = new ArrayList<>();
    for (int i = 0; i < 1_001; i++) {
      many.add(hiim("a" + i, d(2023, 1, 1).plusDays(i % 700), "100"));
    }
    RenewalAssessment a = assess(List.of(held("RHIA", d(2023, 1, 1))), many, d(2024, 12, 31)).get(0);
    assertThat(a.earned()).isEqualTo(Ceus.of(100_100));
    assertThat(a.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
  }

  @Test
  void aCredentialEarnedTwoCyclesLaterJoinsOnlyTheCycleItIsEarnedIn() {
    List<CredentialHolding> holdings = List.of(held("RHIT", d(2015, 5, 1)), held("CCS", d(2020, 2, 1)));
    List<CeActivity> activities = List.of(hiim("a", d(2016, 1, 1), "20"), hiim("b", d(2018, 1, 1), "20"),
        hiim("c", d(2020, 3, 1), "20"));
    List<RenewalAssessment> cycles = history(holdings, activities, d(2021, 1, 1));
    assertThat(cycles).extracting(a -> a.cycle().start(), RenewalAssessment::joiningNextCycle).containsExactly(
        tuple(d(2015, 5, 1), List.of()), tuple(d(2017, 5, 1), List.of()),
        tuple(d(2019, 5, 1), List.of(CredentialId.of("CCS"))));
  }

  @Test
  void theRequirementOfASetOfCredentialsAppliesEveryRule() {
    LocalDate start = d(2023, 1, 1);
    assertThat(EVALUATOR.cycleRequirements(ids("RHIT", "RHIA"), start)).singleElement().satisfies(r -> {
      assertThat(r.required()).isEqualTo(Ceus.of(30));
      assertThat(r.credentials()).containsExactly(CredentialId.of("RHIA"));
      assertThat(r.superseded()).containsExactly(CredentialId.of("RHIT"));
      assertThat(r.unit()).isEqualTo(AmountUnit.CEUS);
    });
    // multiCredentialRule().required(...) alone would give 40 for RHIT and RHIA.
    assertThat(EVALUATOR.cycleRequirements(ids("RHIA", "CCS", "CCS-P", "CHPS"), start).get(0).required())
        .isEqualTo(Ceus.of(50));
    assertThat(EVALUATOR.cycleRequirements(ids("RHIA", "PCS"), d(2021, 1, 1)).get(0)).satisfies(r -> {
      assertThat(r.required()).isEqualTo(Ceus.of(30));
      assertThat(r.notCovered()).containsExactly(CredentialId.of("PCS"));
    });
    assertThat(EVALUATOR.cycleRequirements(ids("RHIA", "PCS"), d(2020, 12, 31)).get(0).required())
        .isEqualTo(Ceus.of(40));
    assertThat(EVALUATOR.cycleRequirements(ids("CTR", "CPC", "COC", "RHIT"), start))
        .extracting(CycleRequirement::issuer, CycleRequirement::required, CycleRequirement::unit)
        .containsExactly(tuple(AAPC, Ceus.of(40), AmountUnit.CEUS), tuple(AHIMA, Ceus.of(20), AmountUnit.CEUS),
            tuple(Fixtures.NCRA, Ceus.of(20), AmountUnit.CE_HOURS));
    assertThat(EVALUATOR.cycleRequirements(ids("PCS"), d(2022, 1, 1))).isEmpty();
  }

  private static List<CredentialId> ids(String... ids) {
    List<CredentialId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(CredentialId.of(id));
    }
    return out;
  }
}
