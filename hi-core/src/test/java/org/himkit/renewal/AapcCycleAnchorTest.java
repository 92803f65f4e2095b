package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * AAPC's cycle anchor (data audit M1): CEUs are due every two years on the membership expiration date, in
 * odd years for a membership due in an odd month and in even years for an even month.
 */
class AapcCycleAnchorTest {
  private static CredentialHolding cpc(LocalDate earned, MonthDay due) {
    return CredentialHolding.builder().credential(CredentialId.of("CPC")).earned(earned).membershipDue(due).build();
  }

  private static List<RenewalAssessment> history(CredentialHolding h, LocalDate asOf) {
    return EVALUATOR.history(List.of(h), List.of(), asOf).assessments();
  }

  @Test
  void anOddMonthMeansOddYearsAndAnEvenMonthEvenYears() {
    // due in March (odd): CEUs due on 2025-03-15, 2027-03-15, ...
    List<RenewalAssessment> march = history(cpc(d(2024, 5, 10), MonthDay.of(3, 15)), d(2025, 6, 1));
    assertThat(march).extracting(a -> a.cycle().toString())
        .containsExactly("2024-05-10 to 2025-03-15", "2025-03-16 to 2027-03-15");
    // due in April (even): CEUs due on 2026-04-30, 2028-04-30, ...
    List<RenewalAssessment> april = history(cpc(d(2024, 5, 10), MonthDay.of(4, 30)), d(2025, 6, 1));
    assertThat(april).extracting(a -> a.cycle().toString()).containsExactly("2024-05-10 to 2026-04-30");
  }

  @Test
  void theShortFirstCycleRequiresTheGivenProratedAmountOrNothing() {
    List<RenewalAssessment> march = history(cpc(d(2024, 5, 10), MonthDay.of(3, 15)), d(2025, 6, 1));
    assertThat(march.get(0).required()).isEqualTo(Ceus.ZERO);
    assertThat(march.get(0).status()).isEqualTo(RenewalStatus.RENEWED);
    assertThat(march.get(1).required()).isEqualTo(Ceus.of(36));
    CredentialHolding prorated = CredentialHolding.builder().from(cpc(d(2024, 5, 10), MonthDay.of(3, 15)))
        .firstCycleRequiredCeus(Ceus.of(18)).build();
    assertThat(history(prorated, d(2025, 6, 1)).get(0).required()).isEqualTo(Ceus.of(18));
  }

  @Test
  void aDueDateOnTheDayEarnedEndsAOneDayCycleAndFebruary29FallsBackToThe28th() {
    assertThat(history(cpc(d(2025, 3, 15), MonthDay.of(3, 15)), d(2025, 6, 1))).extracting(a -> a.cycle().toString())
        .containsExactly("2025-03-15 to 2025-03-15", "2025-03-16 to 2027-03-15");
    assertThat(history(cpc(d(2025, 6, 1), MonthDay.of(2, 29)), d(2026, 6, 1))).extracting(a -> a.cycle().toString())
        .containsExactly("2025-06-01 to 2026-02-28", "2026-03-01 to 2028-02-29");
  }

  @Test
  void anExplicitCycleStartOverridesTheDueDate() {
    CredentialHolding both = CredentialHolding.builder().from(cpc(d(2024, 5, 10), MonthDay.of(3, 15)))
        .cycleStart(d(2024, 5, 10)).build();
    assertThat(history(both, d(2025, 6, 1))).extracting(a -> a.cycle().toString())
        .containsExactly("2024-05-10 to 2026-05-09");
  }

  @Test
  void aDueDateIsRejectedForAPolicyNotAnchoredToMembership() {
    CredentialHolding rhit = CredentialHolding.builder().credential(CredentialId.of("RHIT")).earned(d(2024, 5, 10))
        .membershipDue(MonthDay.of(3, 15)).build();
    assertThatThrownBy(() -> EVALUATOR.assess(List.of(rhit), List.of(), d(2025, 6, 1)))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("membershipDue");
  }
}
