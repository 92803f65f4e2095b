package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * A record asked again is walked on the array laid out for it ({@link StatusWalk}, {@link ActivityWords}): on
 * random holders of the three issuers (grace periods, credentials joining and replaced, retired ones, minutes,
 * issuer sources named or marked, approvals, credential-specific activities, partial records), every answer on
 * any date, one by one and in a batch, is the first answer's path's: the standings of the full assessment of a
 * fresh record, or the same error.
 */
class StatusWalkPropertiesTest {
  private static final List<String> CREDENTIALS = List.of("RHIT", "RHIA", "CCS", "CCA", "PCS", "ODS", "CPC", "CPMA",
      "CPC-A", "CRC");
  private static final List<String> PROVIDERS = List.of("AHIMA", "HCPro", "AAPC", "NCRA", "American Health "
      + "Information Management Association", "Another provider");
  private static final List<String> NOT_CODING = List.of("RHIT", "RHIA", "CDIP", "CHDA");
  /** The credentials AHIMA's annual coding self-review names (before 2021). */
  private static final List<String> CODING = List.of("CCA", "CCS", "CCS-P", "PCS");
  private static final List<OrganizationId> ISSUERS = List.of(AHIMA, Fixtures.AAPC, Fixtures.NCRA);

  @Test
  void aRecordAskedAgainAnswersAsTheFullAssessmentOfAFreshRecord() {
    qt().withExamples(400).forAll(integers().between(1, (1 << CREDENTIALS.size()) - 1), integers().between(0, 9000),
        integers().between(0, 45), integers().between(0, Integer.MAX_VALUE)).checkAssert((pick, offset, count, seed) -> {
          Random r = new Random(seed);
          LocalDate earned = LocalDate.of(1998, 1, 1).plusDays(offset);
          List<CredentialHolding> holdings = new ArrayList<>();
          for (int i = 0; i < CREDENTIALS.size(); i++) {
            if ((pick >>> i & 1) == 1) {
              holdings.add(held(CREDENTIALS.get(i), earned.plusDays(i * 97L % 500)));
            }
          }
          LocalDate last = earned.plusDays(600 + r.nextInt(4000));
          List<CeActivity> activities = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            // one in three on the day of the one before, so that days with several activities are common
            LocalDate on = i > 0 && r.nextInt(3) == 0 ? activities.get(i - 1).completed()
                : earned.plusDays(r.nextInt((int) (last.toEpochDay() - earned.toEpochDay()) + 200));
            activities.add(activity(r, "a" + i, on));
          }
          java.util.Collections.shuffle(activities, r); // given in any order
          HolderRecord.Builder b = HolderRecord.builder().addAllHoldings(holdings).addAllActivities(activities);
          if (r.nextInt(6) == 0) {
            b.recordsBegin(earned.plusDays(r.nextInt(1500)));
          }
          HolderRecord record = b.build();
          RenewalEvaluator evaluator = r.nextInt(4) == 0 ? RenewalEvaluator.of(CATALOG) : EVALUATOR;
          List<LocalDate> dates = new ArrayList<>();
          for (int k = 0; k < 4; k++) {
            dates.add(earned.plusDays(r.nextInt((int) (last.toEpochDay() - earned.toEpochDay()) + 1)));
          }
          for (int round = 0; round < 2; round++) {
            for (LocalDate asOf : dates) {
              assertThat(answer(evaluator, record, asOf)).as("%s on %s", record, asOf)
                  .isEqualTo(expected(evaluator, record, asOf));
            }
          }
          LocalDate asOf = dates.get(0);
          Object one = expected(evaluator, record, asOf);
          if (one instanceof List<?>) {
            assertThat((Object) evaluator.standings(List.of(record, record), asOf)).isEqualTo(List.of(one, one));
          }
        });
  }

  @Test
  void aHolderCertifiedBefore2021IsWalkedOnTheArrayUnlessTheSelfReviewApplies() {
    // AHIMA's version before 2021 has the annual coding self-review, for CCA, CCS, CCS-P and PCS only: the cycles
    // of a holder of none of them are walked on the array (and by StatusWalk#first), those of a holder counting one
    // by the general walk, which judges the self-review; every answer (the first question, on the array, in a
    // batch) is the full assessment's, and the full assessment lists the self-review exactly when one is counted
    qt().withExamples(300).forAll(integers().between(0, 9100), integers().between(0, 3),
        integers().between(0, Integer.MAX_VALUE)).checkAssert((offset, shape, seed) -> {
          Random r = new Random(seed);
          LocalDate earned = LocalDate.of(1996, 1, 1).plusDays(offset); // to 2020-12
          List<CredentialHolding> holdings = new ArrayList<>();
          String coding = CODING.get(r.nextInt(CODING.size()));
          if (shape != 3) { // 3: a coding credential alone
            holdings.add(held(NOT_CODING.get(r.nextInt(NOT_CODING.size())), earned));
          }
          if (shape >= 2) { // 2: a coding credential too, earned with the first or later
            holdings.add(held(coding, shape == 3 || r.nextBoolean() ? earned : earned.plusDays(r.nextInt(2000))));
          }
          HolderRecord record = HolderRecord.of(holdings, cycles(r, earned, shape >= 2 && r.nextBoolean()));
          List<LocalDate> dates = new ArrayList<>();
          LocalDate latest = holdings.get(holdings.size() - 1).earned(); // asked after every credential is earned
          for (int k = 0; k < 3; k++) {
            dates.add(latest.plusDays(r.nextInt((int) (d(2027, 1, 1).toEpochDay() - latest.toEpochDay()))));
          }
          for (LocalDate asOf : dates) {
            Object expected = expected(EVALUATOR, record, asOf);
            for (int k = 0; k < 2; k++) { // the first question (on the ledger), then on the array
              assertThat(answer(EVALUATOR, record, asOf)).as("%s on %s", record, asOf).isEqualTo(expected);
            }
            assertThat((Object) EVALUATOR.standings(List.of(record, record), asOf))
                .isEqualTo(List.of(expected, expected));
            // which walk answers: the array's unless a cycle counts a coding credential, or ended unmet
            RenewalResult history = EVALUATOR.history(HolderRecord.builder().from(record).build(), asOf);
            boolean selfReview = false;
            boolean allMet = history.notAssessed().isEmpty();
            for (RenewalAssessment a : history.assessments()) {
              selfReview |= a.requirements().stream().anyMatch(p -> p.kind() == RequirementKind.MANDATORY_ACTIVITY);
              // an ended cycle met without its grace period (one met in it is the general walk's), or the one in force
              allMet &= a.requirementsMet() && a.window().graceEnd().isEmpty() || !a.cycle().end().isBefore(asOf);
              assertThat(a.requirements().stream().anyMatch(p -> p.kind() == RequirementKind.MANDATORY_ACTIVITY))
                  .as("self-review of %s", a.cycle()).isEqualTo(a.cycle().start().isBefore(d(2021, 1, 1))
                      && a.required().hundredths() > 0 && a.credentials().stream()
                      .anyMatch(c -> CODING.contains(c.value())));
            }
            HoldingGroups.Kept kept = java.util.Objects.requireNonNull(record.keptFor(EVALUATOR));
            long[] layout = java.util.Objects.requireNonNull(kept.layout);
            PolicyPlan plan = java.util.Objects.requireNonNull(kept.plan);
            RenewalStanding walked = StatusWalk.walk(layout, layout[0], plan, asOf, null);
            RenewalStanding first = StatusWalk.first(kept.groups.groups.get(0), record.ledger().at(asOf), asOf);
            if (selfReview) {
              assertThat(walked).as("%s on %s", record, asOf).isNull();
              assertThat(first).isNull();
            } else if (allMet) {
              assertThat(walked).as("%s on %s", record, asOf).isNotNull();
              assertThat(List.of(java.util.Objects.requireNonNull(walked))).isEqualTo(expected);
              assertThat(List.of(java.util.Objects.requireNonNull(first))).isEqualTo(expected);
            }
          }
        });
  }

  /**
   * Activities over the years from a day earned to 2027: in each two years, most often enough HIIM-domain CEUs for
   * any AHIMA holder (now and then too few, or too few in the domains), and a coding self-review in most years.
   */
  private static List<CeActivity> cycles(Random r, LocalDate earned, boolean selfReviews) {
    List<CeActivity> out = new ArrayList<>();
    List<CeCategory> domains = java.util.Arrays.stream(CeCategory.values()).filter(CeCategory::isHiimDomain)
        .toList();
    int id = 0;
    for (LocalDate from = earned; from.isBefore(d(2027, 1, 1)); from = from.plusYears(2)) {
      int count = r.nextInt(5) == 0 ? r.nextInt(12) : 12 + r.nextInt(8);
      for (int i = 0; i < count; i++) {
        CeCategory category = r.nextInt(15) == 0 ? CeCategory.values()[r.nextInt(CeCategory.values().length)]
            : domains.get(r.nextInt(domains.size()));
        out.add(CeActivity.builder().id("a" + id++).title("Activity " + id).completed(from.plusDays(r.nextInt(730)))
            .provider(r.nextBoolean() ? "AHIMA" : "Another provider").category(category)
            .ceus(Ceus.parse((2 + r.nextInt(3)) + (r.nextBoolean() ? ".5" : ""))).build());
      }
      for (int y = 0; y < 2 && selfReviews; y++) {
        if (r.nextInt(4) != 0) {
          out.add(CeActivity.builder().id("s" + id++).title("Self-review " + id)
              .completed(from.plusYears(y).plusDays(r.nextInt(365))).provider("AHIMA")
              .category(CeCategory.CODING_SELF_REVIEW).ceus(Ceus.of(5)).build());
        }
      }
    }
    return out;
  }

  @Test
  void aRecordAskedBackAndForthBetweenCyclesReusesOnlyWhatItsLastAnswerHad() {
    // the walk on the array reuses the cycle and the CEUs earned of the record's last standing when they are the
    // same: dates taken back and forth among three (often in different cycles), each answer the fresh one's
    qt().withExamples(200).forAll(integers().between(0, 2000), integers().between(0, 30),
        integers().between(0, Integer.MAX_VALUE)).checkAssert((offset, count, seed) -> {
          Random r = new Random(seed);
          LocalDate earned = LocalDate.of(2021, 1, 1).plusDays(offset); // no grace period: the common case
          List<CredentialHolding> holdings = new ArrayList<>(List.of(held("RHIT", earned)));
          if (r.nextBoolean()) {
            holdings.add(held("CCS", earned.plusDays(r.nextInt(900))));
          }
          List<CeActivity> activities = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            activities.add(activity(r, "a" + i, earned.plusDays(r.nextInt(2600))));
          }
          HolderRecord record = HolderRecord.of(holdings, activities);
          List<LocalDate> dates = List.of(earned.plusDays(r.nextInt(2400)), earned.plusDays(r.nextInt(2400)),
              earned.plusDays(r.nextInt(2400)));
          Object before = null;
          LocalDate beforeOn = null;
          for (int k = 0; k < 10; k++) {
            LocalDate asOf = dates.get(r.nextInt(dates.size()));
            Object answer = answer(EVALUATOR, record, asOf);
            assertThat(answer).as("question %d on %s", k + 1, asOf).isEqualTo(expected(EVALUATOR, record, asOf));
            if (k >= 2 && holdings.size() == 1 && asOf.equals(beforeOn) && answer instanceof List<?> now
                && before instanceof List<?> then) {
              // asked again on the same date: the same cycle and CEUs earned, reused rather than built again
              RenewalStanding a = (RenewalStanding) now.get(0);
              RenewalStanding b = (RenewalStanding) then.get(0);
              assertThat(a.cycle()).isSameAs(b.cycle());
              assertThat(a.earned()).isSameAs(b.earned());
            }
            before = answer;
            beforeOn = asOf;
          }
        });
  }

  @Test
  void anActivityBeyondTheWordsDaysIsWalkedOnTheLedger() {
    List<CredentialHolding> holdings = List.of(held("RHIT", d(2021, 3, 1)));
    List<CeActivity> activities = List.of(hiim("a", d(2022, 5, 1), "20"), hiim("far", LocalDate.of(6_000_000, 1, 1),
        "5"));
    HolderRecord record = HolderRecord.of(holdings, activities);
    for (int k = 0; k < 3; k++) {
      assertThat(EVALUATOR.standings(record, d(2024, 1, 1))).isEqualTo(expected(EVALUATOR, record, d(2024, 1, 1)));
    }
  }

  @Test
  void aGracePeriodAndAnExplicitStartAreWalkedOnTheSameWords() {
    // AHIMA: a cycle ending unmet before 2020-12-31 has a grace period; the activities in it are credited to it
    HolderRecord grace = HolderRecord.of(List.of(held("RHIT", d(2015, 3, 1))),
        List.of(hiim("a", d(2016, 5, 1), "10"), hiim("b", d(2017, 3, 10), "15"), hiim("c", d(2017, 4, 1), "20")));
    HolderRecord explicit = HolderRecord.of(List.of(CredentialHolding.builder().credential(CredentialId.of("CPC"))
        .earned(d(2023, 1, 10)).cycleStart(d(2024, 5, 10)).build()), List.of(hiim("a", d(2023, 6, 1), "8")));
    for (HolderRecord record : List.of(grace, explicit)) {
      for (LocalDate asOf : List.of(d(2017, 6, 1), d(2018, 1, 1), d(2024, 1, 1), d(2025, 8, 1))) {
        for (int k = 0; k < 2; k++) {
          assertThat(answer(EVALUATOR, record, asOf)).isEqualTo(expected(EVALUATOR, record, asOf));
        }
      }
    }
  }

  @Test
  void aGracePeriodDayWithSeveralActivitiesIsCreditedInIdOrderOnTheWordsAsOnTheLedger() {
    // the cycle ending 2017-02-28 is 10 short; on one day of its grace period, given out of id order, "z" (15)
    // and "m" (10): the full assessment credits "m" first (date, then id) and leaves "z" to the next cycle
    HolderRecord record = HolderRecord.of(List.of(held("RHIT", d(2015, 3, 1))),
        List.of(hiim("a", d(2016, 5, 1), "10"), hiim("z", d(2017, 3, 10), "15"), hiim("m", d(2017, 3, 10), "10")));
    for (LocalDate asOf : List.of(d(2017, 6, 1), d(2018, 1, 1))) {
      for (int k = 0; k < 3; k++) {
        assertThat(answer(EVALUATOR, record, asOf)).as("question %d on %s", k + 1, asOf)
            .isEqualTo(expected(EVALUATOR, record, asOf));
      }
    }
  }

  @Test
  void aRecordThatFailsFailsAlikeEveryTime() {
    HolderRecord record = HolderRecord.of(List.of(held("RHIT", d(2021, 3, 1)), held("CCS", d(2023, 6, 1))),
        List.of(hiim("a", d(2022, 5, 1), "20")));
    assertThat(EVALUATOR.standings(record, d(2024, 1, 1))).hasSize(1);
    assertThat(EVALUATOR.standings(record, d(2024, 1, 1))).hasSize(1); // laid out
    for (int k = 0; k < 2; k++) {
      assertThat(answer(EVALUATOR, record, d(2023, 1, 1))).isEqualTo(expected(EVALUATOR, record, d(2023, 1, 1)))
          .isInstanceOf(String.class);
    }
  }

  /** The standings of the record, or the message of the error they throw. */
  private static Object answer(RenewalEvaluator evaluator, HolderRecord record, LocalDate asOf) {
    try {
      return evaluator.standings(record, asOf);
    } catch (HimValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** The standings of the full assessment of a fresh copy of the record, or the message of the error it throws. */
  private static Object expected(RenewalEvaluator evaluator, HolderRecord record, LocalDate asOf) {
    HolderRecord fresh = HolderRecord.builder().from(record).build();
    try {
      List<RenewalStanding> out = new ArrayList<>();
      for (RenewalAssessment a : evaluator.assess(fresh, asOf).assessments()) {
        out.add(a.standing());
      }
      return out;
    } catch (HimValidationException e) {
      return String.valueOf(e.getMessage());
    }
  }

  private static CeActivity activity(Random r, String id, LocalDate on) {
    CeActivity.Builder b = CeActivity.builder().id(id).title("Activity " + id).completed(on)
        .provider(PROVIDERS.get(r.nextInt(PROVIDERS.size())))
        .category(CeCategory.values()[r.nextInt(CeCategory.values().length)]);
    if (r.nextInt(4) == 0) {
      b.minutes(1 + r.nextInt(600));
    } else {
      b.ceus(Ceus.parse((1 + r.nextInt(12)) + (r.nextBoolean() ? ".5" : "")));
    }
    int source = r.nextInt(10);
    if (source < 2) {
      b.addSourceOf(ISSUERS.get(r.nextInt(ISSUERS.size())));
    } else if (source < 4) {
      b.addNotSourceOf(ISSUERS.get(r.nextInt(ISSUERS.size())));
    }
    if (r.nextInt(3) == 0) {
      b.addApprovedBy(ISSUERS.get(r.nextInt(ISSUERS.size())));
    }
    if (r.nextInt(4) == 0) {
      b.addSpecificTo(CredentialId.of(CREDENTIALS.get(r.nextInt(CREDENTIALS.size()))));
    }
    return b.build();
  }
}
