package org.himkit.catalog;

import java.util.Objects;
import java.util.Optional;

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

  /**
   * Returns a builder holding the parts of the built-in catalog that first questions need, if the provider
   * can supply the others later.
   *
   * <p>For HIM Kit's own provider, {@link HimCatalog#builtIn()} builds the catalog from these parts (the
   * version, organizations, credentials and renewal policies) and calls
   * {@link #addDeferredParts(HimCatalog.Builder)} once, on first use of the others (the profession, program types,
   * work settings, occupations, roles and known omissions), so that a first credential lookup or renewal answer
   * does not wait for them. The catalog is the same either way: it equals {@link #catalog()}.
   *
   * <p>The default returns empty: {@code builtIn()} calls {@link #catalog()}.
   *
   * @return a builder of the first parts, or empty to have the whole catalog built at once
   */
  default Optional<HimCatalog.Builder> firstParts() {
    return Optional.empty();
  }

  /**
   * Adds the parts of the built-in catalog left out of {@link #firstParts()} to a builder: the profession, program
   * types, work settings, occupations, roles and known omissions.
   *
   * <p>{@link HimCatalog#builtIn()} calls this method at most once, from the first thread that needs one of
   * those parts. The default adds nothing.
   *
   * @param builder  the builder to add to, not null
   */
  default void addDeferredParts(HimCatalog.Builder builder) {
    Objects.requireNonNull(builder, "builder");
  }
}
