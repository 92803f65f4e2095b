package org.himkit.catalog;

import java.util.Objects;
import java.util.Optional;
import org.himkit.Credential;

/**
 * The result of resolving a name to a credential: the credential, the name that matched and what kind
 * of name it was, with a note where the name is not the credential's own.
 *
 * <pre>{@code
 * CredentialMatch m = HimCatalog.builtIn().resolveCredential("RHIM").orElseThrow();
 * m.credential().id();   // RHIA
 * m.kind();              // MISNOMER
 * m.note();              // Optional[the seed page names ... RHIA]
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param credential the credential the name resolves to, not null
 * @param matchedName the name as the catalog holds it, not null
 * @param kind the kind of name that matched, not null
 * @param note a note on the match: for a misnomer, what it means; for a former name, when it changed
 */
public record CredentialMatch(Credential credential, String matchedName, Kind kind, Optional<String> note) {
  /**
   * Creates a match.
   *
   * @param credential  the credential found, not null
   * @param matchedName  the name that matched, not null
   * @param kind  the kind of name that matched, not null
   * @param note  a note on the match, not null
   * @throws NullPointerException if an argument is null
   */
  public CredentialMatch {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
  }

  /** The kinds of name a credential can be resolved by. */
  public enum Kind {
    /** The credential's id, such as {@code RHIA}. */
    ID,
    /** The credential's full name. */
    FULL_NAME,
    /** An alias: another spelling of the id. */
    ALIAS,
    /** A former name or its abbreviation, such as {@code RRA}. */
    FORMER_NAME,
    /** A known misnomer, such as {@code RHIM}. */
    MISNOMER
  }

  /**
   * Checks whether the name matched is the credential's current id or full name.
   *
   * @return true for an id or full-name match
   */
  public boolean isExact() {
    return kind == Kind.ID || kind == Kind.FULL_NAME;
  }
}
