package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.FormerName;
import org.himkit.HimException;
import org.himkit.KnownOmissionId;
import org.himkit.Misnomer;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.RenewalPolicyId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.TypedId;
import org.himkit.UnknownEntryException;
import org.himkit.internal.Cell;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.internal.Text;
import org.himkit.policy.RenewalPolicy;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, consistent set of HIM definitions: organizations, credentials, program types and
 * offerings, roles, work settings, occupations and renewal policies, with the profession's
 * description, the data version and the facts deliberately left out.
 *
 * <p>{@link #builtIn()} returns the built-in catalog, in which every entry carries at least one
 * {@link org.himkit.Citation}. {@link #builder()} builds a custom catalog, such as a portal's list of
 * program offerings on top of the built-in definitions; the builder checks the whole catalog and
 * reports every problem at once.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * Credential rhia = hi.getCredential(CredentialId.of("RHIA"));
 * Optional<CredentialMatch> m = hi.resolveCredential("RRA");   // RHIA, former name
 * List<Role> roles = hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE)
 *     .inSetting(WorkSettingId.HOSPITAL).list();
 * }</pre>
 *
 * <p>{@link #roles()}, {@link #credentials()}, {@link #programTypes()}, {@link #programOfferings()},
 * {@link #occupations()} and {@link #workSettings()} return immutable, fluent queries answered from
 * indexes built once, on the first query; see {@link CatalogQuery}.
 *
 * <p>Entries of each kind are kept in the order they were added; for the built-in catalog that order
 * is documented by each accessor. This class is immutable and thread-safe.
 */
public final class HimCatalog {
  private final Optional<CatalogVersion> version;
  /*
   * The parts that the built-in catalog's first call builds are kept in the JDK's collections, not Guava's: the
   * JDK's are in its class-data archive, while Guava's immutable maps and lists were some 30 classes loaded from the
   * jar on that call (start-up). Unmodifiable views of private copies; each map's values also as a list.
   */
  private final Map<OrganizationId, Organization> organizations;
  private final List<Organization> organizationList;
  private final Map<CredentialId, Credential> credentials;
  private final List<Credential> credentialList;
  private final Map<ProgramOfferingId, ProgramOffering> programOfferings;
  private final List<ProgramOffering> programOfferingList;
  /**
   * Every policy version, grouped by policy in the order added, each policy's versions oldest first; and the
   * versions by policy ({@link #policyVersions}). Plain lists and a map, not a Guava multimap: the multimap's
   * classes (about 17, a sixth of Guava's on the first call of {@link #builtIn()}) were loaded for this alone.
   */
  private final List<RenewalPolicy> renewalPolicies;
  private final Map<RenewalPolicyId, List<RenewalPolicy>> policyVersions;
  /**
   * Credentials by the key of each name they go by ({@link #resolveCredential(String)}): built with the catalog by
   * {@link Builder#build()}, which checks the names, and on first use for the built-in catalog, whose names the build's
   * tests check and whose first questions (a lookup by id, a renewal) do not need them.
   */
  private final Cell<Map<String, CredentialMatch>> credentialNames;
  /**
   * The profession, program types, roles, work settings, occupations and known omissions: built with the catalog by
   * {@link Builder#build()}, and on first use for the built-in catalog, whose first questions (a credential,
   * a renewal) do not need them.
   */
  private final Cell<Rest> rest;
  /** The provider of the built-in catalog's deferred parts; null for a catalog built whole. */
  private final @Nullable BuiltInCatalogProvider deferring;
  /**
   * The query indexes, built on the first query: a program that only looks entries up or assesses renewals
   * (the first answer after start-up) never pays for them.
   */
  private final Cell<CatalogIndexes> indexes = Cell.empty();

  /**
   * At most this many policy versions are put in order by insertion, in place: no comparator's class to load, nor
   * the JDK's merge sort (start-up; the built-in catalog has 8).
   */
  static final int FEW_POLICY_VERSIONS = 32;

  private HimCatalog(Builder b, @Nullable Map<String, CredentialMatch> credentialNames, @Nullable Rest rest,
      @Nullable BuiltInCatalogProvider deferring) {
    this.version = Optional.ofNullable(b.version);
    this.organizations = frozen(b.organizations);
    this.organizationList = valueList(b.organizations);
    this.credentials = frozen(b.credentials);
    this.credentialList = valueList(b.credentials);
    this.programOfferings = frozen(b.programOfferings);
    this.programOfferingList = valueList(b.programOfferings);
    List<RenewalPolicy> byDate = new ArrayList<>(b.renewalPolicies);
    sortByEffectiveFrom(byDate); // stable: versions with the same start keep the order added
    Map<RenewalPolicyId, List<RenewalPolicy>> byPolicy = new LinkedHashMap<>();
    for (RenewalPolicy p : byDate) {
      List<RenewalPolicy> versions = byPolicy.get(p.id());
      if (versions == null) {
        versions = new ArrayList<>(2);
        byPolicy.put(p.id(), versions);
      }
      versions.add(p);
    }
    List<RenewalPolicy> all = new ArrayList<>(byDate.size());
    Map<RenewalPolicyId, List<RenewalPolicy>> versionsById = new LinkedHashMap<>();
    for (Map.Entry<RenewalPolicyId, List<RenewalPolicy>> e : byPolicy.entrySet()) {
      List<RenewalPolicy> versions = Collections.unmodifiableList(e.getValue());
      all.addAll(versions);
      versionsById.put(e.getKey(), versions);
    }
    this.renewalPolicies = Collections.unmodifiableList(all);
    this.policyVersions = Collections.unmodifiableMap(versionsById);
    // cells built on first use under their own locks, not lazy holders with a supplier class each (start-up)
    this.credentialNames = credentialNames != null ? Cell.of(credentialNames) : Cell.empty();
    this.rest = rest != null ? Cell.of(rest) : Cell.empty();
    this.deferring = deferring;
  }

  /**
   * Returns the entries of the kinds that {@link #rest} holds, building the built-in catalog's from its provider on
   * first use, once, under the lock (a catalog built whole has them from the start).
   */
  private Rest rest() {
    Rest r = rest.get();
    if (r == null) {
      synchronized (rest) {
        r = rest.get();
        if (r == null) {
          Builder b = new Builder();
          Objects.requireNonNull(deferring, "deferring").addDeferredParts(b);
          r = rest.set(new Rest(b));
        }
      }
    }
    return r;
  }

  /**
   * Puts policy versions in order of the day they take effect, the earliest first (a version without a start first of
   * all), keeping the order added among versions with the same start.
   *
   * @param policies  the versions, reordered in place
   */
  static void sortByEffectiveFrom(List<RenewalPolicy> policies) {
    if (policies.size() > FEW_POLICY_VERSIONS) {
      policies.sort(new ByEffectiveFrom());
      return;
    }
    for (int i = 1; i < policies.size(); i++) {
      RenewalPolicy p = policies.get(i);
      LocalDate from = effectiveFrom(p);
      int j = i;
      while (j > 0 && effectiveFrom(policies.get(j - 1)).isAfter(from)) {
        policies.set(j, policies.get(j - 1));
        j--;
      }
      policies.set(j, p);
    }
  }

  private static LocalDate effectiveFrom(RenewalPolicy p) {
    return p.effectiveFrom().orElse(LocalDate.MIN);
  }

  /** Renewal policy versions by the day they take effect, the earliest first, for many versions. */
  private static final class ByEffectiveFrom implements Comparator<RenewalPolicy> {
    @Override
    public int compare(RenewalPolicy a, RenewalPolicy b) {
      return effectiveFrom(a).compareTo(effectiveFrom(b));
    }
  }

  /** Returns the credentials by the key of each name, building them on first use (the built-in catalog). */
  private Map<String, CredentialMatch> credentialNames() {
    Map<String, CredentialMatch> names = credentialNames.get();
    if (names == null) {
      synchronized (credentialNames) {
        names = credentialNames.get();
        if (names == null) {
          names = credentialNames.set(credentialNames(credentialList, new ArrayList<>()));
        }
      }
    }
    return names;
  }

  /** Returns the query indexes, building them on the first query. */
  private CatalogIndexes indexes() {
    CatalogIndexes built = indexes.get();
    if (built == null) {
      synchronized (indexes) {
        built = indexes.get();
        if (built == null) {
          built = indexes.set(buildIndexes());
        }
      }
    }
    return built;
  }

  /** Returns an unmodifiable copy of a map, in its order. */
  private static <K, V> Map<K, V> frozen(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Returns an unmodifiable copy of a map's values, in its order. */
  private static <K, V> List<V> valueList(Map<K, V> map) {
    List<V> values = new ArrayList<>(map.size());
    for (Map.Entry<K, V> e : map.entrySet()) { // not values(): its view is a class more on the first call (start-up)
      values.add(e.getValue());
    }
    return Collections.unmodifiableList(values);
  }

  /** The entries of the kinds that {@link #rest} holds. This class is immutable and thread-safe. */
  private static final class Rest {
    final Optional<Profession> profession;
    final ImmutableMap<ProgramTypeId, ProgramType> programTypes;
    final ImmutableMap<RoleId, Role> roles;
    final ImmutableMap<WorkSettingId, WorkSetting> workSettings;
    final ImmutableMap<OccupationId, Occupation> occupations;
    final ImmutableMap<KnownOmissionId, KnownOmission> knownOmissions;
    final ImmutableListMultimap<CredentialId, KnownOmission> omissionsByCredential;

    Rest(Builder b) {
      this.profession = Optional.ofNullable(b.profession);
      this.programTypes = ImmutableMap.copyOf(b.programTypes);
      this.roles = ImmutableMap.copyOf(b.roles);
      this.workSettings = ImmutableMap.copyOf(b.workSettings);
      this.occupations = ImmutableMap.copyOf(b.occupations);
      this.knownOmissions = ImmutableMap.copyOf(b.knownOmissions);
      ImmutableListMultimap.Builder<CredentialId, KnownOmission> byCredential = ImmutableListMultimap.builder();
      for (KnownOmission o : knownOmissions.values()) {
        for (CredentialId c : o.credentials()) {
          byCredential.put(c, o);
        }
      }
      this.omissionsByCredential = byCredential.build();
    }
  }

  private CatalogIndexes buildIndexes() {
    Rest r = rest();
    return new CatalogIndexes(r.roles.values().asList(), credentialList, r.programTypes,
        programOfferingList, r.occupations, r.workSettings.values().asList(), renewalPolicies,
        this::findRenewalPolicy);
  }

  /**
   * Returns the built-in catalog of sourced facts.
   *
   * <p>The instance is created on first use and shared; it is immutable and thread-safe. The data
   * is found through the {@link BuiltInCatalogProvider} service that HIM Kit's core module
   * registers.
   *
   * @return the built-in catalog, not null
   * @throws HimException if the built-in data cannot be found: no provider, or more than one, is
   *     registered (for example in a repackaged jar that lost or duplicated the service registration)
   */
  public static HimCatalog builtIn() {
    Object loaded = BuiltInHolder.CATALOG_OR_FAILURE;
    if (loaded instanceof HimCatalog catalog) {
      return catalog;
    }
    HimException failure = (HimException) loaded;
    throw new HimException(failure.errorCode(), String.valueOf(failure.getMessage()), failure);
  }

  /**
   * Returns a new builder of a custom catalog.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every entry of this catalog, to extend it.
   *
   * <p>This instance is immutable and unaffected by the builder.
   *
   * @return a builder with this catalog's entries, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    Rest r = rest();
    version.ifPresent(b::version);
    r.profession.ifPresent(b::profession);
    organizationList.forEach(b::addOrganization);
    credentialList.forEach(b::addCredential);
    r.programTypes.values().forEach(b::addProgramType);
    programOfferingList.forEach(b::addProgramOffering);
    r.roles.values().forEach(b::addRole);
    r.workSettings.values().forEach(b::addWorkSetting);
    r.occupations.values().forEach(b::addOccupation);
    renewalPolicies.forEach(b::addRenewalPolicy);
    r.knownOmissions.values().forEach(b::addKnownOmission);
    return b;
  }

  /**
   * Holds the built-in catalog, or the reason it could not be loaded, from the first call of
   * {@link #builtIn()} on (the lazy holder idiom: the class is initialized on first use).
   */
  private static final class BuiltInHolder {
    /** HIM Kit's own provider of the built-in data. */
    private static final String OWN_PROVIDER = "org.himkit.catalog.builtin.BuiltInCatalog";
    static final Object CATALOG_OR_FAILURE = load();

    private static Object load() {
      try {
        // on the class path, HIM Kit's own registration read by hand when it is the only one (start-up); anything
        // else is ServiceLoader's to find or to report, as documented
        @Nullable BuiltInCatalogProvider own = HimCatalog.class.getModule().isNamed() ? null
            : Registrations.ownProvider(HimCatalog.class.getClassLoader(), OWN_PROVIDER);
        return own != null ? fromProvider(own, true) : ServiceLookup.load();
      } catch (HimException e) {
        return e;
      }
    }

    /**
     * Builds the catalog of a provider: HIM Kit's own data is checked as a whole by the build's tests
     * (BuiltInCatalogChecksTest), not again at every start-up, and its parts that first questions do not need are built
     * on first use.
     */
    private static HimCatalog fromProvider(BuiltInCatalogProvider data, boolean own) {
      Optional<Builder> first = own ? data.firstParts() : Optional.empty();
      return first.isPresent() ? first.get().build(data) : data.catalog();
    }
  }

  /**
   * Finds the built-in catalog's provider through {@link ServiceLoader}: anything but HIM Kit's own registration alone
   * on the class path. A class of its own, so that the plain case verifies and loads none of this (start-up).
   */
  private static final class ServiceLookup {
    private ServiceLookup() {}

    /** Returns the catalog of the one provider found, or the failure to report. */
    static Object load() {
      String service = BuiltInCatalogProvider.class.getName();
      try {
        List<ServiceLoader.Provider<BuiltInCatalogProvider>> providers = new ArrayList<>(1);
        Iterator<ServiceLoader.Provider<BuiltInCatalogProvider>> found =
            ServiceLoader.load(BuiltInCatalogProvider.class, HimCatalog.class.getClassLoader()).stream().iterator();
        while (found.hasNext()) {
          providers.add(found.next());
        }
        if (providers.size() != 1) {
          return new HimException(ErrorCode.MISSING_DATA, "the built-in catalog needs exactly one " + service
              + " service, registered by HIM Kit's core module, but "
              + (providers.isEmpty() ? "none was found" : "found " + providers.stream()
                  .map(p -> p.type().getName()).collect(Collectors.joining(", "))));
        }
        ServiceLoader.Provider<BuiltInCatalogProvider> provider = providers.get(0);
        return BuiltInHolder.fromProvider(provider.get(), provider.type().getName().equals(BuiltInHolder.OWN_PROVIDER));
      } catch (ServiceConfigurationError e) {
        return new HimException(ErrorCode.MISSING_DATA, "the " + service + " service could not be loaded", e);
      }
    }
  }

  /**
   * Returns the version of this catalog's data, such as {@code 2026.1}.
   *
   * <p>The built-in catalog carries the version of its data, set by the build
   * ({@code himkit.catalog.version}; also the {@code HimKit-Catalog-Version} entry of the jar
   * manifest). A custom catalog has a version only if its builder was given one
   * ({@link Builder#version(CatalogVersion)}); {@link #toBuilder()} keeps this catalog's.
   *
   * @return the data version, empty for a custom catalog built without one
   */
  public Optional<CatalogVersion> version() {
    return version;
  }

  /**
   * Returns the description of the profession as a whole.
   *
   * @return the profession, empty for a custom catalog that does not define it
   */
  public Optional<Profession> profession() {
    return rest().profession;
  }

  /**
   * Returns the facts this catalog deliberately leaves out, and the choices the library makes where a
   * source leaves a rule open, each with why.
   *
   * @return the omissions, in the order added, not null
   */
  public List<KnownOmission> knownOmissions() {
    return rest().knownOmissions.values().asList();
  }

  /**
   * Finds a known omission by its id.
   *
   * @param id  the id, not null
   * @return the omission, or empty if this catalog has none with the id
   */
  public Optional<KnownOmission> findKnownOmission(KnownOmissionId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(rest().knownOmissions.get(id));
  }

  /**
   * Returns a known omission by its id.
   *
   * @param id  the id, not null
   * @return the omission, not null
   * @throws UnknownEntryException if this catalog has none with the id, naming near ids
   */
  public KnownOmission getKnownOmission(KnownOmissionId id) {
    return get(rest().knownOmissions, id, "known omission");
  }

  /**
   * Returns the known omissions about one topic that concern a credential, such as why the catalog
   * has no eligibility data for CHDA.
   *
   * @param credential  the credential, not null
   * @param topic  the topic, not null
   * @return the omissions, in the order added, possibly empty
   */
  public List<KnownOmission> knownOmissionsAbout(CredentialId credential, OmissionTopic topic) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(topic, "topic");
    ImmutableList<KnownOmission> all = rest().omissionsByCredential.get(credential);
    for (KnownOmission o : all) {
      if (o.topic() != topic) {
        return all.stream().filter(k -> k.topic() == topic).collect(ImmutableList.toImmutableList());
      }
    }
    return all;
  }

  // ---------------------------------------------------------------------------------------------
  // lookups

  /*
   * The id is declared by a type variable without a bound, which erases to Object: with TypedId as its bound, the
   * verifier loaded every id class of the catalog (role, work setting, offering...) when it linked HimCatalog, on the
   * built-in catalog's first call (start-up).
   */
  private static <K, V> V get(Map<K, V> map, K id, String kind) {
    V value = map.get(id);
    if (value == null) {
      List<String> known = new ArrayList<>(map.size());
      for (K k : map.keySet()) {
        known.add(((TypedId<?>) k).value());
      }
      String wanted = ((TypedId<?>) id).value();
      throw Names.unknownEntry(kind, wanted, Names.suggestions(wanted, known, 3));
    }
    return value;
  }

  /**
   * Finds an organization by id.
   *
   * @param id the id, not null
   * @return the organization, empty if the catalog has none with that id
   */
  public Optional<Organization> findOrganization(OrganizationId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(organizations.get(id));
  }

  /**
   * Returns the organization with the given id.
   *
   * @param id the id, not null
   * @return the organization, not null
   * @throws UnknownEntryException if the catalog has none with that id
   */
  public Organization getOrganization(OrganizationId id) {
    return get(organizations, id, "organization");
  }

  /**
   * Finds a credential by id. Use {@link #resolveCredential(String)} to find one by any of its names.
   *
   * @param id the id, not null
   * @return the credential, empty if the catalog has none with that id
   */
  public Optional<Credential> findCredential(CredentialId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(credentials.get(id));
  }

  /**
   * Returns the credential with the given id.
   *
   * @param id the id, not null
   * @return the credential, not null
   * @throws UnknownEntryException if the catalog has none with that id; the message suggests the
   *     credential the id resolves to as a former name or misnomer (CTR: ODS), then near ids
   */
  public Credential getCredential(CredentialId id) {
    Credential c = credentials.get(id);
    if (c != null) {
      return c;
    }
    List<String> suggestions = new ArrayList<>();
    resolveCredential(id.value()).ifPresent(m -> suggestions.add(m.credential().id().value()));
    for (String s : Names.suggestions(id.value(),
        credentials.keySet().stream().map(TypedId::value).collect(ImmutableList.toImmutableList()), 3)) {
      if (!suggestions.contains(s)) {
        suggestions.add(s);
      }
    }
    throw Names.unknownEntry("credential", id.value(), suggestions);
  }

  /**
   * Finds a program type by id.
   *
   * @param id the id, not null
   * @return the program type, empty if the catalog has none with that id
   */
  public Optional<ProgramType> findProgramType(ProgramTypeId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(rest().programTypes.get(id));
  }

  /**
   * Returns the program type with the given id.
   *
   * @param id the id, not null
   * @return the program type, not null
   * @throws UnknownEntryException if the catalog has none with that id
   */
  public ProgramType getProgramType(ProgramTypeId id) {
    return get(rest().programTypes, id, "program type");
  }

  /**
   * Finds a program offering by id.
   *
   * @param id the id, not null
   * @return the program offering, empty if the catalog has none with that id
   */
  public Optional<ProgramOffering> findProgramOffering(ProgramOfferingId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(programOfferings.get(id));
  }

  /**
   * Returns the program offering with the given id.
   *
   * @param id the id, not null
   * @return the program offering, not null
   * @throws UnknownEntryException if the catalog has none with that id
   */
  public ProgramOffering getProgramOffering(ProgramOfferingId id) {
    return get(programOfferings, id, "program offering");
  }

  /**
   * Finds a role by id.
   *
   * @param id the id, not null
   * @return the role, empty if the catalog has none with that id
   */
  public Optional<Role> findRole(RoleId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(rest().roles.get(id));
  }

  /**
   * Returns the role with the given id.
   *
   * @param id the id, not null
   * @return the role, not null
   * @throws UnknownEntryException if the catalog has none with that id
   */
  public Role getRole(RoleId id) {
    return get(rest().roles, id, "role");
  }

  /**
   * Finds a work setting by id.
   *
   * @param id the id, not null
   * @return the work setting, empty if the catalog has none with that id
   */
  public Optional<WorkSetting> findWorkSetting(WorkSettingId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(rest().workSettings.get(id));
  }

  /**
   * Returns the work setting with the given id.
   *
   * @param id the id, not null
   * @return the work setting, not null
   * @throws UnknownEntryException if the catalog has none with that id
   */
  public WorkSetting getWorkSetting(WorkSettingId id) {
    return get(rest().workSettings, id, "work setting");
  }

  /**
   * Finds an occupation by id.
   *
   * @param id the id, not null
   * @return the occupation, empty if the catalog has none with that id
   */
  public Optional<Occupation> findOccupation(OccupationId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(rest().occupations.get(id));
  }

  /**
   * Returns the occupation with the given id.
   *
   * @param id the id, not null
   * @return the occupation, not null
   * @throws UnknownEntryException if the catalog has none with that id
   */
  public Occupation getOccupation(OccupationId id) {
    return get(rest().occupations, id, "occupation");
  }

  /**
   * Returns every version of a renewal policy, oldest first.
   *
   * @param id the policy id, not null
   * @return the versions, oldest first, empty if the catalog has no such policy
   */
  public List<RenewalPolicy> renewalPolicyVersions(RenewalPolicyId id) {
    Objects.requireNonNull(id, "id");
    List<RenewalPolicy> versions = policyVersions.get(id);
    return versions == null ? Collections.emptyList() : versions;
  }

  /**
   * Finds the version of a renewal policy that governs a cycle beginning on the given date.
   *
   * @param id the policy id, not null
   * @param cycleStart the first day of the cycle, not null
   * @return the version in force on that day, empty if none is
   */
  public Optional<RenewalPolicy> findRenewalPolicy(RenewalPolicyId id, LocalDate cycleStart) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cycleStart, "cycleStart");
    List<RenewalPolicy> versions = policyVersions.get(id);
    if (versions != null) {
      for (RenewalPolicy p : versions) { // a loop, not a stream and a lambda: start-up
        if (p.isEffectiveOn(cycleStart)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Resolves a name to a credential: its id, full name, an alias, a former name or its abbreviation,
   * or a known misnomer.
   *
   * <p>Matching ignores case, spaces and punctuation, so {@code "ccs-p"}, {@code "CCS P"} and
   * {@code "CCSP"} all find CCS-P. The result says which kind of name matched and, for a former
   * name or a misnomer, carries a note: {@code resolveCredential("RHIM")} finds RHIA with a note
   * that no credential called RHIM exists.
   *
   * @param name the name, not null
   * @return the match, empty if no credential goes by that name
   */
  public Optional<CredentialMatch> resolveCredential(String name) {
    return Optional.ofNullable(credentialNames().get(Text.key(name)));
  }

  // ---------------------------------------------------------------------------------------------
  // listings

  /**
   * Returns every organization, in the order added.
   *
   * @return the organizations, not null
   */
  public List<Organization> organizations() {
    return organizationList;
  }

  /**
   * Returns a query of every credential, in the order added.
   *
   * <pre>{@code
   * hi.credentials().issuedBy(OrganizationId.of("AHIMA")).withStatus(CredentialStatus.ACTIVE).list();
   * }</pre>
   *
   * @return a query of the credentials, not null
   */
  public CredentialQuery credentials() {
    return indexes().credentialQuery();
  }

  /**
   * Returns a query of every program type, in the order added.
   *
   * <pre>{@code
   * hi.programTypes().atLevel(DegreeLevel.ASSOCIATE).list();
   * }</pre>
   *
   * @return a query of the program types, not null
   */
  public ProgramTypeQuery programTypes() {
    return indexes().programTypeQuery();
  }

  /**
   * Returns a query of every program offering, in the order added. The built-in catalog has none.
   *
   * <pre>{@code
   * catalog.programOfferings().inRegion("US", "IL").withEveningPrograms().list();
   * }</pre>
   *
   * @return a query of the program offerings, not null
   */
  public ProgramOfferingQuery programOfferings() {
    return indexes().offeringQuery();
  }

  /**
   * Returns a query of every role, in the order added.
   *
   * <pre>{@code
   * hi.roles().inSetting(WorkSettingId.HOSPITAL).requiringAtMost(DegreeLevel.ASSOCIATE).list();
   * }</pre>
   *
   * @return a query of the roles, not null
   */
  public RoleQuery roles() {
    return indexes().roleQuery();
  }

  /**
   * Returns a query of every work setting, in the order added.
   *
   * <pre>{@code
   * hi.workSettings().list();   // the seed page's nine, in the page's order
   * }</pre>
   *
   * @return a query of the work settings, not null
   */
  public WorkSettingQuery workSettings() {
    return indexes().workSettingQuery();
  }

  /**
   * Returns a query of every occupation, in the order added.
   *
   * <pre>{@code
   * hi.occupations().sortedByMedianWage().list();
   * }</pre>
   *
   * @return a query of the occupations, not null
   */
  public OccupationQuery occupations() {
    return indexes().occupationQuery();
  }

  /**
   * Returns every version of every renewal policy, grouped by policy in the order added, each
   * policy's versions oldest first.
   *
   * @return the policy versions, not null
   */
  public List<RenewalPolicy> renewalPolicies() {
    return renewalPolicies;
  }

  /**
   * Checks whether this catalog equals another: the same data version (or none), the same
   * profession, and equal entries of every kind in the same order, with the same known omissions.
   * Two catalogs built from the same entries are equal, so a catalog read back from a file can be
   * compared with the one written; the built-in catalog equals {@code builtIn().toBuilder().build()}.
   *
   * @param obj the other object, null returns false
   * @return true if the other object is an equal catalog
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (obj == this) {
      return true;
    }
    return obj instanceof HimCatalog other && version.equals(other.version) && profession().equals(other.profession())
        && parts().equals(other.parts());
  }

  /**
   * Returns a hash code over the same parts as {@link #equals(Object)}; it is computed on each call,
   * in time proportional to the number of entries.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(version, profession(), parts());
  }

  /** Returns the entries of every kind, each kind in catalog order, for equality. */
  private List<List<?>> parts() {
    Rest r = rest();
    return List.of(organizationList, credentialList,
        r.programTypes.values().asList(), programOfferingList, r.roles.values().asList(),
        r.workSettings.values().asList(), r.occupations.values().asList(), renewalPolicies,
        r.knownOmissions.values().asList());
  }

  @Override
  public String toString() {
    return "HimCatalog[version=" + version.map(CatalogVersion::toString).orElse("none")
        + ", credentials=" + credentials.size() + ", roles=" + rest().roles.size()
        + ", programTypes=" + rest().programTypes.size() + ", programOfferings=" + programOfferings.size()
        + ", occupations=" + rest().occupations.size() + "]";
  }

  /**
   * A builder of a {@link HimCatalog}.
   *
   * <p>Entries are added in any order; {@link #build()} checks the catalog as a whole and throws one
   * {@link org.himkit.CatalogException} listing every problem: duplicate ids, names shared by two
   * credentials, references to entries the catalog does not hold, overlapping versions of a policy.
   * This class is not thread-safe.
   */
  public static final class Builder {
    private @Nullable CatalogVersion version;
    private @Nullable Profession profession;
    private final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    private final Map<CredentialId, Credential> credentials = new LinkedHashMap<>();
    private final Map<ProgramTypeId, ProgramType> programTypes = new LinkedHashMap<>();
    private final Map<ProgramOfferingId, ProgramOffering> programOfferings = new LinkedHashMap<>();
    private final Map<RoleId, Role> roles = new LinkedHashMap<>();
    private final Map<WorkSettingId, WorkSetting> workSettings = new LinkedHashMap<>();
    private final Map<OccupationId, Occupation> occupations = new LinkedHashMap<>();
    private final List<RenewalPolicy> renewalPolicies = new ArrayList<>();
    private final Map<KnownOmissionId, KnownOmission> knownOmissions = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private Builder() {}

    private <K, V> Builder put(Map<K, V> map, K id, V value, String kind) {
      if (map.putIfAbsent(id, value) != null) {
        problems.add("duplicate " + kind + " id " + id);
      }
      return this;
    }

    /**
     * Sets the data version. A catalog built without one has none: only the built-in catalog
     * carries HIM Kit's data version.
     *
     * @param version the version, not null
     * @return this builder
     */
    public Builder version(CatalogVersion version) {
      Objects.requireNonNull(version, "version");
      this.version = version;
      return this;
    }

    /**
     * Sets the description of the profession.
     *
     * @param profession the profession, not null
     * @return this builder
     */
    public Builder profession(Profession profession) {
      Objects.requireNonNull(profession, "profession");
      this.profession = profession;
      return this;
    }

    /**
     * Adds an organization.
     *
     * @param organization the organization, not null
     * @return this builder
     */
    public Builder addOrganization(Organization organization) {
      return put(organizations, organization.id(), organization, "organization");
    }

    /**
     * Adds a credential.
     *
     * @param credential the credential, not null
     * @return this builder
     */
    public Builder addCredential(Credential credential) {
      return put(credentials, credential.id(), credential, "credential");
    }

    /**
     * Adds a program type.
     *
     * @param programType the program type, not null
     * @return this builder
     */
    public Builder addProgramType(ProgramType programType) {
      return put(programTypes, programType.id(), programType, "program type");
    }

    /**
     * Adds a program offering.
     *
     * @param offering the program offering, not null
     * @return this builder
     */
    public Builder addProgramOffering(ProgramOffering offering) {
      return put(programOfferings, offering.id(), offering, "program offering");
    }

    /**
     * Adds program offerings.
     *
     * @param offerings the program offerings, not null
     * @return this builder
     */
    public Builder addProgramOfferings(Iterable<ProgramOffering> offerings) {
      offerings.forEach(this::addProgramOffering);
      return this;
    }

    /**
     * Adds a role.
     *
     * @param role the role, not null
     * @return this builder
     */
    public Builder addRole(Role role) {
      return put(roles, role.id(), role, "role");
    }

    /**
     * Adds a work setting.
     *
     * @param setting the work setting, not null
     * @return this builder
     */
    public Builder addWorkSetting(WorkSetting setting) {
      return put(workSettings, setting.id(), setting, "work setting");
    }

    /**
     * Adds an occupation.
     *
     * @param occupation the occupation, not null
     * @return this builder
     */
    public Builder addOccupation(Occupation occupation) {
      return put(occupations, occupation.id(), occupation, "occupation");
    }

    /**
     * Adds a version of a renewal policy.
     *
     * @param policy the policy version, not null
     * @return this builder
     */
    public Builder addRenewalPolicy(RenewalPolicy policy) {
      Objects.requireNonNull(policy, "policy");
      renewalPolicies.add(policy);
      return this;
    }

    /**
     * Adds a known omission.
     *
     * @param omission the omission, not null
     * @return this builder
     */
    public Builder addKnownOmission(KnownOmission omission) {
      return put(knownOmissions, omission.id(), omission, "known omission");
    }

    /**
     * Builds the catalog after checking it as a whole.
     *
     * @return the catalog, not null
     * @throws org.himkit.CatalogException listing every problem, if the catalog is inconsistent
     */
    public HimCatalog build() {
      return build(null);
    }

    /**
     * Builds the catalog; with a provider, HIM Kit's own built-in data: this builder holds the provider's first
     * parts, its other parts come from the provider on first use, and nothing is checked as a whole (the build's
     * tests check the data: where the checker was about a tenth of the first call of {@link #builtIn()}); the
     * credentials' name index, whose building checks the names, is built on first use too.
     */
    private HimCatalog build(@Nullable BuiltInCatalogProvider deferring) {
      List<String> found = new ArrayList<>(problems);
      @Nullable Map<String, CredentialMatch> names = null;
      if (deferring == null) {
        checkWhole(found);
        names = credentialNames(credentials.values(), found);
      }
      if (!found.isEmpty()) {
        throw Names.invalidCatalog(found);
      }
      return new HimCatalog(this, names, deferring == null ? new Rest(this) : null, deferring);
    }

    /** The checks of the catalog as a whole: references, attached facts, omissions and policy choices. */
    private void checkWhole(List<String> found) {
      new CatalogChecker(organizations.keySet(), credentials, programTypes, programOfferings, roles, workSettings,
          occupations, renewalPolicies, profession, found).check();
      CatalogChecker.checkAttachedFacts(organizations, credentials, occupations, programOfferings, profession, found);
      for (KnownOmission o : knownOmissions.values()) {
        for (CredentialId c : o.credentials()) {
          if (!credentials.containsKey(c)) {
            found.add("known omission " + o.id() + " concerns credential " + c + ", which the catalog does not hold");
          }
        }
        for (OrganizationId org : o.organizations()) {
          if (!organizations.containsKey(org)) {
            found.add("known omission " + o.id() + " concerns organization " + org
                + ", which the catalog does not hold");
          }
        }
      }
      for (RenewalPolicy p : renewalPolicies) {
        p.choices().forEach((choice, id) -> {
          KnownOmission o = knownOmissions.get(id);
          if (o == null || !o.isLibraryChoice()) {
            found.add("renewal policy " + p.id() + " (" + p.name() + ") links its choice " + choice + " to "
                + (o == null ? "known omission " + id + ", which the catalog does not hold"
                    : "known omission " + id + ", which is not a library choice"));
          }
        });
      }
    }
  }

  /**
   * Returns the credentials by the key of each of their names, adding a problem to a list for every name without
   * letters or digits and every name two credentials share.
   */
  private static Map<String, CredentialMatch> credentialNames(Collection<Credential> credentials,
      List<String> found) {
    Map<String, CredentialMatch> names = new LinkedHashMap<>();
    // ids first, then full names, aliases, former names and misnomers: a stronger kind wins.
    for (Credential c : credentials) {
      addName(names, new CredentialMatch(c, c.id().value(), CredentialMatch.Kind.ID, Optional.empty()), found);
    }
    for (Credential c : credentials) {
      addName(names, new CredentialMatch(c, c.fullName(), CredentialMatch.Kind.FULL_NAME, Optional.empty()), found);
    }
    for (Credential c : credentials) {
      for (String a : c.aliases()) {
        addName(names, new CredentialMatch(c, a, CredentialMatch.Kind.ALIAS, Optional.empty()), found);
      }
    }
    for (Credential c : credentials) {
      for (FormerName f : c.formerNames()) {
        Optional<String> note = Optional.of("former name of " + c.id()
            + (f.untilYear().isPresent() ? ", renamed in " + f.untilYear().get() : "")); // no lambda: start-up
        addName(names, new CredentialMatch(c, f.name(), CredentialMatch.Kind.FORMER_NAME, note), found);
        if (f.abbreviation().isPresent()) {
          addName(names, new CredentialMatch(c, f.abbreviation().get(), CredentialMatch.Kind.FORMER_NAME, note),
              found);
        }
      }
    }
    for (Credential c : credentials) {
      for (Misnomer m : c.misnomers()) {
        addName(names, new CredentialMatch(c, m.text(), CredentialMatch.Kind.MISNOMER, Optional.of(m.note())),
            found);
      }
    }
    return Collections.unmodifiableMap(names);
  }

  private static void addName(Map<String, CredentialMatch> names, CredentialMatch m, List<String> found) {
    String key = Text.key(m.matchedName());
    CredentialMatch old = names.get(key);
    if (key.isEmpty()) {
      found.add("credential " + m.credential().id() + " has a name without letters or digits: \""
          + m.matchedName() + "\"");
    } else if (old == null) {
      names.put(key, m);
    } else if (!old.credential().id().equals(m.credential().id())) {
      found.add("name \"" + m.matchedName() + "\" (" + m.kind() + " of " + m.credential().id()
          + ") is already the " + old.kind() + " \"" + old.matchedName() + "\" of " + old.credential().id());
    }
  }
}
