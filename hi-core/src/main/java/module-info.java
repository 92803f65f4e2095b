/**
 * HIM Kit core: the vocabulary of the Health Information Management profession, the built-in
 * sourced catalog and the rules built on it.
 *
 * <p>The module exports the vocabulary ({@code org.himkit}), renewal policies
 * ({@code org.himkit.policy}), the catalog ({@code org.himkit.catalog}), the renewal evaluator
 * ({@code org.himkit.renewal}) and pathways ({@code org.himkit.pathway}). The curated data
 * ({@code org.himkit.catalog.builtin}) and the helpers ({@code org.himkit.internal}) are not
 * exported: the data is reached through {@link org.himkit.catalog.HimCatalog#builtIn()}, which finds
 * it as the {@link org.himkit.catalog.BuiltInCatalogProvider} service this module provides.
 */
module org.himkit.core {
  requires com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.himkit;
  exports org.himkit.policy;
  exports org.himkit.catalog;
  exports org.himkit.renewal;
  exports org.himkit.pathway;
  exports org.himkit.text;

  uses org.himkit.catalog.BuiltInCatalogProvider;

  provides org.himkit.catalog.BuiltInCatalogProvider with org.himkit.catalog.builtin.BuiltInCatalog;
}
