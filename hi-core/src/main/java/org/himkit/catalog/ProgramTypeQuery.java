package org.himkit.catalog;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import org.himkit.Availability;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ProgramField;
import org.himkit.ProgramType;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query of a catalog's program types, from {@link HimCatalog#programTypes()}.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * List<ProgramType> evening = hi.programTypes().withEveningPrograms().list();   // the HIM associate degree
 * }</pre>
 *
 * <p>Results come in catalog order unless sorted; see {@link CatalogQuery}. Every filter is answered
 * from an index built with the catalog, except {@link #where(java.util.function.Predicate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgramTypeQuery extends CatalogQuery<ProgramType, ProgramTypeQuery> {

  ProgramTypeQuery(CatalogIndexes indexes, Filter<ProgramType> filter, @Nullable Comparator<Integer> order,
      String orderName) {
    super(indexes, indexes.programTypes.entries, filter, order, orderName);
  }

  @Override
  ProgramTypeQuery with(Filter<ProgramType> filter, @Nullable Comparator<Integer> order, String orderName) {
    return new ProgramTypeQuery(indexes, filter, order, orderName);
  }

  @Override
  String kindName() {
    return "program types";
  }

  private ProgramTypeIndex index() {
    return indexes.programTypes;
  }

  /**
   * Returns a query of the program types of a level.
   *
   * <pre>{@code
   * hi.programTypes().atLevel(DegreeLevel.MASTERS).list();   // HIM and health informatics master's
   * }</pre>
   *
   * @param level the level, not null
   * @return the refined query, not null
   */
  public ProgramTypeQuery atLevel(DegreeLevel level) {
    Objects.requireNonNull(level, "level");
    return refine("atLevel(" + level + ")", Entries.lookup(index().byLevel, level));
  }

  /**
   * Returns a query of the program types in a field.
   *
   * <pre>{@code
   * hi.programTypes().inField(ProgramField.HEALTH_INFORMATICS).list();
   * }</pre>
   *
   * @param field the field, not null
   * @return the refined query, not null
   */
  public ProgramTypeQuery inField(ProgramField field) {
    Objects.requireNonNull(field, "field");
    return refine("inField(" + field + ")", Entries.lookup(index().byField, field));
  }

  /**
   * Returns a query of the program types delivered in a mode.
   *
   * <pre>{@code
   * hi.programTypes().withDeliveryMode(DeliveryMode.DISTANCE).list();
   * }</pre>
   *
   * @param mode the delivery mode, not null
   * @return the refined query, not null
   */
  public ProgramTypeQuery withDeliveryMode(DeliveryMode mode) {
    Objects.requireNonNull(mode, "mode");
    return refine("withDeliveryMode(" + mode + ")", Entries.lookup(index().byDeliveryMode, mode));
  }

  /**
   * Returns a query of the program types for which the sources say evening programs are
   * {@linkplain Availability#AVAILABLE available}; types for which they do not say are not matched.
   *
   * <pre>{@code
   * hi.programTypes().withEveningPrograms().list();
   * }</pre>
   *
   * @return the refined query, not null
   */
  public ProgramTypeQuery withEveningPrograms() {
    return refine("withEveningPrograms", Entries.lookup(index().byEvening, Availability.AVAILABLE));
  }

  /**
   * Returns a query of the program types that prepare for a credential's exam.
   *
   * <pre>{@code
   * hi.programTypes().preparingFor(CredentialId.of("RHIA")).list();
   * }</pre>
   *
   * @param credential the credential, not null
   * @return the refined query, not null
   */
  public ProgramTypeQuery preparingFor(CredentialId credential) {
    Objects.requireNonNull(credential, "credential");
    return refine("preparingFor(" + credential + ")", Entries.lookup(index().byPreparesFor, credential));
  }

  /**
   * Returns this query with its results ordered by name, ignoring case.
   *
   * <pre>{@code
   * hi.programTypes().sortedByName().list();
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public ProgramTypeQuery sortedByName() {
    return sorted("sortedByName", index().name.byValue(false));
  }

  /**
   * Returns a query of the credentials the matching program types prepare for, in catalog order.
   *
   * <pre>{@code
   * hi.programTypes().atLevel(DegreeLevel.ASSOCIATE).credentials().list();   // RHIT
   * }</pre>
   *
   * @return a credential query, not null
   */
  public CredentialQuery credentials() {
    BitSet bits = CatalogIndexes.related(index().entries.items(), positions(), ProgramType::preparesFor,
        indexes.credentials.entries);
    return indexes.credentialQuery().refine("preparedForBy(" + this + ")", bits);
  }

  /**
   * Returns a query of the program offerings of the matching program types, in catalog order.
   *
   * <pre>{@code
   * catalog.programTypes().preparingFor(CredentialId.of("RHIT")).offerings().inCountry("US").list();
   * }</pre>
   *
   * @return a program-offering query, not null
   */
  public ProgramOfferingQuery offerings() {
    BitSet bits = CatalogIndexes.union(index().entries.items(), positions(), ProgramType::id,
        indexes.offerings.byType);
    return indexes.offeringQuery().refine("ofType(" + this + ")", bits);
  }
}
