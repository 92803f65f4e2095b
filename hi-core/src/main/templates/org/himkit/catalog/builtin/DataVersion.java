package org.himkit.catalog.builtin;

/**
 * The built-in catalog's data version: the build's {@code himkit.catalog.version}, its one source of truth, written
 * into a copy of this file by the build (resource filtering of {@code src/main/templates}, compiled with the rest).
 *
 * <p>A constant in the code, not a resource: reading a resource from the class path opened the jar a second time
 * through a {@code jar:} URL connection, some 15 ms of the built-in catalog's first call.
 */
final class DataVersion {
  /** The data version, such as {@code 2026.6}. */
  static final String VALUE = "${himkit.catalog.version}";

  private DataVersion() {}
}
