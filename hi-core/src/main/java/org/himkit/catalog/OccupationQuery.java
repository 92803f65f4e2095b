package org.himkit.catalog;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Comparator;
import org.himkit.Occupation;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query of a catalog's occupations, from {@link HimCatalog#occupations()}.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * List<Occupation> paid = hi.occupations().withMedianWageAtLeast(new BigDecimal("50000"))
 *     .sortedByMedianWage().list();
 * }</pre>
 *
 * <p>Wages are compared as {@link RoleQuery#withMedianWageAtLeast(BigDecimal)} describes: the
 * {@linkplain Occupation#latestMedianAnnualWage() latest median annual wage}, in US dollars. Results
 * come in catalog order unless sorted; see {@link CatalogQuery}. Every filter is answered from an
 * index built with the catalog, except {@link #where(java.util.function.Predicate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OccupationQuery extends CatalogQuery<Occupation, OccupationQuery> {

  OccupationQuery(CatalogIndexes indexes, Filter<Occupation> filter, @Nullable Comparator<Integer> order,
      String orderName) {
    super(indexes, indexes.occupations.entries, filter, order, orderName);
  }

  @Override
  OccupationQuery with(Filter<Occupation> filter, @Nullable Comparator<Integer> order, String orderName) {
    return new OccupationQuery(indexes, filter, order, orderName);
  }

  @Override
  String kindName() {
    return "occupations";
  }

  private OccupationIndex index() {
    return indexes.occupations;
  }

  /**
   * Returns a query of the occupations with a code, in any scheme: the id or one of the
   * {@linkplain Occupation#codes() codes}, compared exactly.
   *
   * <pre>{@code
   * hi.occupations().withCode("29-9021.00").list();
   * }</pre>
   *
   * @param code the code value, such as {@code "29-2072"}, not null
   * @return the refined query, not null
   */
  public OccupationQuery withCode(String code) {
    return refine("withCode(" + code + ")", Entries.lookup(index().byCode, code.trim()));
  }

  /**
   * Returns a query of the occupations whose latest median annual wage is at least an amount in US
   * dollars; occupations without such a figure are never matched.
   *
   * <pre>{@code
   * hi.occupations().withMedianWageAtLeast(new BigDecimal("100000")).list();   // 11-9111
   * }</pre>
   *
   * @param usd the smallest median annual wage, in US dollars, not null
   * @return the refined query, not null
   */
  public OccupationQuery withMedianWageAtLeast(BigDecimal usd) {
    return refine("withMedianWageAtLeast(" + usd.toPlainString() + ")", index().medianWage.atLeast(usd));
  }

  /**
   * Returns this query with its results ordered by title, ignoring case.
   *
   * <pre>{@code
   * hi.occupations().sortedByTitle().list();
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public OccupationQuery sortedByTitle() {
    return sorted("sortedByTitle", index().title.byValue(false));
  }

  /**
   * Returns this query with its results ordered by latest median annual wage in US dollars, highest
   * first, occupations without such a figure last.
   *
   * <pre>{@code
   * hi.occupations().sortedByMedianWage().first();   // 11-9111
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public OccupationQuery sortedByMedianWage() {
    return sorted("sortedByMedianWage", index().medianWage.byValue(true));
  }

  /**
   * Returns a query of the roles that belong to any of the matching occupations, in catalog order.
   *
   * <pre>{@code
   * hi.occupations().withCode("29-2072").roles().list();   // technician, medical coder
   * }</pre>
   *
   * @return a role query, not null
   */
  public RoleQuery roles() {
    BitSet bits = CatalogIndexes.union(index().entries.items(), positions(), Occupation::id,
        indexes.roles.byOccupation);
    return indexes.roleQuery().refine("in(" + this + ")", bits);
  }
}
