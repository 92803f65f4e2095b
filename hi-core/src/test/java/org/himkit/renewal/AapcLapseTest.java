package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.HimValidationException;
import org.himkit.policy.LapseRule;
import org.junit.jupiter.api.Test;

/**
 * AAPC revokes a credential whose CEUs are not submitted within 90 days of the renewal date (data audit
 * M4): EXPIRED (no status named) for the 90 days after the cycle's last day, REVOKED from the 91st.
 */
class AapcLapseTest {
  private static final List<CredentialHolding> CPC = List.of(held("CPC", d(2022, 1, 10)));

  private static RenewalAssessment on(LocalDate asOf) {
    return EVALUATOR.assess(CPC, List.of(), asOf).assessments().get(0);
  }

  @Test
  void revokedNinetyDaysAfterAnUnmetCycle() {
    assertThat(on(d(2024, 1, 9)).status()).isEqualTo(RenewalStatus.ACTIVE_AT_RISK);
    RenewalAssessment expired = on(d(2024, 4, 8));
    assertThat(expired.cycle().end()).isEqualTo(d(2024, 1, 9));
    assertThat(expired.status()).isEqualTo(RenewalStatus.EXPIRED);
    assertThat(expired.notes()).extracting(Note::kind).contains(NoteKind.STATUS_NOT_NAMED_BY_SOURCES);
    assertThat(on(d(2024, 4, 9)).status()).isEqualTo(RenewalStatus.REVOKED);
    assertThat(EVALUATOR.standings(HolderRecord.of(CPC, List.of()), d(2024, 4, 9)))
        .extracting(RenewalStanding::status).containsExactly(RenewalStatus.REVOKED);
  }

  @Test
  void theRevocationDayIsAKeyDateBeforeAndAfterTheCycleEnds() {
    assertThat(on(d(2023, 6, 1)).keyDates()).extracting(KeyDate::kind, KeyDate::date, KeyDate::ifUnmet)
        .contains(tuple(KeyDateKind.CYCLE_END, d(2024, 1, 9), false),
            tuple(KeyDateKind.REVOKED_ON, d(2024, 4, 9), true))
        .extracting(t -> t.toList().get(0)).doesNotContain(KeyDateKind.INACTIVE_FROM, KeyDateKind.APPEAL_DEADLINE);
    assertThat(on(d(2024, 2, 1)).keyDates()).extracting(KeyDate::kind, KeyDate::date, KeyDate::ifUnmet)
        .contains(tuple(KeyDateKind.REVOKED_ON, d(2024, 4, 9), false));
  }

  @Test
  void theAapcPolicyCarriesTheRuleWithItsQuote() {
    LapseRule rule = Fixtures.CATALOG.renewalPolicyVersions(org.himkit.RenewalPolicyId.of("AAPC-CEU")).get(0)
        .lapseRule().orElseThrow();
    assertThat(rule.revokedAfter()).contains(Period.ofDays(90));
    assertThat(rule.revocationPeriod()).contains(Period.ofDays(90));
    assertThat(rule.inactivePeriod()).isEmpty();
    assertThat(rule.citation().quote()).hasValue("If membership payment/arrangements are not made or CEUs are "
        + "not submitted within 90 days of your renewal date, your credential will be revoked.");
    assertThat(rule.citation().url()).contains(java.net.URI.create("https://www.aapc.com/membership/faq.aspx"));
  }

  @Test
  void aRuleWithAnInactivePeriodHasNoRevocationPeriodOfItsOwn() {
    Citation c = Citation.of("p", "t", "https://example.org", org.himkit.SourceType.PRIMARY);
    assertThatThrownBy(() -> new LapseRule(Optional.empty(), Optional.of(Period.ofDays(180)), Optional.empty(),
        Optional.of(Period.ofDays(90)), c)).isInstanceOf(HimValidationException.class).hasMessageContaining("revokedAfter");
    assertThat(LapseRule.inactiveThenRevoked(Period.ofDays(180), Period.ofDays(90), c).revocationPeriod())
        .contains(Period.ofDays(180));
  }
}
