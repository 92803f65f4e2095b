package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;

import com.google.common.base.Strings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.RenewalPolicyId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * The edges of every rule the renewal values check: the last value a rule accepts is accepted, the first
 * it rejects is rejected with the attribute named, and every broken rule of one value is reported.
 */
class RenewalValueRulesTest {

  /** Asserts that building fails and names exactly these attributes, in this order. */
  private static void rejects(ThrowingCallable build, String... attributes) {
    assertThatThrownBy(build).isInstanceOfSatisfying(HimValidationException.class,
        e -> assertThat(e.problems()).map(p -> p.attribute().orElse("?")).containsExactly(attributes));
  }

  private static CeActivity.Builder activity() {
    return base("a", d(2023, 1, 1)).category(CeCategory.HIIM_DOMAIN);
  }

  @Test
  void anActivityIsGivenInOneToSixThousandMinutes() {
    rejects(() -> activity().minutes(0).build(), "minutes");
    assertThat(activity().minutes(1).build().minutes()).hasValue(1);
    assertThat(activity().minutes(CeActivity.MAX_MINUTES).build().minutes()).hasValue(6_000);
    rejects(() -> activity().minutes(CeActivity.MAX_MINUTES + 1).build(), "minutes");
  }

  @Test
  void anActivityIsGivenInMoreThanZeroAndAtMostOneHundredCeus() {
    rejects(() -> activity().ceus(Ceus.ZERO).build(), "ceus");
    assertThat(activity().ceus(Ceus.ofHundredths(1)).build().ceus()).contains(Ceus.ofHundredths(1));
    assertThat(activity().ceus(CeActivity.MAX_CEUS).build().ceus()).contains(Ceus.of(100));
    rejects(() -> activity().ceus(Ceus.ofHundredths(10_001)).build(), "ceus");
    rejects(() -> activity().build(), "ceus");
  }

  @Test
  void anActivitysTextsAreBoundedAndNotBlank() {
    String id200 = Strings.repeat("i", 200);
    String text4096 = Strings.repeat("t", 4096);
    CeActivity longest = activity().ceus(Ceus.of(1)).id(id200).title(text4096).provider(text4096).build();
    assertThat(longest.id()).hasSize(200);
    assertThat(longest.title()).hasSize(4096);
    rejects(() -> activity().ceus(Ceus.of(1)).id(id200 + "i").build(), "id");
    rejects(() -> activity().ceus(Ceus.of(1)).title(text4096 + "t").build(), "title");
    rejects(() -> activity().ceus(Ceus.of(1)).provider(text4096 + "p").build(), "provider");
    rejects(() -> activity().ceus(Ceus.of(1)).id(" ").build(), "id");
    rejects(() -> activity().ceus(Ceus.of(1)).title("\u00a0").build(), "title");
    rejects(() -> activity().ceus(Ceus.of(1)).provider("\u200b").build(), "provider");
    // control characters: refused in the id only, where a certificate number is kept
    rejects(() -> activity().ceus(Ceus.of(1)).id("cert\u0007").build(), "id");
    assertThat(activity().ceus(Ceus.of(1)).title("line one\nline two").build().title()).contains("\n");
    // every problem at once, in the order of the attributes
    rejects(() -> activity().id(" ").title(" ").provider(" ").completed(d(1899, 12, 31)).minutes(0)
        .addSourceOf(AHIMA).addNotSourceOf(AHIMA).build(), "id", "title", "provider", "completed", "minutes",
        "notSourceOf");
  }

  @Test
  void anActivityIsDatedFrom1900AndNotBothASourceAndNotASource() {
    rejects(() -> activity().ceus(Ceus.of(1)).completed(d(1899, 12, 31)).build(), "completed");
    assertThat(activity().ceus(Ceus.of(1)).completed(d(1900, 1, 1)).build().completed()).isEqualTo(d(1900, 1, 1));
    rejects(() -> activity().ceus(Ceus.of(1)).addSourceOf(AHIMA).addNotSourceOf(AHIMA).build(), "notSourceOf");
    CeActivity both = activity().ceus(Ceus.of(1)).addSourceOf(AHIMA).addNotSourceOf(AAPC).build();
    assertThat(both.sourceOf()).containsExactly(AHIMA);
    assertThat(both.notSourceOf()).containsExactly(AAPC);
  }

