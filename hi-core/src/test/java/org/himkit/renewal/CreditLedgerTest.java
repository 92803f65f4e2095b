package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;

import java.util.List;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/** Stage 5: what each activity is worth to an issuer, and the tally of a cycle. */
class CreditLedgerTest {

  @Test
  void theCreditOfAnActivityUnderAVersion() {
    List<CeActivity> activities = List.of(hiim("ceus", d(2023, 1, 2), "2.5"),
        base("unrelated", d(2023, 1, 3)).ceus(Ceus.of(1)).category(CeCategory.UNRELATED).build(),
        base("hour", d(2023, 1, 4)).minutes(105).category(CeCategory.HIIM_DOMAIN).build(),
        base("short", d(2023, 1, 5)).minutes(44).category(CeCategory.HIIM_DOMAIN).build());
    CreditLedger ahima = new CreditLedger(Ledger.of(activities, d(2024, 1, 1)), Stages.plan("AHIMA-RECERTIFICATION"));
    VersionPlan v = Stages.version("AHIMA-RECERTIFICATION", d(2023, 1, 1));
    assertThat(List.of(ahima.credit(0, v), ahima.credit(1, v), ahima.credit(2, v), ahima.credit(3, v)))
        .containsExactly(250L, CreditLedger.NOT_ACCEPTED, 200L, CreditLedger.NO_CREDIT);
    CreditLedger aapc = new CreditLedger(Ledger.of(activities, d(2024, 1, 1)), Stages.plan("AAPC-CEU"));
    VersionPlan a = Stages.version("AAPC-CEU", d(2023, 1, 1));
    assertThat(aapc.credit(0, a)).isEqualTo(CreditLedger.NOT_APPROVED);
    CeActivity minutes = base("m", d(2023, 1, 1)).minutes(120).category(CeCategory.HIIM_DOMAIN).addApprovedBy(AAPC)
        .build();
    assertThat(new CreditLedger(Ledger.of(List.of(minutes), d(2024, 1, 1)), Stages.plan("AAPC-CEU")).credit(0, a))
        .isEqualTo(CreditLedger.NO_CONVERSION);
  }

  @Test
  void theIssuerSourceOfAnActivityDependsOnTheVersionsNamedProviders() {
    CeActivity hcpro = base("h", d(2023, 1, 1)).ceus(Ceus.of(1)).category(CeCategory.HIIM_DOMAIN).provider("HCPro")
        .build();
    CeActivity marked = base("m", d(2023, 1, 2)).ceus(Ceus.of(1)).category(CeCategory.HIIM_DOMAIN).addSourceOf(AHIMA)
        .build();
    CreditLedger l = new CreditLedger(Ledger.of(List.of(hcpro, marked), d(2026, 1, 1)),
        Stages.plan("AHIMA-RECERTIFICATION"));
    VersionPlan v2021 = Stages.version("AHIMA-RECERTIFICATION", d(2023, 1, 1));
    VersionPlan v2025 = Stages.version("AHIMA-RECERTIFICATION", d(2025, 1, 1));
    assertThat(l.source(0, v2021)).isEqualTo(IssuerSource.NOT_FROM_ISSUER);
    assertThat(l.source(0, v2025)).isEqualTo(IssuerSource.PROVIDER_NAMED_BY_RULE);
    assertThat(l.source(1, v2021)).isEqualTo(IssuerSource.MARKED_BY_CALLER);
  }

  @Test
  void aTallyCountsTheCycleAndAGracePeriodCreditsInDateOrderUntilMet() {
    List<CeActivity> activities = List.of(hiim("in", d(2018, 6, 1), "12"), hiim("g1", d(2019, 2, 1), "5"),
        hiim("g2", d(2019, 3, 1), "5"), hiim("g3", d(2019, 3, 2), "5"), hiim("late", d(2019, 5, 1), "5"));
    CreditLedger l = new CreditLedger(Ledger.of(activities, d(2019, 4, 20)), Stages.plan("AHIMA-RECERTIFICATION"));
    CycleCalendar.PlannedCycle c = Stages.cycle("AHIMA-RECERTIFICATION", d(2017, 1, 10), d(2019, 1, 9));
    HoldingGroups.Group g = Stages.group(d(2019, 4, 20), held("RHIT", d(2017, 1, 10)));
    CycleCredentials credentials = CycleCredentials.of(c.version(), g, d(2017, 1, 10), d(2019, 1, 9));
    CycleRules rules = RequirementJudge.rules(c, credentials, d(2019, 4, 9).toEpochDay());
    Tally t = l.tally(c, rules);
    assertThat(t.total).isEqualTo(1200);
    assertThat(RequirementJudge.met(rules, t)).isFalse();
    l.extendIntoGrace(t, c, rules, d(2019, 4, 9).toEpochDay());
    assertThat(t.total).isEqualTo(2200);
    assertThat(RequirementJudge.met(rules, t)).isTrue();
    assertThat(List.of(l.takenInGraceBy(1), l.takenInGraceBy(2), l.takenInGraceBy(3), l.takenInGraceBy(4)))
        .containsExactly(0, 0, -1, -1);
    // The next cycle does not count what the grace period took, nor what comes after the assessment date.
    CycleCalendar.PlannedCycle next = Stages.cycle("AHIMA-RECERTIFICATION", d(2019, 1, 10), d(2021, 1, 9));
    Tally nextTally = l.tally(next, RequirementJudge.rules(next, credentials, next.endDay()));
    assertThat(nextTally.total).isEqualTo(500);
  }
}
