package org.himkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.Fixtures;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;

/**
 * Every rule a renewal-policy value checks on construction: a value that breaks it is rejected with a
 * {@link HimValidationException} naming the attribute, and the value at the edge of the rule is
 * accepted.
 */
class PolicyValidationTest {
  private static final Citation SOURCE = Fixtures.SOURCE;
  private static final CredentialId AAA = CredentialId.of("AAA");

  private static void rejects(String attribute, ThrowingCallable build) {
    assertThatThrownBy(build).isInstanceOfSatisfying(HimValidationException.class, e -> {
      assertThat(e.attribute()).contains(attribute);
      assertThat(e.getMessage()).startsWith("invalid " + attribute + " of ");
    });
  }

  private static RenewalPolicy valid() {
    return Fixtures.policy("P", "ORG", Map.of(AAA, Ceus.of(20))).build();
  }

  @Test
  void renewalPolicy() {
    RenewalPolicy valid = valid();
    rejects("name", () -> RenewalPolicy.builder().from(valid).name(" ").build());
    rejects("cycleLength", () -> RenewalPolicy.builder().from(valid).cycleLength(Period.ZERO).build());
    rejects("cycleLength", () -> RenewalPolicy.builder().from(valid).cycleLength(Period.ofYears(-1)).build());
    rejects("effectiveTo", () -> RenewalPolicy.builder().from(valid).effectiveFrom(LocalDate.of(2021, 1, 1))
        .effectiveTo(LocalDate.of(2020, 12, 31)).build());
    rejects("requiredCeus", () -> RenewalPolicy.builder().from(valid).requiredCeus(Map.of()).build());
    rejects("citations", () -> RenewalPolicy.builder().from(valid).citations(List.of()).build());
    rejects("acceptedCategories", () -> RenewalPolicy.builder().from(valid).acceptedCategories(Set.of()).build());
    rejects("mandatoryActivities", () -> RenewalPolicy.builder().from(valid).addMandatoryActivity(
        new MandatoryActivity("self-review", Set.of(CredentialId.of("OTHER")), CeCategory.CODING_SELF_REVIEW, 1,
            Ceus.of(5), SOURCE, Optional.empty())).build());
    RenewalPolicy oneDay = RenewalPolicy.builder().from(valid).effectiveFrom(LocalDate.of(2021, 1, 1))
        .effectiveTo(LocalDate.of(2021, 1, 1)).build();
    assertThat(oneDay.isEffectiveOn(LocalDate.of(2021, 1, 1))).isTrue();
    assertThat(oneDay.isEffectiveOn(LocalDate.of(2020, 12, 31))).isFalse();
    assertThat(oneDay.isEffectiveOn(LocalDate.of(2021, 1, 2))).isFalse();
    assertThat(valid.isEffectiveOn(LocalDate.MIN)).isTrue();
    assertThat(valid.unit()).isEqualTo(CeUnit.CEUS);
    assertThat(valid.acceptedCategories()).containsExactlyInAnyOrder(CeCategory.values());
  }

  @Test
  void qualifyingActivitiesCountInAnAcceptedCategory() {
    RenewalPolicy.Builder hiimOnly = RenewalPolicy.builder().from(valid()).acceptedCategories(Set.of(CeCategory.HIIM_DOMAIN));
    rejects("qualifyingActivities", () -> RenewalPolicy.builder().from(hiimOnly.build())
        .addQualifyingActivity(new QualifyingActivity("a workshop", CeCategory.OTHER_RELEVANT, SOURCE)).build());
    RenewalPolicy accepted = hiimOnly.addQualifyingActivity(new QualifyingActivity("a workshop", CeCategory.HIIM_DOMAIN,
        SOURCE)).build();
    assertThat(accepted.qualifyingActivities()).extracting(QualifyingActivity::category)
        .containsExactly(CeCategory.HIIM_DOMAIN);
  }

