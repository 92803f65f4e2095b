package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.assess;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.RenewalPolicyId;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * Properties of the evaluator over every combination of a few credentials. The properties over
 * generated ledgers run in hi-testkit over the kit's ledgers (hi-core cannot depend on the kit, which
 * depends on it).
 */
class RenewalPropertiesTest {
  private static final int EXAMPLES = 150;
  private static final List<String> AHIMA_CREDENTIALS =
      List.of("RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CHPS", "CHDA", "CDIP");

  @Test
  void requiredCeusForSeveralCredentialsLieBetweenTheLargestSingleRequirementAndTheCap() {
    qt().withExamples(EXAMPLES).forAll(integers().between(1, (1 << AHIMA_CREDENTIALS.size()) - 1),
        integers().between(0, 5000)).checkAssert((pick, offset) -> {
          LocalDate earned = LocalDate.of(2010, 1, 1).plusDays(offset);
          List<CredentialHolding> holdings = new ArrayList<>();
          for (int i = 0; i < AHIMA_CREDENTIALS.size(); i++) {
            if ((pick >>> i & 1) == 1) {
              holdings.add(CredentialHolding.of(CredentialId.of(AHIMA_CREDENTIALS.get(i)), earned));
            }
          }
          RenewalAssessment a = assess(holdings, List.of(), earned.plusDays(10)).get(0);
          Ceus largest = holdings.stream().map(h -> a.cycle().policy().requiredCeus(h.credential()).orElseThrow())
              .max(Ceus::compareTo).orElseThrow();
          assertThat(a.required().isAtLeast(largest)).isTrue();
          assertThat(Ceus.of(50).isAtLeast(a.required())).isTrue();
        });
  }

  @Test
  void aapcRequirementStaysWithinItsTable() {
    qt().withExamples(50).forAll(integers().between(1, 15)).checkAssert(pick -> {
      List<CredentialHolding> holdings = new ArrayList<>();
      List<String> aapc = List.of("CPC", "COC", "CPB", "CRC");
      for (int i = 0; i < aapc.size(); i++) {
        if ((pick >>> i & 1) == 1) {
          holdings.add(CredentialHolding.of(CredentialId.of(aapc.get(i)), LocalDate.of(2022, 1, 1)));
        }
      }
      Ceus required = assess(holdings, List.of(), LocalDate.of(2022, 2, 1)).get(0).required();
      assertThat(required).isEqualTo(Ceus.of(32 + 4L * holdings.size()));
      assertThat(CATALOG.renewalPolicyVersions(RenewalPolicyId.of("AAPC-CEU"))).hasSize(1);
    });
  }
}
