package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.OrganizationId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/** Generated catalogs: every size builds, within its ranges, and follows the configuration. */
class CatalogGeneratorTest {

  @Test
  void aCatalogOfEachSizeBuildsWithinTheRangesOfItsSize() {
    Map<CatalogSize, Integer> examples = new EnumMap<>(Map.of(CatalogSize.EMPTY, 5, CatalogSize.SMALL, 40,
        CatalogSize.MEDIUM, 15, CatalogSize.LARGE, 2));
    examples.forEach((size, n) -> HimGenerators.catalogs().withSize(size).stream(n).limit(n)
        .forEach(catalog -> {
          assertThat(catalog.organizations().size()).isBetween(size.minOrganizations(), size.maxOrganizations());
          assertThat(catalog.credentials().count()).isBetween(
              catalog.organizations().isEmpty() ? 0 : size.minCredentials(), size.maxCredentials());
          assertThat(catalog.occupations().count()).isBetween(size.minOccupations(), size.maxOccupations());
          assertThat(catalog.workSettings().count()).isBetween(size.minSettings(), size.maxSettings());
          assertThat(catalog.roles().count()).isBetween(size.minRoles(), size.maxRoles());
          assertThat(catalog.programTypes().count()).isBetween(size.minProgramTypes(), size.maxProgramTypes());
          assertThat(catalog.programOfferings().count()).isBetween(
              catalog.programTypes().count() == 0 ? 0 : size.minOfferings(), size.maxOfferings());
          assertThat(catalog.knownOmissions().size()).isLessThanOrEqualTo(size.maxOmissions());
          assertConsistent(catalog);
          // the catalog's own builder accepts it again
          assertThat(catalog.toBuilder().build().credentials().list()).isEqualTo(catalog.credentials().list());
        }));
    HimCatalog empty = HimGenerators.catalogs().withSize(CatalogSize.EMPTY).example(1);
    assertThat(empty.organizations()).isEmpty();
    assertThat(empty.profession()).isEmpty();
  }

  /** What the builder does not check but the generator promises. */
  static void assertConsistent(HimCatalog catalog) {
    for (Credential c : catalog.credentials().list()) {
      for (String name : c.names()) {
        assertThat(catalog.resolveCredential(name)).as(name).map(m -> m.credential().id()).contains(c.id());
      }
      c.renewalPolicy().ifPresent(p -> assertThat(catalog.renewalPolicyVersions(p))
          .anyMatch(v -> v.requiredCeus().containsKey(c.id())).allMatch(v -> v.issuer().equals(c.issuer())));
      assertThat(noCycle(c.id(), catalog, new HashSet<>())).as("supersession of %s", c.id()).isTrue();
    }
    for (Role r : catalog.roles().list()) {
      Set<RoleId> seen = new HashSet<>();
      Optional<RoleId> broader = Optional.of(r.id());
      while (broader.isPresent()) {
        assertThat(seen.add(broader.get())).as("specialization of %s", r.id()).isTrue();
        broader = catalog.getRole(broader.get()).specializationOf();
      }
    }
  }

  private static boolean noCycle(CredentialId id, HimCatalog catalog, Set<CredentialId> path) {
    if (!path.add(id)) {
      return false;
    }
    boolean ok = catalog.getCredential(id).supersedes().stream().allMatch(s -> noCycle(s, catalog, new HashSet<>(path)));
    path.remove(id);
    return ok;
  }

  @Test
  void catalogsFollowTheirCredentialMixDatesAndOfferings() {
    OrganizationId ahima = OrganizationId.of("AHIMA");
    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2027, 12, 31);
    CatalogGenerator generator = HimGenerators.catalogs().withSize(CatalogSize.SMALL).withOfferings(3, 7)
        .withDates(HimGenerators.dates().between(from, to))
        .withCredentials(HimGenerators.credentials().issuedBy(ahima).ofKinds(CredentialKind.CERTIFICATION)
            .withStatuses(CredentialStatus.ACTIVE));
    List<LocalDate> boundaries = new ArrayList<>();
    generator.stream(21).limit(60).forEach(catalog -> {
      assertThat(catalog.findOrganization(ahima)).isPresent();
      assertThat(catalog.credentials().list()).allSatisfy(c -> {
        assertThat(c.issuer()).isEqualTo(ahima);
        assertThat(c.kind()).isEqualTo(CredentialKind.CERTIFICATION);
        assertThat(c.status()).isEqualTo(CredentialStatus.ACTIVE);
      });
      for (RenewalPolicy p : catalog.renewalPolicies()) {
        p.effectiveFrom().ifPresent(boundaries::add);
        p.effectiveTo().ifPresent(boundaries::add);
      }
      if (catalog.programTypes().count() > 0) {
        assertThat(catalog.programOfferings().count()).isBetween(3, 7);
      }
      catalog.programOfferings().stream().forEach(o -> o.accreditedSince()
          .ifPresent(d -> assertThat(d).isBetween(from, to)));
    });
    assertThat(boundaries).isNotEmpty().allMatch(d -> !d.isBefore(from) && !d.isAfter(to))
        .anyMatch(DateGenerator.policyBoundaries()::contains);
    assertThatThrownBy(() -> generator.withOfferings(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