  @Test
  void anActivityIsApprovedByItsSourcesAndItsApprovers() {
    CeActivity source = activity().ceus(Ceus.of(1)).addSourceOf(AHIMA).build();
    CeActivity approved = activity().ceus(Ceus.of(1)).addApprovedBy(AAPC).build();
    CeActivity neither = activity().ceus(Ceus.of(1)).build();
    assertThat(source.isApprovedBy(AHIMA)).isTrue();
    assertThat(source.isApprovedBy(AAPC)).isFalse();
    assertThat(approved.isApprovedBy(AAPC)).isTrue();
    assertThat(approved.isApprovedBy(AHIMA)).isFalse();
    assertThat(neither.isApprovedBy(AHIMA)).isFalse();
  }

  /**
   * The primitive forms the evaluator reads per activity are worked out as the activity is built (and again for a
   * copy built with another attribute), equal to what they are made from, and play no part in equality.
   */
  @Test
  void anActivitysPrimitiveFormsAreWorkedOutAsItIsBuiltAndLeftOutOfEquality() {
    CeActivity ceus = activity().ceus(Ceus.parse("1.25")).addSourceOf(AHIMA).addApprovedBy(AAPC)
        .category(CeCategory.OTHER_RELEVANT).build();
    assertThat(ceus.day()).isEqualTo(d(2023, 1, 1).toEpochDay());
    assertThat(ceus.amountCode()).isEqualTo(125);
    assertThat(ceus.idHash()).isEqualTo("a".hashCode());
    assertThat(ceus.marks()).isEqualTo(CeActivity.MARKED_SOURCE | CeActivity.MARKED_APPROVED
        | CeCategory.OTHER_RELEVANT.ordinal() << CeActivity.CATEGORY_SHIFT);
    CeActivity minutes = CeActivity.builder().from(activity().minutes(90).addNotSourceOf(AAPC).build())
        .id("b").completed(d(2024, 2, 29)).build();
    assertThat(minutes.day()).isEqualTo(d(2024, 2, 29).toEpochDay());
    assertThat(minutes.amountCode()).isEqualTo(-90);
    assertThat(minutes.idHash()).isEqualTo("b".hashCode());
    assertThat(minutes.marks()).isEqualTo(CeActivity.MARKED_NOT_SOURCE
        | CeCategory.HIIM_DOMAIN.ordinal() << CeActivity.CATEGORY_SHIFT);
    assertThat(activity().ceus(Ceus.of(1)).build()).isEqualTo(activity().ceus(Ceus.of(1)).build())
        .hasSameHashCodeAs(activity().ceus(Ceus.of(1)).build());
  }

  @Test
  void anActivitysTextShowsItsAmountCategoryAndIssuersOnly() {
    assertThat(activity().ceus(Ceus.parse("1.5")).build().toString())
        .isEqualTo("CeActivity{completed=2023-01-01, ceus=1.5, category=HIIM_DOMAIN}");
    assertThat(activity().minutes(90).addSourceOf(AHIMA).addNotSourceOf(AAPC).addApprovedBy(AAPC).build().toString())
        .isEqualTo("CeActivity{completed=2023-01-01, minutes=90, category=HIIM_DOMAIN, sourceOf=[AHIMA], "
            + "notSourceOf=[AAPC], approvedBy=[AAPC]}");
  }

  @Test
  void aHoldingIsEarnedFrom1900WithAReferenceOfAtMost4096CharactersAndACycleNotBeforeIt() {
    CredentialId rhia = CredentialId.RHIA;
    rejects(() -> CredentialHolding.of(rhia, d(1899, 12, 31)), "earned");
    assertThat(CredentialHolding.of(rhia, d(1900, 1, 1)).earned()).isEqualTo(d(1900, 1, 1));
    CredentialHolding.Builder b = CredentialHolding.builder().credential(rhia).earned(d(2023, 3, 15));
    assertThat(b.holderReference(Strings.repeat("r", 4096)).build().holderReference().orElseThrow()).hasSize(4096);
    rejects(() -> b.holderReference(Strings.repeat("r", 4097)).build(), "holderReference");
    rejects(() -> b.holderReference("\u00a0").build(), "holderReference");
    b.holderReference("member 1");
    assertThat(b.cycleStart(d(2023, 3, 15)).build().cycleStart()).contains(d(2023, 3, 15));
    rejects(() -> b.cycleStart(d(2023, 3, 14)).build(), "cycleStart");
    rejects(() -> CredentialHolding.builder().credential(rhia).earned(d(1899, 1, 1)).holderReference(" ")
        .cycleStart(d(1898, 1, 1)).build(), "earned", "holderReference", "cycleStart");
  }