  @Test
  void credentialContentRulesAskAtMostTheCeusOfACoveredCredential() {
    rejects("credentialContentRules", () -> RenewalPolicy.builder().from(valid())
        .addCredentialContentRule(new CredentialContentRule(CredentialId.of("OTHER"), Ceus.of(5), "auditing", SOURCE))
        .build());
    rejects("credentialContentRules", () -> RenewalPolicy.builder().from(valid())
        .addCredentialContentRule(new CredentialContentRule(AAA, Ceus.of(21), "auditing", SOURCE)).build());
    RenewalPolicy edge = RenewalPolicy.builder().from(valid())
        .addCredentialContentRule(new CredentialContentRule(AAA, Ceus.of(20), "auditing", SOURCE)).build();
    assertThat(edge.credentialContentRules()).extracting(CredentialContentRule::minimum).containsExactly(Ceus.of(20));
  }

  @Test
  void contactTimeRule() {
    rejects("minutesPerCeu", () -> new ContactTimeRule(0, 1, SOURCE));
    rejects("minimumPartMinutes", () -> new ContactTimeRule(60, 0, SOURCE));
    rejects("minimumPartMinutes", () -> new ContactTimeRule(60, 61, SOURCE));
    ContactTimeRule edge = new ContactTimeRule(60, 60, SOURCE);
    assertThat(edge.toCeus(59)).isEqualTo(Ceus.ZERO);
    assertThat(edge.toCeus(60)).isEqualTo(Ceus.of(1));
    assertThat(new ContactTimeRule(1, 1, SOURCE).toCeus(3)).isEqualTo(Ceus.of(3));
    assertThat(edge.toCeus(0)).isEqualTo(Ceus.ZERO);
    rejects("minutes", () -> edge.toCeus(-1));
  }

  @Test
  void mandatoryActivity() {
    Set<CredentialId> ccs = Set.of(CredentialId.of("CCS"));
    rejects("name", () -> new MandatoryActivity(" ", ccs, CeCategory.CODING_SELF_REVIEW, 1, Ceus.of(5), SOURCE,
        Optional.empty()));
    rejects("credentials", () -> new MandatoryActivity("self-review", Set.of(), CeCategory.CODING_SELF_REVIEW, 1,
        Ceus.of(5), SOURCE, Optional.empty()));
    rejects("perCycleYear", () -> new MandatoryActivity("self-review", ccs, CeCategory.CODING_SELF_REVIEW, 0,
        Ceus.of(5), SOURCE, Optional.empty()));
    assertThat(new MandatoryActivity("self-review", ccs, CeCategory.CODING_SELF_REVIEW, 1, Ceus.of(5), SOURCE,
        Optional.empty()).perCycleYear()).isEqualTo(1);
  }

