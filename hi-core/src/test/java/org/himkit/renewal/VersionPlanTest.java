package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.d;

import org.himkit.CredentialId;
import org.junit.jupiter.api.Test;

/** What a policy version remembers across assessments: combined totals and plain cycle rules. */
class VersionPlanTest {

  @Test
  void combinedTotalsAreRememberedByTheirSetOfCredentialsAsTheTableGrows() {
    VersionPlan v = new VersionPlan(Stages.version("AHIMA-RECERTIFICATION", d(2021, 1, 1)).policy);
    assertThat(v.combined(0b11)).isEqualTo(-1);
    for (long key = 3; key < 3 + 200; key++) { // past the first table's 16 slots, so it is replaced several times
      v.remember(key, key * 7);
    }
    for (long key = 3; key < 3 + 200; key++) {
      assertThat(v.combined(key)).isEqualTo(key * 7);
    }
    assertThat(v.combined(1L << 40 | 1)).isEqualTo(-1);
    v.remember(3, 1); // a set is remembered once: the first total stays
    assertThat(v.combined(3)).isEqualTo(21);
  }

  @Test
  void credentialsHaveDistinctBitsAndOthersNone() {
    VersionPlan v = Stages.version("AHIMA-RECERTIFICATION", d(2021, 1, 1));
    int rhia = v.credentialBit(CredentialId.of("RHIA"));
    int rhit = v.credentialBit(CredentialId.of("RHIT"));
    assertThat(rhia).isBetween(0, 63);
    assertThat(rhit).isBetween(0, 63).isNotEqualTo(rhia);
    assertThat(v.credentialBit(CredentialId.of("CPC"))).isEqualTo(-1);
  }

  @Test
  void plainRulesAreLaidOutOncePerAmount() {
    VersionPlan v = new VersionPlan(Stages.version("AHIMA-RECERTIFICATION", d(2025, 1, 1)).policy);
    CycleRules twenty = v.plainRules(2000);
    assertThat(v.plainRules(2000)).isSameAs(twenty);
    assertThat(v.plainRules(3000)).isNotSameAs(twenty);
    assertThat(v.plainRules(3000).required).isEqualTo(3000);
    assertThat(twenty.contentMinimum).containsExactly(1600, 800); // 80 % HIIM, 40 % from AHIMA sources
  }
}
