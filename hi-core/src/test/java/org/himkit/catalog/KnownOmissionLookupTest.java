package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.himkit.CatalogException;
import org.himkit.CredentialId;
import org.himkit.Fixtures;
import org.himkit.KnownOmissionId;
import org.himkit.OrganizationId;
import org.himkit.UnknownEntryException;
import org.junit.jupiter.api.Test;

/** Known omissions are found by id and by the credential and topic they concern, never by their words. */
class KnownOmissionLookupTest {
  private static final HimCatalog BUILT_IN = HimCatalog.builtIn();

  private static KnownOmission omission(String id, OmissionTopic topic, Set<CredentialId> credentials,
      Set<OrganizationId> organizations) {
    return new KnownOmission(KnownOmissionId.of(id), topic, OmissionKind.UNCONFIRMED, "subject " + id,
        "reason " + id, credentials, organizations);
  }

  @Test
  void findsOmissionsByIdAndByCredentialAndTopic() {
    CredentialId aaa = CredentialId.of("AAA");
    HimCatalog c = HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addCredential(Fixtures.credential("AAA", "ORG").build())
        .addKnownOmission(omission("a-eligibility", OmissionTopic.ELIGIBILITY, Set.of(aaa), Set.of()))
        .addKnownOmission(omission("a-renewal", OmissionTopic.RENEWAL, Set.of(aaa), Set.of(OrganizationId.of("ORG"))))
        .addKnownOmission(omission("general", OmissionTopic.ELIGIBILITY, Set.of(), Set.of()))
        .build();
    assertThat(c.knownOmissionsAbout(aaa, OmissionTopic.ELIGIBILITY)).extracting(KnownOmission::id)
        .containsExactly(KnownOmissionId.of("a-eligibility"));
    assertThat(c.knownOmissionsAbout(aaa, OmissionTopic.RENEWAL)).extracting(KnownOmission::id)
        .containsExactly(KnownOmissionId.of("a-renewal"));
    assertThat(c.knownOmissionsAbout(aaa, OmissionTopic.ROLES)).isEmpty();
    assertThat(c.knownOmissionsAbout(CredentialId.of("ZZZ"), OmissionTopic.ELIGIBILITY)).isEmpty();
    assertThat(c.findKnownOmission(KnownOmissionId.of("general"))).isPresent();
    assertThat(c.findKnownOmission(KnownOmissionId.of("nothing"))).isEmpty();
    assertThatThrownBy(() -> c.getKnownOmission(KnownOmissionId.of("a-eligibilty")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("a-eligibility");
    assertThat(c.knownOmissions()).hasSize(3);
    assertThat(c.toBuilder().build().knownOmissions()).isEqualTo(c.knownOmissions());
  }

  @Test
  void theBuilderRejectsDuplicateIdsAndDanglingReferences() {
    assertThatThrownBy(() -> HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addKnownOmission(omission("x", OmissionTopic.RENEWAL, Set.of(), Set.of()))
        .addKnownOmission(omission("x", OmissionTopic.ROLES, Set.of(), Set.of()))
        .addKnownOmission(omission("y", OmissionTopic.RENEWAL, Set.of(CredentialId.of("NOPE")),
            Set.of(OrganizationId.of("NOORG"))))
        .build())
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems()).hasSize(3)
            .anyMatch(p -> p.contains("duplicate known omission id x"))
            .anyMatch(p -> p.contains("NOPE"))
            .anyMatch(p -> p.contains("NOORG")));
  }

  @Test
  void everyBuiltInOmissionHasAUniqueIdAndEveryCredentialWithoutEligibilityDataHasOne() {
    assertThat(BUILT_IN.knownOmissions()).extracting(KnownOmission::id).doesNotHaveDuplicates();
    assertThat(BUILT_IN.knownOmissionsAbout(CredentialId.of("CHDA"), OmissionTopic.ELIGIBILITY)).isNotEmpty();
    assertThat(BUILT_IN.knownOmissionsAbout(CredentialId.of("RHIT"), OmissionTopic.ELIGIBILITY))
        .allMatch(o -> o.concerns(CredentialId.of("RHIT")));
    assertThat(BUILT_IN.knownOmissions()).filteredOn(KnownOmission::isLibraryChoice)
        .extracting(KnownOmission::topic).contains(OmissionTopic.RENEWAL, OmissionTopic.ELIGIBILITY);
  }
}
