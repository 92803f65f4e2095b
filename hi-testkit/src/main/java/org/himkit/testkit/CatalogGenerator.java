package org.himkit.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.OrganizationId;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.WorkSettingId;
import org.himkit.catalog.CatalogVersion;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.KnownOmission;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;

/**
 * A generator of whole custom catalogs that pass {@link HimCatalog.Builder#build()}'s checks.
 *
 * <p>A catalog holds organizations, credentials, effective-dated renewal policies, occupations, work
 * settings, roles, program types, program offerings, known omissions and, half of the time, the
 * profession and a data version, in the numbers of a {@link CatalogSize}. Every reference resolves:
 * issuers, renewal policies (each credential that names a policy is listed by one of its versions, and
 * every version names only credentials of its own issuer), superseded credentials, requirement leaves,
 * accreditors, program types, roles' credentials, settings, occupations and broader roles, the
 * credentials an organization's fees name (its own), a program outcome's exam, the occupation whose
 * wage is the profession's stated median salary, and the known omissions (of kind library choice) a
 * policy links its choices to. No two
 * credentials share a name after normalization, the versions of a policy never overlap, and neither
 * supersession nor specialization forms a cycle. Entries of every kind come from the kit's other
 * generators, so every enum constant and every kind of requirement node comes up; one entry in eight
 * is the simplest of its kind (no optional part). Policy versions require 0 to 60 CEUs per credential.
 *
 * <pre>{@code
 * Generator<HimCatalog> catalogs = HimGenerators.catalogs().withSize(CatalogSize.SMALL)
 *     .withDates(HimGenerators.dates().between(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31)))
 *     .withCredentials(HimGenerators.credentials().issuedBy(OrganizationId.of("AHIMA")));
 * }</pre>
 *
 * <p>A catalog shrinks toward the smallest numbers of its size and toward entries without optional
 * parts. This class is immutable and thread-safe.
 */
public final class CatalogGenerator implements Generator<HimCatalog> {
  private static final List<WorkSettingId> WELL_KNOWN_SETTINGS = List.of(WorkSettingId.HOSPITAL,
      WorkSettingId.PHYSICIAN_OFFICE, WorkSettingId.LONG_TERM_CARE, WorkSettingId.INSURANCE_COMPANY,
      WorkSettingId.CORRECTIONAL_FACILITY, WorkSettingId.MENTAL_HEALTH_FACILITY, WorkSettingId.IT_COMPANY,
      WorkSettingId.LAW_OFFICE, WorkSettingId.CONSULTING);
  private static final CeusGenerator REQUIRED_CEUS = CeusGenerator.defaults().between(Ceus.ZERO, Ceus.of(60));

  private final CatalogSize size;
  private final DateGenerator dates;
  private final CredentialGenerator credentials;
  private final int minOfferings;
  private final int maxOfferings;

  private CatalogGenerator(CatalogSize size, DateGenerator dates, CredentialGenerator credentials, int minOfferings,
      int maxOfferings) {
    this.size = size;
    this.dates = dates;
    this.credentials = credentials;
    this.minOfferings = minOfferings;
    this.maxOfferings = maxOfferings;
  }

  /** Returns the generator of medium catalogs over the default dates and credentials. */
  static CatalogGenerator defaults() {
    CatalogSize size = CatalogSize.MEDIUM;
    return new CatalogGenerator(size, DateGenerator.defaults(), CredentialGenerator.defaults(), size.minOfferings(),
        size.maxOfferings());
  }

  /**
   * Returns a copy of this generator for catalogs of a size; the numbers of offerings become those of
   * the size.
   *
   * @param catalogSize  the size, not null
   * @return the generator, not null
   */
  public CatalogGenerator withSize(CatalogSize catalogSize) {
    return new CatalogGenerator(Objects.requireNonNull(catalogSize, "catalogSize"), dates, credentials,
        catalogSize.minOfferings(), catalogSize.maxOfferings());
  }

  /**
   * Returns a copy of this generator whose program offerings number from {@code min} to {@code max},
   * whatever the size; a catalog without program types still has none.
   *
   * @param min  the smallest number, not negative
   * @param max  the largest number, from {@code min} to 100,000
   * @return the generator, not null
   * @throws IllegalArgumentException if the numbers are out of range
   */
  public CatalogGenerator withOfferings(int min, int max) {
    if (min < 0 || max < min || max > 100_000) {
      throw new IllegalArgumentException("offerings must satisfy 0 <= min <= max <= 100000: " + min + ", " + max);
    }
    return new CatalogGenerator(size, dates, credentials, min, max);
  }

  /**
   * Returns a copy of this generator whose policy effective dates, accreditation dates and the last
   * days of mandatory activities come from a date generator.
   *
   * @param catalogDates  the dates, such as {@code HimGenerators.dates().between(from, to)}, not null
   * @return the generator, not null
   */
  public CatalogGenerator withDates(DateGenerator catalogDates) {
    return new CatalogGenerator(size, Objects.requireNonNull(catalogDates, "catalogDates"), credentials, minOfferings,
        maxOfferings);
  }

