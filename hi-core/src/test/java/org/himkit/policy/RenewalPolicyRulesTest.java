package org.himkit.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.RenewalPolicyId;
import org.himkit.SourceType;
import org.himkit.catalog.HimCatalog;
import org.himkit.KnownOmissionId;
import org.junit.jupiter.api.Test;

class RenewalPolicyRulesTest {
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final Citation SOURCE = Citation.of("Test", "Test source", "https://example.org", SourceType.PRIMARY);

  private static RenewalPolicy ahima(LocalDate cycleStart) {
    return CATALOG.findRenewalPolicy(RenewalPolicyId.of("AHIMA-RECERTIFICATION"), cycleStart).orElseThrow();
  }

  @Test
  void ahimaContactTimeRule() {
    ContactTimeRule rule = ahima(LocalDate.of(2023, 1, 1)).contactTimeRule().orElseThrow();
    assertThat(rule.toCeus(150)).isEqualTo(Ceus.of(2));
    assertThat(rule.toCeus(44)).isEqualTo(Ceus.ZERO);
    assertThat(rule.toCeus(45)).isEqualTo(Ceus.of(1));
    assertThat(rule.toCeus(104)).isEqualTo(Ceus.of(1));
    assertThat(rule.toCeus(105)).isEqualTo(Ceus.of(2));
    assertThat(rule.toCeus(165)).isEqualTo(Ceus.of(3));
    assertThat(rule.citation().quote()).contains("a program that is 2 1/2 hours long is equivalent to two CEUs");
  }

  @Test
  void ahimaVersionsByDate() {
    RenewalPolicy old = ahima(LocalDate.of(2020, 12, 31));
    RenewalPolicy v2021 = ahima(LocalDate.of(2021, 1, 1));
    RenewalPolicy v2024 = ahima(LocalDate.of(2024, 12, 31));
    RenewalPolicy v2025 = ahima(LocalDate.of(2025, 1, 1));
    assertThat(old.lapseRule().orElseThrow().gracePeriod()).contains(Period.ofMonths(3));
    assertThat(old.mandatoryActivities()).singleElement().satisfies(m -> {
      // the page of about 2019-2020 gives PCS the same requirement (data audit D1)
      assertThat(m.credentials()).containsExactlyInAnyOrder(CredentialId.of("CCA"), CredentialId.of("CCS"),
          CredentialId.of("CCS-P"), CredentialId.of("PCS"));
      assertThat(m.ceusEach()).isEqualTo(Ceus.of(5));
    });
    assertThat(v2021.lapseRule().orElseThrow().inactivePeriod()).contains(Period.ofDays(180));
    assertThat(v2021.lapseRule().orElseThrow().appealPeriod()).contains(Period.ofDays(90));
    assertThat(v2021.lapseRule().orElseThrow().gracePeriod()).isEmpty();
    assertThat(v2021.mandatoryActivities()).isEmpty();
    assertThat(v2024).isEqualTo(v2021);
    assertThat(v2021.contentRules()).extracting(ContentRule::minimumPercent).containsExactly(80);
    assertThat(v2025.contentRules()).extracting(ContentRule::kind)
        .containsExactly(ContentRule.Kind.HIIM_DOMAIN, ContentRule.Kind.ISSUER_SOURCE);
    assertThat(v2025.contentRules().get(1).minimumOf(Ceus.of(50))).isEqualTo(Ceus.of(20));
    assertThat(v2025.contentRules().get(0).minimumOf(Ceus.of(30))).isEqualTo(Ceus.of(24));
    for (RenewalPolicy p : List.of(old, v2021, v2025)) {
      // AHIMA states no carryover rule in as many words: the catalog records none (a known omission)
      assertThat(p.carryover()).isEmpty();
      assertThat(p.acceptedCategories()).doesNotContain(CeCategory.UNRELATED);
      assertThat(p.multiCredentialRule()).isPresent();
    }
  }

  @Test
  void aapcAndNcraRules() {
    RenewalPolicy aapc = CATALOG.findRenewalPolicy(RenewalPolicyId.of("AAPC-CEU"), LocalDate.of(2023, 1, 1))
        .orElseThrow();
    assertThat(aapc.carryover().orElseThrow().stated()).isTrue();
    assertThat(aapc.issuerApprovalRequired()).isPresent();
    assertThat(aapc.ceusBeforeCertificationExcluded().orElseThrow().quote())
        .contains("CEUs earned prior to certification will not be accepted.");
    MultiCredentialRule table = aapc.multiCredentialRule().orElseThrow();
    Ceus c36 = Ceus.of(36);
    assertThat(List.of(1, 2, 3, 4, 5, 6, 9).stream().map(n -> table.required(java.util.Collections.nCopies(n, c36))))
        .containsExactly(Ceus.of(36), Ceus.of(40), Ceus.of(44), Ceus.of(48), Ceus.of(52), Ceus.of(52), Ceus.of(52));
    RenewalPolicy ncra = CATALOG.findRenewalPolicy(RenewalPolicyId.of("NCRA-CE"), LocalDate.of(2023, 1, 1))
        .orElseThrow();
    assertThat(ncra.cycleAnchor()).isEqualTo(CycleAnchor.CALENDAR_YEAR_END);
    assertThat(ncra.unit()).isEqualTo(CeUnit.CE_HOURS);
    assertThat(ncra.requiredCeus(CredentialId.of("ODS"))).contains(Ceus.of(20));
    assertThat(ncra.carryover().orElseThrow().allowed()).isFalse();
  }

