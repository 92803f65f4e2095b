package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.himkit.Credential;
import org.himkit.ProgramType;
import org.himkit.Role;
import org.himkit.catalog.HimCatalog;

/**
 * The one place where the pathway package iterates over a catalog's entries, so that a change of
 * the catalog's listing methods touches this class only. It reads them through {@code stream()}, which
 * both a list and a catalog query provide.
 */
final class CatalogView {
  private CatalogView() {}

  static List<Credential> credentials(HimCatalog catalog) {
    return catalog.credentials().stream().collect(ImmutableList.toImmutableList());
  }

  static List<Role> roles(HimCatalog catalog) {
    return catalog.roles().stream().collect(ImmutableList.toImmutableList());
  }

  static List<ProgramType> programTypes(HimCatalog catalog) {
    return catalog.programTypes().stream().collect(ImmutableList.toImmutableList());
  }
}
