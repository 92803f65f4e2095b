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
}
