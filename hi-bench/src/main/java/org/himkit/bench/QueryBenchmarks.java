package org.himkit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.himkit.ProgramOffering;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ten portal searches of {@link PortalQueries}, indexed and as a scan, each ending in {@code list()}, over a
 * generated catalog of {@link #offerings} offerings (10,000 unless {@code -p offerings=...} says otherwise: the cost
 * per offering should stay flat as the catalog grows).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@SuppressWarnings("NullAway.Init")
public class QueryBenchmarks {
  /** The search, one of {@link PortalQueries#NAMES}. */
  @Param({"credentialRegionAccredited", "levelDistanceAccredited", "fieldRegion", "credentialDistance",
      "levelEveningRegion", "institutionPrefixAccredited", "countryFieldAccredited", "typeRegion",
      "accreditedEveningDistance", "credentialLevelEvening"})
  public String search;

  /** The number of offerings of the generated catalog. */
  @Param("10000")
  public int offerings;

  private PortalQueries.Search query;

  /** Generates the catalog and checks that both forms of the search agree. */
  @Setup
  public void setUp() {
    query = PortalQueries.generate(offerings).search(search);
    if (!query.indexed().list().equals(query.scan().list())) {
      throw new IllegalStateException("the indexed and scanned answers differ: " + search);
    }
  }

  /**
   * The search through the indexes.
   *
   * @return the offerings
   */
  @Benchmark
  public List<ProgramOffering> indexed() {
    return query.indexed().list();
  }

  /**
   * The search as {@code where(...)} predicates.
   *
   * @return the offerings
   */
  @Benchmark
  public List<ProgramOffering> scan() {
    return query.scan().list();
  }
}
