package org.himkit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A credential of the profession, such as RHIT, RHIA, CCS, CPC or CTR.
 *
 * <p>A credential names its issuer, its kind and status, the exam that earns it, who may sit for it
 * (an {@link Requirement} tree, absent where the catalog has no sourced eligibility data), the renewal
 * policy that keeps it, and every other name it goes by: aliases, former names (RRA for RHIA) and known
 * misnomers ("RHIM" on some career pages means RHIA).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class Credential {
  Credential() {}

  /**
   * Returns the id, such as {@code RHIA}.
   *
   * @return the id, not null
   */
  public abstract CredentialId id();

  /**
   * Returns the full name exactly as the issuer writes it, such as {@code "Registered Health
   * Information Administrator"}.
   *
   * @return the full name, not blank
   */
  public abstract String fullName();

  /**
   * Returns the kind of credential.
   *
   * @return the kind, not null
   */
  public abstract CredentialKind kind();

  /**
   * Returns the id of the issuing organization.
   *
   * @return the issuer, not null
   */
  public abstract OrganizationId issuer();

  /**
   * Returns whether the issuer still offers the credential.
   *
   * @return the status, not null
   */
  public abstract CredentialStatus status();

  /**
   * Returns the areas of practice the credential attests to.
   *
   * @return the domains, not empty, in the order given
   */
  public abstract Set<CredentialDomain> domains();

  /**
   * Returns other spellings of the id, such as {@code "CCS-P"} written {@code "CCSP"}. Aliases
   * resolve to this credential.
   *
   * @return the aliases, possibly empty
   */
  public abstract Set<String> aliases();

  /**
   * Returns the credential's former names, oldest first. Former names and abbreviations resolve to
   * this credential.
   *
   * @return the former names, possibly empty
   */
  public abstract List<FormerName> formerNames();

  /**
   * Returns names used for this credential by mistake. They resolve to this credential with a note.
   *
   * @return the misnomers, possibly empty
   */
  public abstract List<Misnomer> misnomers();

  /**
   * Returns the exam that earns the credential.
   *
   * @return the exam, empty if the catalog has no exam facts
   */
  public abstract Optional<Exam> exam();

  /**
   * Returns who may sit for the credential's exam.
   *
   * <p>For a credential first granted as an apprentice designation (AAPC's CPC and COC, granted as
   * CPC-A and COC-A to those who pass without the experience requirement), the tree states what
   * earns the full credential: the experience that removes the designation. The designation itself
   * carries the exam's eligibility, open to anyone. The credential then {@linkplain #supersedes()
   * supersedes} its designation.
   *
   * @return the eligibility tree, empty where the catalog has no sourced eligibility data
   */
  public abstract Optional<Requirement> eligibility();

  /**
   * Returns the id of the renewal policy that keeps this credential.
   *
   * @return the policy id, empty if none is recorded
   */
  public abstract Optional<RenewalPolicyId> renewalPolicy();

  /**
   * Returns the credentials this one replaces once granted: RHIA replaces RHIT for maintenance.
   *
   * @return the superseded credentials, possibly empty
   */
  public abstract Set<CredentialId> supersedes();

  /**
   * Returns a short description of what the credential attests to.
   *
   * @return the description, empty if none is recorded
   */
  public abstract Optional<String> description();

  /**
   * Returns how many people hold or have earned the credential, as the issuer counts them, in the
   * order given.
   *
   * @return the counts, possibly empty
   */
  public abstract List<CredentialCount> counts();

  /**
   * Returns the sources of this entry.
   *
   * @return the citations, not empty
   */
  public abstract List<Citation> citations();

  /**
   * Returns every name this credential can be resolved by, other than misnomers: the id, the full
   * name, the aliases, and the former names with their abbreviations.
   *
   * @return the names, in that order, not null
   */
  public List<String> names() {
    com.google.common.collect.ImmutableList.Builder<String> b = com.google.common.collect.ImmutableList.builder();
    b.add(id().value()).add(fullName()).addAll(aliases());
    for (FormerName f : formerNames()) {
      b.add(f.name());
      f.abbreviation().ifPresent(b::add);
    }
    return b.build();
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("credential", id());
    p.text(fullName(), "fullName");
    p.texts(aliases(), "aliases");
    p.notEmpty(domains(), "domains", "must have at least one domain");
    p.notEmpty(citations(), "citations", "must have at least one citation");
    p.require(!supersedes().contains(id()), ErrorCode.INVALID_VALUE, "supersedes",
        "must not contain the credential itself", supersedes());
    p.text(description(), "description");
    p.check();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Credential} values. */
  public static final class Builder extends ImmutableCredential.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
