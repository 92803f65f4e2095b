package org.himkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.himkit.Code;
import org.himkit.Occupation;
import org.himkit.OccupationId;

/** The indexes of a catalog's occupations, built once with the catalog. This class is immutable. */
public final class OccupationIndex {
  /** The occupations. */
  public final Entries<OccupationId, Occupation> entries;
  /** Occupations by id value and by code value, in every scheme. */
  public final ImmutableMap<String, BitSet> byCode;
  /** Occupations by latest median annual wage in US dollars. */
  public final SortedValues<BigDecimal> medianWage;
  /** Occupations by title, ignoring case. */
  public final SortedValues<String> title;

  /**
   * Builds the indexes.
   *
   * @param occupations the occupations, in catalog order
   */
  public OccupationIndex(List<Occupation> occupations) {
    this.entries = new Entries<>(occupations, Occupation::id);
    this.byCode = entries.index(o -> ImmutableList.<String>builder().add(o.id().value())
        .addAll(o.codes().stream().map(Code::value).iterator()).build());
    this.medianWage = new SortedValues<>(occupations, Wages::medianAnnualUsd);
    this.title = new SortedValues<>(occupations, o -> Optional.of(Text.fold(o.title())));
  }
}
