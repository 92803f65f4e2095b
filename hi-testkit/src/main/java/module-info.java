/**
 * HIM Kit test kit: generators of valid HIM Kit values and whole custom catalogs for property-based
 * tests, QuickTheories adapters that shrink failing cases toward simpler values, and a streaming
 * synthetic population of credential holders for load tests.
 *
 * <p>Add the kit with test scope. The generators ({@link org.himkit.testkit.HimGenerators}) need
 * nothing but a {@link java.util.random.RandomGenerator}; {@link org.himkit.testkit.HimGens} adapts
 * them to QuickTheories.
 */
@SuppressWarnings("requires-transitive-automatic") // QuickTheories 0.26 has no module descriptor
module org.himkit.testkit {
  requires transitive org.himkit.core;
  requires com.google.common;
  requires transitive quicktheories;
  requires static transitive org.jspecify;

  exports org.himkit.testkit;
}