  @Test
  void aHoldingsTextLeavesOutTheReference() {
    CredentialHolding all = CredentialHolding.builder().credential(CredentialId.CPC).earned(d(2024, 8, 20))
        .cycleStart(d(2024, 9, 1)).firstCycleRequiredCeus(Ceus.of(20)).holderReference("member 12345").build();
    assertThat(all.toString()).startsWith("CredentialHolding{credential=CPC, earned=2024-08-20, cycleStart=2024-09-01")
        .endsWith(", firstCycleRequiredCeus=20}").doesNotContain("12345");
    assertThat(held("RHIA", d(2023, 3, 15)).toString()).isEqualTo("CredentialHolding{credential=RHIA, earned=2023-03-15}");
  }

  @Test
  void aCycleContainsItsFirstAndLastDay() {
    RenewalAssessment a = Fixtures.assess(List.of(held("RHIA", d(2023, 1, 1))), List.of(), d(2023, 6, 1)).get(0);
    RenewalCycle cycle = a.cycle();
    assertThat(cycle.contains(cycle.start())).isTrue();
    assertThat(cycle.contains(cycle.end())).isTrue();
    assertThat(cycle.contains(cycle.start().minusDays(1))).isFalse();
    assertThat(cycle.contains(cycle.end().plusDays(1))).isFalse();
    RenewalCycle oneDay = new RenewalCycle(d(2023, 1, 1), d(2023, 1, 1), cycle.policy());
    assertThat(oneDay.lengthInDays()).isEqualTo(1);
    assertThat(new RenewalCycle(d(2023, 1, 1), d(2024, 12, 31), cycle.policy()).lengthInDays()).isEqualTo(731);
  }

  @Test
  void anAssessmentHasCredentialsRequirementsStartingWithTheTotalKeyDatesAndNoNegativeDaysLeft() {
    RenewalAssessment a = Fixtures.assess(List.of(held("RHIA", d(2023, 1, 1))),
        List.of(hiim("w", d(2023, 2, 1), "5")), d(2023, 6, 1)).get(0);
    assertThat(RenewalAssessment.builder().from(a).daysLeft(0).build().daysLeft()).isZero();
    rejects(() -> RenewalAssessment.builder().from(a).daysLeft(-1).build(), "daysLeft");
    rejects(() -> RenewalAssessment.builder().from(a).credentials(List.of()).build(), "credentials");
    rejects(() -> RenewalAssessment.builder().from(a).keyDates(List.of()).build(), "keyDates");
    rejects(() -> RenewalAssessment.builder().from(a).requirements(List.of()).build(), "requirements");
    assertThat(a.requirements()).hasSizeGreaterThan(1);
    rejects(() -> RenewalAssessment.builder().from(a).requirements(a.requirements().subList(1, a.requirements().size()))
        .build(), "requirements");
  }

  @Test
  void aResultNotAssessedHasAReasonAndNamesItsCredentials() {
    NotAssessedReason one = new NotAssessedReason(NotAssessedKind.NO_RENEWAL_POLICY, CredentialId.RHIA,
        Optional.empty(), Optional.empty());
    NotAssessedReason two = new NotAssessedReason(NotAssessedKind.POLICY_NOT_IN_CATALOG, CredentialId.CPC,
        Optional.of(RenewalPolicyId.of("P")), Optional.empty());
    assertThat(new NotAssessed(AHIMA, List.of(one, two)).credentials()).containsExactly(CredentialId.RHIA,
        CredentialId.CPC);
    assertThatThrownBy(() -> new NotAssessed(AHIMA, List.of())).isInstanceOfSatisfying(HimValidationException.class,
        e -> assertThat(e.attribute()).contains("reasons"));
  }

  @Test
  void aCycleYearEndsNotBeforeItBegins() {
    assertThat(new CycleYear(d(2019, 6, 1), d(2020, 5, 31))).hasToString("2019-06-01 to 2020-05-31");
    assertThat(new CycleYear(d(2019, 6, 1), d(2019, 6, 1)).last()).isEqualTo(d(2019, 6, 1));
    assertThatThrownBy(() -> new CycleYear(d(2019, 6, 1), d(2019, 5, 31)))
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.attribute()).contains("last"));
  }

  @Test
  void aHolderRecordBeginsFrom1900() {
    LocalDate earliest = d(1900, 1, 1);
    assertThat(HolderRecord.builder().recordsBegin(earliest).build().recordsBegin()).contains(earliest);
    assertThatThrownBy(() -> HolderRecord.builder().recordsBegin(earliest.minusDays(1)).build())
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.attribute()).contains("recordsBegin"));
  }
}
