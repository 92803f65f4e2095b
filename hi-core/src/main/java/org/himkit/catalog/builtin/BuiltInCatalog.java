package org.himkit.catalog.builtin;

import org.himkit.catalog.BuiltInCatalogProvider;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.HimCatalog;

/**
 * Assembles the built-in catalog from the data classes of this package: HIM Kit's provider of
 * {@link BuiltInCatalogProvider}, registered in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services} for the class path.
 *
 * <p>Use {@link HimCatalog#builtIn()}, which finds this provider and creates the catalog once. The
 * package is not exported; this class is public only because {@link java.util.ServiceLoader} needs
 * a public provider class on the class path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuiltInCatalog implements BuiltInCatalogProvider {
  /** The data version of the built-in catalog. */
  private static final CatalogVersion VERSION = CatalogVersion.of(2026, 1);

  /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
  public BuiltInCatalog() {}

  /**
   * Builds the built-in catalog.
   *
   * @return the catalog, not null
   */
  @Override
  public HimCatalog catalog() {
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
