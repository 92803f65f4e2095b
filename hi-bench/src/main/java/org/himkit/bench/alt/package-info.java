/**
 * What a user would write instead of the library: the simplified AHIMA recertification rules
 * ({@link org.himkit.bench.alt.SimplifiedAhima}) three ways, in Easy Rules, with streams and
 * {@code BigDecimal}, and as a plain loop. Each gives the same statuses and required and earned CEUs as
 * the library on the population the simplified rules cover (checked by the module's tests).
 */
@NullMarked
package org.himkit.bench.alt;

import org.jspecify.annotations.NullMarked;
