package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.RoleId;
import org.himkit.WorkSettingId;
import org.junit.jupiter.api.Test;

/** The well-known id constants name entries of the built-in catalog, under the name of their id. */
class WellKnownIdsTest {
  private static final HimCatalog BUILT_IN = HimCatalog.builtIn();

  private static <T> List<T> constants(Class<T> type) {
    List<T> found = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
        try {
          found.add(type.cast(f.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
        String value = found.get(found.size() - 1).toString();
        if (type == CredentialId.class || type == OrganizationId.class) {
          assertThat(f.getName()).as("the constant of %s", value).isEqualTo(value.replace('-', '_'));
        } else {
          assertThat(f.getName()).as("the constant of %s", value)
              .isEqualTo(value.replace('-', '_').toUpperCase(Locale.ROOT));
        }
      }
    }
    return found;
  }

  @Test
  void everyConstantNamesABuiltInEntry() {
    List<CredentialId> credentials = constants(CredentialId.class);
    assertThat(credentials).contains(CredentialId.RHIA, CredentialId.CCS_P, CredentialId.CPC, CredentialId.ODS)
        .hasSizeGreaterThanOrEqualTo(21);
    credentials.forEach(id -> assertThat(BUILT_IN.getCredential(id).id()).isEqualTo(id));
    List<OrganizationId> organizations = constants(OrganizationId.class);
    assertThat(organizations).contains(OrganizationId.AHIMA, OrganizationId.AAPC, OrganizationId.NCRA,
        OrganizationId.CAHIIM);
    organizations.forEach(id -> assertThat(BUILT_IN.getOrganization(id).id()).isEqualTo(id));
    List<RoleId> roles = constants(RoleId.class);
    assertThat(roles).hasSize(BUILT_IN.roles().list().size());
    roles.forEach(id -> assertThat(BUILT_IN.getRole(id).id()).isEqualTo(id));
    constants(WorkSettingId.class).forEach(id -> assertThat(BUILT_IN.getWorkSetting(id).id()).isEqualTo(id));
  }

  @Test
  void theConstantsAreTheIdsTheFactoryGives() {
    assertThat(CredentialId.of("CCS-P")).isEqualTo(CredentialId.CCS_P);
    assertThat(OrganizationId.of("AHIMA")).isEqualTo(OrganizationId.AHIMA);
    assertThat(RoleId.of("medical-coder")).isEqualTo(RoleId.MEDICAL_CODER);
  }
}
