package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.LearnerProfile;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * The QuickTheories adapters: a failing property reports its seed and a shrunk value that reproduce
 * it; shrinking ends, keeps values valid and makes them simpler.
 */
class HimGensTest {

  /** Keeps what QuickTheories reports instead of throwing. */
  static final class Capture implements Reporter {
    long seed;
    List<Object> smallest = new ArrayList<>();

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, Throwable cause, List<Object> examples,
        AsString<Object> toString) {
      falisification(seed, examplesUsed, smallest, examples, toString);
    }

    @Override
    public void falisification(long seed, int examplesUsed, Object smallest, List<Object> examples,
        AsString<Object> toString) {
      this.seed = seed;
      this.smallest.add(smallest);
    }

    @Override
    public void valuesExhausted(int completedExamples) {
      throw new AssertionError("values exhausted after " + completedExamples);
    }
  }

  private static <T> T smallest(long seed, int shrinks, Gen<T> gen, Predicate<T> property) {
    Capture capture = new Capture();
    qt().withFixedSeed(seed).withExamples(100).withShrinkCycles(shrinks).withReporter(capture).forAll(gen)
        .check(property);
    assertThat(capture.smallest).as("the property fails").hasSize(1);
    assertThat(capture.seed).isEqualTo(seed);
    @SuppressWarnings("unchecked")
    T value = (T) capture.smallest.get(0);
    return value;
  }

  @Test
  void aFailingPropertyReportsItsSeedAndTheShrunkValue() {
    AssertionError failure = catchThrowableOfType(AssertionError.class, () -> qt().withFixedSeed(20_261_124L)
        .withExamples(50).withShrinkCycles(200).forAll(HimGens.catalogs(CatalogSize.SMALL))
        .check(catalog -> catalog.credentials().count() < 3));
    HimCatalog smallest = smallest(20_261_124L, 200, HimGens.catalogs(CatalogSize.SMALL),
        catalog -> catalog.credentials().count() < 3);
    assertThat(failure.getMessage()).contains("Seed was 20261124")
        .contains("Smallest found falsifying value(s) :-" + System.lineSeparator() + Describer.describe(smallest));
    // the same seed gives the same failure
    AssertionError again = catchThrowableOfType(AssertionError.class, () -> qt().withFixedSeed(20_261_124L)
        .withExamples(50).withShrinkCycles(200).forAll(HimGens.catalogs(CatalogSize.SMALL))
        .check(catalog -> catalog.credentials().count() < 3));
    assertThat(again.getMessage()).isEqualTo(failure.getMessage());
  }

  @Test
  void aCatalogShrinksTowardTheFewestEntriesThatStillFail() {
    for (long seed = 1; seed <= 3; seed++) {
      List<Integer> failing = new ArrayList<>();
      HimCatalog smallest = smallest(seed, 2000, HimGens.catalogs(CatalogSize.SMALL), c -> {
        if (c.credentials().count() >= 3) {
          failing.add(c.credentials().count());
        }
        return c.credentials().count() < 3;
      });
      System.out.println("seed " + seed + ": " + failing.size() + " failing catalogs tried, the first with " + failing.get(0) + " credentials");
      CatalogGeneratorTest.assertConsistent(smallest);
      assertThat(smallest.credentials().count()).as("seed %s", seed).isEqualTo(3);
    }
  }

  @Test
  void aRequirementTreeShrinksToFewNodesWithoutProse() {
    Requirement smallest = smallest(3, 2000, HimGens.requirements(), r -> nodes(r, Requirement.AtLeast.class) == 0);
    assertThat(nodes(smallest, Requirement.AtLeast.class)).isEqualTo(1);
    assertThat(nodes(smallest, Requirement.class)).as("%s", smallest).isLessThanOrEqualTo(3);
    assertThat(smallest.leaves()).allMatch(l -> l instanceof Requirement.NoPrerequisite);
    assertThat(smallest.prose()).isEmpty();
  }

  @Test
  void aHolderShrinksToOneCredentialFiveActivitiesAndTheFirstDay() {
    SyntheticPopulation population = HimGenerators.population(5);
    SyntheticHolder smallest = smallest(11, 2000, HimGens.holders(population),
        h -> h.activities().stream().allMatch(a -> a.ceus().isPresent()));
    assertThat(smallest.holdings()).hasSize(1);
    assertThat(smallest.activities()).hasSize(5).anyMatch(a -> a.minutes().isPresent());
    assertThat(smallest.holdings().get(0).earned()).isEqualTo(population.from());
  }

  @Test
  void aLearnerShrinksToTheEmptyProfileButTheFailingAmount() {
    for (long seed = 1; seed <= 3; seed++) {
      LearnerProfile smallest = smallest(seed, 2000, HimGens.learnerProfiles(HimCatalog.builtIn()),
          p -> p.collegeCredits() < 60);
      assertThat(smallest.collegeCredits()).as("seed %s", seed).isEqualTo(60);
      assertThat(LearnerProfile.builder().from(smallest).collegeCredits(0).build()).as("seed %s", seed)
          .isEqualTo(LearnerProfile.empty());
    }
  }

  @Test
  void aLedgerShrinksToOneCredentialAndSimplestActivitiesButTheFailingOneAndEveryTriedLedgerIsValid() {
    LedgerGenerator ledgers = HimGenerators.ledgers();
    org.himkit.renewal.RenewalEvaluator evaluator = org.himkit.renewal.RenewalEvaluator.of(HimCatalog.builtIn());
    for (long seed = 1; seed <= 3; seed++) {
      List<org.himkit.renewal.HolderRecord> tried = new ArrayList<>();
      org.himkit.renewal.HolderRecord smallest = smallest(seed, 1000, HimGens.ledgers(ledgers), ledger -> {
        tried.add(ledger);
        return ledger.activities().stream().noneMatch(a -> a.minutes().isPresent());
      });
      assertThat(smallest.holdings()).as("seed %s", seed).hasSize(1);
      // QuickTheories shrinks the number of activities, not which ones remain: the failing one may come
      // after others, which shrink to the simplest activity
      assertThat(smallest.activities()).as("seed %s", seed).filteredOn(a -> a.minutes().isPresent()).hasSize(1);
      assertThat(smallest.activities()).as("seed %s", seed).filteredOn(a -> a.minutes().isEmpty())
          .allMatch(a -> a.ceus().orElseThrow().equals(org.himkit.policy.Ceus.ofHundredths(1)));
      tried.forEach(ledger -> assertThat(evaluator.assess(ledger, ledgers.asOf()).assessments()).isNotEmpty());
    }
  }

  @Test
  void shrinkingEndsAndEveryValueItTriesIsValid() {
    List<HimCatalog> tried = new ArrayList<>();
    long start = System.nanoTime();
    HimCatalog smallest = smallest(99, 300, HimGens.catalogs(CatalogSize.SMALL), c -> {
      tried.add(c);
      return c.roles().count() < 2;
    });
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(tried).hasSizeLessThanOrEqualTo(100 + 300);
    tried.forEach(CatalogGeneratorTest::assertConsistent);
    assertThat(smallest.roles().count()).isEqualTo(2);
    System.out.println("shrinking a SMALL catalog: " + tried.size() + " catalogs tried in " + millis + " ms");
  }

  @Test
  void aRunTriesTheSimplestValueFirstAndTheFullestToo() {
    // QuickTheories tries every draw at its shrink target first: the simplest catalog of the size
    List<HimCatalog> tried = new ArrayList<>();
    qt().withFixedSeed(5).withExamples(10).forAll(HimGens.catalogs(CatalogSize.SMALL)).check(tried::add);
    HimCatalog first = tried.get(0);
    assertThat(first.organizations()).hasSize(1);
    assertThat(first.credentials().count() + first.roles().count() + first.programTypes().count()
        + first.occupations().count() + first.workSettings().count() + first.knownOmissions().size()).isZero();
    assertThat(first.profession()).isEmpty();
    // then every draw at its upper bound: the fullest catalog of the size
    assertThat(tried).anyMatch(c -> c.credentials().count() == CatalogSize.SMALL.maxCredentials()
        && c.roles().count() == CatalogSize.SMALL.maxRoles()
        && c.programOfferings().count() == CatalogSize.SMALL.maxOfferings());
  }

  private static int nodes(Requirement r, Class<?> kind) {
    return (kind.isInstance(r) ? 1 : 0) + r.children().stream().mapToInt(c -> nodes(c, kind)).sum();
  }
}
