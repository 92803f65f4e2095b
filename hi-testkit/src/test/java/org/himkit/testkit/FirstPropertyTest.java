package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** The first property test of the README, as a user writes it: every name of a credential resolves to it. */
class FirstPropertyTest {

  // first-property:begin
  @Test
  void everyNameOfACredentialResolvesToIt() {
    qt().withExamples(100).withShrinkCycles(500)
        .forAll(HimGens.catalogs(CatalogSize.SMALL))
        .checkAssert(catalog -> catalog.credentials().stream().forEach(credential ->
            credential.names().forEach(name ->
                assertThat(catalog.resolveCredential(name).orElseThrow().credential())
                    .isEqualTo(credential))));
  }
  // first-property:end
}
