package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;

/**
 * An immutable question about the entries of one kind in a {@link HimCatalog}: a filter and an order.
 *
 * <p>Each refinement returns a new query and leaves this one unchanged, so that a query can be kept
 * and refined in several directions. The common filters are answered from indexes built once with
 * the catalog; {@link #where(Predicate)} tests entries one by one, after the indexed filters before
 * it have narrowed them. A query is evaluated when a terminal operation runs ({@link #list()},
 * {@link #stream()}, {@link #count()}, {@link #first()}, {@link #exists()}); since the catalog is
 * immutable, the same query always gives the same answer.
 *
 * <p>Results come in catalog order (the order in which the entries were added to the catalog)
 * unless a {@code sortedBy} method set another order; sorting is stable, so entries that compare
 * equal stay in catalog order.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * List<Role> roles = hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE)
 *     .inSetting(WorkSettingId.HOSPITAL).list();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe, and so are its subclasses.
 *
 * @param <T> the kind of entry
 * @param <Q> the kind of query
 */
public abstract sealed class CatalogQuery<T, Q extends CatalogQuery<T, Q>>
    permits RoleQuery, CredentialQuery, ProgramTypeQuery, ProgramOfferingQuery, OccupationQuery, WorkSettingQuery {
  final CatalogIndexes indexes;
  private final Entries<?, T> entries;
  private final Filter<T> filter;
  private final @Nullable Comparator<Integer> order;
  private final String orderName;

  CatalogQuery(CatalogIndexes indexes, Entries<?, T> entries, Filter<T> filter, @Nullable Comparator<Integer> order,
      String orderName) {
    this.indexes = indexes;
    this.entries = entries;
    this.filter = filter;
    this.order = order;
    this.orderName = orderName;
  }

  /** Returns a query of the same kind and catalog with the given filter and order. */
  abstract Q with(Filter<T> newFilter, @Nullable Comparator<Integer> newOrder, String newOrderName);

  /** Returns this query narrowed to the entries at the given positions. */
  final Q refine(String description, BitSet positions) {
    return with(Filter.and(filter, Filter.indexed(description, positions)), order, orderName);
  }

  /** Returns this query in the order of the given comparator of positions. */
  final Q sorted(String name, Comparator<Integer> positions) {
    return with(filter, positions, name);
  }

  /** Returns the positions of the matching entries, in catalog order. */
  final BitSet positions() {
    return filter.evaluate(entries.items(), entries.all());
  }

  /**
   * Returns a query of the entries that also pass a test: the escape hatch for questions the
   * built-in filters do not ask. The test runs only on entries the filters before it let through.
   *
   * <pre>{@code
   * hi.credentials().where(c -> c.exam().isPresent()).list();
   * }</pre>
   *
   * @param test the test, not null; it should be free of side effects
   * @return the refined query, not null
   */
  public final Q where(Predicate<? super T> test) {
    Objects.requireNonNull(test, "test");
    return with(Filter.and(filter, Filter.test("where(predicate)", test)), order, orderName);
  }

  /**
   * Returns a query of the entries matched by both this query and another of the same catalog. The
   * order is this query's.
   *
   * <pre>{@code
   * hi.roles().inSetting(WorkSettingId.HOSPITAL).and(hi.roles().atLevel(RoleLevel.SPECIALIST)).list();
   * }</pre>
   *
   * @param other the other query, not null
   * @return the intersection, not null
   * @throws HimValidationException if the other query is over another catalog
   */
  public final Q and(Q other) {
    return with(Filter.and(filter, sameCatalog(other).filter), order, orderName);
  }

  /**
   * Returns a query of the entries matched by this query, another of the same catalog, or both. The
   * order is this query's.
   *
   * <pre>{@code
   * hi.credentials().issuedBy(OrganizationId.of("NCRA"))
   *     .or(hi.credentials().issuedBy(OrganizationId.of("AAPC"))).list();
   * }</pre>
   *
   * @param other the other query, not null
   * @return the union, not null
   * @throws HimValidationException if the other query is over another catalog
   */
  public final Q or(Q other) {
    return with(new Filter.Or<>(filter, sameCatalog(other).filter), order, orderName);
  }

  /**
   * Returns a query of the entries of the catalog that this query does not match. The order is this
   * query's.
   *
   * <pre>{@code
   * hi.credentials().issuedBy(OrganizationId.of("AHIMA")).not().list();   // AAPC's and NCRA's
   * }</pre>
   *
   * @return the complement, not null
   */
  public final Q not() {
    return with(new Filter.Not<>(filter), order, orderName);
  }

  private CatalogQuery<T, Q> sameCatalog(CatalogQuery<T, Q> other) {
    if (other.indexes != indexes) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "query " + this, "other",
          "must be a query of the same catalog", other.toString());
    }
    return other;
  }

  /**
   * Returns this query with its results in the order of a comparator, replacing any order set
   * before. The sort is stable: entries that compare equal stay in catalog order.
   *
   * <pre>{@code
   * hi.credentials().sortedBy(Comparator.comparing(Credential::fullName)).list();
   * }</pre>
   *
   * @param comparator the order, not null
   * @return the sorted query, not null
   */
  public final Q sortedBy(Comparator<? super T> comparator) {
    Objects.requireNonNull(comparator, "comparator");
    List<T> items = entries.items();
    return sorted("sortedBy(" + comparator + ")", (a, b) -> comparator.compare(items.get(a), items.get(b)));
  }

  /**
   * Returns the matching entries, in this query's order.
   *
   * <pre>{@code
   * List<Credential> ahima = hi.credentials().issuedBy(OrganizationId.of("AHIMA")).list();
   * }</pre>
   *
   * @return an immutable list, not null
   */
  public final List<T> list() {
    BitSet positions = positions();
    if (order == null) {
      return Filter.select(entries.items(), positions);
    }
    List<Integer> sorted = new ArrayList<>(positions.cardinality());
    positions.stream().forEach(sorted::add);
    sorted.sort(order);
    return sorted.stream().map(entries.items()::get).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the matching entries as a stream, in this query's order.
   *
   * <pre>{@code
   * hi.roles().inSetting(WorkSettingId.HOSPITAL).stream().map(Role::title).forEach(System.out::println);
   * }</pre>
   *
   * @return a sequential stream, not null
   */
  public final Stream<T> stream() {
    return list().stream();
  }

  /**
   * Returns the number of matching entries.
   *
   * <pre>{@code
   * int retired = hi.credentials().withStatus(CredentialStatus.RETIRED).count();   // 3
   * }</pre>
   *
   * @return the count, zero or more
   */
  public final int count() {
    return positions().cardinality();
  }

  /**
   * Returns the first matching entry in this query's order.
   *
   * <pre>{@code
   * Optional<Role> bestPaid = hi.roles().sortedByMedianWage().first();
   * }</pre>
   *
   * @return the first entry, empty if none matches
   */
  public final Optional<T> first() {
    BitSet positions = positions();
    if (positions.isEmpty()) {
      return Optional.empty();
    }
    if (order == null) {
      return Optional.of(entries.items().get(positions.nextSetBit(0)));
    }
    Comparator<Integer> o = order;
    int best = positions.nextSetBit(0);
    for (int i = positions.nextSetBit(best + 1); i >= 0; i = positions.nextSetBit(i + 1)) {
      if (o.compare(i, best) < 0) {
        best = i;
      }
    }
    return Optional.of(entries.items().get(best));
  }

  /**
   * Checks whether any entry matches.
   *
   * <pre>{@code
   * boolean any = hi.roles().withPatientContact(PatientContact.DIRECT).exists();
   * }</pre>
   *
   * @return true if at least one entry matches
   */
  public final boolean exists() {
    return !positions().isEmpty();
  }

  /**
   * Returns a description of this query, such as {@code "roles where inSetting(hospital) and
   * atLevel(SPECIALIST)"}, for logs and test messages.
   *
   * @return the description, not null
   */
  @Override
  public final String toString() {
    return kindName() + " where " + filter + (orderName.isEmpty() ? "" : " " + orderName);
  }

  /** Returns the plural name of the kind of entry, such as {@code "roles"}. */
  abstract String kindName();
}
