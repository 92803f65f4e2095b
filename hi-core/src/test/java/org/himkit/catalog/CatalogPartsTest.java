package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.CatalogException;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.Fixtures;
import org.himkit.HimValidationException;
import org.himkit.Location;
import org.himkit.OccupationId;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * The catalog's parts other than queries and data: the reference checks of the builder, catalog
 * versions, name suggestions, and the descriptions of queries.
 */
class CatalogPartsTest {
  private static final HimCatalog HI = HimCatalog.builtIn();
  private static final OrganizationId NOPE = OrganizationId.of("NOPE");

  private static HimCatalog.Builder base() {
    return HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addCredential(Fixtures.credential("AAA", "ORG").build());
  }

  @Test
  void theBuilderReportsEveryKindOfUnknownReference() {
    HimCatalog.Builder b = base()
        .profession(HI.profession().orElseThrow())
        .addCredential(Fixtures.credential("BBB", "ORG").eligibility(Requirement.anyOf(
            Requirement.completedProgram(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT, NOPE),
            Requirement.finalTermOf(DegreeLevel.BACCALAUREATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT, NOPE),
            Requirement.foreignReciprocity(NOPE),
            Requirement.holdsCredentialInDomain(CredentialDomain.CODING, NOPE))).build())
        .addProgramType(Fixtures.programType("p").accreditor(NOPE).addPreparesFor(CredentialId.of("GONE"))
            .addProgressionProgram(ProgressionProgram.builder().fromCredential(CredentialId.of("X1")).toCredential(CredentialId.of("X2"))
                .availability(Availability.AVAILABLE).addCitation(Fixtures.SOURCE).build()).build())
        .addProgramOffering(ProgramOffering.builder().id(ProgramOfferingId.of("o")).institution("College")
            .name("HIM").programType(ProgramTypeId.of("missing")).location(Location.of("US", "IL"))
            .eveningPrograms(Availability.NOT_STATED).accreditationStatus(AccreditationStatus.ACCREDITED)
            .accreditor(NOPE).addCitation(Fixtures.SOURCE).build())
        .addRole(Fixtures.role("r").addCredential(CredentialId.of("GHOST")).addOccupation(OccupationId.of("00-0000"))
            .typicalEntry(Requirement.completedProgram(DegreeLevel.ASSOCIATE,
                ProgramField.HEALTH_INFORMATION_MANAGEMENT, NOPE)).build())
        .addRenewalPolicy(Fixtures.policy("Q", "NOPE", Map.of(CredentialId.of("GHOST"), Ceus.of(1))).build());
    assertThatThrownBy(b::build).isInstanceOfSatisfying(CatalogException.class, e ->
        assertThat(e.problems()).containsExactlyInAnyOrder(
            "profession refers to an unknown professionalOrganization " + HI.profession().orElseThrow()
                .professionalOrganization(),
            "credential BBB eligibility refers to an unknown accreditor NOPE",
            "credential BBB eligibility refers to an unknown accreditor NOPE",
            "credential BBB eligibility refers to an unknown agreementWith NOPE",
            "credential BBB eligibility refers to an unknown otherThan NOPE",
            "program type p refers to an unknown accreditor NOPE",
            "program type p refers to an unknown preparesFor GONE",
            "program type p refers to an unknown progressionPrograms.fromCredential X1",
            "program type p refers to an unknown progressionPrograms.toCredential X2",
            "program offering o refers to an unknown programType missing",
            "program offering o refers to an unknown accreditor NOPE",
            "role r refers to an unknown credentials GHOST",
            "role r refers to an unknown occupations 00-0000",
            "role r typicalEntry refers to an unknown accreditor NOPE",
            "renewal policy Q (Q policy) refers to an unknown issuer NOPE",
            "renewal policy Q (Q policy) refers to an unknown requiredCeus GHOST",
            "profession salaryOccupation refers to occupation " + HI.profession().orElseThrow().salaryOccupation().orElseThrow()
                + ", which the catalog does not hold"));
  }

