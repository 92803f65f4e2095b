package org.himkit.spring;

import java.util.List;
import org.himkit.CatalogException;

/**
 * Thrown when an overlay named in {@code himkit.catalog.overlays} cannot be read or applied: its
 * location and every problem found in it.
 *
 * <p>{@link HimCatalogFailureAnalyzer} turns it into the start-up failure report.
 */
public class CatalogOverlayException extends CatalogException {
  private static final long serialVersionUID = 1L;

  /** The overlay's location as configured. */
  private final String location;

  /**
   * Constructs an exception for an overlay.
   *
   * @param location  the overlay's location as configured, such as {@code classpath:programs.json}, not null
   * @param problems  every problem found, each in plain words with where it is, not empty
   * @param cause  the exception that reported the problems, not null
   */
  public CatalogOverlayException(String location, List<String> problems, Throwable cause) {
    super(problems);
    this.location = location;
    initCause(cause);
  }

  /**
   * Returns the overlay's location as configured.
   *
   * @return the location, not null
   */
  public String location() {
    return location;
  }
}
