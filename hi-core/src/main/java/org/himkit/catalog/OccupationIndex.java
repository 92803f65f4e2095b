package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.himkit.Code;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.internal.Text;

/** The indexes of a catalog's occupations, built once with the catalog. This class is immutable. */
final class OccupationIndex {
  /** The occupations. */
  final Entries<OccupationId, Occupation> entries;
  /** Occupations by id value and by code value, in every scheme. */
  final ImmutableMap<String, BitSet> byCode;
  /** Occupations by latest median annual wage in US dollars. */
  final SortedValues<BigDecimal> medianWage;
  /** Occupations by title, ignoring case. */
  final SortedValues<String> title;

  /**
   * Builds the indexes.
   *
   * @param occupations the occupations, in catalog order
   */
  OccupationIndex(List<Occupation> occupations) {
    this.entries = new Entries<>(occupations, Occupation::id);
    this.byCode = entries.index(o -> ImmutableList.<String>builder().add(o.id().value())
        .addAll(o.codes().stream().map(Code::value).iterator()).build());
    this.medianWage = new SortedValues<>(occupations, Wages::medianAnnualUsd);
    this.title = new SortedValues<>(occupations, o -> Optional.of(Text.fold(o.title())));
  }
}
