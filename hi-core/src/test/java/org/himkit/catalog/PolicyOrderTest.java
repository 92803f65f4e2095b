package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.himkit.CredentialId;
import org.himkit.Fixtures;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * The catalog puts policy versions in order of the day they take effect, keeping the order added among equal starts:
 * by insertion for a few versions (start-up), by the JDK's sort for many; both give the stable sort's order.
 */
class PolicyOrderTest {
  private static final Comparator<RenewalPolicy> REFERENCE =
      Comparator.comparing(p -> p.effectiveFrom().orElse(LocalDate.MIN));

  /** Versions of distinct policies, a few days apart, some without a start, in a shuffled order. */
  private static List<RenewalPolicy> versions(int count, long seed) {
    Random random = new Random(seed);
    List<RenewalPolicy> all = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RenewalPolicy.Builder b = Fixtures.policy("P" + i, "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(1)));
      int day = random.nextInt(5);
      if (day > 0) {
        b.effectiveFrom(LocalDate.of(2020, 1, day));
      }
      all.add(b.build());
    }
    return all;
  }

  @Test
  void fewAndManyVersionsGetTheStableSortsOrder() {
    for (int count : new int[] {0, 1, 2, 5, HimCatalog.FEW_POLICY_VERSIONS, HimCatalog.FEW_POLICY_VERSIONS + 1, 80}) {
      for (long seed = 0; seed < 5; seed++) {
        List<RenewalPolicy> sorted = versions(count, seed);
        List<RenewalPolicy> expected = new ArrayList<>(sorted);
        expected.sort(REFERENCE);
        HimCatalog.sortByEffectiveFrom(sorted);
        assertThat(sorted).as("%d versions, seed %d", count, seed).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void aCatalogOfManyPoliciesListsThemByTheirStart() {
    List<RenewalPolicy> added = versions(40, 7);
    HimCatalog.Builder b = HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addCredential(Fixtures.credential("AAA", "ORG").build());
    for (RenewalPolicy p : added) {
      b.addRenewalPolicy(p);
    }
    List<RenewalPolicy> expected = new ArrayList<>(added);
    expected.sort(REFERENCE);
    assertThat(b.build().renewalPolicies()).containsExactlyElementsOf(expected);
  }
}
