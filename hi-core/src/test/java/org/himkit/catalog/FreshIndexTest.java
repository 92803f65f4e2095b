package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.himkit.Code;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.PatientContact;
import org.himkit.Role;
import org.himkit.RoleLevel;
import org.himkit.WageStatistic;
import org.himkit.WorkSettingId;
import org.junit.jupiter.api.Test;

/**
 * The role indexes of a catalog built in the test itself answer every filter as a scan of the entries
 * does. The shared built-in catalog is built once per JVM; these tests build their own, so that the
 * code that builds the indexes runs in every test run (mutation testing reruns single tests in a JVM
 * that already holds the shared catalog).
 */
class FreshIndexTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static HimCatalog fresh() {
    return HimCatalog.builtIn().toBuilder().build();
  }

  private static List<Role> scan(HimCatalog catalog, Predicate<Role> test) {
    return catalog.roles().list().stream().filter(test).collect(Collectors.toList());
  }

  @Test
  void everyRoleFilterOfAFreshCatalogMatchesAScan() {
    HimCatalog hi = fresh();
    int matches = 0;
    for (Role r : hi.roles().list()) {
      for (CredentialId c : r.credentials()) {
        assertThat(hi.roles().withCredential(c).list()).isEqualTo(scan(hi, x -> x.credentials().contains(c)));
        matches++;
      }
      for (WorkSettingId s : r.workSettings()) {
        assertThat(hi.roles().inSetting(s).list()).isEqualTo(scan(hi, x -> x.workSettings().contains(s)));
        matches++;
      }
      for (OccupationId o : r.occupations()) {
        assertThat(hi.roles().inOccupation(o).list()).isEqualTo(scan(hi, x -> x.occupations().contains(o)));
        assertThat(hi.roles().withOccupationCode(o.value()).list())
            .isEqualTo(scan(hi, x -> x.occupations().contains(o)));
        for (Code code : hi.getOccupation(o).codes()) {
          assertThat(hi.roles().withOccupationCode(code.value()).list()).isEqualTo(scan(hi, x -> x.occupations()
              .stream().anyMatch(id -> codes(hi, id).contains(code.value()))));
          matches++;
        }
      }
      r.specializationOf().ifPresent(b -> assertThat(hi.roles().specializing(b).list())
          .isEqualTo(scan(hi, x -> x.specializationOf().equals(r.specializationOf()))));
    }
    for (RoleLevel level : RoleLevel.values()) {
      assertThat(hi.roles().atLevel(level).list()).isEqualTo(scan(hi, x -> x.level() == level));
    }
    for (PatientContact contact : PatientContact.values()) {
      assertThat(hi.roles().withPatientContact(contact).list()).isEqualTo(scan(hi, x -> x.patientContact() == contact));
    }
    assertThat(matches).as("filters with a role to find").isGreaterThan(10);
  }

  private static Set<String> codes(HimCatalog hi, OccupationId id) {
    return hi.getOccupation(id).codes().stream().map(Code::value).collect(Collectors.toSet());
  }

  @Test
  void theWageFiltersOfAFreshCatalogUseEachRolesHighestLatestUsdMedian() {
    HimCatalog hi = fresh();
    List<BigDecimal> wages = hi.occupations().list().stream().map(Occupation::latestMedianAnnualWage)
        .flatMap(java.util.Optional::stream).filter(w -> w.currency().equals(USD)).map(WageStatistic::amount)
        .distinct().collect(Collectors.toList());
    assertThat(wages).hasSizeGreaterThan(1);
    for (BigDecimal wage : wages) {
      for (BigDecimal at : List.of(wage, wage.add(new BigDecimal("0.01")))) {
        assertThat(hi.roles().withMedianWageAtLeast(at).list())
            .isEqualTo(scan(hi, r -> r.occupations().stream().map(hi::getOccupation)
                .map(Occupation::latestMedianAnnualWage).flatMap(java.util.Optional::stream)
                .anyMatch(w -> w.currency().equals(USD) && w.amount().compareTo(at) >= 0)));
      }
    }
  }

  @Test
  void theEntryLevelFilterOfAFreshCatalogFindsTheRolesReachableWithADegreeLevel() {
    // the same answers as BuiltInQueryTest gives for the shared catalog
    HimCatalog hi = fresh();
    assertThat(ids(hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE)))
        .containsExactly("health-information-technician", "medical-coder", "cancer-registrar");
    assertThat(ids(hi.roles().requiringAtMost(DegreeLevel.BACCALAUREATE)))
        .containsExactly("health-information-technician", "health-information-manager", "medical-coder",
            "cancer-registrar");
    assertThat(ids(hi.roles().requiringAtMost(DegreeLevel.HIGH_SCHOOL))).containsExactly("medical-coder");
    assertThat(hi.roles().requiringAtMost(DegreeLevel.DOCTORATE).list())
        .isEqualTo(scan(hi, r -> r.typicalEntry().isPresent()));
  }

  private static List<String> ids(RoleQuery q) {
    return q.list().stream().map(r -> r.id().value()).collect(Collectors.toList());
  }
}
