/**
 * Generators of HIM Kit values for property-based tests, their QuickTheories adapters and a
 * streaming synthetic population.
 *
 * <p>{@link org.himkit.testkit.HimGenerators} is the entry point: one method per value type, from
 * typed ids to whole catalogs that pass {@link org.himkit.catalog.HimCatalog.Builder#build()}'s
 * checks. A {@link org.himkit.testkit.Generator} draws every choice from a
 * {@link java.util.random.RandomGenerator}, so any test framework can drive it;
 * {@link org.himkit.testkit.HimGens} turns one into a QuickTheories {@code Gen} that shrinks a
 * failing value toward a simpler one. {@link org.himkit.testkit.SyntheticPopulation} streams any
 * number of credential holders, each derived from a seed and its index.
 */
@NullMarked
package org.himkit.testkit;

import org.jspecify.annotations.NullMarked;
