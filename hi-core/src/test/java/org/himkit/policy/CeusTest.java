package org.himkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;

class CeusTest {

  @Test
  void exactDecimalArithmetic() {
    assertThat(Ceus.parse("2.5").plus(Ceus.parse("0.25"))).isEqualTo(Ceus.parse("2.75"));
    assertThat(Ceus.parse("0.1").plus(Ceus.parse("0.2"))).isEqualTo(Ceus.parse("0.3"));
    assertThat(Ceus.of(20).minusOrZero(Ceus.parse("13.5"))).hasToString("6.5");
    assertThat(Ceus.of(5).minusOrZero(Ceus.of(20))).isEqualTo(Ceus.ZERO);
    assertThat(Ceus.of(10).multipliedBy(3)).isEqualTo(Ceus.of(30));
    assertThat(Ceus.of(20)).hasToString("20");
    assertThat(Ceus.parse("20.00")).isEqualTo(Ceus.of(20)).hasToString("20");
    assertThat(Ceus.parse("2.50").toBigDecimal()).isEqualByComparingTo(new BigDecimal("2.5"));
    assertThat(Ceus.of(new BigDecimal("1.25")).hundredths()).isEqualTo(125);
  }

  @Test
  void percentRoundsUp() {
    assertThat(Ceus.of(30).percent(80)).isEqualTo(Ceus.of(24));
    assertThat(Ceus.of(50).percent(40)).isEqualTo(Ceus.of(20));
    assertThat(Ceus.parse("0.05").percent(40)).isEqualTo(Ceus.parse("0.02"));
    assertThat(Ceus.parse("0.01").percent(1)).isEqualTo(Ceus.parse("0.01"));
    assertThat(Ceus.of(7).percent(0)).isEqualTo(Ceus.ZERO);
  }

  @Test
  void rejectsNegativeTooPreciseAndAbsurdAmounts() {
    assertThatThrownBy(() -> Ceus.of(-1)).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("must be from 0 to 100000000000000").hasMessageContaining("-1");
    assertThatThrownBy(() -> Ceus.parse("1.005")).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("at most two fraction digits").hasMessageContaining("1.005");
    assertThatThrownBy(() -> Ceus.parse("-0.5")).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Ceus.parse("abc")).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("\"abc\"");
    assertThatThrownBy(() -> Ceus.of(100_000_000_000_001L)).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Ceus.MAX.plus(Ceus.parse("0.01"))).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Ceus.of(1).percent(101)).isInstanceOf(HimValidationException.class);
    assertThat(Ceus.of(100_000_000_000_000L)).isEqualTo(Ceus.MAX);
  }

  @Test
  void noLedgerReachesTheBoundAndNothingOverflows() {
    // 2^31 activities of 6,000 CEUs (the most one activity can earn) stay below MAX.
    assertThat(Ceus.MAX.isAtLeast(Ceus.of(6_000).multipliedBy(Integer.MAX_VALUE))).isTrue();
    assertThat(Ceus.MAX.percent(100)).isEqualTo(Ceus.MAX);
    assertThatThrownBy(() -> Ceus.MAX.multipliedBy(2)).isInstanceOf(HimValidationException.class);
    assertThatThrownBy(() -> Ceus.of(1_000_000).multipliedBy(Integer.MAX_VALUE))
        .isInstanceOf(HimValidationException.class);
  }

  @Test
  void equalityAndOrder() {
    new EqualsTester().addEqualityGroup(Ceus.of(2), Ceus.parse("2.0"), Ceus.ofHundredths(200))
        .addEqualityGroup(Ceus.parse("2.01")).addEqualityGroup(Ceus.ZERO, Ceus.of(0)).testEquals();
    assertThat(Ceus.of(1)).isLessThan(Ceus.parse("1.01"));
    assertThat(Ceus.max(Ceus.of(1), Ceus.of(2))).isEqualTo(Ceus.of(2));
    assertThat(Ceus.min(Ceus.of(1), Ceus.of(2))).isEqualTo(Ceus.of(1));
    assertThat(Ceus.of(3).isAtLeast(Ceus.of(3))).isTrue();
    assertThat(Ceus.of(3).isAtLeast(Ceus.parse("3.01"))).isFalse();
  }

  @Test
  void textRoundTripsAndSumsAreExact() {
    qt().forAll(longs().between(0, 10_000_000)).checkAssert(h -> {
      Ceus c = Ceus.ofHundredths(h);
      assertThat(Ceus.parse(c.toString())).isEqualTo(c);
    });
    qt().forAll(longs().between(0, 5_000_000), longs().between(0, 5_000_000)).checkAssert((a, b) -> {
      Ceus sum = Ceus.ofHundredths(a).plus(Ceus.ofHundredths(b));
      assertThat(sum.hundredths()).isEqualTo(a + b);
      assertThat(sum.minusOrZero(Ceus.ofHundredths(b))).isEqualTo(Ceus.ofHundredths(a));
      assertThat(sum.isAtLeast(Ceus.ofHundredths(a))).isTrue();
    });
    qt().forAll(longs().between(0, 10_000_000), integers().between(0, 100)).checkAssert((h, p) -> {
      Ceus share = Ceus.ofHundredths(h).percent(p);
      // the share is the smallest amount whose hundredths times 100 reach h * p
      assertThat(share.hundredths() * 100).isGreaterThanOrEqualTo(h * p);
      assertThat((share.hundredths() - 1) * 100).isLessThan(h * p);
    });
  }
}
