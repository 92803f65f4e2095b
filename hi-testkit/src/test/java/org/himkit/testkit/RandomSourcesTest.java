package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * The sources of randomness behind the generators (QuickTheories' draws, the simplest choice) and the
 * generators' configuration and descriptions.
 */
class RandomSourcesTest {

  /** Every draw of a random generator, each checked against its bounds. */
  private static List<Object> everyDraw(RandomGenerator r) {
    int i = r.nextInt(7);
    int j = r.nextInt(-3, 4);
    long k = r.nextLong(9);
    long l = r.nextLong(-5, 6);
    double d = r.nextDouble();
    float f = r.nextFloat();
    assertThat(i).isBetween(0, 6);
    assertThat(j).isBetween(-3, 3);
    assertThat(k).isBetween(0L, 8L);
    assertThat(l).isBetween(-5L, 5L);
    assertThat(d).isGreaterThanOrEqualTo(0).isLessThan(1);
    assertThat(f).isGreaterThanOrEqualTo(0).isLessThan(1);
    return List.of(i, j, k, l, d, f, r.nextInt(), r.nextLong(), r.nextBoolean());
  }

  @Test
  void quickTheoriesDrawsStayWithinTheirBoundsAndRejectEmptyRanges() {
    qt().withExamples(200).forAll(HimGens.of(RandomSourcesTest::everyDraw)).checkAssert(draws -> assertThat(draws)
        .hasSize(9));
    qt().withExamples(5).forAll(HimGens.of(r -> r)).checkAssert(r -> {
      assertThatThrownBy(() -> r.nextInt(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.nextInt(3, 3)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.nextLong(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.nextLong(3, 2)).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void theSimplestSourceGivesEveryLowerBound() {
    RandomGenerator simplest = Simplest.INSTANCE;
    assertThat(everyDraw(simplest)).isEqualTo(List.of(0, -3, 0L, -5L, 0.0, 0.0f, 0, 0L, false));
    assertThat(HimGenerators.dates().next(simplest)).isEqualTo(HimGenerators.dates().from());
    assertThat(HimGenerators.ceus().next(simplest)).isEqualTo(Ceus.ZERO);
    assertThat(HimGenerators.requirements().next(simplest)).isEqualTo(org.himkit.Requirement.noPrerequisite());
  }

  @Test
  void policyGeneratorsFollowTheirDatesAndAmounts() {
    LocalDate from = LocalDate.of(2020, 1, 1);
    LocalDate to = LocalDate.of(2022, 12, 31);
    RenewalPolicyGenerator g = HimGenerators.renewalPolicies().withDates(HimGenerators.dates().between(from, to))
        .withRequiredCeus(HimGenerators.ceus().between(Ceus.of(10), Ceus.of(30)));
    List<RenewalPolicy> policies = g.stream(1).limit(200).toList();
    assertThat(policies).allSatisfy(p -> {
      assertThat(p.requiredCeus().values()).allMatch(c -> c.isAtLeast(Ceus.of(10)) && Ceus.of(30).isAtLeast(c));
      p.effectiveFrom().ifPresent(d -> assertThat(d).isBetween(from, to));
      p.effectiveTo().ifPresent(d -> assertThat(d).isBetween(from, to));
    });
    assertThat(policies).anyMatch(p -> p.effectiveFrom().isPresent() && p.effectiveTo().isPresent());
    assertThatThrownBy(() -> g.covering()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatorsSayWhatTheyGenerate() {
    assertThat(HimGenerators.dates().between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
        .hasToString("dates from 2020-01-01 to 2021-01-01");
    assertThat(HimGenerators.ceus().positive()).hasToString("CEUs from 0.01 to " + Ceus.MAX);
    assertThat(HimGenerators.requirements().withMaxDepth(2)).hasToString("requirement trees of depth at most 2");
    assertThat(HimGenerators.credentials().issuedBy(OrganizationId.of("AAPC")).toString()).contains("issued by [AAPC]");
    assertThat(HimGenerators.renewalPolicies().issuedBy(OrganizationId.of("NCRA")).covering(CredentialId.of("ODS"))
        .toString()).contains("issued by NCRA", "covering [ODS]");
    assertThat(HimGenerators.catalogs().withSize(CatalogSize.SMALL).toString()).startsWith("SMALL catalogs");
    assertThat(HimGenerators.catalogs().withSize(CatalogSize.LARGE).size()).isEqualTo(CatalogSize.LARGE);
    assertThat(HimGenerators.population(3).withSize(10).toString()).contains("seed=3", "size=10");
  }

  @Test
  void holdersAreValuesAndAreDescribedInFull() {
    SyntheticPopulation population = HimGenerators.population(2).withSize(5);
    SyntheticHolder holder = population.holder(1);
    assertThat(holder).isEqualTo(population.holder(1)).hasSameHashCodeAs(population.holder(1))
        .isNotEqualTo(population.holder(2)).isNotEqualTo("holder");
    assertThat(holder.toString()).contains("index=1", "activities=" + holder.activities().size());
    assertThat(Describer.describe(holder)).contains("holdings:", "activities:", "profile:");
    assertThat(Describer.describe(List.of(holder, holder)).lines()).hasSizeGreaterThan(4);
    assertThat(Describer.describe(List.of())).isEqualTo("[]");
    SyntheticHolder drawn = population.holders().next(new SplittableRandom(4));
    assertThat(drawn.index()).isBetween(0L, 4L);
    assertThat(HimGenerators.population(2).withSize(0).holders().next(new SplittableRandom(4)).index()).isZero();
  }
}
