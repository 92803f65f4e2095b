/**
 * The built-in catalog's data, as code: one class per authority. Not exported; reached through
 * {@link org.himkit.catalog.HimCatalog#builtIn()}.
 *
 * <p>Every entry carries at least one citation from {@link org.himkit.catalog.builtin.Sources} (or, for the parts
 * built on first use only, {@link org.himkit.catalog.builtin.LaterSources}).
 * Facts the sources could not confirm stay out and are listed in
 * {@link org.himkit.catalog.builtin.Omissions}. To change the data, see {@code docs/data-changes.md}.
 */
@NullMarked
package org.himkit.catalog.builtin;

import org.jspecify.annotations.NullMarked;
