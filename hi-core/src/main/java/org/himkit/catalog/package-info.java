/**
 * The catalog: the immutable, indexed set of definitions that HIM Kit answers questions from.
 *
 * <p>{@link org.himkit.catalog.HimCatalog#builtIn()} returns the built-in catalog of sourced facts;
 * {@link org.himkit.catalog.HimCatalog#builder()} builds a custom one, checked for consistency as a
 * whole. Its listings are immutable, indexed queries ({@link org.himkit.catalog.CatalogQuery}), such
 * as {@code hi.credentials().issuedBy(OrganizationId.of("AHIMA")).list()}.
 */
@HimStyle
@NullMarked
package org.himkit.catalog;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
