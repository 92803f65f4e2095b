package org.himkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.himkit.ProgramOffering;
import org.junit.jupiter.api.Test;

/** Each portal search gives the same offerings indexed and scanned, and a realistic number of them (5 to 1,000 of 10,000). */
class PortalQueriesTest {
  @Test
  void bothFormsAgreeAndReturnARealisticNumber() {
    PortalQueries queries = PortalQueries.generate();
    assertThat(queries.catalog().programOfferings().count()).isEqualTo(PortalQueries.OFFERINGS);
    for (String name : PortalQueries.NAMES) {
      PortalQueries.Search s = queries.search(name);
      List<ProgramOffering> indexed = s.indexed().list();
      assertThat(indexed).as(name).isEqualTo(s.scan().list());
      assertThat(indexed.size()).as(name).isBetween(5, 1_000);
    }
  }

  @Test
  void aSmallerCatalogHasItsOwnSearchesThatAgree() {
    PortalQueries queries = PortalQueries.generate(1_000);
    assertThat(queries.catalog().programOfferings().count()).isEqualTo(1_000);
    for (String name : PortalQueries.NAMES) {
      PortalQueries.Search s = queries.search(name);
      assertThat(s.indexed().list()).as(name).isEqualTo(s.scan().list());
    }
  }
}