  /**
   * Returns a copy of this generator whose credentials follow a credential generator's mix: its
   * issuers (which the catalog then always holds, and which issue every credential), kinds, statuses
   * and domains. The catalog still chooses the credentials' ids, names and references.
   *
   * @param mix  the credential generator, such as {@code HimGenerators.credentials().ofKinds(CERTIFICATION)}, not null
   * @return the generator, not null
   */
  public CatalogGenerator withCredentials(CredentialGenerator mix) {
    return new CatalogGenerator(size, dates, Objects.requireNonNull(mix, "mix"), minOfferings, maxOfferings);
  }

  /**
   * Returns the size of the catalogs.
   *
   * @return the size, not null
   */
  public CatalogSize size() {
    return size;
  }

  @Override
  public HimCatalog next(RandomGenerator r) {
    // the numbers first, in fixed positions, so that shrinking one leaves the others in place; then
    // each entry from its own details (two draws), so that the numbers are a large share of all draws
    int nOrganizations = Draws.between(r, size.minOrganizations(), size.maxOrganizations());
    int nCredentials = Draws.between(r, size.minCredentials(), size.maxCredentials());
    int nPolicies = Draws.between(r, size.minPolicies(), size.maxPolicies());
    int nOccupations = Draws.between(r, size.minOccupations(), size.maxOccupations());
    int nSettings = Draws.between(r, size.minSettings(), size.maxSettings());
    int nRoles = Draws.between(r, size.minRoles(), size.maxRoles());
    int nTypes = Draws.between(r, size.minProgramTypes(), size.maxProgramTypes());
    int nOfferings = Draws.between(r, minOfferings, maxOfferings);
    int nOmissions = Draws.between(r, 0, size.maxOmissions());

    HimCatalog.Builder b = HimCatalog.builder();
    RandomGenerator d = detail(r);
    if (d.nextBoolean()) {
      b.version(CatalogVersion.of(Draws.between(d, 2000, 9999), Draws.between(d, 1, 999)));
    }
    List<OrganizationId> orgs = organizations(d, nOrganizations);
    List<CredentialId> credentialIds = ids(d, orgs.isEmpty() ? 0 : nCredentials, "C", CredentialId::of);
    List<OccupationId> occupationIds = ids(d, nOccupations, "29-1", OccupationId::of);
    List<WorkSettingId> settingIds = settings(d, nSettings);
    List<RoleId> roleIds = ids(d, nRoles, "role-", RoleId::of);
    List<ProgramTypeId> typeIds = ids(d, nTypes, "type-", ProgramTypeId::of);
    List<KnownOmissionId> omissionIds = ids(d, nOmissions, "omission-", KnownOmissionId::of);
    Vocabulary.Refs refs = new Vocabulary.Refs(Pool.of(credentialIds), Pool.of(orgs), Pool.of(settingIds),
        Pool.of(occupationIds), Pool.of(roleIds), Pool.of(typeIds), dates,
        RequirementGenerator.defaults().referencing(credentialIds, orgs));

    List<RandomGenerator> orgDetails = new ArrayList<>(orgs.size());
    orgs.forEach(id -> orgDetails.add(detail(r)));
    // the known omissions first: a policy links its library choices to those of kind LIBRARY_CHOICE
    List<KnownOmission> omissions = new ArrayList<>(omissionIds.size());
    omissionIds.forEach(id -> omissions.add(Vocabulary.knownOmission(detail(r), id, refs)));
    List<KnownOmissionId> choices = omissions.stream().filter(KnownOmission::isLibraryChoice).map(KnownOmission::id)
        .toList();
    List<Credential.Builder> credentialBuilders = new ArrayList<>();
    List<OrganizationId> issuers = new ArrayList<>();
    for (int i = 0; i < credentialIds.size(); i++) {
      RandomGenerator c = detail(r);
      OrganizationId issuer = credentials.issuer(c, orgs);
      Credential.Builder credential = credentials.draw(c, credentialIds.get(i), i, issuer, refs);
      // only earlier credentials, so that supersession has no cycle
      credential.addAllSupersedes(Draws.some(c, credentialIds.subList(0, i), 2));
      credentialBuilders.add(credential);
      issuers.add(issuer);
    }
    for (int i = 0; i < orgs.size(); i++) {
      OrganizationId org = orgs.get(i);
      List<CredentialId> own = new ArrayList<>();
      for (int j = 0; j < credentialIds.size(); j++) {
        if (issuers.get(j).equals(org)) {
          own.add(credentialIds.get(j));
        }
      }
      b.addOrganization(Vocabulary.organization(orgDetails.get(i), org, Pool.of(own), dates));
    }
    policies(r, b, credentialIds.isEmpty() ? 0 : nPolicies, credentialIds, issuers, credentialBuilders,
        Pool.of(choices));
    credentialBuilders.forEach(c -> b.addCredential(c.build()));
    List<Occupation> occupations = new ArrayList<>(occupationIds.size());
    occupationIds.forEach(id -> occupations.add(Vocabulary.occupation(detail(r), id)));
    occupations.forEach(b::addOccupation);
    settingIds.forEach(id -> b.addWorkSetting(Vocabulary.workSetting(detail(r), id)));
    for (int i = 0; i < roleIds.size(); i++) {
      RandomGenerator c = detail(r);
      Role.Builder role = Vocabulary.role(c, roleIds.get(i), refs);
      if (i > 0 && c.nextBoolean()) {
        // only an earlier role, so that specialization has no cycle
        role.specializationOf(roleIds.get(c.nextInt(i)));
      }
      b.addRole(role.build());
    }
    typeIds.forEach(id -> b.addProgramType(Vocabulary.programType(detail(r), id, refs)));
    for (int i = 0; i < (typeIds.isEmpty() ? 0 : nOfferings); i++) {
      RandomGenerator c = detail(r);
      b.addProgramOffering(Vocabulary.programOffering(c, ProgramOfferingId.of(Ids.padded(c, "offering-" + i)),
          Draws.pick(c, typeIds), refs));
    }
    omissions.forEach(b::addKnownOmission);
    RandomGenerator p = detail(r);
    if (!orgs.isEmpty() && p.nextBoolean()) {
      b.profession(Vocabulary.profession(p, Draws.pick(p, orgs), occupations));
    }
    return b.build();
  }

