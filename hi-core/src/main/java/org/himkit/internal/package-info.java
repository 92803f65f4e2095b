/**
 * Small implementation helpers used across HIM Kit: validation checks ({@link org.himkit.internal.Checks}),
 * the Immutables style ({@link org.himkit.internal.HimStyle}) and text folding. Not exported: nothing
 * here is part of the public API. The catalog's index engine is package-private in
 * {@code org.himkit.catalog}.
 */
@NullMarked
package org.himkit.internal;

import org.jspecify.annotations.NullMarked;
