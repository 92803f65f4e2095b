package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.himkit.catalog.HimCatalog;

/**
 * Compares catalogs entry by entry, so that a failure names the kind of entry that differs, and then as
 * whole values with {@link HimCatalog#equals(Object)}.
 */
final class Catalogs {
  private Catalogs() {}

  static void assertSameEntries(HimCatalog actual, HimCatalog expected) {
    assertThat(actual.version()).isEqualTo(expected.version());
    assertThat(actual.profession()).isEqualTo(expected.profession());
    assertThat(actual.organizations()).containsExactlyElementsOf(expected.organizations());
    assertThat(actual.credentials().list()).containsExactlyElementsOf(expected.credentials().list());
    assertThat(actual.programTypes().list()).containsExactlyElementsOf(expected.programTypes().list());
    assertThat(actual.programOfferings().list()).containsExactlyElementsOf(expected.programOfferings().list());
    assertThat(actual.roles().list()).containsExactlyElementsOf(expected.roles().list());
    assertThat(actual.workSettings().list()).containsExactlyElementsOf(expected.workSettings().list());
    assertThat(actual.occupations().list()).containsExactlyElementsOf(expected.occupations().list());
    assertThat(actual.renewalPolicies()).containsExactlyElementsOf(expected.renewalPolicies());
    assertThat(actual.knownOmissions()).containsExactlyElementsOf(expected.knownOmissions());
    assertThat(actual).isEqualTo(expected);
  }
}
