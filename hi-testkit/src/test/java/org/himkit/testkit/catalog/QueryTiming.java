package org.himkit.testkit.catalog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.himkit.AccreditationStatus;
import org.himkit.CredentialId;
import org.himkit.DeliveryMode;
import org.himkit.ProgramOffering;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.ProgramOfferingQuery;
import org.himkit.testkit.HimGenerators;

/**
 * A manual measurement of the query API on a generated catalog (medium size, {@code hi-testkit}'s
 * generator) with 10,000 program offerings; not a test, and not run by the build. Run it after
 * {@code ./mvnw -pl hi-core,hi-testkit test-compile} with the test class path, for example:
 *
 * <pre>
 * ./mvnw -q -pl hi-core,hi-testkit dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp hi-core/target/classes:hi-testkit/target/classes:hi-testkit/target/test-classes:$(cat hi-testkit/target/cp.txt) \
 *     org.himkit.testkit.catalog.QueryTiming
 * </pre>
 *
 * <p>It prints the time to build the catalog with its indexes, and the mean time per call of a
 * three-filter program-finder query answered from the indexes and of the same question asked with
 * {@code where(...)} predicates, which test every offering. Each is warmed up first; the numbers
 * depend on the machine and its load and are meant for orders of magnitude only.
 */
final class QueryTiming {
  private QueryTiming() {}

  /**
   * Runs the measurement.
   *
   * @param args the number of offerings (default 10,000)
   */
  public static void main(String[] args) {
    int offerings = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long t0 = System.nanoTime();
    HimCatalog catalog = HimGenerators.catalogs().withOfferings(offerings, offerings).example(42);
    long built = System.nanoTime() - t0;
    System.out.printf(Locale.ROOT, "catalog: %s, generated, checked and indexed in %.1f ms%n", catalog, built / 1e6);
    for (int i = 0; i < 3; i++) {
      long t1 = System.nanoTime();
      HimCatalog.Builder copy = catalog.toBuilder();
      long t2 = System.nanoTime();
      copy.build();
      long t3 = System.nanoTime();
      System.out.printf(Locale.ROOT, "rebuild %d: toBuilder %.1f ms, build (check + names + indexes) %.1f ms%n",
          i + 1, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    }

    CredentialId credential = catalog.credentials().first().orElseThrow().id();
    ProgramOfferingQuery indexed = catalog.programOfferings().preparingFor(credential).inRegion("US", "IL")
        .withAccreditationStatus(AccreditationStatus.ACCREDITED);
    ProgramOfferingQuery scanned = catalog.programOfferings()
        .where(o -> catalog.getProgramType(o.programType()).preparesFor().contains(credential))
        .where(o -> o.location().country().equals("US")
            && o.location().region().filter(r -> r.equalsIgnoreCase("IL")).isPresent())
        .where(o -> o.accreditationStatus() == AccreditationStatus.ACCREDITED);
    if (!indexed.list().equals(scanned.list())) {
      throw new AssertionError("indexed and scanned answers differ");
    }
    System.out.printf(Locale.ROOT, "query: %s -> %d offerings%n", indexed, indexed.count());
    measure("indexed, count()", indexed::count);
    measure("indexed, list()", () -> indexed.list().size());
    measure("indexed, 4 filters + prefix, list()", () -> indexed.withDeliveryMode(DeliveryMode.DISTANCE)
        .institutionStartingWith("lake").list().size());
    measure("where() scan, count()", scanned::count);
    measure("where() scan, list()", () -> scanned.list().size());
    LocalDate day = LocalDate.of(2020, 1, 1);
    measure("credentials, 2 filters incl. CEUs as of a date", () -> catalog.credentials()
        .withCycleCeusAtMost(org.himkit.policy.Ceus.of(20), day).withStatus(org.himkit.CredentialStatus.ACTIVE)
        .count());
    ProgramOffering any = catalog.programOfferings().first().orElseThrow();
    measure("lookup by id", () -> catalog.getProgramOffering(any.id()).name().length());
    System.out.println("(checksum " + sink + ")");
  }

  private static int sink;

  private static void measure(String name, IntSupplier body) {
    for (int i = 0; i < 100_000; i++) {
      sink += body.getAsInt();
    }
    int runs = 50_000;
    long t0 = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      sink += body.getAsInt();
    }
    double micros = (System.nanoTime() - t0) / 1e3 / runs;
    System.out.printf(Locale.ROOT, "%-50s %9.2f us per call%n", name, micros);
  }
}
