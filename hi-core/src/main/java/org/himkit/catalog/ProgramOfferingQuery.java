package org.himkit.catalog;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramTypeId;
import org.himkit.internal.Text;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query of a catalog's program offerings, from {@link HimCatalog#programOfferings()}: a
 * portal's program finder.
 *
 * <p>Level, field and the credentials prepared for are those of the offering's
 * {@linkplain ProgramOffering#programType() program type}; delivery modes, evening availability,
 * location and accreditation are the offering's own. The built-in catalog has no offerings: a portal
 * adds its own with {@link HimCatalog#builder()}.
 *
 * <pre>{@code
 * List<ProgramOffering> found = catalog.programOfferings()
 *     .preparingFor(CredentialId.of("RHIT"))
 *     .withDeliveryMode(DeliveryMode.DISTANCE)
 *     .withAccreditationStatus(AccreditationStatus.ACCREDITED)
 *     .sortedByInstitution().list();
 * }</pre>
 *
 * <p>Results come in catalog order unless sorted; see {@link CatalogQuery}. Every filter is answered
 * from an index built with the catalog, except {@link #where(java.util.function.Predicate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgramOfferingQuery extends CatalogQuery<ProgramOffering, ProgramOfferingQuery> {

  ProgramOfferingQuery(CatalogIndexes indexes, Filter<ProgramOffering> filter, @Nullable Comparator<Integer> order,
      String orderName) {
    super(indexes, indexes.offerings.entries, filter, order, orderName);
  }

  @Override
  ProgramOfferingQuery with(Filter<ProgramOffering> filter, @Nullable Comparator<Integer> order, String orderName) {
    return new ProgramOfferingQuery(indexes, filter, order, orderName);
  }

  @Override
  String kindName() {
    return "program offerings";
  }

  private OfferingIndex index() {
    return indexes.offerings;
  }

  /**
   * Returns a query of the offerings of a program type.
   *
   * <pre>{@code
   * catalog.programOfferings().ofType(ProgramTypeId.of("him-associate")).list();
   * }</pre>
   *
   * @param type the program type, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery ofType(ProgramTypeId type) {
    Objects.requireNonNull(type, "type");
    return refine("ofType(" + type + ")", Entries.lookup(index().byType, type));
  }

  /**
   * Returns a query of the offerings whose program type is of a level.
   *
   * <pre>{@code
   * catalog.programOfferings().atLevel(DegreeLevel.BACCALAUREATE).list();
   * }</pre>
   *
   * @param level the level, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery atLevel(DegreeLevel level) {
    Objects.requireNonNull(level, "level");
    return refine("atLevel(" + level + ")", Entries.lookup(index().byLevel, level));
  }

  /**
   * Returns a query of the offerings whose program type is in a field.
   *
   * <pre>{@code
   * catalog.programOfferings().inField(ProgramField.HEALTH_INFORMATION_MANAGEMENT).list();
   * }</pre>
   *
   * @param field the field, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery inField(ProgramField field) {
    Objects.requireNonNull(field, "field");
    return refine("inField(" + field + ")", Entries.lookup(index().byField, field));
  }

  /**
   * Returns a query of the offerings delivered in a mode.
   *
   * <pre>{@code
   * catalog.programOfferings().withDeliveryMode(DeliveryMode.DISTANCE).list();
   * }</pre>
   *
   * @param mode the delivery mode, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery withDeliveryMode(DeliveryMode mode) {
    Objects.requireNonNull(mode, "mode");
    return refine("withDeliveryMode(" + mode + ")", Entries.lookup(index().byDeliveryMode, mode));
  }

  /**
   * Returns a query of the offerings available in the evening ({@link Availability#AVAILABLE});
   * offerings that do not say are not matched.
   *
   * <pre>{@code
   * catalog.programOfferings().withEveningPrograms().list();
   * }</pre>
   *
   * @return the refined query, not null
   */
  public ProgramOfferingQuery withEveningPrograms() {
    return refine("withEveningPrograms", Entries.lookup(index().byEvening, Availability.AVAILABLE));
  }

  /**
   * Returns a query of the offerings whose program type prepares for a credential's exam.
   *
   * <pre>{@code
   * catalog.programOfferings().preparingFor(CredentialId.of("RHIA")).list();
   * }</pre>
   *
   * @param credential the credential, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery preparingFor(CredentialId credential) {
    Objects.requireNonNull(credential, "credential");
    return refine("preparingFor(" + credential + ")", Entries.lookup(index().byPreparesFor, credential));
  }

  /**
   * Returns a query of the offerings in a country.
   *
   * <pre>{@code
   * catalog.programOfferings().inCountry("US").list();
   * }</pre>
   *
   * @param country the ISO 3166-1 alpha-2 country code, such as {@code "US"}, in any case, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery inCountry(String country) {
    Objects.requireNonNull(country, "country");
    String code = Text.code(country);
    return refine("inCountry(" + code + ")", Entries.lookup(index().byCountry, code));
  }

  /**
   * Returns a query of the offerings in a state or region of a country; the region code is compared
   * ignoring case.
   *
   * <pre>{@code
   * catalog.programOfferings().inRegion("US", "IL").list();
   * }</pre>
   *
   * @param country the ISO 3166-1 alpha-2 country code, such as {@code "US"}, not null
   * @param region the state or region code, such as {@code "IL"}, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery inRegion(String country, String region) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(region, "region");
    String key = OfferingIndex.regionKey(country.trim(), region);
    return refine("inRegion(" + key + ")", Entries.lookup(index().byRegion, key));
  }

  /**
   * Returns a query of the offerings with an accreditation status.
   *
   * <pre>{@code
   * catalog.programOfferings().withAccreditationStatus(AccreditationStatus.ACCREDITED).list();
   * }</pre>
   *
   * @param status the status, not null
   * @return the refined query, not null
   */
  public ProgramOfferingQuery withAccreditationStatus(AccreditationStatus status) {
    Objects.requireNonNull(status, "status");
    return refine("withAccreditationStatus(" + status + ")", Entries.lookup(index().byAccreditation, status));
  }

  /**
   * Returns a query of the offerings whose institution's name starts with a prefix, ignoring case
   * (lower case in the root locale).
   *
   * <pre>{@code
   * catalog.programOfferings().institutionStartingWith("lake").list();   // Lakeside College, ...
   * }</pre>
   *
   * @param prefix the prefix, not null; an empty prefix matches every offering
   * @return the refined query, not null
   */
  public ProgramOfferingQuery institutionStartingWith(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    String folded = Text.fold(prefix);
    return refine("institutionStartingWith(" + folded + ")", index().institution.startingWith(folded));
  }

  /**
   * Returns this query with its results ordered by institution name, ignoring case.
   *
   * <pre>{@code
   * catalog.programOfferings().inCountry("US").sortedByInstitution().list();
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public ProgramOfferingQuery sortedByInstitution() {
    return sorted("sortedByInstitution", index().institution.byValue(false));
  }

  /**
   * Returns a query of the program types of the matching offerings, in catalog order.
   *
   * <pre>{@code
   * catalog.programOfferings().inRegion("US", "IL").programTypes().list();
   * }</pre>
   *
   * @return a program-type query, not null
   */
  public ProgramTypeQuery programTypes() {
    BitSet bits = CatalogIndexes.related(index().entries.items(), positions(),
        o -> java.util.List.of(o.programType()), indexes.programTypes.entries);
    return indexes.programTypeQuery().refine("of(" + this + ")", bits);
  }
}
