package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.himkit.CredentialId;
import org.himkit.Fixtures;
import org.himkit.OccupationId;
import org.himkit.OrganizationId;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.RoleId;
import org.himkit.UnknownEntryException;
import org.himkit.WorkSettingId;
import org.junit.jupiter.api.Test;

class LookupTest {
  private final HimCatalog hi = HimCatalog.builtIn();

  @Test
  void findAndGetAgreeForEveryKindAndEveryEntry() {
    hi.organizations().forEach(o -> {
      assertThat(hi.findOrganization(o.id())).contains(o);
      assertThat(hi.getOrganization(o.id())).isSameAs(o);
    });
    hi.credentials().list().forEach(c -> {
      assertThat(hi.findCredential(c.id())).contains(c);
      assertThat(hi.getCredential(c.id())).isSameAs(c);
    });
    hi.programTypes().list().forEach(p -> assertThat(hi.getProgramType(p.id())).isSameAs(p));
    hi.roles().list().forEach(r -> assertThat(hi.findRole(r.id())).contains(r));
    hi.workSettings().list().forEach(s -> assertThat(hi.getWorkSetting(s.id())).isSameAs(s));
    hi.occupations().list().forEach(o -> assertThat(hi.getOccupation(o.id())).isSameAs(o));
  }

  @Test
  void findOfAnUnknownIdIsEmpty() {
    assertThat(hi.findCredential(CredentialId.of("XYZ"))).isEmpty();
    assertThat(hi.findOrganization(OrganizationId.of("XYZ"))).isEmpty();
    assertThat(hi.findProgramType(ProgramTypeId.of("xyz"))).isEmpty();
    assertThat(hi.findProgramOffering(ProgramOfferingId.of("xyz"))).isEmpty();
    assertThat(hi.findRole(RoleId.of("xyz"))).isEmpty();
    assertThat(hi.findWorkSetting(WorkSettingId.of("xyz"))).isEmpty();
    assertThat(hi.findOccupation(OccupationId.of("99-9999"))).isEmpty();
  }

  @Test
  void getOfAnUnknownIdNamesItAndSuggestsNearIds() {
    assertThatThrownBy(() -> hi.getCredential(CredentialId.of("RHAI")))
        .isInstanceOf(UnknownEntryException.class)
        .hasMessageContaining("RHAI").hasMessageContaining("RHIA");
    assertThatThrownBy(() -> hi.getCredential(CredentialId.of("rhia")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("RHIA");
    assertThatThrownBy(() -> hi.getRole(RoleId.of("medical-coders")))
        .isInstanceOf(UnknownEntryException.class)
        .hasMessageContaining("medical-coders").hasMessageContaining("medical-coder");
    assertThatThrownBy(() -> hi.getOccupation(OccupationId.of("29-2073")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("29-2072");
    assertThatThrownBy(() -> hi.getOrganization(OrganizationId.of("AHMA")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("AHIMA");
    assertThatThrownBy(() -> hi.getWorkSetting(WorkSettingId.of("hospitals")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("hospital");
    assertThatThrownBy(() -> hi.getProgramType(ProgramTypeId.of("him-asociate")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("him-associate");
    assertThatThrownBy(() -> hi.getProgramOffering(ProgramOfferingId.of("none")))
        .isInstanceOf(UnknownEntryException.class).hasMessageContaining("none");
  }

  @Test
  void resolveCredentialSaysWhichKindOfNameMatchedInAnyCase() {
    assertMatch("rhia", "RHIA", CredentialMatch.Kind.ID);
    assertMatch("Ccs p", "CCS-P", CredentialMatch.Kind.ID);
    assertMatch("registered health information TECHNICIAN", "RHIT", CredentialMatch.Kind.FULL_NAME);
    assertMatch("rra", "RHIA", CredentialMatch.Kind.FORMER_NAME);
    assertMatch("Accredited Record Technician", "RHIT", CredentialMatch.Kind.FORMER_NAME);
    assertMatch("ctr", "ODS", CredentialMatch.Kind.FORMER_NAME);
    assertMatch("cpc-h", "COC", CredentialMatch.Kind.FORMER_NAME);
    assertMatch("Rhim", "RHIA", CredentialMatch.Kind.MISNOMER);
    assertThat(hi.resolveCredential("RHIM").orElseThrow().note()).hasValueSatisfying(n -> assertThat(n).contains("RHIA"));
    assertThat(hi.resolveCredential("rra").orElseThrow().note()).hasValueSatisfying(n -> assertThat(n).contains("2000"));
    assertThat(hi.resolveCredential("RHIA").orElseThrow().note()).isEmpty();
    assertThat(hi.resolveCredential("no such credential")).isEmpty();
  }

  @Test
  void aliasesResolveAndSayTheyAreAliases() {
    HimCatalog custom = hi.toBuilder().addCredential(org.himkit.Credential.builder().id(CredentialId.of("T-1"))
        .fullName("Test credential").kind(org.himkit.CredentialKind.CERTIFICATION).issuer(OrganizationId.of("AHIMA"))
        .status(org.himkit.CredentialStatus.ACTIVE).addDomain(org.himkit.CredentialDomain.CODING)
        .addAliases("Test Cred One").addCitation(Fixtures.SOURCE).build()).build();
    CredentialMatch m = custom.resolveCredential("TEST-CRED-ONE").orElseThrow();
    assertThat(m.credential().id()).isEqualTo(CredentialId.of("T-1"));
    assertThat(m.kind()).isEqualTo(CredentialMatch.Kind.ALIAS);
    assertThat(m.isExact()).isFalse();
  }

  @Test
  void everyNameOfEveryCredentialResolvesToIt() {
    hi.credentials().list().forEach(c -> c.names().forEach(n -> {
      assertThat(hi.resolveCredential(n)).as(n).hasValueSatisfying(m -> assertThat(m.credential()).isSameAs(c));
      assertThat(hi.resolveCredential(n.toLowerCase(java.util.Locale.ROOT))).as(n).isPresent();
    }));
  }

  private void assertMatch(String name, String id, CredentialMatch.Kind kind) {
    CredentialMatch m = hi.resolveCredential(name).orElseThrow(() -> new AssertionError(name));
    assertThat(m.credential().id()).as(name).isEqualTo(CredentialId.of(id));
    assertThat(m.kind()).as(name).isEqualTo(kind);
    assertThat(m.isExact()).as(name).isEqualTo(kind == CredentialMatch.Kind.ID || kind == CredentialMatch.Kind.FULL_NAME);
  }
}
