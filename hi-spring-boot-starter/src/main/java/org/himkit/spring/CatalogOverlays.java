package org.himkit.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.himkit.CatalogException;
import org.himkit.catalog.HimCatalog;
import org.himkit.json.HimJson;
import org.himkit.json.HimJsonException;
import org.himkit.json.JsonProblem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Applies the overlays named in {@code himkit.catalog.overlays}, in order, with hi-json. */
final class CatalogOverlays {
  private CatalogOverlays() {}

  static HimCatalog apply(HimCatalog base, List<String> locations, ResourceLoader resources) {
    HimCatalog catalog = base;
    HimJson json = HimJson.create();
    for (String location : locations) {
      Resource resource = resources.getResource(location.strip());
      if (!resource.exists()) {
        throw new CatalogOverlayException(location, List.of("the overlay " + location + " does not exist"),
            new IOException("not found: " + resource.getDescription()));
      }
      try (InputStream in = resource.getInputStream()) {
        catalog = json.readOverlay(catalog, in);
      } catch (HimJsonException e) {
        throw new CatalogOverlayException(location, e.problems().isEmpty() ? List.of(String.valueOf(e.getMessage()))
            : e.problems().stream().map(JsonProblem::toString).toList(), e);
      } catch (CatalogException e) {
        throw new CatalogOverlayException(location, e.problems(), e);
      } catch (IOException | UncheckedIOException e) {
        throw new CatalogOverlayException(location, List.of("the overlay " + location + " cannot be read: "
            + e.getMessage()), e);
      }
    }
    return catalog;
  }
}