  @Test
  void policyVersionsMayMeetButNotShareADay() {
    HimCatalog.Builder adjacent = base().addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"),
            Ceus.of(1))).effectiveTo(LocalDate.of(2020, 12, 31)).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(2)))
            .effectiveFrom(LocalDate.of(2021, 1, 1)).build());
    assertThat(adjacent.build().renewalPolicies()).hasSize(2);
    HimCatalog.Builder sharing = base().addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"),
            Ceus.of(1))).effectiveTo(LocalDate.of(2021, 1, 1)).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(2)))
            .effectiveFrom(LocalDate.of(2021, 1, 1)).build());
    assertThatThrownBy(sharing::build).isInstanceOfSatisfying(CatalogException.class,
        e -> assertThat(e.problems()).containsExactly(
            "renewal policy P has overlapping versions \"P policy\" and \"P policy\""));
  }

  @Test
  void aPolicyInForceUntilTheEndOfTimeIsIndexed() {
    HimCatalog c = base().addCredential(Fixtures.credential("BBB", "ORG")
            .renewalPolicy(org.himkit.RenewalPolicyId.of("P")).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("BBB"), Ceus.of(20)))
            .effectiveFrom(LocalDate.of(2021, 1, 1)).effectiveTo(LocalDate.MAX).build())
        .build();
    assertThat(c.credentials().withCycleCeusAtMost(Ceus.of(20), LocalDate.of(2030, 1, 1)).list())
        .extracting(x -> x.id().value()).containsExactly("BBB");
    assertThat(c.credentials().withCycleCeusAtMost(Ceus.of(20), LocalDate.of(2020, 1, 1)).list()).isEmpty();
    assertThat(c.credentials().withCycleLength(Period.ofYears(2), LocalDate.of(2030, 1, 1)).count()).isEqualTo(1);
  }

  @Test
  void aCustomCatalogListsAndFindsWhatItHolds() {
    ProgramOffering offering = ProgramOffering.builder().id(ProgramOfferingId.of("o")).institution("College")
        .name("HIM").programType(ProgramTypeId.of("p")).location(Location.of("US", "IL"))
        .eveningPrograms(Availability.NOT_STATED).accreditationStatus(AccreditationStatus.NOT_ACCREDITED)
        .addCitation(Fixtures.SOURCE).build();
    HimCatalog c = base().addProgramType(Fixtures.programType("p").build()).addProgramOfferings(List.of(offering))
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(1))).build())
        .build();
    assertThat(c.findProgramType(ProgramTypeId.of("p"))).isPresent();
    assertThat(c.findProgramOffering(ProgramOfferingId.of("o"))).contains(offering);
    assertThat(c.organizations()).extracting(o -> o.id().value()).containsExactly("ORG");
    assertThat(c.renewalPolicies()).extracting(p -> p.id().value()).containsExactly("P");
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void catalogVersionsCoverTheirWholeRange() {
    assertThat(CatalogVersion.of(2000, 1)).hasToString("2000.1");
    assertThat(CatalogVersion.of(9999, 999)).hasToString("9999.999");
    for (int[] bad : new int[][] {{1999, 1}, {10_000, 1}, {2026, 0}, {2026, 1000}}) {
      String part = bad[1] == 1 ? "year" : "release";
      assertThatThrownBy(() -> CatalogVersion.of(bad[0], bad[1])).isInstanceOfSatisfying(HimValidationException.class,
          e -> {
            assertThat(e.attribute()).contains(part);
            assertThat(e.value()).contains(String.valueOf(bad[1] == 1 ? bad[0] : bad[1]));
            assertThat(e.entity()).contains("catalog version " + bad[0] + "." + bad[1]);
          });
    }
    // both parts wrong: both reported
    assertThatThrownBy(() -> CatalogVersion.of(1999, 0)).isInstanceOfSatisfying(HimValidationException.class,
        e -> assertThat(e.problems()).extracting(p -> p.attribute().orElseThrow()).containsExactly("year", "release"));
    CatalogVersion v = CatalogVersion.parse("2026.12");
    assertThat(v.year()).isEqualTo(2026);
    assertThat(v.release()).isEqualTo(12);
    assertThat(List.of(CatalogVersion.of(2026, 1), CatalogVersion.of(2026, 2), CatalogVersion.of(2027, 1))
        .stream().map(CatalogVersion::hashCode).distinct()).hasSize(3);
  }

  @Test
  void namesAreMatchedByKeyAndEditDistance() {
    assertThat(org.himkit.internal.Text.key("ccs-p")).isEqualTo("CCSP");
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Names.distance("", "abc")).isEqualTo(3);
    assertThat(Names.distance("abc", "")).isEqualTo(3);
    assertThat(Names.distance("RHIA", "RHIA")).isZero();
    assertThat(Names.distance("RHIA", "RHIT")).isEqualTo(1);
    List<String> known = List.of("RHIA", "RHIT", "CCS", "CCS-P", "CHDA");
    assertThat(Names.suggestions("RHI", known, 3)).containsExactly("RHIA", "RHIT");
    assertThat(Names.suggestions("CCSX", known, 3)).containsExactly("CCS", "CCS-P");
    assertThat(Names.suggestions("ZZZZZZ", known, 3)).isEmpty();
    // an empty key is no prefix of every name
    assertThat(Names.suggestions("--", List.of("ABCDEFG"), 3)).isEmpty();
  }

  @Test
  void queriesDescribeThemselves() {
    assertThat(HI.roles()).hasToString("roles where all");
    assertThat(HI.credentials()).hasToString("credentials where all");
    assertThat(HI.programTypes()).hasToString("program types where all");
    assertThat(HI.programOfferings()).hasToString("program offerings where all");
    assertThat(HI.occupations()).hasToString("occupations where all");
    assertThat(HI.workSettings()).hasToString("work settings where all");
    assertThat(HI.roles().sortedByTitle()).hasToString("roles where all sortedByTitle");
    RoleQuery hospital = HI.roles().inSetting(org.himkit.WorkSettingId.HOSPITAL);
    assertThat(hospital.where(r -> true).and(hospital.not()).or(hospital))
        .hasToString("roles where (inSetting(hospital) and where(predicate) and not(inSetting(hospital))"
            + " or inSetting(hospital))");
  }

  @Test
  void occupationsSortByTitleIgnoringCase() {
    List<String> titles = HI.occupations().sortedByTitle().stream().map(o -> o.title().toLowerCase(java.util.Locale.ROOT))
        .collect(java.util.stream.Collectors.toList());
    assertThat(titles).hasSize(HI.occupations().count()).isSorted();
  }

  @Test
  void knownOmissionsNeedASubjectAndAReason() {
    assertThatThrownBy(() -> omission(" ", "no source")).isInstanceOfSatisfying(
        HimValidationException.class, e -> assertThat(e.attribute()).contains("subject"));
    assertThatThrownBy(() -> omission("a fact", " ")).isInstanceOfSatisfying(
        HimValidationException.class, e -> assertThat(e.attribute()).contains("reason"));
  }

  @Test
  void firstKeepsCatalogOrderAmongEqualEntries() {
    Comparator<Role> allEqual = Comparator.comparingInt(r -> 0);
    assertThat(HI.roles().sortedBy(allEqual).first()).isEqualTo(HI.roles().first());
    assertThat(HI.roles().sortedBy(allEqual).list()).isEqualTo(HI.roles().list());
  }

  private static KnownOmission omission(String subject, String reason) {
    return new KnownOmission(org.himkit.KnownOmissionId.of("x"), OmissionTopic.ELIGIBILITY, OmissionKind.UNCONFIRMED,
        subject, reason, java.util.Set.of(), java.util.Set.of());
  }
}