  /** The details of one entry: the simplest entry one time in eight. */
  private static RandomGenerator detail(RandomGenerator r) {
    return Draws.detail(r, 8);
  }

  private List<OrganizationId> organizations(RandomGenerator r, int wanted) {
    List<OrganizationId> orgs = new ArrayList<>(credentials.issuers());
    int n = Math.max(orgs.size(), wanted);
    for (int i = orgs.size(); i < n; i++) {
      OrganizationId id = OrganizationId.of(Ids.padded(r, "ORG" + i));
      orgs.add(orgs.contains(id) ? OrganizationId.of("ORG" + i + "-generated") : id);
    }
    return orgs;
  }

  private static <T> List<T> ids(RandomGenerator r, int n, String prefix, java.util.function.Function<String, T> of) {
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(of.apply(Ids.padded(r, prefix + i)));
    }
    return out;
  }

  private static List<WorkSettingId> settings(RandomGenerator r, int n) {
    List<WorkSettingId> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i < WELL_KNOWN_SETTINGS.size() && r.nextBoolean() ? WELL_KNOWN_SETTINGS.get(i)
          : WorkSettingId.of(Ids.padded(r, "setting-" + i)));
    }
    return out;
  }

  /**
   * Adds the policies: each issued by the issuer of some credential, named by some of that issuer's
   * credentials, whose last version lists every credential that names it.
   */
  private void policies(RandomGenerator r, HimCatalog.Builder b, int n, List<CredentialId> credentialIds,
      List<OrganizationId> issuers, List<Credential.Builder> credentialBuilders, Pool<KnownOmissionId> omissions) {
    Map<RenewalPolicyId, OrganizationId> policies = new LinkedHashMap<>();
    RandomGenerator d = detail(r);
    for (int i = 0; i < n; i++) {
      policies.put(RenewalPolicyId.of(Ids.padded(d, "P" + i)), Draws.pick(d, issuers));
    }
    Map<RenewalPolicyId, List<CredentialId>> kept = new LinkedHashMap<>();
    for (int i = 0; i < credentialIds.size(); i++) {
      OrganizationId issuer = issuers.get(i);
      List<RenewalPolicyId> ofIssuer = policies.entrySet().stream().filter(e -> e.getValue().equals(issuer))
          .map(Map.Entry::getKey).toList();
      if (!ofIssuer.isEmpty() && !Draws.oneIn(d, 5)) {
        RenewalPolicyId policy = Draws.pick(d, ofIssuer);
        credentialBuilders.get(i).renewalPolicy(policy);
        kept.computeIfAbsent(policy, k -> new ArrayList<>()).add(credentialIds.get(i));
      }
    }
    policies.forEach((id, issuer) -> {
      List<CredentialId> ofIssuer = new ArrayList<>();
      for (int i = 0; i < credentialIds.size(); i++) {
        if (issuers.get(i).equals(issuer)) {
          ofIssuer.add(credentialIds.get(i));
        }
      }
      List<CredentialId> mustList = kept.getOrDefault(id, List.of());
      RandomGenerator v = detail(r);
      for (RenewalPolicy p : Policies.versions(v, id, issuer, size.maxVersions(), REQUIRED_CEUS, dates, omissions,
          (i, versions) -> {
        List<CredentialId> covered = new ArrayList<>(Draws.some(v, ofIssuer, 1, 12));
        if (i == versions - 1) {
          mustList.stream().filter(c -> !covered.contains(c)).forEach(covered::add);
        }
        return covered;
      })) {
        b.addRenewalPolicy(p);
      }
    });
  }

  @Override
  public String toString() {
    return size + " catalogs, " + dates + ", offerings " + minOfferings + " to " + maxOfferings + ", " + credentials;
  }
}
