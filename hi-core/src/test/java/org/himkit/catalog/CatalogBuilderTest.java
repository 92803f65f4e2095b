package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.himkit.CatalogException;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.Fixtures;
import org.himkit.FormerName;
import org.himkit.KnownOmissionId;
import org.himkit.Misnomer;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.himkit.WorkSettingId;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalChoice;
import org.junit.jupiter.api.Test;

class CatalogBuilderTest {

  private static HimCatalog.Builder base() {
    return HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addCredential(Fixtures.credential("AAA", "ORG").build());
  }

  @Test
  void buildsAConsistentCustomCatalog() {
    HimCatalog c = base()
        .addCredential(Fixtures.credential("BBB", "ORG").addAlias("B-B-B")
            .addFormerName(FormerName.builder().name("Old B").abbreviation("OB").untilYear(Year.of(2000))
                .addCitation(Fixtures.SOURCE).build())
            .addMisnomer(Misnomer.builder().text("BBX").note("BBX is a typo for BBB").addCitation(Fixtures.SOURCE).build())
            .renewalPolicy(RenewalPolicyId.of("P")).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("BBB"), Ceus.of(10))).build())
        .build();
    assertThat(c.getCredential(CredentialId.of("BBB")).fullName()).isEqualTo("Credential BBB");
    assertThat(c.findCredential(CredentialId.of("ZZZ"))).isEmpty();
    assertThat(c.resolveCredential("bbb").orElseThrow().kind()).isEqualTo(CredentialMatch.Kind.ID);
    assertThat(c.resolveCredential("credential bbb").orElseThrow().kind()).isEqualTo(CredentialMatch.Kind.FULL_NAME);
    assertThat(c.resolveCredential("BBB").orElseThrow().isExact()).isTrue();
    assertThat(c.resolveCredential("b b b").orElseThrow().kind()).isEqualTo(CredentialMatch.Kind.ID);
    CredentialMatch former = c.resolveCredential("ob").orElseThrow();
    assertThat(former.kind()).isEqualTo(CredentialMatch.Kind.FORMER_NAME);
    assertThat(former.note()).contains("former name of BBB, renamed in 2000");
    assertThat(former.isExact()).isFalse();
    CredentialMatch misnomer = c.resolveCredential("BBX").orElseThrow();
    assertThat(misnomer.kind()).isEqualTo(CredentialMatch.Kind.MISNOMER);
    assertThat(misnomer.credential().id()).isEqualTo(CredentialId.of("BBB"));
    assertThat(misnomer.note()).contains("BBX is a typo for BBB");
    assertThat(c.resolveCredential("nothing")).isEmpty();
    assertThat(c.resolveCredential("--")).isEmpty();
    assertThat(c.toBuilder().build().credentials().list()).isEqualTo(c.credentials().list());
  }

  @Test
  void aCustomCatalogHasNoVersionUnlessGivenOne() {
    assertThat(base().build().version()).isEmpty();
    assertThat(HimCatalog.builder().build().version()).isEmpty();
    CatalogVersion v = CatalogVersion.of(2030, 4);
    HimCatalog versioned = base().version(v).build();
    assertThat(versioned.version()).contains(v);
    assertThat(versioned.toBuilder().build().version()).contains(v);
    assertThat(versioned.toString()).startsWith("HimCatalog[version=2030.4, credentials=1,");
    assertThat(base().build().toString()).startsWith("HimCatalog[version=none, credentials=1,");
  }

  @Test
  void catalogsAreEqualByVersionProfessionAndEntriesInOrder() {
    HimCatalog.Builder twoOrgs = HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addOrganization(Fixtures.organization("OTHER"));
    HimCatalog.Builder swapped = HimCatalog.builder().addOrganization(Fixtures.organization("OTHER"))
        .addOrganization(Fixtures.organization("ORG"));
    HimCatalog builtIn = HimCatalog.builtIn();
    HimCatalog.Builder organizations = HimCatalog.builder();
    // the organizations without their fees (which name credentials) and the occupations the profession's
    // stated salary refers to
    builtIn.organizations().forEach(o -> organizations.addOrganization(
        org.himkit.Organization.builder().from(o).fees(List.of()).build()));
    builtIn.occupations().list().forEach(organizations::addOccupation);
    HimCatalog withoutProfession = organizations.build();
    HimCatalog withProfession = organizations.profession(builtIn.profession().orElseThrow()).build();
    new EqualsTester()
        .addEqualityGroup(builtIn, builtIn.toBuilder().build(), builtIn.toBuilder().build())
        .addEqualityGroup(builtIn.toBuilder().version(CatalogVersion.of(2099, 1)).build())
        .addEqualityGroup(HimCatalog.builder().build(), HimCatalog.builder().build())
        .addEqualityGroup(HimCatalog.builder().version(CatalogVersion.of(2099, 1)).build())
        .addEqualityGroup(base().build(), base().build(), base().build().toBuilder().build())
        .addEqualityGroup(base().addKnownOmission(new KnownOmission(org.himkit.KnownOmissionId.of("a-fact"), OmissionTopic.RENEWAL,
            OmissionKind.UNCONFIRMED, "a fact", "no source", java.util.Set.of(), java.util.Set.of())).build())
        .addEqualityGroup(base().addCredential(Fixtures.credential("BBB", "ORG").build()).build())
        .addEqualityGroup(base().addWorkSetting(org.himkit.WorkSetting.builder().id(WorkSettingId.HOSPITAL)
            .name("Hospitals").addCitation(Fixtures.SOURCE).build()).build())
        .addEqualityGroup(twoOrgs.build())
        .addEqualityGroup(swapped.build())
        .addEqualityGroup(withoutProfession)
        .addEqualityGroup(withProfession)
        .testEquals();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    HimCatalog.Builder b = base()
        .addCredential(Fixtures.credential("AAA", "ORG").build())
        .addCredential(Fixtures.credential("CCC", "NOPE").addSupersede(CredentialId.of("GONE"))
            .renewalPolicy(RenewalPolicyId.of("MISSING"))
            .eligibility(Requirement.holdsCredential(CredentialId.of("GHOST"))).build())
        .addCredential(Fixtures.credential("DDD", "ORG").addAlias("CCC").build())
        .addRole(Fixtures.role("r").addWorkSetting(WorkSettingId.HOSPITAL).specializationOf(RoleId.of("nobody")).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(1))).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(2)))
            .effectiveFrom(Fixtures.date("2020-01-01")).build());
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(CatalogException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_CATALOG);
          assertThat(e.problems()).containsExactlyInAnyOrder(
              "duplicate credential id AAA",
              "credential CCC refers to an unknown issuer NOPE",
              "credential CCC refers to an unknown renewalPolicy MISSING",
              "credential CCC refers to an unknown supersedes GONE",
              "credential CCC eligibility refers to an unknown credential GHOST",
              "role r refers to an unknown workSettings hospital",
              "role r refers to an unknown specializationOf nobody",
              "renewal policy P has overlapping versions \"P policy\" and \"P policy\"",
              "name \"CCC\" (ALIAS of DDD) is already the ID \"CCC\" of CCC");
          assertThat(e.getMessage()).startsWith("invalid catalog: 9 problems");
        });
  }

  @Test
  void policiesMustAgreeWithTheCredentialsTheyKeep() {
    HimCatalog.Builder b = base()
        .addOrganization(Fixtures.organization("OTHER"))
        .addCredential(Fixtures.credential("EEE", "ORG").renewalPolicy(RenewalPolicyId.of("P")).build())
        .addCredential(Fixtures.credential("FFF", "OTHER").build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("FFF"), Ceus.of(1)))
            .effectiveTo(Fixtures.date("2020-12-31")).build())
        .addRenewalPolicy(Fixtures.policy("P", "OTHER", Map.of(CredentialId.of("FFF"), Ceus.of(1)))
            .effectiveFrom(Fixtures.date("2021-01-01")).build());
    assertThatThrownBy(b::build).isInstanceOfSatisfying(CatalogException.class, e ->
        assertThat(e.problems()).containsExactlyInAnyOrder(
            "renewal policy P (P policy) is issued by ORG but names credential FFF of OTHER",
            "credential EEE refers to renewal policy P, but no version of it gives the CEUs required for EEE",
            "renewal policy P has versions issued by different organizations: ORG, OTHER"));
  }

  @Test
  void aPolicyChoiceLinksToALibraryChoiceOfTheCatalog() {
    KnownOmission unconfirmed = new KnownOmission(KnownOmissionId.of("some-fact"), OmissionTopic.RENEWAL,
        OmissionKind.UNCONFIRMED, "A fact", "No source states it.", Set.of(), Set.of());
    HimCatalog.Builder b = base().addKnownOmission(unconfirmed)
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(1)))
            .putChoice(RenewalChoice.CYCLE_END, KnownOmissionId.of("nowhere"))
            .putChoice(RenewalChoice.FIRST_CYCLE, KnownOmissionId.of("some-fact")).build());
    assertThatThrownBy(b::build).isInstanceOfSatisfying(CatalogException.class, e ->
        assertThat(e.problems()).containsExactlyInAnyOrder(
            "renewal policy P (P policy) links its choice CYCLE_END to known omission nowhere, which the catalog "
                + "does not hold",
            "renewal policy P (P policy) links its choice FIRST_CYCLE to known omission some-fact, which is not a "
                + "library choice"));
  }

  @Test
  void adjacentPolicyVersionsDoNotOverlap() {
    HimCatalog c = base()
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(1)))
            .effectiveTo(Fixtures.date("2020-12-31")).build())
        .addRenewalPolicy(Fixtures.policy("P", "ORG", Map.of(CredentialId.of("AAA"), Ceus.of(2)))
            .effectiveFrom(Fixtures.date("2021-01-01")).build())
        .build();
    RenewalPolicyId p = RenewalPolicyId.of("P");
    assertThat(c.findRenewalPolicy(p, Fixtures.date("2020-12-31")).orElseThrow().requiredCeus(CredentialId.of("AAA")))
        .contains(Ceus.of(1));
    assertThat(c.findRenewalPolicy(p, Fixtures.date("2021-01-01")).orElseThrow().requiredCeus(CredentialId.of("AAA")))
        .contains(Ceus.of(2));
    assertThat(c.renewalPolicyVersions(p)).hasSize(2);
    assertThat(c.renewalPolicyVersions(RenewalPolicyId.of("Q"))).isEmpty();
  }

  @Test
  void unknownLookupsNameTheIdAndSuggestNearOnes() {
    HimCatalog c = base().addCredential(Fixtures.credential("AAB", "ORG").build()).build();
    assertThatThrownBy(() -> c.getCredential(CredentialId.of("AAC")))
        .isInstanceOfSatisfying(UnknownEntryException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("unknown credential id: AAC (did you mean AAA, AAB?)");
          assertThat(e.kind()).isEqualTo("credential");
          assertThat(e.id()).isEqualTo("AAC");
          assertThat(e.suggestions()).containsExactly("AAA", "AAB");
        });
    assertThatThrownBy(() -> c.getOrganization(OrganizationId.of("ZZZZZZ")))
        .hasMessage("unknown organization id: ZZZZZZ");
    assertThatThrownBy(() -> c.getRole(RoleId.of("x"))).isInstanceOf(UnknownEntryException.class);
  }
}
