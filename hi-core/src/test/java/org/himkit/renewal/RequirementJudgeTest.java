package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.AHIMA;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.util.List;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/** Stage 6: a cycle's requirements, whether a tally meets them, and the typed progress. */
class RequirementJudgeTest {

  @Test
  void aContentRuleAsksForItsShareRoundedUpAndAMandatoryActivityForEachYearItIsRequiredIn() {
    CycleCalendar.PlannedCycle c = Stages.cycle("AHIMA-RECERTIFICATION", d(2020, 12, 31), d(2022, 12, 30));
    HoldingGroups.Group g = Stages.group(d(2022, 1, 1), held("CCS", d(2020, 12, 31)));
    CycleCredentials credentials = CycleCredentials.of(c.version(), g, d(2020, 12, 31), d(2022, 12, 30))
        .requiring(2005);
    CycleRules rules = RequirementJudge.rules(c, credentials, c.endDay());
    assertThat(rules.contentMinimum).containsExactly(1604); // 80 % of 20.05, rounded up
    assertThat(rules.mandatory).hasSize(1);
    assertThat(rules.yearRequired[0]).containsExactly(true, false); // discontinued from 2021-01-01
    assertThat(rules.mandatoryYearEnds(c.endDay())).containsExactly(d(2021, 12, 30));

    Tally t = new Tally(rules);
    t.total = 2005;
    t.content[0] = 1604;
    assertThat(RequirementJudge.met(rules, t)).isFalse();
    t.mandatoryCounts[0][0] = 1;
    assertThat(RequirementJudge.met(rules, t)).isTrue();
    t.content[0] = 1603;
    assertThat(RequirementJudge.met(rules, t)).isFalse();

    List<RequirementProgress> progress = RequirementJudge.progress(rules, t, AHIMA, AmountUnit.CEUS);
    assertThat(progress).extracting(RequirementProgress::kind).containsExactly(RequirementKind.TOTAL,
        RequirementKind.CONTENT_RULE, RequirementKind.MANDATORY_ACTIVITY);
    assertThat(progress.get(1).remaining()).isEqualTo(Ceus.parse("0.01"));
    assertThat(progress.get(2).required()).isEqualTo(Ceus.of(1));
    assertThat(progress.get(2).met()).isTrue();
  }

  @Test
  void aCycleRequiringNothingHasNoMandatoryActivity() {
    CycleCalendar.PlannedCycle c = Stages.cycle("AHIMA-RECERTIFICATION", d(2019, 1, 1), d(2019, 8, 31));
    HoldingGroups.Group g = Stages.group(d(2019, 2, 1), held("CCS", d(2019, 1, 1)));
    CycleCredentials credentials = CycleCredentials.of(c.version(), g, d(2019, 1, 1), d(2019, 8, 31))
        .requiring(0);
    CycleRules rules = RequirementJudge.rules(c, credentials, c.endDay());
    assertThat(rules.mandatory).isEmpty();
    assertThat(RequirementJudge.met(rules, new Tally(rules))).isTrue();
  }

  @Test
  void aCycleCountingNoCredentialAMandatoryActivityNamesHasTheVersionsSharedPlainRules() {
    // AHIMA before 2021: the annual coding self-review names CCA, CCS, CCS-P and PCS; an RHIT's cycle has the
    // version's plain rules, shared by every cycle requiring as much, with no years; a CCS's has the self-review
    CycleCalendar.PlannedCycle c = Stages.cycle("AHIMA-RECERTIFICATION", d(2017, 3, 1), d(2019, 2, 28));
    HoldingGroups.Group rhit = Stages.group(d(2018, 1, 1), held("RHIT", d(2017, 3, 1)));
    CycleCredentials plain = CycleCredentials.of(c.version(), rhit, d(2017, 3, 1), d(2019, 2, 28));
    CycleRules rules = RequirementJudge.rules(c, plain, c.endDay());
    assertThat(rules).isSameAs(c.version().plainRules(plain.required()))
        .isSameAs(RequirementJudge.rules(c.version(), c.startDay(), c.endDay(), plain, c.endDay() + 90));
    assertThat(rules.mandatory).isEmpty();
    assertThat(rules.years.count()).isZero();
    assertThat(rules.mandatoryYearEnds(c.endDay())).isEmpty();
    assertThat(c.version().rulesApplyTo(plain)).isFalse();

    HoldingGroups.Group coder = Stages.group(d(2018, 1, 1), held("RHIT", d(2017, 3, 1)), held("CCS", d(2017, 3, 1)));
    CycleCredentials both = CycleCredentials.of(c.version(), coder, d(2017, 3, 1), d(2019, 2, 28));
    assertThat(c.version().rulesApplyTo(both)).isTrue();
    CycleRules judged = RequirementJudge.rules(c, both, c.endDay());
    assertThat(judged.mandatory).hasSize(1);
    assertThat(judged.yearRequired[0]).containsExactly(true, true);
    assertThat(judged.mandatoryYearEnds(c.endDay())).containsExactly(d(2018, 2, 28));
    Tally t = new Tally(judged);
    t.total = judged.required;
    t.content[0] = judged.contentMinimum[0];
    t.mandatoryCounts[0][0] = 1;
    assertThat(RequirementJudge.met(judged, t)).isFalse(); // the second year's self-review is missing
    t.mandatoryCounts[0][1] = 1;
    assertThat(RequirementJudge.met(judged, t)).isTrue();
  }

  @Test
  void aCycleWhoseCredentialsNoCredentialContentRuleNamesHasThePlainRules() {
    // AAPC: a CPC's cycle has the plain rules; a CPMA's, whose minimum a credential content rule states, has it
    CycleCalendar.PlannedCycle c = Stages.cycle("AAPC-CEU", d(2023, 5, 1), d(2025, 4, 30));
    HoldingGroups.Group cpc = Stages.group(d(2024, 1, 1), held("CPC", d(2023, 5, 1)));
    CycleCredentials plain = CycleCredentials.of(c.version(), cpc, d(2023, 5, 1), d(2025, 4, 30));
    assertThat(RequirementJudge.rules(c, plain, c.endDay())).isSameAs(c.version().plainRules(plain.required()));
    HoldingGroups.Group cpma = Stages.group(d(2024, 1, 1), held("CPC", d(2023, 5, 1)), held("CPMA", d(2023, 5, 1)));
    CycleCredentials specialty = CycleCredentials.of(c.version(), cpma, d(2023, 5, 1), d(2025, 4, 30));
    CycleRules rules = RequirementJudge.rules(c, specialty, c.endDay());
    assertThat(rules.credentialRules).extracting(r -> r.credential().value()).containsExactly("CPMA");
    assertThat(rules.years.count()).isZero(); // no mandatory activity: no years
  }
}
