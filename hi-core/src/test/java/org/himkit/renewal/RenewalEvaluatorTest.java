package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.assess;
import static org.himkit.renewal.Fixtures.history;
import static org.himkit.renewal.Fixtures.omission;
import static org.himkit.renewal.Fixtures.ahimaSource;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.himkit.renewal.Fixtures.other;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.himkit.CredentialId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.ContentRule;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

class RenewalEvaluatorTest {

  private static RenewalAssessment one(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    List<RenewalAssessment> all = assess(holdings, activities, asOf);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static ActivityOutcome outcome(RenewalAssessment a, String id) {
    return a.activities().stream().filter(o -> o.activity().id().equals(id)).findFirst().orElseThrow();
  }

  private static ActivityDisposition disposition(RenewalAssessment a, String id) {
    return outcome(a, id).disposition();
  }

  private static Shortfall shortfall(RenewalAssessment a, int index) {
    return a.shortfalls().get(index);
  }

  @Test
  void ahimaWorkedExamplesOfSeveralCredentials() {
    Map<List<String>, Integer> examples = new LinkedHashMap<>();
    examples.put(List.of("CCS", "CCS-P"), 30);
    examples.put(List.of("CHPS", "RHIT"), 40);
    examples.put(List.of("RHIA", "CHDA"), 40);
    examples.put(List.of("RHIA", "CDIP"), 40);
    examples.put(List.of("RHIA", "CCS", "CCS-P"), 50);
    // Beyond the worked examples: the cap, RHIA replacing RHIT, single credentials.
    examples.put(List.of("RHIA", "CHPS", "CHDA", "CDIP"), 50);
    examples.put(List.of("RHIA", "RHIT"), 30);
    examples.put(List.of("RHIT"), 20);
    examples.put(List.of("CDIP"), 30);
    examples.forEach((creds, expected) -> {
      List<CredentialHolding> holdings = creds.stream().map(c -> held(c, d(2022, 1, 10))).collect(Collectors.toList());
      RenewalAssessment a = one(holdings, List.of(), d(2022, 6, 1));
      assertThat(a.required()).as("%s", creds).isEqualTo(Ceus.of(expected));
    });
  }

  @Test
  void rhiaReplacesRhitForMaintenance() {
    RenewalAssessment a = one(List.of(held("RHIT", d(2022, 1, 10)), held("RHIA", d(2022, 1, 10))), List.of(),
        d(2022, 6, 1));
    assertThat(a.credentials()).containsExactly(CredentialId.of("RHIA"));
    assertThat(a.supersededCredentials()).containsExactly(CredentialId.of("RHIT"));
  }

  @Test
  void aapcRequirementGrowsWithTheNumberOfCertifications() {
    LocalDate earned = d(2022, 5, 1);
    assertThat(one(List.of(held("CPC", earned)), List.of(), d(2022, 6, 1)).required()).isEqualTo(Ceus.of(36));
    assertThat(one(List.of(held("CPC", earned), held("COC", earned)), List.of(), d(2022, 6, 1)).required())
        .isEqualTo(Ceus.of(40));
    assertThat(one(List.of(held("CPC", earned), held("COC", earned), held("CPB", earned)), List.of(), d(2022, 6, 1))
        .required()).isEqualTo(Ceus.of(44));
    assertThat(one(List.of(held("CPC", earned), held("COC", earned), held("CPB", earned), held("CRC", earned)),
        List.of(), d(2022, 6, 1)).required()).isEqualTo(Ceus.of(48));
  }

  @Test
  void firstCycleBeginsOnTheDayTheExamWasPassedAndCountsItsFirstAndLastDay() {
    List<CeActivity> activities = List.of(hiim("before", d(2023, 3, 14), "5"), hiim("first", d(2023, 3, 15), "10"),
        hiim("last", d(2025, 3, 14), "20"));
    RenewalAssessment a = one(List.of(held("RHIA", d(2023, 3, 15))), activities, d(2025, 3, 14));
    assertThat(a.cycle().start()).isEqualTo(d(2023, 3, 15));
    assertThat(a.cycle().end()).isEqualTo(d(2025, 3, 14));
    assertThat(a.cycle().policy().name()).isEqualTo("AHIMA recertification, 2021");
    assertThat(a.daysLeft()).isZero();
    assertThat(disposition(a, "before")).isEqualTo(ActivityDisposition.BEFORE_CERTIFICATION);
    // AHIMA states no before-certification rule of its own: the activity predates the first cycle
    assertThat(outcome(a, "before").window().certifiedSince()).isEqualTo(d(2023, 3, 15));
    assertThat(a.cycle().policy().ceusBeforeCertificationExcluded()).isEmpty();
    assertThat(disposition(a, "first")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(disposition(a, "last")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(a.earned()).isEqualTo(Ceus.of(30));
    assertThat(a.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);

    List<CeActivity> next = List.of(hiim("first", d(2023, 3, 15), "10"), hiim("last", d(2025, 3, 14), "20"),
        hiim("after", d(2025, 3, 15), "3"));
    List<RenewalAssessment> history = history(List.of(held("RHIA", d(2023, 3, 15))), next, d(2025, 3, 15));
    assertThat(history).hasSize(2);
    assertThat(history.get(0).status()).isEqualTo(RenewalStatus.RENEWED);
    assertThat(disposition(history.get(0), "after")).isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);
    assertThat(history.get(1).cycle().start()).isEqualTo(d(2025, 3, 15));
    assertThat(disposition(history.get(1), "after")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(disposition(history.get(1), "last")).isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);
    assertThat(history.get(1).earned()).isEqualTo(Ceus.of(3));
  }

  @Test
  void statusOnTrackAtRiskAndMet() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2023, 3, 15)));
    RenewalAssessment early = one(rhia, List.of(hiim("a", d(2023, 4, 1), "5")), d(2023, 9, 1));
    assertThat(early.status()).isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(early.daysLeft()).isEqualTo(560);
    assertThat(early.shortfalls()).extracting(Shortfall::kind, Shortfall::missing, Shortfall::deadline)
        .containsExactly(tuple(RequirementKind.TOTAL, Ceus.of(25), d(2025, 3, 14)),
            tuple(RequirementKind.CONTENT_RULE, Ceus.of(19), d(2025, 3, 14)));
    assertThat(shortfall(early, 1).requirement().contentRule().orElseThrow().kind())
        .isEqualTo(ContentRule.Kind.HIIM_DOMAIN);
    assertThat(shortfall(early, 1).requirement().required()).isEqualTo(Ceus.of(24));
    assertThat(shortfall(early, 1).requirement().earned()).isEqualTo(Ceus.of(5));
    assertThat(shortfall(early, 0).unit()).isEqualTo(AmountUnit.CEUS);
    // Past the middle of the cycle with less than half of the 30 CEUs: at risk; with half: on track.
    assertThat(one(rhia, List.of(hiim("a", d(2023, 4, 1), "14.99")), d(2024, 6, 1)).status())
        .isEqualTo(RenewalStatus.ACTIVE_AT_RISK);
    assertThat(one(rhia, List.of(hiim("a", d(2023, 4, 1), "15")), d(2024, 6, 1)).status())
        .isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    // Fewer than 90 days left and one CEU short: at risk.
    assertThat(one(rhia, List.of(hiim("a", d(2023, 4, 1), "29")), d(2024, 12, 15)).status())
        .isEqualTo(RenewalStatus.ACTIVE_AT_RISK);
    assertThat(one(rhia, List.of(hiim("a", d(2023, 4, 1), "29")), d(2024, 12, 14)).status())
        .isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    RenewalAssessment done = one(rhia, List.of(hiim("a", d(2023, 4, 1), "30")), d(2023, 9, 1));
    assertThat(done.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(done.shortfalls()).isEmpty();
  }

  @Test
  void eightyPercentMustBeWithinTheHiimDomains() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2023, 3, 15)));
    RenewalAssessment a = one(rhia, List.of(hiim("a", d(2023, 4, 1), "20"), other("b", d(2023, 5, 1), "10"),
        base("c", d(2023, 6, 1)).ceus(Ceus.of(5)).category(CeCategory.UNRELATED).build()), d(2023, 9, 1));
    assertThat(a.earned()).isEqualTo(Ceus.of(30));
    assertThat(a.requirements().get(1).required()).isEqualTo(Ceus.of(24));
    assertThat(a.requirements().get(1).earned()).isEqualTo(Ceus.of(20));
    assertThat(a.shortfalls()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(RequirementKind.CONTENT_RULE);
      assertThat(f.requirement().contentRule().orElseThrow().kind()).isEqualTo(ContentRule.Kind.HIIM_DOMAIN);
      assertThat(f.missing()).isEqualTo(Ceus.of(4));
    });
    assertThat(disposition(a, "c")).isEqualTo(ActivityDisposition.NOT_ACCEPTED_CATEGORY);
    assertThat(a.status()).isNotEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(one(rhia, List.of(hiim("a", d(2023, 4, 1), "24"), other("b", d(2023, 5, 1), "6")), d(2023, 9, 1))
        .status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
  }

  @Test
  void fortyPercentFromAhimaSourcesFromCyclesBeginning2025() {
    List<CeActivity> thirty = List.of(hiim("a", d(2025, 2, 1), "30"));
    RenewalAssessment dec31 = one(List.of(held("RHIA", d(2024, 12, 31))), thirty, d(2026, 1, 1));
    assertThat(dec31.cycle().policy().name()).isEqualTo("AHIMA recertification, 2021");
    assertThat(dec31.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    RenewalAssessment jan1 = one(List.of(held("RHIA", d(2025, 1, 1))), thirty, d(2026, 1, 1));
    assertThat(jan1.cycle().policy().name()).isEqualTo("AHIMA recertification, 2025");
    assertThat(jan1.status()).isEqualTo(RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(jan1.shortfalls()).singleElement().satisfies(f -> {
      assertThat(f.requirement().contentRule().orElseThrow().kind()).isEqualTo(ContentRule.Kind.ISSUER_SOURCE);
      assertThat(f.requirement().issuer()).isEqualTo(AHIMA);
      assertThat(f.missing()).isEqualTo(Ceus.of(12));
      assertThat(f.deadline()).isEqualTo(d(2026, 12, 31));
    });
    RenewalAssessment mixed = one(List.of(held("RHIA", d(2025, 1, 1))),
        List.of(hiim("a", d(2025, 2, 1), "18"), ahimaSource("b", d(2025, 3, 1), "12")), d(2026, 1, 1));
    assertThat(mixed.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
  }

  @Test
  void codingSelfReviewsAreRequiredOnlyForCyclesBeginningBefore2021() {
    List<CeActivity> twenty = List.of(hiim("a", d(2021, 2, 1), "20"));
    RenewalAssessment dec31 = one(List.of(held("CCS", d(2020, 12, 31))), twenty, d(2022, 6, 1));
    assertThat(dec31.cycle().policy().name()).isEqualTo("AHIMA recertification, before 2021");
    assertThat(dec31.requirements()).hasSize(3);
    // The self-review was discontinued for everyone from 2021-01-01: only the cycle year beginning
    // 2020-12-31 needs one.
    assertThat(dec31.requirements().get(2).required()).isEqualTo(Ceus.of(1));
    assertThat(dec31.shortfalls()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(RequirementKind.MANDATORY_ACTIVITY);
      assertThat(f.unit()).isEqualTo(AmountUnit.ACTIVITIES);
      assertThat(f.yearsMissing()).containsExactly(new CycleYear(d(2020, 12, 31), d(2021, 12, 30)));
    });
    RenewalAssessment jan1 = one(List.of(held("CCS", d(2021, 1, 1))), twenty, d(2022, 6, 1));
    assertThat(jan1.cycle().policy().name()).isEqualTo("AHIMA recertification, 2021");
    assertThat(jan1.requirements()).hasSize(2);
    assertThat(jan1.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);

    CeActivity review1 = base("r1", d(2021, 2, 1)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build();
    CeActivity review2 = base("r2", d(2022, 1, 15)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build();
    RenewalAssessment oneReview = one(List.of(held("CCS", d(2020, 12, 31))),
        List.of(hiim("a", d(2021, 3, 1), "10"), review1), d(2022, 6, 1));
    assertThat(oneReview.shortfalls()).extracting(f -> f.kind(), f -> f.missing(), f -> f.requirement().earned(),
        f -> f.requirement().required(), f -> f.deadline())
        .containsExactly(tuple(RequirementKind.TOTAL, Ceus.of(5), Ceus.of(15), Ceus.of(20), d(2022, 12, 30)),
            tuple(RequirementKind.CONTENT_RULE, Ceus.of(1), Ceus.of(15), Ceus.of(16), d(2022, 12, 30)));
    RenewalAssessment both = one(List.of(held("CCS", d(2020, 12, 31))),
        List.of(hiim("a", d(2021, 3, 1), "10"), review1, review2), d(2022, 6, 1));
    assertThat(both.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    // RHIT holders never needed self-reviews.
    assertThat(one(List.of(held("RHIT", d(2020, 12, 31))), twenty, d(2022, 6, 1)).requirements()).hasSize(2);
  }

  @Test
  void aSelfReviewCountsAsTheMandatoryActivityOnlyIfWorthItsFiveCeus() {
    List<CredentialHolding> ccs = List.of(held("CCS", d(2019, 6, 1)));
    CeActivity quiz1 = base("q1", d(2019, 7, 1)).ceus(Ceus.parse("0.25")).category(CeCategory.CODING_SELF_REVIEW)
        .build();
    CeActivity quiz2 = base("q2", d(2020, 7, 1)).ceus(Ceus.parse("0.25")).category(CeCategory.CODING_SELF_REVIEW)
        .build();
    RenewalAssessment quizzes = one(ccs, List.of(hiim("a", d(2019, 8, 1), "20"), quiz1, quiz2), d(2021, 3, 1));
    assertThat(quizzes.earned()).isEqualTo(Ceus.parse("20.5"));
    RequirementProgress review = quizzes.requirements().get(2);
    assertThat(review.kind()).isEqualTo(RequirementKind.MANDATORY_ACTIVITY);
    assertThat(review.mandatoryActivity().orElseThrow().ceusEach()).isEqualTo(Ceus.of(5));
    assertThat(review.mandatoryActivity().orElseThrow().perCycleYear()).isEqualTo(1);
    assertThat(review.earned()).isEqualTo(Ceus.ZERO);
    assertThat(quizzes.shortfalls()).singleElement().extracting(Shortfall::yearsMissing, InstanceOfAssertFactories.LIST).containsExactly(
        new CycleYear(d(2019, 6, 1), d(2020, 5, 31)), new CycleYear(d(2020, 6, 1), d(2021, 5, 31)));
    CeActivity review1 = base("r1", d(2019, 7, 2)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build();
    CeActivity review2 = base("r2", d(2020, 7, 2)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build();
    RenewalAssessment reviews = one(ccs, List.of(hiim("a", d(2019, 8, 1), "20"), review1, review2), d(2021, 3, 1));
    assertThat(reviews.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(reviews.requirements().get(2).earned()).isEqualTo(Ceus.of(2));
  }

  @Test
  void selfReviewAndGraceEndedForEveryoneOn2021January1() {
    // A cycle that began 2020-12-31, governed by the version before 2021: a self-review in its first
    // year only, and, unmet, the 2021 lapse rule (inactive, no grace).
    List<CredentialHolding> dec31 = List.of(held("CCS", d(2020, 12, 31)));
    List<CeActivity> twenty = List.of(hiim("a", d(2021, 3, 1), "20"));
    RenewalAssessment lapsed = one(dec31, twenty, d(2023, 1, 15));
    assertThat(lapsed.cycle().toString()).isEqualTo("2020-12-31 to 2022-12-30");
    assertThat(lapsed.cycle().policy().name()).isEqualTo("AHIMA recertification, before 2021");
    assertThat(lapsed.status()).isEqualTo(RenewalStatus.INACTIVE);
    assertThat(lapsed.shortfalls()).singleElement().extracting(Shortfall::yearsMissing, InstanceOfAssertFactories.LIST)
        .containsExactly(new CycleYear(d(2020, 12, 31), d(2021, 12, 30)));
    assertThat(lapsed.keyDates()).extracting(KeyDate::kind, KeyDate::date, KeyDate::ifUnmet).containsExactly(
        tuple(KeyDateKind.CYCLE_START, d(2020, 12, 31), false),
        tuple(KeyDateKind.MANDATORY_YEAR_END, d(2021, 12, 30), false),
        tuple(KeyDateKind.CYCLE_END, d(2022, 12, 30), false), tuple(KeyDateKind.INACTIVE_FROM, d(2022, 12, 31), false),
        tuple(KeyDateKind.REVOKED_ON, d(2023, 6, 29), false), tuple(KeyDateKind.APPEAL_DEADLINE, d(2023, 9, 26), false));
    CeActivity review = base("r", d(2021, 6, 1)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW).build();
    List<RenewalAssessment> renewed = history(dec31, List.of(twenty.get(0), review), d(2023, 1, 15));
    assertThat(renewed).extracting(RenewalAssessment::status)
        .containsExactly(RenewalStatus.RENEWED, RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(renewed.get(0).requirements().get(2).required()).isEqualTo(Ceus.of(1));

    // A cycle that began 2019-06-01: both of its years began before 2021, so both need a self-review;
    // it ended 2021-05-31, after grace was removed, so it has no grace period.
    List<CredentialHolding> june = List.of(held("CCS", d(2019, 6, 1)));
    RenewalAssessment june2021 = one(june, List.of(hiim("a", d(2020, 3, 1), "20")), d(2021, 6, 15));
    assertThat(june2021.cycle().toString()).isEqualTo("2019-06-01 to 2021-05-31");
    assertThat(june2021.status()).isEqualTo(RenewalStatus.INACTIVE);
    assertThat(june2021.requirements().get(2).required()).isEqualTo(Ceus.of(2));
    assertThat(june2021.shortfalls()).singleElement().extracting(Shortfall::yearsMissing, InstanceOfAssertFactories.LIST).containsExactly(
        new CycleYear(d(2019, 6, 1), d(2020, 5, 31)), new CycleYear(d(2020, 6, 1), d(2021, 5, 31)));
    assertThat(june2021.keyDates()).extracting(KeyDate::kind).doesNotContain(KeyDateKind.GRACE_END)
        .contains(KeyDateKind.MANDATORY_YEAR_END, KeyDateKind.INACTIVE_FROM);
    // A cycle that ended in 2020 keeps the 3-month grace period.
    RenewalAssessment ended2020 = one(List.of(held("CCS", d(2018, 11, 1))), List.of(hiim("a", d(2019, 3, 1), "20")),
        d(2020, 12, 1));
    assertThat(ended2020.status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(ended2020.daysLeft()).isEqualTo(61); // grace period to 2021-01-31
  }

  @Test
  void leapDayCycles() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2024, 2, 29)));
    List<CeActivity> activities = List.of(hiim("a", d(2024, 3, 1), "20"), hiim("b", d(2026, 2, 27), "1"),
        hiim("c", d(2026, 2, 28), "2"));
    List<RenewalAssessment> history = history(rhit, activities, d(2026, 6, 1));
    assertThat(history).extracting(a -> a.cycle().toString())
        .containsExactly("2024-02-29 to 2026-02-27", "2026-02-28 to 2028-02-28");
    assertThat(history.get(0).earned()).isEqualTo(Ceus.of(21));
    assertThat(history.get(1).earned()).isEqualTo(Ceus.of(2));
    assertThat(history.get(1).cycle().policy().name()).isEqualTo("AHIMA recertification, 2025");
    List<CeActivity> more = new java.util.ArrayList<>(activities);
    more.add(ahimaSource("e", d(2027, 1, 1), "20"));
    assertThat(history(rhit, more, d(2028, 2, 29)).get(2).cycle().toString())
        .isEqualTo("2028-02-29 to 2030-02-27");
  }

  @Test
  void from2021AnUnmetCycleMakesTheCredentialInactiveThenRevoked() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2021, 3, 1)));
    List<CeActivity> ten = List.of(hiim("a", d(2021, 6, 1), "10"), hiim("late", d(2023, 3, 2), "10"));
    assertThat(one(rhit, List.of(ten.get(0)), d(2023, 2, 28)).status()).isEqualTo(RenewalStatus.ACTIVE_AT_RISK);
    RenewalAssessment inactive = one(rhit, ten, d(2023, 3, 2));
    assertThat(inactive.status()).isEqualTo(RenewalStatus.INACTIVE);
    assertThat(inactive.cycle().toString()).isEqualTo("2021-03-01 to 2023-02-28");
    assertThat(inactive.daysLeft()).isZero();
    assertThat(disposition(inactive, "late")).isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);
    assertThat(inactive.keyDates()).extracting(KeyDate::date)
        .containsExactly(d(2021, 3, 1), d(2023, 2, 28), d(2023, 3, 1), d(2023, 8, 28), d(2023, 11, 25));
    assertThat(inactive.keyDates().get(3)).isEqualTo(new KeyDate(KeyDateKind.REVOKED_ON, d(2023, 8, 28), false));
    // Before the cycle ends the same dates are contingent on the requirements being unmet.
    assertThat(one(rhit, List.of(ten.get(0)), d(2023, 2, 28)).keyDates()).extracting(KeyDate::kind, KeyDate::ifUnmet)
        .contains(tuple(KeyDateKind.REVOKED_ON, true), tuple(KeyDateKind.NEXT_CYCLE_START, false));
    assertThat(one(rhit, ten, d(2023, 8, 27)).status()).isEqualTo(RenewalStatus.INACTIVE);
    assertThat(one(rhit, ten, d(2023, 8, 28)).status()).isEqualTo(RenewalStatus.REVOKED);
  }

  @Test
  void before2021AThreeMonthGracePeriodFollowsAnUnmetCycle() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2017, 1, 10)));
    List<CeActivity> ten = List.of(hiim("a", d(2018, 1, 1), "10"));
    RenewalAssessment grace = one(rhit, ten, d(2019, 3, 1));
    assertThat(grace.status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(grace.cycle().toString()).isEqualTo("2017-01-10 to 2019-01-09");
    assertThat(grace.daysLeft()).isEqualTo(39);
    assertThat(grace.shortfalls()).first().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(RequirementKind.TOTAL);
      assertThat(f.missing()).isEqualTo(Ceus.of(10));
      assertThat(f.cycleEnd()).isEqualTo(d(2019, 1, 9));
      assertThat(f.graceEnd()).contains(d(2019, 4, 9));
    });
    assertThat(grace.notes()).extracting(Note::kind, Note::choice)
        .contains(tuple(NoteKind.GRACE_PERIOD_SPLIT, java.util.Optional.of(omission("ahima-grace-split"))));
    RenewalAssessment expired = one(rhit, ten, d(2019, 4, 10));
    assertThat(expired.notes()).extracting(Note::kind, Note::choice).contains(
        tuple(NoteKind.STATUS_NOT_NAMED_BY_SOURCES, java.util.Optional.of(omission("ahima-after-grace"))));
    assertThat(one(rhit, ten, d(2019, 4, 9)).status()).isEqualTo(RenewalStatus.IN_GRACE);
    assertThat(one(rhit, ten, d(2019, 4, 10)).status()).isEqualTo(RenewalStatus.EXPIRED);

    List<CeActivity> caughtUp = List.of(ten.get(0), hiim("g", d(2019, 2, 1), "10"));
    List<RenewalAssessment> history = history(rhit, caughtUp, d(2019, 3, 1));
    assertThat(history).extracting(RenewalAssessment::status)
        .containsExactly(RenewalStatus.RENEWED, RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(disposition(history.get(0), "g")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(disposition(history.get(1), "g")).isEqualTo(ActivityDisposition.ALREADY_COUNTED);
    assertThat(history.get(1).earned()).isEqualTo(Ceus.ZERO);
  }

  @Test
  void theGracePeriodTakesOnlyTheActivitiesTheLapsedCycleNeeds() {
    // Cycle 2018-11-15 to 2020-11-14, unmet; its grace period runs to 2021-02-14.
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2018, 11, 15)));
    List<CeActivity> grace = List.of(hiim("g", d(2021, 1, 10), "20"), hiim("h", d(2021, 2, 1), "20"));
    List<RenewalAssessment> history = history(rhit, grace, d(2021, 3, 1));
    assertThat(history).extracting(RenewalAssessment::status)
        .containsExactly(RenewalStatus.RENEWED, RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(history.get(0).earned()).isEqualTo(Ceus.of(20));
    assertThat(disposition(history.get(0), "g")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(disposition(history.get(0), "h")).isEqualTo(ActivityDisposition.GRACE_PERIOD_NOT_NEEDED);
    assertThat(outcome(history.get(0), "h").window().graceEnd()).contains(d(2021, 2, 14));
    assertThat(outcome(history.get(1), "g").countedIn()).contains(history.get(0).cycle());
    assertThat(history.get(1).cycle().toString()).isEqualTo("2020-11-15 to 2022-11-14");
    assertThat(disposition(history.get(1), "g")).isEqualTo(ActivityDisposition.ALREADY_COUNTED);
    assertThat(disposition(history.get(1), "h")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(history.get(1).earned()).isEqualTo(Ceus.of(20));

    // Credited in date order until met: 5 and then 10 CEUs make up a 15 CEU shortfall, the third waits.
    List<CeActivity> partial = List.of(hiim("a", d(2019, 6, 1), "5"), hiim("x", d(2020, 12, 1), "5"),
        hiim("y", d(2021, 1, 5), "10"), hiim("z", d(2021, 1, 20), "4"));
    List<RenewalAssessment> split = history(rhit, partial, d(2021, 3, 1));
    assertThat(split.get(0).earned()).isEqualTo(Ceus.of(20));
    assertThat(split.get(0).counted()).extracting(o -> o.activity().id()).containsExactly("a", "x", "y");
    assertThat(split.get(1).counted()).extracting(o -> o.activity().id()).containsExactly("z");
  }

  @Test
  void aRetiredCredentialIsLeftOutOfCyclesTheVersionDoesNotCover() {
    List<CredentialHolding> holdings = List.of(held("RHIA", d(2015, 1, 1)), held("PCS", d(2015, 1, 1)));
    // PCS needed the annual coding self-review before 2021, like CCA, CCS and CCS-P (data audit D1).
    List<CeActivity> activities = new java.util.ArrayList<>(List.of(hiim("a", d(2016, 1, 1), "40"),
        hiim("b", d(2018, 1, 1), "40"), hiim("c", d(2020, 1, 1), "40"), hiim("d", d(2021, 6, 1), "30")));
    for (int year = 2015; year <= 2020; year++) {
      activities.add(base("review-" + year, d(year, 6, 1)).ceus(Ceus.of(5)).category(CeCategory.CODING_SELF_REVIEW)
          .build());
    }
    List<RenewalAssessment> history = history(holdings, activities, d(2022, 6, 1));
    assertThat(history).extracting(RenewalAssessment::status).containsExactly(RenewalStatus.RENEWED,
        RenewalStatus.RENEWED, RenewalStatus.RENEWED, RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    // Before 2021 both count: 30 for RHIA plus 10 for the second credential.
    assertThat(history.get(2).credentials()).containsExactly(CredentialId.of("RHIA"), CredentialId.of("PCS"));
    assertThat(history.get(2).required()).isEqualTo(Ceus.of(40));
    assertThat(history.get(2).notes()).extracting(Note::kind).doesNotContain(NoteKind.CREDENTIALS_NOT_COVERED);
    RenewalAssessment from2021 = history.get(3);
    assertThat(from2021.cycle().toString()).isEqualTo("2021-01-01 to 2022-12-31");
    assertThat(from2021.credentials()).containsExactly(CredentialId.of("RHIA"));
    assertThat(from2021.required()).isEqualTo(Ceus.of(30));
    assertThat(from2021.notes()).filteredOn(n -> n.kind() == NoteKind.CREDENTIALS_NOT_COVERED).singleElement()
        .satisfies(n -> {
          assertThat(n.credentials()).containsExactly(CredentialId.of("PCS"));
          assertThat(n.choice()).contains(omission("retired-maintenance"));
        });
    assertThat(assess(holdings, activities, d(2022, 6, 1))).containsExactly(from2021);
  }

  @Test
  void contactTimeConvertsByAhimaRule() {
    List<CredentialHolding> rhit = List.of(held("RHIT", d(2023, 1, 1)));
    RenewalAssessment a = one(rhit, List.of(
        base("two-and-a-half-hours", d(2023, 2, 1)).minutes(150).category(CeCategory.HIIM_DOMAIN).build(),
        base("forty-four", d(2023, 2, 2)).minutes(44).category(CeCategory.HIIM_DOMAIN).build(),
        base("hour-and-three-quarters", d(2023, 2, 3)).minutes(105).category(CeCategory.HIIM_DOMAIN).build()),
        d(2023, 3, 1));
    assertThat(a.activities()).extracting(ActivityOutcome::credited)
        .containsExactly(Ceus.of(2), Ceus.ZERO, Ceus.of(2));
    assertThat(disposition(a, "forty-four")).isEqualTo(ActivityDisposition.NO_CREDIT);
    assertThat(outcome(a, "forty-four").conversion().orElseThrow().minimumPartMinutes()).isEqualTo(45);
    assertThat(outcome(a, "two-and-a-half-hours").conversion().orElseThrow().minutesPerCeu()).isEqualTo(60);
    assertThat(a.earned()).isEqualTo(Ceus.of(4));
  }

  @Test
  void aapcRulesNoCeusBeforeCertificationApprovedVendorsNoCarryover() {
    List<CredentialHolding> cpc = List.of(held("CPC", d(2020, 1, 1)));
    CeActivity before = base("before", d(2019, 12, 31)).ceus(Ceus.of(10)).category(CeCategory.HIIM_DOMAIN)
        .addApprovedBy(AAPC).build();
    CeActivity unapproved = base("unapproved", d(2020, 2, 1)).ceus(Ceus.of(5)).category(CeCategory.HIIM_DOMAIN)
        .build();
    CeActivity big1 = base("big1", d(2021, 1, 1)).ceus(Ceus.of(25)).category(CeCategory.HIIM_DOMAIN)
        .addApprovedBy(AAPC).build();
    CeActivity big2 = base("big2", d(2021, 2, 1)).ceus(Ceus.of(25)).category(CeCategory.OTHER_RELEVANT)
        .addApprovedBy(AAPC).build();
    CeActivity minutes = base("minutes", d(2022, 2, 1)).minutes(120).category(CeCategory.HIIM_DOMAIN)
        .addApprovedBy(AAPC).build();
    List<RenewalAssessment> history = history(cpc, List.of(before, unapproved, big1, big2, minutes),
        d(2022, 6, 1));
    assertThat(history).hasSize(2);
    RenewalAssessment first = history.get(0);
    assertThat(first.cycle().toString()).isEqualTo("2020-01-01 to 2021-12-31");
    assertThat(first.status()).isEqualTo(RenewalStatus.RENEWED);
    assertThat(first.earned()).isEqualTo(Ceus.of(50));
    assertThat(disposition(first, "before")).isEqualTo(ActivityDisposition.BEFORE_CERTIFICATION);
    assertThat(first.cycle().policy().ceusBeforeCertificationExcluded()).isPresent();
    assertThat(disposition(first, "unapproved")).isEqualTo(ActivityDisposition.NOT_APPROVED);
    RenewalAssessment current = history.get(1);
    assertThat(current.earned()).isEqualTo(Ceus.ZERO);
    assertThat(disposition(current, "big1")).isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);
    assertThat(disposition(current, "minutes")).isEqualTo(ActivityDisposition.NO_CONVERSION);
    assertThat(current.notes()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NoteKind.FIRST_CYCLE_FROM_DAY_EARNED);
      assertThat(n.choice()).contains(omission("aapc-cycle-anchor"));
    });
  }

  @Test
  void ncraCycleEndsDecember31AndCtrResolvesToOds() {
    List<CredentialHolding> ctr = List.of(held("CTR", d(2022, 6, 15)));
    List<CeActivity> twenty = List.of(hiim("a", d(2023, 5, 1), "20"), hiim("b", d(2024, 1, 1), "1"));
    List<RenewalAssessment> history = history(ctr, twenty, d(2024, 2, 1));
    assertThat(history).extracting(a -> a.cycle().toString())
        .containsExactly("2022-06-15 to 2023-12-31", "2024-01-01 to 2025-12-31");
    assertThat(history.get(0).credentials()).containsExactly(CredentialId.of("ODS"));
    assertThat(history.get(0).requirements().get(0).unit()).isEqualTo(AmountUnit.CE_HOURS);
    assertThat(history.get(0).status()).isEqualTo(RenewalStatus.RENEWED);
    assertThat(history.get(1).earned()).isEqualTo(Ceus.of(1));
    assertThat(one(ctr, List.of(hiim("a", d(2023, 5, 1), "19")), d(2024, 2, 1)).status())
        .isEqualTo(RenewalStatus.EXPIRED);
  }

  @Test
  void oneAssessmentPerIssuerAndAnActivityCountsTowardEach() {
    CeActivity shared = base("shared", d(2023, 2, 1)).ceus(Ceus.of(10)).category(CeCategory.HIIM_DOMAIN)
        .addApprovedBy(AAPC).build();
    List<RenewalAssessment> all = assess(
        List.of(held("RHIA", d(2023, 1, 1)), held("CPC", d(2023, 1, 1))), List.of(shared), d(2023, 6, 1));
    assertThat(all).extracting(RenewalAssessment::issuer).containsExactly(AAPC, AHIMA);
    assertThat(all).extracting(RenewalAssessment::earned).containsExactly(Ceus.of(10), Ceus.of(10));
  }

  @Test
  void aCredentialEarnedLaterJoinsFromTheNextCycle() {
    List<CredentialHolding> holdings = List.of(held("RHIT", d(2018, 5, 1)), held("RHIA", d(2021, 2, 1)));
    List<CeActivity> activities = List.of(hiim("a", d(2019, 1, 1), "20"), hiim("b", d(2021, 6, 1), "20"));
    List<RenewalAssessment> history = history(holdings, activities, d(2022, 6, 1));
    assertThat(history).extracting(a -> a.cycle().toString())
        .containsExactly("2018-05-01 to 2020-04-30", "2020-05-01 to 2022-04-30", "2022-05-01 to 2024-04-30");
    assertThat(history.get(1).credentials()).containsExactly(CredentialId.of("RHIT"));
    assertThat(history.get(1).joiningNextCycle()).containsExactly(CredentialId.of("RHIA"));
    assertThat(history.get(1).required()).isEqualTo(Ceus.of(20));
    assertThat(history.get(2).credentials()).containsExactly(CredentialId.of("RHIA"));
    assertThat(history.get(2).supersededCredentials()).containsExactly(CredentialId.of("RHIT"));
    assertThat(history.get(2).required()).isEqualTo(Ceus.of(30));
    assertThat(history.get(2).cycle().policy().name()).isEqualTo("AHIMA recertification, 2021");
    assertThat(history.get(2).notes()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NoteKind.LATER_CREDENTIALS_JOIN_NEXT_CYCLE);
      assertThat(n.choice()).contains(omission("ahima-cycle-several-credentials"));
    });
  }

  @Test
  void anExplicitCycleStartOverridesTheChoice() {
    CredentialHolding rhia = CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2019, 6, 1))
        .cycleStart(d(2020, 1, 1)).build();
    RenewalAssessment a = one(List.of(rhia), List.of(hiim("a", d(2019, 9, 1), "5"), hiim("b", d(2020, 2, 1), "5")),
        d(2020, 6, 1));
    assertThat(a.cycle().toString()).isEqualTo("2020-01-01 to 2021-12-31");
    assertThat(a.cycle().policy().name()).isEqualTo("AHIMA recertification, before 2021");
    assertThat(disposition(a, "a")).isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);
    assertThat(a.earned()).isEqualTo(Ceus.of(5));
    assertThat(a.notes()).containsExactly(Note.onDate(NoteKind.EXPLICIT_CYCLE_START, java.util.Optional.empty(),
        d(2020, 1, 1)));
  }

  @Test
  void aCycleStartAfterTheDayEarnedMakesAShortFirstCycle() {
    // A newly certified AAPC member whose membership-aligned cycle begins after the assessment date.
    CredentialHolding cpc = CredentialHolding.builder().credential(CredentialId.of("CPC")).earned(d(2023, 3, 1))
        .cycleStart(d(2023, 6, 1)).build();
    CeActivity approved = base("a", d(2023, 4, 1)).ceus(Ceus.of(5)).category(CeCategory.HIIM_DOMAIN)
        .addApprovedBy(AAPC).build();
    RenewalAssessment now = one(List.of(cpc), List.of(approved), d(2023, 4, 1));
    assertThat(now.cycle().toString()).isEqualTo("2023-03-01 to 2023-05-31");
    assertThat(now.status()).isEqualTo(RenewalStatus.ACTIVE_REQUIREMENTS_MET);
    assertThat(now.required()).isEqualTo(Ceus.ZERO);
    assertThat(now.daysLeft()).isEqualTo(60);
    assertThat(disposition(now, "a")).isEqualTo(ActivityDisposition.COUNTED);
    assertThat(now.notes()).filteredOn(n -> n.kind() == NoteKind.SHORT_FIRST_CYCLE).singleElement().satisfies(n -> {
      assertThat(n.date()).contains(d(2023, 6, 1));
      assertThat(n.amount()).contains(Ceus.ZERO);
      assertThat(n.choice()).contains(omission("explicit-cycle-start"));
    });
    assertThat(now.keyDates()).extracting(KeyDate::date).contains(d(2023, 6, 1));

    // Cycles tile time from the day earned; the full cycles follow from the explicit start.
    List<RenewalAssessment> history = history(List.of(cpc), List.of(approved), d(2024, 1, 1));
    assertThat(history).extracting(a -> a.cycle().toString())
        .containsExactly("2023-03-01 to 2023-05-31", "2023-06-01 to 2025-05-31");
    assertThat(history).extracting(RenewalAssessment::status)
        .containsExactly(RenewalStatus.RENEWED, RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(history.get(1).required()).isEqualTo(Ceus.of(36));
    assertThat(disposition(history.get(1), "a")).isEqualTo(ActivityDisposition.OUTSIDE_CYCLE);

    // A given first-cycle requirement applies to the short cycle.
    CredentialHolding prorated = CredentialHolding.builder().from(cpc).firstCycleRequiredCeus(Ceus.of(9)).build();
    RenewalAssessment unmet = one(List.of(prorated), List.of(approved), d(2023, 6, 15));
    assertThat(unmet.cycle().toString()).isEqualTo("2023-03-01 to 2023-05-31");
    assertThat(unmet.required()).isEqualTo(Ceus.of(9));
    assertThat(unmet.status()).isEqualTo(RenewalStatus.EXPIRED);
    // A short AHIMA cycle requiring nothing requires no self-review either.
    CredentialHolding ccs = CredentialHolding.builder().credential(CredentialId.of("CCS")).earned(d(2019, 1, 1))
        .cycleStart(d(2019, 9, 1)).build();
    RenewalAssessment shortCcs = one(List.of(ccs), List.of(), d(2019, 8, 1));
    assertThat(shortCcs.requirements()).hasSize(2);
    assertThat(shortCcs.requirementsMet()).isTrue();
  }

  @Test
  void anExplicitFirstCycleRequirementOverridesTheFullAmount() {
    CredentialHolding cpc = CredentialHolding.builder().credential(CredentialId.of("CPC")).earned(d(2022, 5, 1))
        .cycleStart(d(2022, 5, 1)).firstCycleRequiredCeus(Ceus.of(18)).build();
    CeActivity approved = base("a", d(2023, 1, 10)).ceus(Ceus.of(18)).category(CeCategory.HIIM_DOMAIN)
        .addApprovedBy(AAPC).build();
    List<RenewalAssessment> history = history(List.of(cpc), List.of(approved), d(2024, 6, 1));
    assertThat(history).extracting(RenewalAssessment::required).containsExactly(Ceus.of(18), Ceus.of(36));
    assertThat(history.get(0).status()).isEqualTo(RenewalStatus.RENEWED);
    assertThat(history.get(1).notes()).first().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NoteKind.FIRST_CYCLE_REQUIREMENT_GIVEN);
      assertThat(n.amount()).contains(Ceus.of(18));
    });
    assertThat(cpc.toString()).contains("firstCycleRequiredCeus=18");
  }

  @Test
  void historyJudgesEachCycleByThePolicyInForceWhenItBegan() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2015, 1, 5)));
    List<CeActivity> activities = List.of(hiim("a", d(2016, 1, 1), "30"), hiim("b", d(2018, 1, 1), "30"),
        hiim("c", d(2020, 1, 1), "30"), hiim("d", d(2022, 1, 1), "30"));
    List<RenewalAssessment> history = history(rhia, activities, d(2023, 6, 1));
    assertThat(history).extracting(a -> a.cycle().policy().name()).containsExactly(
        "AHIMA recertification, before 2021", "AHIMA recertification, before 2021",
        "AHIMA recertification, before 2021", "AHIMA recertification, 2021", "AHIMA recertification, 2021");
    assertThat(history).extracting(RenewalAssessment::status).containsExactly(RenewalStatus.RENEWED,
        RenewalStatus.RENEWED, RenewalStatus.RENEWED, RenewalStatus.RENEWED, RenewalStatus.ACTIVE_ON_TRACK);
    assertThat(history.get(2).cycle().toString()).isEqualTo("2019-01-05 to 2021-01-04");
    assertThat(assess(rhia, activities, d(2023, 6, 1))).containsExactly(history.get(4));
  }

  @Test
  void theHolderReferenceNeverAppears() {
    CredentialHolding h = CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2023, 3, 15))
        .holderReference("Member 0000-FICTIONAL").build();
    assertThat(h.toString()).doesNotContain("FICTIONAL").contains("RHIA");
    assertThat(assess(List.of(h), List.of(hiim("a", d(2023, 4, 1), "3")), d(2023, 9, 1)).toString())
        .doesNotContain("FICTIONAL");
    assertThat(h.holderReference()).contains("Member 0000-FICTIONAL");
  }
}
