package org.himkit.catalog;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.OccupationId;
import org.himkit.PatientContact;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.WorkSettingId;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query of a catalog's roles, from {@link HimCatalog#roles()}.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * List<Role> roles = hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE)
 *     .inSetting(WorkSettingId.HOSPITAL).list();   // health information technician
 * }</pre>
 *
 * <p>Results come in catalog order unless sorted; see {@link CatalogQuery}. Every filter is answered
 * from an index built with the catalog, except {@link #where(java.util.function.Predicate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RoleQuery extends CatalogQuery<Role, RoleQuery> {

  RoleQuery(CatalogIndexes indexes, Filter<Role> filter, @Nullable Comparator<Integer> order, String orderName) {
    super(indexes, indexes.roles.entries, filter, order, orderName);
  }

  @Override
  RoleQuery with(Filter<Role> filter, @Nullable Comparator<Integer> order, String orderName) {
    return new RoleQuery(indexes, filter, order, orderName);
  }

  @Override
  String kindName() {
    return "roles";
  }

  private RoleIndex index() {
    return indexes.roles;
  }

  /**
   * Returns a query of the roles people typically enter with a degree at or below a level.
   *
   * <p>The question is asked of the role's {@linkplain Role#typicalEntry() typical entry}: it
   * matches if some route through it asks for no degree above {@code level}. Completed programs,
   * final-term enrollments and degrees-or-college-credits count at their level and a high-school diploma
   * at {@link DegreeLevel#HIGH_SCHOOL}; the other conditions of a route (such as holding a credential)
   * are not about degrees and do not stop a match. A route with no education condition at all
   * matches every level. Roles without a typical entry are never matched: the catalog does not know.
   *
   * <pre>{@code
   * hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE).list();   // technician, medical coder, cancer registrar
   * }</pre>
   *
   * @param level the highest degree level, not null
   * @return the refined query, not null
   */
  public RoleQuery requiringAtMost(DegreeLevel level) {
    return refine("requiringAtMost(" + level + ")", index().entryLevel.atMost(RequirementLevels.rank(level)));
  }

  /**
   * Returns a query of the roles that list a credential among their {@linkplain Role#credentials()
   * credentials}.
   *
   * <pre>{@code
   * hi.roles().withCredential(CredentialId.of("CCS")).list();   // medical coder
   * }</pre>
   *
   * @param credential the credential, not null
   * @return the refined query, not null
   */
  public RoleQuery withCredential(CredentialId credential) {
    Objects.requireNonNull(credential, "credential");
    return refine("withCredential(" + credential + ")", Entries.lookup(index().byCredential, credential));
  }

  /**
   * Returns a query of the roles that work in a setting.
   *
   * <pre>{@code
   * hi.roles().inSetting(WorkSettingId.HOSPITAL).list();
   * }</pre>
   *
   * @param setting the work setting, not null
   * @return the refined query, not null
   */
  public RoleQuery inSetting(WorkSettingId setting) {
    Objects.requireNonNull(setting, "setting");
    return refine("inSetting(" + setting + ")", Entries.lookup(index().bySetting, setting));
  }

  /**
   * Returns a query of the roles of a level.
   *
   * <pre>{@code
   * hi.roles().atLevel(RoleLevel.SPECIALIST).list();   // medical coder, cancer registrar, ...
   * }</pre>
   *
   * @param level the level, not null
   * @return the refined query, not null
   */
  public RoleQuery atLevel(RoleLevel level) {
    Objects.requireNonNull(level, "level");
    return refine("atLevel(" + level + ")", Entries.lookup(index().byLevel, level));
  }

  /**
   * Returns a query of the roles that specialize a broader role: its specializations.
   *
   * <pre>{@code
   * hi.roles().specializing(RoleId.of("health-information-technician")).list();
   * // medical coder, cancer registrar
   * }</pre>
   *
   * @param broader the broader role, not null
   * @return the refined query, not null
   */
  public RoleQuery specializing(RoleId broader) {
    Objects.requireNonNull(broader, "broader");
    return refine("specializing(" + broader + ")", Entries.lookup(index().bySpecializationOf, broader));
  }

  /**
   * Returns a query of the roles with the given patient contact.
   *
   * <pre>{@code
   * hi.roles().withPatientContact(PatientContact.NOT_GENERALLY_DIRECT).list();
   * }</pre>
   *
   * @param contact the patient contact, not null
   * @return the refined query, not null
   */
  public RoleQuery withPatientContact(PatientContact contact) {
    Objects.requireNonNull(contact, "contact");
    return refine("withPatientContact(" + contact + ")", Entries.lookup(index().byContact, contact));
  }

  /**
   * Returns a query of the roles that belong to an occupation.
   *
   * <pre>{@code
   * hi.roles().inOccupation(OccupationId.of("29-2072")).list();   // technician, medical coder
   * }</pre>
   *
   * @param occupation the occupation, not null
   * @return the refined query, not null
   */
  public RoleQuery inOccupation(OccupationId occupation) {
    Objects.requireNonNull(occupation, "occupation");
    return refine("inOccupation(" + occupation + ")", Entries.lookup(index().byOccupation, occupation));
  }

  /**
   * Returns a query of the roles that belong to an occupation with a code, in any scheme: the
   * occupation's id or one of its {@linkplain org.himkit.Occupation#codes() codes}, compared exactly.
   *
   * <pre>{@code
   * hi.roles().withOccupationCode("29-2072.00").list();   // O*NET-SOC code
   * }</pre>
   *
   * @param code the code value, such as {@code "29-2072"} or {@code "29-2072.00"}, not null
   * @return the refined query, not null
   */
  public RoleQuery withOccupationCode(String code) {
    return refine("withOccupationCode(" + code + ")", Entries.lookup(index().byCode, code.trim()));
  }

  /**
   * Returns a query of the roles whose median annual wage is at least an amount in US dollars.
   *
   * <p>A role's median wage is, among its occupations, the highest
   * {@linkplain org.himkit.Occupation#latestMedianAnnualWage() latest median annual wage}: the
   * median annual figure with the latest reference month, in US dollars. Figures without a
   * reference month (such as the seed page's $48,780) and figures in other currencies do not count.
   * Roles without such a figure are never matched.
   *
   * <pre>{@code
   * hi.roles().withMedianWageAtLeast(new BigDecimal("50000")).list();
   * }</pre>
   *
   * @param usd the smallest median annual wage, in US dollars, not null
   * @return the refined query, not null
   */
  public RoleQuery withMedianWageAtLeast(BigDecimal usd) {
    return refine("withMedianWageAtLeast(" + usd.toPlainString() + ")", index().medianWage.atLeast(usd));
  }

  /**
   * Returns this query with its results ordered by title, ignoring case.
   *
   * <pre>{@code
   * hi.roles().sortedByTitle().list();
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public RoleQuery sortedByTitle() {
    return sorted("sortedByTitle", index().title.byValue(false));
  }

  /**
   * Returns this query with its results ordered by median annual wage, highest first, roles
   * without a figure last. The figure is the one {@link #withMedianWageAtLeast(BigDecimal)} uses.
   *
   * <pre>{@code
   * Optional<Role> bestPaid = hi.roles().sortedByMedianWage().first();
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public RoleQuery sortedByMedianWage() {
    return sorted("sortedByMedianWage", index().medianWage.byValue(true));
  }

  /**
   * Returns a query of the credentials the matching roles list, in catalog order.
   *
   * <pre>{@code
   * hi.roles().inSetting(WorkSettingId.HOSPITAL).credentials().list();
   * }</pre>
   *
   * @return a credential query, not null
   */
  public CredentialQuery credentials() {
    BitSet bits = CatalogIndexes.related(index().entries.items(), positions(), Role::credentials,
        indexes.credentials.entries);
    return indexes.credentialQuery().refine("listedBy(" + this + ")", bits);
  }

  /**
   * Returns a query of the occupations the matching roles belong to, in catalog order.
   *
   * <pre>{@code
   * hi.roles().atLevel(RoleLevel.SPECIALIST).occupations().list();
   * }</pre>
   *
   * @return an occupation query, not null
   */
  public OccupationQuery occupations() {
    BitSet bits = CatalogIndexes.related(index().entries.items(), positions(), Role::occupations,
        indexes.occupations.entries);
    return indexes.occupationQuery().refine("of(" + this + ")", bits);
  }

  /**
   * Returns a query of the work settings the matching roles work in, in catalog order.
   *
   * <pre>{@code
   * hi.roles().withCredential(CredentialId.of("ODS")).workSettings().list();   // hospitals
   * }</pre>
   *
   * @return a work-setting query, not null
   */
  public WorkSettingQuery workSettings() {
    BitSet bits = CatalogIndexes.related(index().entries.items(), positions(), Role::workSettings,
        indexes.workSettings);
    return indexes.workSettingQuery().refine("of(" + this + ")", bits);
  }
}
