package org.himkit.catalog.builtin;

import java.util.Objects;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.ProgramType;
import org.himkit.Role;
import org.himkit.WorkSetting;
import org.himkit.catalog.BuiltInCatalogProvider;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.KnownOmission;
import org.himkit.policy.RenewalPolicy;

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
  /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
  public BuiltInCatalog() {}

  /**
   * Builds the built-in catalog.
   *
   * @return the catalog, not null
   */
  @Override
  public HimCatalog catalog() {
    HimCatalog.Builder b = firstParts().orElseThrow();
    addDeferredParts(b);
    return b.build();
  }

  /**
   * Returns a builder holding the parts of the catalog that first questions need: the version, organizations,
   * credentials and renewal policies.
   *
   * @return the builder, not null
   */
  @Override
  public Optional<HimCatalog.Builder> firstParts() {
    HimCatalog.Builder b = HimCatalog.builder().version(version());
    b.addOrganization(Ahima.organization())
        .addOrganization(Aapc.organization())
        .addOrganization(Ncra.organization())
        .addOrganization(Agencies.cahiim());
    // plain loops, not method references: each one would spin a class on the first call (start-up)
    for (Organization o : Agencies.labor()) {
      b.addOrganization(o);
    }
    for (Credential c : Ahima.credentials()) {
      b.addCredential(c);
    }
    for (Credential c : Aapc.credentials()) {
      b.addCredential(c);
    }
    b.addCredential(Ncra.ods());
    for (RenewalPolicy p : Policies.policies()) {
      b.addRenewalPolicy(p);
    }
    return Optional.of(b);
  }

  /**
   * Adds the parts of the catalog that first questions do not need: the profession, program types, work settings,
   * occupations, roles and known omissions.
   *
   * @param builder  the builder to add to, not null
   */
  @Override
  public void addDeferredParts(HimCatalog.Builder builder) {
    Objects.requireNonNull(builder, "builder");
    // the profession is deferred too: its wage figure and builders were some ten classes of the first call (start-up)
    HimCatalog.Builder b = builder.profession(Seed.profession());
    for (ProgramType t : Cahiim.programTypes()) {
      b.addProgramType(t);
    }
    for (WorkSetting s : Settings.settings()) {
      b.addWorkSetting(s);
    }
    for (Occupation o : Labor.occupations()) {
      b.addOccupation(o);
    }
    for (Role r : Roles.roles()) {
      b.addRole(r);
    }
    for (KnownOmission o : Omissions.omissions()) {
      b.addKnownOmission(o);
    }
  }

  /**
   * Returns the data version of the built-in catalog: the build's {@code himkit.catalog.version}, its one source of
   * truth, which the build writes into {@link DataVersion}.
   */
  static CatalogVersion version() {
    return CatalogVersion.parse(DataVersion.VALUE);
  }
}
