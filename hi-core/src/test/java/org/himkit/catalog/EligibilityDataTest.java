package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.himkit.CatalogException;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.junit.jupiter.api.Test;

/** The built-in eligibility data and the catalog's checks of requirement trees. */
class EligibilityDataTest {
  private static final HimCatalog HI = HimCatalog.builtIn();

  @Test
  void exactlyTheSourcedCredentialsHaveEligibilityData() {
    assertThat(HI.credentials().stream().filter(c -> c.eligibility().isPresent()).map(c -> c.id().value()))
        .containsExactly("RHIA", "RHIT", "CCA", "CCS", "CHPS", "CPC", "COC", "CPC-A", "COC-A", "ODS");
  }

  @Test
  void eligibilityTreesKeepTheSourcesWording() {
    Requirement rhit = HI.getCredential(CredentialId.of("RHIT")).eligibility().orElseThrow();
    assertThat(rhit.leaves()).hasSize(3).filteredOn(l -> l instanceof Requirement.FinalTermEnrollment).singleElement()
        .satisfies(l -> assertThat(l.prose()).hasValueSatisfying(p -> assertThat(p)
            .startsWith("enrollment in the final term of an associate degree in health information management from a "
                + "program accredited by CAHIIM (early testing")));
    // the CCA source names a high-school diploma only (the GED is named for CHPS)
    assertThat(HI.getCredential(CredentialId.of("CCA")).eligibility())
        .contains(Requirement.highSchoolDiploma().withProse("a high-school diploma"));
  }

  @Test
  void theNewLeavesAreLeaves() {
    assertThat(Requirement.holdsCredentialInDomain(CredentialDomain.CODING, OrganizationId.of("AHIMA")).leaves())
        .containsExactly(Requirement.holdsCredentialInDomain(CredentialDomain.CODING, OrganizationId.of("AHIMA")));
    assertThat(Requirement.noPrerequisite().leaves()).containsExactly(Requirement.noPrerequisite());
    assertThat(Requirement.noPrerequisite().withProse("open to anyone").prose()).contains("open to anyone");
  }

  @Test
  void theCheckerRejectsAnUnknownIssuerInACredentialDomainLeaf() {
    Credential ccs = HI.getCredential(CredentialId.of("CCS"));
    Credential broken = Credential.builder().from(ccs)
        .eligibility(Requirement.holdsCredentialInDomain(CredentialDomain.CODING, OrganizationId.of("NOBODY")))
        .build();
    assertThatThrownBy(() -> rebuiltWith(broken))
        .isInstanceOf(CatalogException.class)
        .hasMessageContaining("credential CCS eligibility refers to an unknown otherThan NOBODY");
  }

  private static HimCatalog rebuiltWith(Credential replacement) {
    HimCatalog.Builder b = HimCatalog.builder();
    HI.profession().ifPresent(b::profession);
    HI.organizations().stream().forEach(b::addOrganization);
    HI.credentials().stream().map(c -> c.id().equals(replacement.id()) ? replacement : c).forEach(b::addCredential);
    HI.programTypes().stream().forEach(b::addProgramType);
    HI.workSettings().stream().forEach(b::addWorkSetting);
    HI.occupations().stream().forEach(b::addOccupation);
    HI.roles().stream().forEach(b::addRole);
    HI.renewalPolicies().stream().forEach(b::addRenewalPolicy);
    return b.build();
  }

  @Test
  void apprenticeDesignationsAreSupersededByTheFullCredential() {
    for (String full : List.of("CPC", "COC")) {
      Credential c = HI.getCredential(CredentialId.of(full));
      assertThat(c.supersedes()).containsExactly(CredentialId.of(full + "-A"));
      assertThat(HI.getCredential(CredentialId.of(full + "-A")).eligibility().map(Requirement::leaves)
          .map(s -> s.findFirst()).flatMap(o -> o)).map(Object::getClass)
          .isEqualTo(Optional.of(Requirement.NoPrerequisite.class));
    }
  }
}
