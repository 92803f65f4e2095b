package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.himkit.TypedId;
import org.himkit.policy.Ceus;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * The generators of the kit: every one gives valid values, the same for the same seed; together they
 * produce every enum constant and every kind of requirement node; edge values come up.
 */
class GeneratorsTest {
  private static final int SAMPLES = 150;

  /** Every generator of {@link HimGenerators} that takes no argument, by method name. */
  static Map<String, Generator<?>> allGenerators() {
    Map<String, Generator<?>> out = new TreeMap<>();
    for (Method m : HimGenerators.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
          && Generator.class.isAssignableFrom(m.getReturnType())) {
        try {
          out.put(m.getName(), (Generator<?>) m.invoke(null));
        } catch (ReflectiveOperationException e) {
          throw new LinkageError(m.getName(), e);
        }
      }
    }
    return out;
  }

  @Test
  void everyGeneratorGivesValidValuesTheSameForTheSameSeed() {
    Map<String, Generator<?>> generators = allGenerators();
    assertThat(generators).hasSizeGreaterThanOrEqualTo(58);
    generators.forEach((name, g) -> {
      for (long seed = 0; seed < 10; seed++) {
        assertThat(Describer.describe(g.example(seed))).as(name).isEqualTo(Describer.describe(g.example(seed)));
      }
      List<String> some = g.stream(7).limit(20).map(Describer::describe).collect(Collectors.toList());
      assertThat(g.stream(7).parallel().limit(20).map(Describer::describe).collect(Collectors.toList()))
          .as(name).isEqualTo(some);
      assertThat(new HashSet<>(some)).as(name + " varies").hasSizeGreaterThan(1);
      SplittableRandom r = new SplittableRandom(11);
      for (int i = 0; i < SAMPLES; i++) {
        assertThat(g.next(r)).as(name).isNotNull();
      }
    });
  }

  /** The concrete node types of a sealed hierarchy, expanding sealed sub-hierarchies such as {@code Requirement.Leaf}. */
  private static List<Class<?>> nodeTypes(Class<?> sealed) {
    List<Class<?>> out = new java.util.ArrayList<>();
    for (Class<?> c : sealed.getPermittedSubclasses()) {
      if (c.isSealed()) {
        out.addAll(nodeTypes(c));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** Every kind of requirement node comes up; {@link PublicTypesTest} checks every enum constant. */
  @Test
  void everyKindOfRequirementNodeIsProduced() {
    Walker walker = new Walker();
    HimGenerators.requirements().stream(3).limit(SAMPLES).forEach(walker::visit);
    List<String> kinds = nodeTypes(Requirement.class).stream().map(Class::getSimpleName).toList();
    assertThat(walker.requirementKinds.keySet()).containsExactlyInAnyOrderElementsOf(kinds);
    System.out.println("requirement nodes produced: " + walker.requirementKinds);
  }

  @Test
  void idsAreOfEveryLengthUpToTheLimit() {
    for (Generator<? extends TypedId<?>> g : List.of(HimGenerators.credentialIds(), HimGenerators.organizationIds(),
        HimGenerators.roleIds(), HimGenerators.programTypeIds(), HimGenerators.programOfferingIds(),
        HimGenerators.occupationIds(), HimGenerators.workSettingIds(), HimGenerators.renewalPolicyIds(),
        HimGenerators.knownOmissionIds())) {
      Set<Integer> lengths = g.stream(1).limit(300).map(id -> id.value().length()).collect(Collectors.toSet());
      assertThat(lengths).contains(1, 64).allMatch(n -> n >= 1 && n <= 64);
    }
  }

  @Test
  void datesStayInTheirRangeAndHitPolicyBoundariesLeapDaysAndBothEnds() {
    List<LocalDate> days = HimGenerators.dates().stream(2).limit(3000).toList();
    assertThat(days).allMatch(d -> !d.isBefore(LocalDate.of(2000, 1, 1)) && !d.isAfter(LocalDate.of(2035, 12, 31)))
        .contains(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2020, 12, 31),
            LocalDate.of(2000, 1, 1), LocalDate.of(2035, 12, 31))
        .anyMatch(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29);
    assertThat(DateGenerator.policyBoundaries()).contains(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 1, 1));
    LocalDate from = LocalDate.of(2023, 3, 1);
    LocalDate to = LocalDate.of(2024, 3, 1);
    List<LocalDate> narrow = HimGenerators.dates().between(from, to).stream(3).limit(500).toList();
    assertThat(narrow).allMatch(d -> !d.isBefore(from) && !d.isAfter(to)).contains(from, to, LocalDate.of(2024, 2, 29));
    assertThat(HimGenerators.dates().between(from, from).stream(1).limit(20)).containsOnly(from);
    assertThatThrownBy(() -> HimGenerators.dates().between(to, from)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ceusStayInTheirRangeAndHitZeroTheMaximumAndOneHundredth() {
    List<Ceus> amounts = HimGenerators.ceus().stream(4).limit(1000).toList();
    assertThat(amounts).contains(Ceus.ZERO, Ceus.MAX, Ceus.ofHundredths(1));
    assertThat(amounts.stream().filter(c -> !c.isAtLeast(Ceus.of(101))).count()).isGreaterThan(500);
    CeusGenerator narrow = HimGenerators.ceus().between(Ceus.parse("0.25"), Ceus.of(60));
    assertThat(narrow.stream(5).limit(500)).allMatch(c -> c.isAtLeast(Ceus.parse("0.25")) && Ceus.of(60).isAtLeast(c))
        .contains(Ceus.parse("0.25"), Ceus.of(60), Ceus.parse("0.26"));
    assertThat(HimGenerators.ceus().positive().stream(6).limit(500)).noneMatch(Ceus::isZero);
    assertThatThrownBy(() -> HimGenerators.ceus().between(Ceus.of(2), Ceus.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requirementTreesKeepTheirDepthAndReferToTheGivenIdsOnly() {
    for (int depth = 0; depth <= 4; depth++) {
      int max = depth;
      List<Requirement> trees = HimGenerators.requirements().withMaxDepth(depth).stream(depth).limit(300).toList();
      assertThat(trees).allMatch(t -> depth(t) <= max);
      assertThat(trees.stream().mapToInt(GeneratorsTest::depth).max().orElse(-1)).isEqualTo(max);
    }
    List<CredentialId> credentials = List.of(CredentialId.of("RHIT"));
    List<OrganizationId> organizations = List.of(OrganizationId.of("CAHIIM"));
    HimGenerators.requirements().referencing(credentials, organizations).stream(8).limit(300)
        .flatMap(Requirement::leaves).forEach(leaf -> {
          if (leaf instanceof Requirement.HoldsCredential h) {
            assertThat(h.credential()).isEqualTo(credentials.get(0));
          } else if (leaf instanceof Requirement.ForeignReciprocity f) {
            assertThat(f.agreementWith()).isEqualTo(organizations.get(0));
          } else if (leaf instanceof Requirement.CompletedProgram p) {
            p.accreditor().ifPresent(a -> assertThat(a).isEqualTo(organizations.get(0)));
          } else if (leaf instanceof Requirement.FinalTermEnrollment f) {
            f.accreditor().ifPresent(a -> assertThat(a).isEqualTo(organizations.get(0)));
          } else if (leaf instanceof Requirement.HoldsCredentialInDomain d) {
            assertThat(d.otherThan()).isEqualTo(organizations.get(0));
          }
        });
    assertThat(HimGenerators.requirements().referencing(List.of(), List.of()).stream(9).limit(300)
        .flatMap(Requirement::leaves))
        .noneMatch(l -> l instanceof Requirement.HoldsCredential || l instanceof Requirement.ForeignReciprocity
            || l instanceof Requirement.HoldsCredentialInDomain);
    assertThatThrownBy(() -> HimGenerators.requirements().withMaxDepth(9)).isInstanceOf(IllegalArgumentException.class);
  }

  private static int depth(Requirement r) {
    return r.children().isEmpty() ? 0 : 1 + r.children().stream().mapToInt(GeneratorsTest::depth).max().orElse(0);
  }

  @Test
  void credentialsFollowTheirMix() {
    OrganizationId ahima = OrganizationId.of("AHIMA");
    List<Credential> credentials = HimGenerators.credentials().issuedBy(ahima).ofKinds(CredentialKind.CERTIFICATION)
        .withStatuses(CredentialStatus.ACTIVE).inDomains(CredentialDomain.CODING, CredentialDomain.BILLING)
        .stream(10).limit(200).toList();
    assertThat(credentials).allSatisfy(c -> {
      assertThat(c.issuer()).isEqualTo(ahima);
      assertThat(c.kind()).isEqualTo(CredentialKind.CERTIFICATION);
      assertThat(c.status()).isEqualTo(CredentialStatus.ACTIVE);
      assertThat(c.domains()).isSubsetOf(CredentialDomain.CODING, CredentialDomain.BILLING);
      assertThat(c.supersedes()).doesNotContain(c.id());
    });
    assertThat(credentials).anyMatch(c -> c.domains().size() == 2).anyMatch(c -> c.eligibility().isEmpty())
        .anyMatch(c -> c.formerNames().size() == 2).anyMatch(c -> c.aliases().isEmpty());
    assertThatThrownBy(() -> HimGenerators.credentials().issuedBy()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void policiesMeetTheMultiCredentialCapExactlyAndVersionsNeverOverlap() {
    OrganizationId ncra = OrganizationId.of("NCRA");
    CredentialId ods = CredentialId.of("ODS");
    List<RenewalPolicy> policies = HimGenerators.renewalPolicies().issuedBy(ncra).covering(ods).stream(12).limit(400)
        .toList();
    assertThat(policies).allSatisfy(p -> {
      assertThat(p.issuer()).isEqualTo(ncra);
      assertThat(p.requiredCeus().keySet()).containsExactly(ods);
      p.effectiveFrom().ifPresent(f -> p.effectiveTo().ifPresent(t -> assertThat(t).isAfterOrEqualTo(f)));
    });
    long capMetExactly = policies.stream().filter(p -> p.multiCredentialRule()
        .filter(rule -> rule instanceof MultiCredentialRule.PlusPerAdditional plus && !plus.perAdditional().isZero()
            && metExactly(plus, p.requiredCeus(ods).orElseThrow())).isPresent()).count();
    assertThat(capMetExactly).isPositive();
    assertThat(policies).anyMatch(p -> p.requiredCeus(ods).orElseThrow().isZero())
        .anyMatch(p -> p.effectiveFrom().isEmpty() && p.effectiveTo().isEmpty())
        .anyMatch(p -> p.contactTimeRule().filter(c -> c.minutesPerCeu() == 60 && c.minimumPartMinutes() == 45)
            .isPresent());

    List<List<RenewalPolicy>> versions = HimGenerators.renewalPolicies().versions().stream(13).limit(300).toList();
    assertThat(versions).allSatisfy(v -> {
      assertThat(v).isNotEmpty().hasSizeLessThanOrEqualTo(4);
      assertThat(v.stream().map(RenewalPolicy::id).distinct()).hasSize(1);
      for (int i = 1; i < v.size(); i++) {
        assertThat(v.get(i).effectiveFrom().orElseThrow()).isAfter(v.get(i - 1).effectiveTo().orElseThrow());
      }
    });
    assertThat(versions).anyMatch(v -> v.size() == 4);
  }

  private static boolean metExactly(MultiCredentialRule.PlusPerAdditional rule, Ceus single) {
    List<Ceus> held = new ArrayList<>(List.of(single));
    for (int extra = 1; extra <= 4; extra++) {
      held.add(Ceus.ZERO);
      if (rule.required(held).equals(rule.cap()) && single.plus(rule.perAdditional().multipliedBy(extra))
          .equals(rule.cap())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void listsHaveTheirSmallestAndLargestSizes() {
    Set<Integer> sizes = HimGenerators.codes().lists(2, 5).stream(14).limit(200).map(List::size)
        .collect(Collectors.toSet());
    assertThat(sizes).containsExactlyInAnyOrder(2, 3, 4, 5);
    assertThatThrownBy(() -> HimGenerators.codes().lists(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
