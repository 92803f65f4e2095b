package org.himkit.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import org.himkit.Credential;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.RoleId;
import org.himkit.policy.Ceus;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query of a catalog's credentials, from {@link HimCatalog#credentials()}.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * List<Credential> creds = hi.credentials().issuedBy(OrganizationId.of("AHIMA"))
 *     .withCycleCeusAtMost(Ceus.of(20), LocalDate.of(2026, 1, 1)).list();   // RHIT, CCA, CCS, CCS-P
 * }</pre>
 *
 * <p>Renewal filters take an explicit date: they read the version of the credential's renewal policy
 * in force for a cycle beginning that day ({@link HimCatalog#findRenewalPolicy}), and a credential
 * matches only if that version lists CEUs for it. Results come in catalog order unless sorted; see
 * {@link CatalogQuery}. Every filter is answered from an index built with the catalog, except
 * {@link #where(java.util.function.Predicate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CredentialQuery extends CatalogQuery<Credential, CredentialQuery> {

  CredentialQuery(CatalogIndexes indexes, Filter<Credential> filter, @Nullable Comparator<Integer> order,
      String orderName) {
    super(indexes, indexes.credentials.entries, filter, order, orderName);
  }

  @Override
  CredentialQuery with(Filter<Credential> filter, @Nullable Comparator<Integer> order, String orderName) {
    return new CredentialQuery(indexes, filter, order, orderName);
  }

  @Override
  String kindName() {
    return "credentials";
  }

  private CredentialIndex index() {
    return indexes.credentials;
  }

  /**
   * Returns a query of the credentials an organization issues.
   *
   * <pre>{@code
   * hi.credentials().issuedBy(OrganizationId.of("AHIMA")).list();   // RHIA, RHIT, CCA, ...
   * }</pre>
   *
   * @param issuer the issuer, not null
   * @return the refined query, not null
   */
  public CredentialQuery issuedBy(OrganizationId issuer) {
    Objects.requireNonNull(issuer, "issuer");
    return refine("issuedBy(" + issuer + ")", Entries.lookup(index().byIssuer, issuer));
  }

  /**
   * Returns a query of the credentials of a kind.
   *
   * <pre>{@code
   * hi.credentials().ofKind(CredentialKind.APPRENTICE_DESIGNATION).list();   // CPC-A, COC-A
   * }</pre>
   *
   * @param kind the kind, not null
   * @return the refined query, not null
   */
  public CredentialQuery ofKind(CredentialKind kind) {
    Objects.requireNonNull(kind, "kind");
    return refine("ofKind(" + kind + ")", Entries.lookup(index().byKind, kind));
  }

  /**
   * Returns a query of the credentials with a status: active, or retired by the issuer.
   *
   * <pre>{@code
   * hi.credentials().withStatus(CredentialStatus.RETIRED).list();   // PCS, CHP, CHS
   * }</pre>
   *
   * @param status the status, not null
   * @return the refined query, not null
   */
  public CredentialQuery withStatus(CredentialStatus status) {
    Objects.requireNonNull(status, "status");
    return refine("withStatus(" + status + ")", Entries.lookup(index().byStatus, status));
  }

  /**
   * Returns a query of the credentials that require at most an amount of CEUs per cycle, held alone,
   * under the policy versions in force for a cycle beginning on a date.
   *
   * <pre>{@code
   * hi.credentials().withCycleCeusAtMost(Ceus.of(20), LocalDate.of(2026, 1, 1)).list();
   * }</pre>
   *
   * @param max the largest requirement, not null
   * @param asOf the first day of the cycle, not null
   * @return the refined query, not null
   */
  public CredentialQuery withCycleCeusAtMost(Ceus max, LocalDate asOf) {
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(asOf, "asOf");
    return refine("withCycleCeusAtMost(" + max + ", " + asOf + ")", index().ceus(asOf).atMost(max));
  }

  /**
   * Returns a query of the credentials that require at least an amount of CEUs per cycle, held alone,
   * under the policy versions in force for a cycle beginning on a date.
   *
   * <pre>{@code
   * hi.credentials().withCycleCeusAtLeast(Ceus.of(30), LocalDate.of(2026, 1, 1)).list();   // RHIA, ...
   * }</pre>
   *
   * @param min the smallest requirement, not null
   * @param asOf the first day of the cycle, not null
   * @return the refined query, not null
   */
  public CredentialQuery withCycleCeusAtLeast(Ceus min, LocalDate asOf) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(asOf, "asOf");
    return refine("withCycleCeusAtLeast(" + min + ", " + asOf + ")", index().ceus(asOf).atLeast(min));
  }

  /**
   * Returns a query of the credentials renewed in cycles of a length under the policy versions in
   * force for a cycle beginning on a date. Lengths are compared {@linkplain Period#normalized()
   * normalized}, so 24 months equals two years.
   *
   * <pre>{@code
   * hi.credentials().withCycleLength(Period.ofYears(2), LocalDate.of(2026, 1, 1)).count();
   * }</pre>
   *
   * @param length the cycle length, not null
   * @param asOf the first day of the cycle, not null
   * @return the refined query, not null
   */
  public CredentialQuery withCycleLength(Period length, LocalDate asOf) {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(asOf, "asOf");
    return refine("withCycleLength(" + length + ", " + asOf + ")",
        index().cycleLength(asOf, length.normalized()));
  }

  /**
   * Returns a query of the credentials whose exam a person may sit for with education alone, with a
   * degree at or below a level.
   *
   * <p>The question is asked of the credential's {@linkplain Credential#eligibility() eligibility
   * tree}: it matches if some route through it is made only of completed-program, final-term,
   * degree-or-college-credits and high-school leaves, each at or below {@code level}. The field and accreditor those leaves name are
   * taken as met: the filter asks whether the level can be enough, not whether a given program is.
   * Routes that also need a credential, experience, a training, coursework or a foreign reciprocity
   * program do not match, and credentials without eligibility data are never matched.
   *
   * <p>This answers "which exams can education up to this level open?", not "is a person with a degree
   * of this level eligible?": a route that names an associate HIM program matches
   * {@code eligibleWith(BACCALAUREATE)}, because a learner can take that route without going beyond a
   * baccalaureate. {@link org.himkit.pathway.Eligibility#check Eligibility.check} answers for a given
   * learner, and counts a named program only at its own level (a baccalaureate is not an associate HIM
   * program), while a high-school diploma or a generic degree is met by any higher education.
   *
   * <pre>{@code
   * hi.credentials().eligibleWith(DegreeLevel.ASSOCIATE).list();
   * }</pre>
   *
   * @param level the highest degree level, not null
   * @return the refined query, not null
   */
  public CredentialQuery eligibleWith(DegreeLevel level) {
    Objects.requireNonNull(level, "level");
    return refine("eligibleWith(" + level + ")", index().educationLevel.atMost(level));
  }

  /**
   * Returns a query of the credentials a role lists among its {@linkplain org.himkit.Role#credentials()
   * credentials}: the credentials that lead to it.
   *
   * <pre>{@code
   * hi.credentials().leadingTo(RoleId.of("medical-coder")).list();   // CCA, CCS, CCS-P, CPC, COC
   * }</pre>
   *
   * @param role the role, not null
   * @return the refined query, not null
   */
  public CredentialQuery leadingTo(RoleId role) {
    Objects.requireNonNull(role, "role");
    return refine("leadingTo(" + role + ")", Entries.lookup(index().byRole, role));
  }

  /**
   * Returns this query with its results ordered by id.
   *
   * <pre>{@code
   * hi.credentials().sortedById().list();   // CCA, CCS, CCS-P, CDIP, ...
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public CredentialQuery sortedById() {
    return sorted("sortedById", index().id.byValue(false));
  }

  /**
   * Returns this query with its results ordered by full name, ignoring case.
   *
   * <pre>{@code
   * hi.credentials().sortedByFullName().list();
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public CredentialQuery sortedByFullName() {
    return sorted("sortedByFullName", index().fullName.byValue(false));
  }

  /**
   * Returns this query with its results ordered by the CEUs required per cycle under the policy
   * versions in force for a cycle beginning on a date, fewest first; credentials without a
   * requirement on that date come last.
   *
   * <pre>{@code
   * hi.credentials().issuedBy(OrganizationId.of("AHIMA")).sortedByCycleCeus(LocalDate.of(2026, 1, 1)).list();
   * }</pre>
   *
   * @param asOf the first day of the cycle, not null
   * @return the sorted query, not null
   */
  public CredentialQuery sortedByCycleCeus(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return sorted("sortedByCycleCeus(" + asOf + ")", index().ceus(asOf).byValue(false));
  }

  /**
   * Returns a query of the roles that list any of the matching credentials, in catalog order.
   *
   * <pre>{@code
   * hi.credentials().issuedBy(OrganizationId.of("AAPC")).roles().list();   // medical coder
   * }</pre>
   *
   * @return a role query, not null
   */
  public RoleQuery roles() {
    BitSet bits = CatalogIndexes.union(index().entries.items(), positions(), Credential::id,
        indexes.roles.byCredential);
    return indexes.roleQuery().refine("listing(" + this + ")", bits);
  }

  /**
   * Returns a query of the program types that prepare for any of the matching credentials, in
   * catalog order.
   *
   * <pre>{@code
   * hi.credentials().where(c -> c.id().value().equals("RHIA")).programTypes().list();
   * }</pre>
   *
   * @return a program-type query, not null
   */
  public ProgramTypeQuery programTypes() {
    BitSet bits = CatalogIndexes.union(index().entries.items(), positions(), Credential::id,
        indexes.programTypes.byPreparesFor);
    return indexes.programTypeQuery().refine("preparingFor(" + this + ")", bits);
  }
}