  @Test
  void contentRule() {
    rejects("minimumPercent", () -> new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 0, "share", SOURCE));
    rejects("minimumPercent", () -> new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 101, "share", SOURCE));
    rejects("description", () -> new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 80, " ", SOURCE));
    assertThat(new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 1, "share", SOURCE).minimumOf(Ceus.of(100)))
        .isEqualTo(Ceus.of(1));
    assertThat(new ContentRule(ContentRule.Kind.HIIM_DOMAIN, 100, "share", SOURCE).minimumOf(Ceus.of(30)))
        .isEqualTo(Ceus.of(30));
  }

  @Test
  void lapseCarryoverAndMultiCredentialRules() {
    rejects("gracePeriod", () -> LapseRule.withGracePeriod(Period.ZERO, SOURCE));
    rejects("inactivePeriod", () -> new LapseRule(Optional.empty(), Optional.of(Period.ofDays(-1)), Optional.empty(),
        SOURCE));
    rejects("appealPeriod", () -> new LapseRule(Optional.empty(), Optional.empty(), Optional.of(Period.ZERO),
        SOURCE));
    assertThat(LapseRule.withGracePeriod(Period.ofDays(1), SOURCE).gracePeriod()).contains(Period.ofDays(1));
    rejects("basis", () -> new CarryoverRule(false, true, " ", SOURCE));
    rejects("byCount", () -> new MultiCredentialRule.ByCount(List.of(), SOURCE));
    MultiCredentialRule plus = new MultiCredentialRule.PlusPerAdditional(Ceus.of(10), Ceus.of(50), SOURCE);
    rejects("singleRequirements", () -> plus.required(List.of()));
    rejects("singleRequirements", () -> new MultiCredentialRule.ByCount(List.of(Ceus.of(36)), SOURCE)
        .required(List.of()));
  }

  @Test
  void ceusMessagesSayWhatWasAsked() {
    ceus(() -> Ceus.of(-1), "CEU amount", "whole", "must be from 0 to " + Ceus.MAX, "-1");
    ceus(() -> Ceus.of(100_000_000_000_001L), "CEU amount", "whole", "must be from 0 to " + Ceus.MAX,
        "100000000000001");
    ceus(() -> Ceus.ofHundredths(-5), "CEU amount", "hundredths", "must be from 0 to 10000000000000000", "-5");
    ceus(() -> Ceus.of(1).multipliedBy(-1), "CEU product 1 * -1", "factor", "must not be negative", "-1");
    ceus(() -> Ceus.MAX.multipliedBy(2), "CEU product " + Ceus.MAX + " * 2", "factor",
        "must keep the product at most " + Ceus.MAX, "2");
    ceus(() -> Ceus.of(30).percent(150), "CEU share of 30", "percent", "must be from 0 to 100", "150");
    ceus(() -> Ceus.of(30).percent(-1), "CEU share of 30", "percent", "must be from 0 to 100", "-1");
    ceus(() -> Ceus.MAX.plus(Ceus.parse("0.01")), "CEU sum " + Ceus.MAX + " + 0.01", "other",
        "must keep the sum at most " + Ceus.MAX, "0.01");
    ceus(() -> Ceus.parse("1.005"), "CEU amount", "text", "must have at most two fraction digits", "\"1.005\"");
    ceus(() -> Ceus.of(new java.math.BigDecimal("-0.5")), "CEU amount", "value", "must be from 0 to " + Ceus.MAX,
        "-0.5");
    assertThat(Ceus.of(100_000_000_000_000L)).isEqualTo(Ceus.MAX);
    assertThat(Ceus.of(50_000).multipliedBy(2)).isEqualTo(Ceus.of(100_000));
    assertThat(Ceus.of(7).multipliedBy(0)).isEqualTo(Ceus.ZERO);
    assertThat(Ceus.MAX.minusOrZero(Ceus.of(1)).plus(Ceus.of(1))).isEqualTo(Ceus.MAX);
    // distinct small amounts spread over hash buckets
    assertThat(Ceus.of(1).hashCode()).isNotEqualTo(Ceus.of(2).hashCode());
  }

  @Test
  void ceusParseReadsAsciiDecimalsOnly() {
    assertThat(Ceus.parse("20")).isEqualTo(Ceus.of(20));
    assertThat(Ceus.parse(" 2.5 ")).isEqualTo(Ceus.parse("2.50"));
    assertThat(Ceus.parse("0.01").hundredths()).isEqualTo(1);
    assertThat(Ceus.parse("100000000000000")).isEqualTo(Ceus.MAX);
    // other digits, signs, exponents, grouping, bare points and blanks are not decimals of ASCII digits
    for (String text : new String[] {"\u0662\u0660", "\uFF12\uFF10", "2.\u0665", "+2", "1e2", "1E2", "2,5", "1_000",
        ".5", "5.", "2..5", "", " ", "-", "0x10", "\u00A02", "NaN"}) {
      ceus(() -> Ceus.parse(text), "CEU amount", "text", "must be a decimal number of ASCII digits, such as 2.5",
          null);
    }
    // a negative decimal is a decimal, out of range
    ceus(() -> Ceus.parse("-2"), "CEU amount", "text", "must be from 0 to " + Ceus.MAX, "\"-2\"");
    // a text longer than any amount is rejected before it is read, and quoted only in part
    String huge = "9".repeat(100_000);
    assertThatThrownBy(() -> Ceus.parse(huge)).isInstanceOfSatisfying(HimValidationException.class,
        e -> assertThat(e.getMessage()).hasSizeLessThan(300).contains("(100000 characters)"));
  }

  private static void ceus(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String entity,
      String attribute, String rule, @org.jspecify.annotations.Nullable String value) {
    assertThatThrownBy(call).isInstanceOfSatisfying(HimValidationException.class, e -> {
      assertThat(e.errorCode()).isEqualTo(org.himkit.ErrorCode.INVALID_VALUE);
      assertThat(e.entity()).contains(entity);
      assertThat(e.attribute()).contains(attribute);
      assertThat(e.rule()).contains(rule);
      if (value != null) {
        assertThat(e.value()).contains(value);
      }
    });
  }

}
