package org.himkit.catalog;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.OrganizationId;
import org.himkit.internal.Problems;

/**
 * A fact that the catalog deliberately leaves out, or a choice the library makes where a source leaves
 * a rule open, and why.
 *
 * <p>The built-in catalog holds only sourced facts. Where the sources could not confirm a fact (CHDA
 * eligibility, a 2024 wage figure at BLS), the fact stays out and is listed here as
 * {@link OmissionKind#UNCONFIRMED}, so that an application can tell its users what the library does not
 * know rather than guess. Where a source leaves a rule open (when an AHIMA cycle ends), the library
 * makes one documented {@link OmissionKind#LIBRARY_CHOICE}; answers that rest on it link to it by
 * {@link #id()}. Where the sources state a fact that the model cannot express yet (NCRA's ODS eligibility
 * routes), it is listed as {@link OmissionKind#NOT_MODELLED}, with its source in the reason.
 *
 * <p>Each omission names the credentials and organizations it concerns, so that
 * {@link HimCatalog#knownOmissionsAbout(CredentialId, OmissionTopic)} finds them without matching text.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id  the identifier, unique in a catalog, not null
 * @param topic  what the omission is about, not null
 * @param kind  an unconfirmed fact or a library choice, not null
 * @param subject  what is left out or chosen, such as {@code "CHDA exam eligibility"}, not blank
 * @param reason  why it is left out, or what the library does instead, not blank
 * @param credentials  the credentials it concerns, possibly empty
 * @param organizations  the organizations it concerns, possibly empty
 */
public record KnownOmission(KnownOmissionId id, OmissionTopic topic, OmissionKind kind, String subject, String reason,
    Set<CredentialId> credentials, Set<OrganizationId> organizations) {
  /**
   * Creates an omission after checking it.
   *
   * @param id  the identifier, not null
   * @param topic  what it is about, not null
   * @param kind  an unconfirmed fact or a library choice, not null
   * @param subject  what is left out, not blank
   * @param reason  why it is left out, not blank
   * @param credentials  the credentials it concerns, possibly empty
   * @param organizations  the organizations it concerns, possibly empty
   * @throws org.himkit.HimValidationException if a text is blank
   * @throws NullPointerException if an argument or element is null
   */
  public KnownOmission {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(organizations, "organizations");
    Problems.of("known omission", id).text(subject, "subject").text(reason, "reason").check();
    credentials = ImmutableSet.copyOf(credentials);
    organizations = ImmutableSet.copyOf(organizations);
  }

  /**
   * Checks whether this omission concerns a credential.
   *
   * @param credential  the credential, not null
   * @return true if it names the credential
   */
  public boolean concerns(CredentialId credential) {
    Objects.requireNonNull(credential, "credential");
    return credentials.contains(credential);
  }

  /**
   * Checks whether this omission is a choice the library makes.
   *
   * @return true for {@link OmissionKind#LIBRARY_CHOICE}
   */
  public boolean isLibraryChoice() {
    return kind == OmissionKind.LIBRARY_CHOICE;
  }
}
