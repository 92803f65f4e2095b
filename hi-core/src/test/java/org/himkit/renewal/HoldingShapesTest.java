package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.CATALOG;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * The evaluator keeps what a list of credential ids resolves and groups to: holdings of a list met before
 * give the groups, the checks and the errors that resolving them afresh gives.
 */
class HoldingShapesTest {
  private static final LocalDate AS_OF = d(2026, 1, 1);

  private static HoldingGroups.Shapes shapes() {
    return new HoldingGroups.Shapes(CATALOG::getCredential, Stages.PLANS);
  }

  private static void assertSame(HoldingGroups kept, HoldingGroups fresh) {
    assertThat(kept.notAssessed).isEqualTo(fresh.notAssessed);
    assertThat(kept.groups).hasSameSizeAs(fresh.groups);
    for (int g = 0; g < fresh.groups.size(); g++) {
      HoldingGroups.Group a = kept.groups.get(g);
      HoldingGroups.Group b = fresh.groups.get(g);
      assertThat(a.plan()).isSameAs(b.plan());
      assertThat(a.certifiedSince()).isEqualTo(b.certifiedSince());
      assertThat(a.explicitStart()).isEqualTo(b.explicitStart());
      assertThat(a.firstCycleRequired()).isEqualTo(b.firstCycleRequired());
      assertThat(a.held()).hasSameSizeAs(b.held());
      for (int m = 0; m < b.held().size(); m++) {
        HoldingGroups.Held x = a.held().get(m);
        HoldingGroups.Held y = b.held().get(m);
        assertThat(x.holding()).isSameAs(y.holding());
        assertThat(x.credential()).isSameAs(y.credential());
        assertThat(x.earnedDay()).isEqualTo(y.earnedDay());
        assertThat(x.policy()).isEqualTo(y.policy());
        assertThat(x.supersededBy()).isEqualTo(y.supersededBy());
        assertThat(x.required()).containsExactly(y.required());
        assertThat(x.bit()).containsExactly(y.bit());
      }
    }
  }

  /** Holdings of several issuers, a credential held only as replaced by another, former names, no policy. */
  private static List<List<CredentialHolding>> holders(int shift) {
    LocalDate base = d(2016, 1, 1).plusDays(shift);
    return List.of(List.of(held("RHIA", base)), List.of(held("RHIT", base), held("RHIA", base.plusYears(2))),
        List.of(held("CPC", base.plusDays(30)), held("CCS", base), held("CPC-A", base), held("RHIT", base.plusYears(1))),
        List.of(held("ODS", base), held("CHDA", base.plusDays(3))),
        List.of(held("PCS", base), held("RHIA", base.plusYears(6))),
        List.of(CredentialHolding.builder().credential(CredentialId.of("CPC")).earned(base)
            .membershipDue(MonthDay.of(3, 15)).build()),
        List.of(CredentialHolding.builder().credential(CredentialId.of("RHIT")).earned(base)
            .cycleStart(base.plusMonths(3)).firstCycleRequiredCeus(Ceus.of(5)).build(), held("CCS", base)));
  }

