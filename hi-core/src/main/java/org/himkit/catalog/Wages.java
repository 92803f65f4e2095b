package org.himkit.catalog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.WageStatistic;

/** The wage figures the query API compares: latest median annual wages in US dollars. */
final class Wages {
  private Wages() {}

  /** The currency the query API compares wages in. */
  static final Currency USD = Currency.getInstance("USD");

  /**
   * Returns an occupation's latest median annual wage in US dollars.
   *
   * @param occupation the occupation
   * @return the amount of {@link Occupation#latestMedianAnnualWage()}, empty if there is none or it
   *     is in another currency
   */
  static Optional<BigDecimal> medianAnnualUsd(Occupation occupation) {
    return occupation.latestMedianAnnualWage().filter(w -> w.currency().equals(USD)).map(WageStatistic::amount);
  }

  /**
   * Returns the highest latest median annual wage in US dollars among some occupations.
   *
   * @param ids the occupations' ids
   * @param occupations the catalog's occupations by id
   * @return the amount, empty if none of them has such a figure
   */
  static Optional<BigDecimal> highestMedianAnnualUsd(Collection<OccupationId> ids,
      Map<OccupationId, Occupation> occupations) {
    return ids.stream().map(occupations::get).filter(java.util.Objects::nonNull)
        .map(Wages::medianAnnualUsd).flatMap(Optional::stream).max(BigDecimal::compareTo);
  }
}
