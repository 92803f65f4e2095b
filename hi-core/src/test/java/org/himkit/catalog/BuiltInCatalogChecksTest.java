package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.himkit.CatalogException;
import org.himkit.CredentialId;
import org.himkit.Fixtures;
import org.himkit.catalog.builtin.BuiltInCatalog;
import org.junit.jupiter.api.Test;

/**
 * The built-in data is checked as a whole here, at build time: {@link HimCatalog#builtIn()} does not run the
 * catalog checker again at every start-up. Every other catalog is checked when built.
 */
class BuiltInCatalogChecksTest {
  @Test
  void theBuiltInDataPassesEveryCheckOfTheCatalogAsAWhole() {
    // Built by the provider outside builtIn(), and rebuilt through a builder: both run every check.
    HimCatalog checked = new BuiltInCatalog().catalog();
    assertThat(checked).isEqualTo(HimCatalog.builtIn());
    assertThat(HimCatalog.builtIn().toBuilder().build()).isEqualTo(HimCatalog.builtIn());
  }

  @Test
  void aCatalogBuiltAfterTheBuiltInOneIsStillChecked() {
    assertThat(HimCatalog.builtIn().credentials().list()).isNotEmpty();
    HimCatalog.Builder broken = HimCatalog.builder().addOrganization(Fixtures.organization("ORG"))
        .addCredential(Fixtures.credential("AAA", "ORG").addSupersede(CredentialId.of("GONE")).build());
    assertThatThrownBy(broken::build).isInstanceOf(CatalogException.class).hasMessageContaining("GONE");
  }
}
