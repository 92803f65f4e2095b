package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.himkit.Citation;
import org.himkit.SourceType;
import org.himkit.policy.Ceus;
import org.himkit.policy.MultiCredentialRule;
import org.junit.jupiter.api.Test;

/**
 * Properties of the multi-credential rule over the kit's CEU amounts, whose edges ({@link Ceus#ZERO},
 * {@link Ceus#MAX}) come up often: these amounts once found that the rule threw for a highest
 * requirement of {@code Ceus.MAX} and one more credential.
 */
class RenewalRulePropertiesTest {
  private static final Citation SOURCE = Citation.of("Example Association", "Recertification guide",
      "https://example.org/recertification", SourceType.PRIMARY);

  @Test
  void aPlusPerAdditionalRuleNeverThrowsAndStaysBetweenTheHighestAndTheCap() {
    qt().withFixedSeed(20_261_208L).withExamples(1_000)
        .forAll(HimGens.ceus(), HimGens.ceus(), lists().of(HimGens.ceus()).ofSizeBetween(1, 8))
        .checkAssert((per, cap, singles) -> {
          Ceus required = new MultiCredentialRule.PlusPerAdditional(per, cap, SOURCE).required(singles);
          Ceus highest = singles.stream().max(Ceus::compareTo).orElseThrow();
          assertThat(required).isGreaterThanOrEqualTo(highest).isLessThanOrEqualTo(Ceus.max(highest, cap));
        });
  }

  @Test
  void theHighestAtTheMaximumPlusOneMoreCredentialIsTheMaximum() {
    qt().withFixedSeed(20_261_209L).withExamples(200).forAll(HimGens.ceus(), HimGens.ceus())
        .checkAssert((per, cap) -> assertThat(new MultiCredentialRule.PlusPerAdditional(per, cap, SOURCE)
            .required(List.of(Ceus.MAX, Ceus.of(1)))).isEqualTo(Ceus.MAX));
  }
}
