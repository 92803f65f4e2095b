package org.himkit.catalog;

/**
 * The service that supplies the data of {@link HimCatalog#builtIn()}: the seam between the catalog
 * and HIM Kit's curated data, found with {@link java.util.ServiceLoader} the way {@code java.time}
 * finds its time-zone rules, so that this package never depends on the data.
 *
 * <p>HIM Kit's core module ships the one implementation and registers it twice: with
 * {@code provides} in its module descriptor, for the module path, and in
 * {@code META-INF/services/org.himkit.catalog.BuiltInCatalogProvider}, for the class path.
 * Applications do not implement this interface; a custom catalog is built with
 * {@link HimCatalog#builder()}, or with {@link HimCatalog#toBuilder()} on top of the built-in one.
 * {@code builtIn()} fails with a {@link org.himkit.HimException} if it finds no provider, or more
 * than one (for example when a jar is repackaged with another copy of HIM Kit's data).
 *
 * <p>Implementations must be immutable and thread-safe and have a public no-argument constructor.
 */
public interface BuiltInCatalogProvider {

  /**
   * Builds the built-in catalog.
   *
   * <p>{@link HimCatalog#builtIn()} calls this method once, on first use, and shares the result.
   *
   * @return the catalog, not null
   * @throws org.himkit.CatalogException if the data is inconsistent
   */
  HimCatalog catalog();
}
