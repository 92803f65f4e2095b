package org.himkit.spring;

import org.himkit.CatalogException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a catalog that cannot be built at start-up with every problem the catalog found, one per
 * line, instead of a stack of wrapped exceptions.
 *
 * <p>Spring Boot finds it through {@code META-INF/spring.factories}.
 */
public final class HimCatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {
  /** Creates the analyzer; Spring Boot does. */
  public HimCatalogFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
    boolean overlay = cause instanceof CatalogOverlayException;
    StringBuilder description = new StringBuilder("The HIM Kit catalog could not be built");
    if (cause instanceof CatalogOverlayException o) {
      description.append(" from the overlay ").append(o.location());
    }
    description.append(": ")
        .append(cause.problems().size()).append(cause.problems().size() == 1 ? " problem" : " problems")
        .append(System.lineSeparator());
    for (String problem : cause.problems()) {
      description.append(System.lineSeparator()).append("    - ").append(problem);
    }
    return new FailureAnalysis(description.toString(), overlay
        ? "Fix every problem listed above in the overlay, or remove it from himkit.catalog.overlays."
        : "Fix every problem listed above in the application's HimCatalog bean.", cause);
  }
}
