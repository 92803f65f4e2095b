package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;

class BuiltInCatalogJsonTest {
  private final HimJson json = HimJson.create();

  @Test
  void theBuiltInCatalogReadsBackEqual() {
    String text = json.writeCatalog(HimCatalog.builtIn());
    HimCatalog back = json.readCatalog(text);
    Catalogs.assertSameEntries(back, HimCatalog.builtIn());
    assertThat(json.writeCatalog(back)).isEqualTo(text);
  }
}
