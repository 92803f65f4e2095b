package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import org.himkit.CredentialId;
import org.junit.jupiter.api.Test;

/** Stage 4: the credentials a cycle's requirement is for, and the total. */
class CycleCredentialsTest {

  @Test
  void credentialsJoinFromTheFirstCycleBeginningAfterTheyAreEarnedAndReplacedOnesDropOut() {
    HoldingGroups.Group g = Stages.group(d(2026, 1, 1), held("RHIT", d(2018, 5, 1)), held("RHIA", d(2021, 2, 1)),
        held("CCS", d(2024, 1, 1)));
    VersionPlan v2021 = Stages.version("AHIMA-RECERTIFICATION", d(2020, 5, 1));
    CycleCredentials during = CycleCredentials.of(v2021, g, d(2020, 5, 1), d(2022, 4, 30));
    assertThat(during.counted()).containsExactly(CredentialId.of("RHIT"));
    assertThat(during.joining()).containsExactly(CredentialId.of("RHIA")); // not CCS, earned two cycles later
    assertThat(during.required()).isEqualTo(2000);
    CycleCredentials after = CycleCredentials.of(v2021, g, d(2022, 5, 1), d(2024, 4, 30));
    assertThat(after.counted()).containsExactly(CredentialId.of("RHIA"));
    assertThat(after.superseded()).containsExactly(CredentialId.of("RHIT"));
    assertThat(after.joining()).containsExactly(CredentialId.of("CCS"));
    assertThat(after.required()).isEqualTo(3000);
    assertThat(after.problem()).isNull();
  }

  @Test
  void aVersionThatCoversNoneOfTheCredentialsIsAProblemNotAnError() {
    HoldingGroups.Group g = Stages.group(d(2022, 1, 1), held("PCS", d(2015, 1, 1)), held("CHS", d(2015, 1, 1)));
    VersionPlan v2021 = Stages.version("AHIMA-RECERTIFICATION", d(2021, 1, 1));
    CycleCredentials c = CycleCredentials.of(v2021, g, d(2021, 1, 1), d(2022, 12, 31));
    assertThat(c.problem()).isEqualTo(NotAssessedKind.NOT_COVERED_BY_VERSION);
    assertThat(c.notCovered()).containsExactly(CredentialId.of("PCS"), CredentialId.of("CHS"));
    VersionPlan before = Stages.version("AHIMA-RECERTIFICATION", d(2019, 1, 1));
    assertThat(CycleCredentials.of(before, g, d(2019, 1, 1), d(2020, 12, 31)).required()).isEqualTo(4000);
  }
}
