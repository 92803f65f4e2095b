package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.himkit.CredentialId;
import org.himkit.policy.Ceus;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/** What a policy plan keeps of its versions: the anchor of the cycles. */
class PolicyPlanTest {

  @Test
  void theAnchorIsKeptWhenEveryVersionHasTheSame() {
    PolicyPlan ahima = Stages.plan("AHIMA-RECERTIFICATION");
    assertThat(ahima.versions.length).isGreaterThan(1);
    assertThat(ahima.anchorOn(d(1990, 1, 1))).isEqualTo(CycleAnchor.DATE_EARNED);
    assertThat(ahima.anchorOn(d(2025, 6, 1))).isEqualTo(CycleAnchor.DATE_EARNED);
  }

  @Test
  void versionsWithDifferentAnchorsGiveTheOneInForceOnTheDayEarnedOrTheFirst() {
    Map<CredentialId, Ceus> ceus = Map.of(CredentialId.of("X1"), Ceus.of(20));
    RenewalPolicy before = org.himkit.Fixtures.policy("X", "X", ceus).effectiveFrom(d(2010, 1, 1))
        .effectiveTo(d(2019, 12, 31)).build();
    RenewalPolicy after = org.himkit.Fixtures.policy("X", "X", ceus).cycleAnchor(CycleAnchor.CALENDAR_YEAR_END)
        .effectiveFrom(d(2020, 1, 1)).build();
    PolicyPlan plan = PolicyPlan.of(CATALOG, List.of(after, before));
    assertThat(plan.anchorOn(d(2015, 3, 1))).isEqualTo(CycleAnchor.DATE_EARNED);
    assertThat(plan.anchorOn(d(2021, 3, 1))).isEqualTo(CycleAnchor.CALENDAR_YEAR_END);
    assertThat(plan.anchorOn(d(2000, 3, 1))).isEqualTo(CycleAnchor.DATE_EARNED); // none in force: the first
  }
}
