package org.himkit.catalog.builtin;

import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.HimCatalog;

/**
 * Assembles the built-in catalog from the data classes of this package.
 *
 * <p>Use {@link HimCatalog#builtIn()}, which creates it once; this class is public only so that the
 * catalog package can reach it, and the package is not exported.
 */
public final class BuiltInCatalog {
  /** The data version of the built-in catalog. */
  public static final CatalogVersion VERSION = CatalogVersion.of(2026, 3);

  private BuiltInCatalog() {}

  /**
   * Builds the built-in catalog.
   *
   * @return the catalog, not null
   */
  public static HimCatalog create() {
    HimCatalog.Builder b = HimCatalog.builder().version(VERSION).profession(Seed.profession());
    b.addOrganization(Ahima.organization())
        .addOrganization(Aapc.organization())
        .addOrganization(Ncra.organization())
        .addOrganization(Cahiim.organization());
    Labor.organizations().forEach(b::addOrganization);
    Ahima.credentials().forEach(b::addCredential);
    Aapc.credentials().forEach(b::addCredential);
    b.addCredential(Ncra.ods());
    Cahiim.programTypes().forEach(b::addProgramType);
    Settings.settings().forEach(b::addWorkSetting);
    Labor.occupations().forEach(b::addOccupation);
    Roles.roles().forEach(b::addRole);
    Policies.policies().forEach(b::addRenewalPolicy);
    Omissions.omissions().forEach(b::addKnownOmission);
    return b.build();
  }
}
