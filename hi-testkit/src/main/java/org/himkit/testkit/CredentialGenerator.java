package org.himkit.testkit;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.OrganizationId;

/**
 * A generator of credentials, with the mix of issuers, kinds, statuses and domains a test needs.
 *
 * <p>A credential has one to three domains, up to two aliases, up to two former names (with or
 * without abbreviation and years), up to one misnomer, and, each often but not always, an exam, an
 * eligibility tree ({@link RequirementGenerator}), a renewal policy and a description; it supersedes
 * up to two other credentials. Its names are built around a number so that, inside a
 * {@linkplain CatalogGenerator catalog}, no two credentials share a name after normalization (the
 * catalog rejects that). On its own, a credential refers to any ids; in a catalog, to the catalog's.
 * A credential shrinks toward one with no optional part.
 *
 * <pre>{@code
 * Generator<Credential> ahima = HimGenerators.credentials()
 *     .issuedBy(OrganizationId.of("AHIMA")).withStatuses(CredentialStatus.ACTIVE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CredentialGenerator implements Generator<Credential> {
  private static final List<String> FULL_NAME_WORDS = List.of("Certified", "Registered", "zeta", "\u00c5ngstr\u00f6m");

  private final List<OrganizationId> issuers;
  private final List<CredentialKind> kinds;
  private final List<CredentialStatus> statuses;
  private final List<CredentialDomain> domains;

  private CredentialGenerator(List<OrganizationId> issuers, List<CredentialKind> kinds, List<CredentialStatus> statuses,
      List<CredentialDomain> domains) {
    this.issuers = issuers;
    this.kinds = kinds;
    this.statuses = statuses;
    this.domains = domains;
  }

  /** Returns the generator of every issuer, kind, status and domain. */
  static CredentialGenerator defaults() {
    return new CredentialGenerator(List.of(), List.of(CredentialKind.values()), List.of(CredentialStatus.values()),
        List.of(CredentialDomain.values()));
  }

  /**
   * Returns a copy of this generator whose credentials are issued by one of the given organizations.
   *
   * @param organizations  the issuers, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no issuer is given
   */
  public CredentialGenerator issuedBy(OrganizationId... organizations) {
    return new CredentialGenerator(nonEmpty(organizations, "issuers"), kinds, statuses, domains);
  }

  /**
   * Returns a copy of this generator whose credentials are of one of the given kinds.
   *
   * @param credentialKinds  the kinds, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no kind is given
   */
  public CredentialGenerator ofKinds(CredentialKind... credentialKinds) {
    return new CredentialGenerator(issuers, nonEmpty(credentialKinds, "kinds"), statuses, domains);
  }

  /**
   * Returns a copy of this generator whose credentials have one of the given statuses.
   *
   * @param credentialStatuses  the statuses, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no status is given
   */
  public CredentialGenerator withStatuses(CredentialStatus... credentialStatuses) {
    return new CredentialGenerator(issuers, kinds, nonEmpty(credentialStatuses, "statuses"), domains);
  }

  /**
   * Returns a copy of this generator whose credentials attest only to some of the given domains.
   *
   * @param credentialDomains  the domains, not empty
   * @return the generator, not null
   * @throws IllegalArgumentException if no domain is given
   */
  public CredentialGenerator inDomains(CredentialDomain... credentialDomains) {
    return new CredentialGenerator(issuers, kinds, statuses, nonEmpty(credentialDomains, "domains"));
  }

  /**
   * Returns the issuers credentials are drawn from.
   *
   * @return the issuers, empty for any organization
   */
  public List<OrganizationId> issuers() {
    return issuers;
  }

  private static <T> List<T> nonEmpty(T[] values, String what) {
    if (values.length == 0) {
      throw new IllegalArgumentException("at least one of the " + what + " must be given");
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(values)));
  }

  @Override
  public Credential next(RandomGenerator random) {
    Vocabulary.Refs refs = Vocabulary.Refs.free();
    CredentialId id = HimGenerators.credentialIds().next(random);
    OrganizationId issuer = issuers.isEmpty() ? HimGenerators.organizationIds().next(random) : Draws.pick(random, issuers);
    Credential.Builder b = draw(random, id, random.nextInt(1000), issuer, refs);
    b.renewalPolicy(Draws.maybe(random, () -> HimGenerators.renewalPolicyIds().next(random)));
    refs.credentials().some(random, 2).stream().filter(c -> !c.equals(id)).forEach(b::addSupersede);
    return b.build();
  }

  /**
   * Draws a credential without renewal policy or supersession, whose every name is built around
   * {@code number} so that credentials of different numbers never share a normalized name: each name
   * is letters, then the number, then nothing or a letter before any further digit.
   */
  Credential.Builder draw(RandomGenerator random, CredentialId id, int number, OrganizationId issuer,
      Vocabulary.Refs refs) {
    String topic = Draws.pick(random, Words.TOPICS);
    Credential.Builder b = Credential.builder().id(id)
        .fullName(Draws.pick(random, FULL_NAME_WORDS) + " Credential " + number + " " + topic)
        .kind(Draws.pick(random, kinds)).issuer(issuer).status(Draws.pick(random, statuses))
        .addAllDomains(Draws.some(random, domains, 1, 3))
        .addAllAliases(Draws.listOf(random, 0, 2, () -> Draws.pick(random, "C", "c ", "Cr-") + number
            + Draws.pick(random, "-P", "A", " x", "")))
        .addAllFormerNames(Draws.listOf(random, 0, 2, () -> Vocabulary.formerName(random,
            "Former Credential " + number + " " + topic, Draws.maybe(random, () -> "FC" + number + "R"))))
        .addAllMisnomers(Draws.listOf(random, 0, 1, () -> Vocabulary.misnomer(random, "R" + number + "M")))
        .addAllCounts(Draws.listOf(random, 0, 2, () -> Facts.credentialCount(random, refs.dates())))
        .addAllCitations(Vocabulary.citations(random));
    b.exam(Draws.maybe(random, () -> Vocabulary.exam(random, refs.dates())));
    if (random.nextInt(4) > 0) {
      b.eligibility(refs.requirements().next(random));
    }
    b.description(Draws.maybe(random, () -> Draws.pick(random, Words.SENTENCES)));
    return b;
  }

  /** Returns the issuer of a catalog's credential: one of the configured issuers, or one of the catalog's. */
  OrganizationId issuer(RandomGenerator random, List<OrganizationId> organizations) {
    return issuers.isEmpty() ? Draws.pick(random, organizations) : Draws.pick(random, issuers);
  }

  @Override
  public String toString() {
    return "credentials" + (issuers.isEmpty() ? "" : " issued by " + issuers) + " of kinds " + kinds
        + ", statuses " + statuses + ", domains " + domains;
  }

}
