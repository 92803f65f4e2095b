package org.himkit.catalog.builtin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.himkit.ErrorCode;
import org.himkit.HimException;
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
  /** The resource holding the data version, filled in by the build from {@code himkit.catalog.version}. */
  private static final String VERSION_RESOURCE = "catalog.properties";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
  public BuiltInCatalog() {}

  /**
   * Builds the built-in catalog.
   *
   * @return the catalog, not null
   * @throws HimException if the data version cannot be read
   */
  @Override
  public HimCatalog catalog() {
    HimCatalog.Builder b = HimCatalog.builder().version(version()).profession(Seed.profession());
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

  /**
   * Returns the data version of the built-in catalog: the build's {@code himkit.catalog.version},
   * its one source of truth, which the build writes into {@value #VERSION_RESOURCE} next to this class.
   */
  static CatalogVersion version() {
    Properties p = new Properties();
    try (InputStream in = BuiltInCatalog.class.getResourceAsStream(VERSION_RESOURCE)) {
      if (in == null) {
        throw new HimException(ErrorCode.MISSING_DATA, "the built-in catalog's version resource "
            + VERSION_RESOURCE + " is missing next to " + BuiltInCatalog.class.getName());
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new HimException(ErrorCode.MISSING_DATA, "the built-in catalog's version resource "
          + VERSION_RESOURCE + " cannot be read", e);
    }
    return CatalogVersion.parse(p.getProperty("version", ""));
  }
}
