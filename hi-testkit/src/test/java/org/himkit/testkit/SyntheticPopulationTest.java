package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.catalog.HimCatalog;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import org.junit.jupiter.api.Test;

/** The synthetic population: realistic mixes, reproducible from the seed, streamed without memory. */
class SyntheticPopulationTest {
  private static final HimCatalog CATALOG = HimCatalog.builtIn();
  private static final Set<OrganizationId> ISSUERS = Set.of(OrganizationId.of("AHIMA"), OrganizationId.of("AAPC"),
      OrganizationId.of("NCRA"));

  @Test
  void holdersHoldOneToFourCredentialsAndFiveToFortyActivitiesOverSeveralCycles() {
    SyntheticPopulation population = HimGenerators.population(42).withSize(1_000);
    Map<Integer, Integer> byCredentials = new TreeMap<>();
    Map<Integer, Integer> byActivities = new TreeMap<>();
    Set<OrganizationId> issuers = new HashSet<>();
    Set<Integer> minutes = new HashSet<>();
    population.stream().forEach(h -> {
      byCredentials.merge(h.holdings().size(), 1, Integer::sum);
      byActivities.merge(h.activities().size(), 1, Integer::sum);
      assertThat(h.holdings().stream().map(CredentialHolding::credential).distinct()).hasSameSizeAs(h.holdings());
      for (CredentialHolding holding : h.holdings()) {
        Credential c = CATALOG.getCredential(holding.credential());
        issuers.add(c.issuer());
        assertThat(c.renewalPolicy()).isPresent();
        assertThat(holding.earned()).isBetween(population.from(), population.asOf());
        assertThat(h.profile().credentials()).containsEntry(holding.credential(), holding.earned());
      }
      assertThat(h.activities().stream().map(CeActivity::id).distinct()).hasSameSizeAs(h.activities());
      assertThat(h.activities()).allMatch(a -> !a.completed().isAfter(population.asOf())
          && !a.completed().isBefore(h.holdings().get(0).earned().minusDays(90)));
      h.activities().forEach(a -> a.minutes().ifPresent(minutes::add));
    });
    assertThat(byCredentials.keySet()).containsExactly(1, 2, 3, 4);
    assertThat(byCredentials.get(1)).isGreaterThan(byCredentials.get(2));
    assertThat(byCredentials.get(2)).isGreaterThan(byCredentials.get(4));
    assertThat(byActivities.keySet()).contains(5, 40).allMatch(n -> n >= 5 && n <= 40);
    assertThat(issuers).isEqualTo(ISSUERS);
    assertThat(minutes).contains(44, 45, 60, CeActivity.MAX_MINUTES);
    System.out.println("holders by number of credentials: " + byCredentials);
  }

  @Test
  void holderIIsDerivedFromTheSeedAndIAloneInOrderOrInParallel() {
    SyntheticPopulation population = HimGenerators.population(7).withSize(300);
    List<SyntheticHolder> sequential = population.stream().toList();
    assertThat(population.stream().parallel().toList()).isEqualTo(sequential);
    assertThat(HimGenerators.population(7).withSize(300).stream().toList()).isEqualTo(sequential);
    assertThat(population.holder(123)).isEqualTo(sequential.get(123));
    assertThat(population.withSize(10).stream().toList()).isEqualTo(sequential.subList(0, 10));
    assertThat(HimGenerators.population(8).withSize(300).stream().toList()).isNotEqualTo(sequential);
    assertThat(sequential.stream().map(SyntheticHolder::index).toList())
        .isEqualTo(java.util.stream.LongStream.range(0, 300).boxed().toList());
  }

  @Test
  void tenMillionHoldersStreamWithoutBeingHeld() {
    SyntheticPopulation population = HimGenerators.population(1).withSize(10_000_000);
    assertThat(population.stream().spliterator().getExactSizeIfKnown()).isEqualTo(10_000_000);
    SyntheticHolder last = population.holder(9_999_999);
    assertThat(last.index()).isEqualTo(9_999_999);
    assertThat(population.holder(9_999_999)).isEqualTo(last);
    // a prefix streams one holder at a time; the holders are not kept
    long activities = population.stream().limit(2_000).mapToLong(h -> h.activities().size()).sum();
    assertThat(activities).isBetween(5L * 2_000, 40L * 2_000);
    assertThatThrownBy(() -> population.holder(10_000_000)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void everyHolderCanBeAssessed() {
    SyntheticPopulation population = HimGenerators.population(3).withSize(300);
    RenewalEvaluator evaluator = RenewalEvaluator.of(CATALOG);
    Map<String, Long> statuses = population.stream()
        .flatMap(h -> evaluator.assess(h.holdings(), h.activities(), population.asOf()).assessments().stream())
        .collect(Collectors.groupingBy(a -> a.status().name(), TreeMap::new, Collectors.counting()));
    assertThat(statuses.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(300);
    assertThat(statuses).hasSizeGreaterThan(2);
    System.out.println("statuses of 300 holders on " + population.asOf() + ": " + statuses);
    RenewalAssessment any = evaluator.assess(population.holder(0).holdings(), population.holder(0).activities(),
        population.asOf()).assessments().get(0);
    assertThat(any.issuer()).isIn(ISSUERS);
  }

  @Test
  void thePopulationFollowsItsIssuersPeriodAndCatalog() {
    LocalDate from = LocalDate.of(2019, 6, 1);
    LocalDate asOf = LocalDate.of(2023, 6, 1);
    SyntheticPopulation ncra = HimGenerators.population(5).withSize(200).withIssuers(OrganizationId.of("NCRA"))
        .withPeriod(from, asOf);
    assertThat(ncra.stream().flatMap(h -> h.holdings().stream()).map(CredentialHolding::credential).distinct())
        .containsExactly(CredentialId.of("ODS"));
    assertThat(ncra.stream().flatMap(h -> h.activities().stream())).allMatch(a -> !a.completed().isAfter(asOf));
    assertThat(ncra.from()).isEqualTo(from);
    assertThat(ncra.asOf()).isEqualTo(asOf);
    HimCatalog custom = HimGenerators.catalogs().withSize(CatalogSize.SMALL).stream(3)
        .filter(c -> c.credentials().stream().anyMatch(x -> x.renewalPolicy().isPresent()
            && x.status() == org.himkit.CredentialStatus.ACTIVE))
        .findFirst().orElseThrow();
    OrganizationId issuer = custom.credentials().stream().filter(x -> x.renewalPolicy().isPresent()
        && x.status() == org.himkit.CredentialStatus.ACTIVE).findFirst().orElseThrow().issuer();
    SyntheticPopulation generated = HimGenerators.population(5).withCatalog(custom, issuer);
    assertThat(generated.stream().limit(50).flatMap(h -> h.holdings().stream()))
        .allMatch(h -> custom.getCredential(h.credential()).issuer().equals(issuer));
    assertThatThrownBy(() -> HimGenerators.population(1).withIssuers(OrganizationId.of("BLS")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.population(1).withSize(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HimGenerators.population(1).withPeriod(asOf, from))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