  @Test
  void holdingsOfAListMetBeforeGiveTheGroupsOfAFreshResolution() {
    HoldingGroups.Shapes shapes = shapes();
    for (int shift : List.of(0, 17, 400)) {
      for (List<CredentialHolding> holdings : holders(shift)) {
        assertSame(shapes.of(holdings, AS_OF), HoldingGroups.of(holdings, AS_OF, CATALOG::getCredential,
            Stages.PLANS));
      }
    }
    assertThat(shapes.size()).isEqualTo(holders(0).size());
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (HimValidationException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("no exception");
  }

  @Test
  void theChecksOfAHolderAreMadeWhetherTheListWasMetBeforeOrNot() {
    HoldingGroups.Shapes shapes = shapes();
    shapes.of(List.of(held("RHIT", d(2020, 1, 1)), held("CCS", d(2021, 1, 1))), AS_OF);
    List<CredentialHolding> late = List.of(held("RHIT", d(2020, 1, 1)), held("CCS", d(2026, 6, 1)));
    assertThatThrownBy(() -> HoldingGroups.of(late, AS_OF, CATALOG::getCredential, Stages.PLANS))
        .hasMessage(catchMessage(() -> shapes.of(late, AS_OF)));
    List<CredentialHolding> disagree = List.of(
        CredentialHolding.builder().credential(CredentialId.of("RHIT")).earned(d(2020, 1, 1))
            .cycleStart(d(2020, 2, 1)).build(),
        CredentialHolding.builder().credential(CredentialId.of("CCS")).earned(d(2020, 1, 1))
            .cycleStart(d(2020, 3, 1)).build());
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> shapes.of(late, AS_OF)).isInstanceOf(HimValidationException.class)
          .hasMessageContaining("earned").hasMessageContaining(AS_OF.toString());
      assertThatThrownBy(() -> shapes.of(disagree, AS_OF)).isInstanceOf(HimValidationException.class)
          .hasMessageContaining("cycleStart");
      assertThatThrownBy(() -> shapes.of(List.of(held("RHIT", d(2020, 1, 1)), held("RHIT", d(2021, 1, 1))), AS_OF))
          .isInstanceOf(HimValidationException.class).hasMessageContaining("held once");
    }
    // a list that could not be resolved is not kept; one whose holders may disagree is (the first one's list)
    assertThat(shapes.size()).isEqualTo(1);
  }

  @Test
  void anAssessmentOfCollectionsReadsTheHoldingsFirstAndChecksThemInTheirTurn() {
    CeActivity a = Fixtures.hiim("a", d(2017, 3, 1), "20");
    CredentialHolding rhit = held("RHIT", d(2016, 1, 1));
    List<CredentialHolding> withNull = java.util.Arrays.asList(rhit, null);
    // the activities are checked before the holdings, as before they were read ahead
    assertThatThrownBy(() -> Fixtures.EVALUATOR.assess(withNull, List.of(a, a), AS_OF))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("a");
    assertThatThrownBy(() -> Fixtures.EVALUATOR.assess(withNull, List.of(a), AS_OF))
        .isInstanceOf(NullPointerException.class);
    // a collection of holdings that shrinks while copied is assessed as it holds then
    List<CredentialHolding> both = List.of(rhit, held("RHIA", d(2019, 1, 1)));
    java.util.Collection<CredentialHolding> shrinking = new java.util.AbstractCollection<>() {
      private int sizes;

      @Override
      public java.util.Iterator<CredentialHolding> iterator() {
        return both.subList(0, sizes > 1 ? 1 : 2).iterator();
      }

      @Override
      public int size() {
        return sizes++ == 0 ? 2 : 1;
      }
    };
    RenewalResult taken = Fixtures.EVALUATOR.assess(shrinking, List.of(a), AS_OF);
    RenewalResult rhitAlone = Fixtures.EVALUATOR.assess(List.of(rhit), List.of(a), AS_OF);
    assertThat(taken.assessments()).hasSize(1);
    assertThat(taken.assessments().get(0).credentials()).containsExactly(CredentialId.of("RHIT"));
    assertThat(taken.assessments().get(0).status()).isEqualTo(rhitAlone.assessments().get(0).status());
    assertThat(taken.assessments().get(0).cycle()).isEqualTo(rhitAlone.assessments().get(0).cycle());
  }

  @Test
  void atMostSoManyListsAreKept() {
    HoldingGroups.Shapes shapes = shapes();
    List<String> ids = List.of("RHIA", "RHIT", "CCS", "CHDA", "CPC", "COC", "CRC", "ODS", "CPB", "PCS");
    List<List<CredentialHolding>> lists = new ArrayList<>();
    for (String a : ids) {
      for (String b : ids) {
        for (String c : ids) {
          for (String e : ids) {
            if (List.of(a, b, c, e).stream().distinct().count() == 4) {
              lists.add(List.of(held(a, d(2020, 1, 1)), held(b, d(2020, 1, 1)), held(c, d(2020, 1, 1)),
                  held(e, d(2020, 1, 1))));
            }
          }
        }
      }
    }
    assertThat(lists.size()).isGreaterThan(HoldingGroups.Shapes.MAX);
    for (List<CredentialHolding> holdings : lists) {
      shapes.of(holdings, AS_OF);
    }
    assertThat(shapes.size()).isEqualTo(HoldingGroups.Shapes.MAX);
    List<CredentialHolding> last = lists.get(lists.size() - 1);
    assertSame(shapes.of(last, AS_OF), HoldingGroups.of(last, AS_OF, CATALOG::getCredential, Stages.PLANS));
  }
}