  @Test
  void byCountGivesItsLastEntryForFiveAndMoreCredentials() {
    // The built-in catalog has four AAPC credentials with a renewal policy (CPC, COC, CPB, CRC), so five
    // certifications can only be checked on the rule itself.
    MultiCredentialRule rule = new MultiCredentialRule.ByCount(
        List.of(Ceus.of(36), Ceus.of(40), Ceus.of(44), Ceus.of(48), Ceus.of(52)), SOURCE);
    List<Ceus> five = java.util.Collections.nCopies(5, Ceus.of(36));
    assertThat(rule.required(five)).isEqualTo(Ceus.of(52));
    assertThat(rule.required(java.util.Collections.nCopies(8, Ceus.of(36)))).isEqualTo(Ceus.of(52));
    assertThat(rule.required(java.util.Collections.nCopies(4, Ceus.of(36)))).isEqualTo(Ceus.of(48));
    // Never less than the highest single requirement.
    assertThat(rule.required(List.of(Ceus.of(60), Ceus.of(36), Ceus.of(36), Ceus.of(36), Ceus.of(36))))
        .isEqualTo(Ceus.of(60));
    MultiCredentialRule two = new MultiCredentialRule.ByCount(List.of(Ceus.of(10), Ceus.of(15)), SOURCE);
    assertThat(two.required(java.util.Collections.nCopies(5, Ceus.of(10)))).isEqualTo(Ceus.of(15));
  }

  @Test
  void plusPerAdditionalNeverExceedsTheCapNorFallsBelowTheHighest() {
    MultiCredentialRule rule = new MultiCredentialRule.PlusPerAdditional(Ceus.of(10), Ceus.of(50), SOURCE);
    assertThat(rule.required(List.of(Ceus.of(20), Ceus.of(20)))).isEqualTo(Ceus.of(30));
    assertThat(rule.required(List.of(Ceus.of(30), Ceus.of(20), Ceus.of(20)))).isEqualTo(Ceus.of(50));
    assertThat(rule.required(List.of(Ceus.of(30), Ceus.of(30), Ceus.of(30), Ceus.of(30)))).isEqualTo(Ceus.of(50));
    assertThat(rule.required(List.of(Ceus.of(60), Ceus.of(20)))).isEqualTo(Ceus.of(60));
  }

  @Test
  void theMultiCredentialRuleCapsBeforeMultiplying() {
    MultiCredentialRule rule = new MultiCredentialRule.PlusPerAdditional(Ceus.of(10), Ceus.of(50), SOURCE);
    assertThat(rule.required(java.util.Collections.nCopies(1_000_000, Ceus.of(20)))).isEqualTo(Ceus.of(50));
    MultiCredentialRule huge = new MultiCredentialRule.PlusPerAdditional(Ceus.MAX, Ceus.MAX, SOURCE);
    assertThat(huge.required(java.util.Collections.nCopies(3, Ceus.of(20)))).isEqualTo(Ceus.MAX);
    // The test kit found this one: the highest requirement at the maximum, plus one more credential.
    assertThat(rule.required(List.of(Ceus.MAX, Ceus.of(1)))).isEqualTo(Ceus.MAX);
    assertThat(huge.required(List.of(Ceus.MAX, Ceus.of(1)))).isEqualTo(Ceus.MAX);
    assertThat(huge.required(List.of(Ceus.MAX.minusOrZero(Ceus.of(1)), Ceus.of(1), Ceus.of(1)))).isEqualTo(Ceus.MAX);
    MultiCredentialRule none = new MultiCredentialRule.PlusPerAdditional(Ceus.ZERO, Ceus.of(50), SOURCE);
    assertThat(none.required(java.util.Collections.nCopies(5, Ceus.of(20)))).isEqualTo(Ceus.of(20));
  }

  @Test
  void everyChoiceOfABuiltInPolicyIsADocumentedLibraryChoice() {
    for (RenewalPolicy p : CATALOG.renewalPolicies()) {
      p.choices().forEach((choice, id) -> assertThat(CATALOG.findKnownOmission(id)).as("%s %s", p.name(), choice)
          .hasValueSatisfying(o -> assertThat(o.isLibraryChoice()).isTrue()));
    }
    assertThat(ahima(LocalDate.of(2023, 1, 1)).choice(RenewalChoice.CYCLE_END))
        .contains(KnownOmissionId.of("ahima-cycle-end"));
  }

  @Test
  void openRulesAreListedAsKnownOmissions() {
    for (String id : List.of("ahima-cycle-several-credentials", "aapc-cycle-anchor", "ncra-first-cycle",
        "ahima-contact-time-45", "ahima-cycle-end")) {
      assertThat(CATALOG.getKnownOmission(KnownOmissionId.of(id)).isLibraryChoice()).as(id).isTrue();
    }
  }
}
