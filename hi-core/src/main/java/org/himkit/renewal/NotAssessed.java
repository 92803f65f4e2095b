package org.himkit.renewal;

import java.util.List;
import java.util.Objects;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.internal.Checks;

/**
 * The credentials held with one issuer that the catalog cannot assess, with the reasons: an apprentice
 * designation without a renewal policy, or a retired credential that the version in force no longer
 * covers. The holder's other issuers, and the issuer's other credentials, are still assessed.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param issuer  the issuer, not null
 * @param reasons  one per credential not assessed, not empty
 */
public record NotAssessed(OrganizationId issuer, List<NotAssessedReason> reasons) {
  /**
   * Creates the result after checking it.
   *
   * @param issuer  the issuer, not null
   * @param reasons  the reasons, not empty
   * @throws org.himkit.HimValidationException if there is no reason
   * @throws NullPointerException if an argument is null
   */
  public NotAssessed {
    Objects.requireNonNull(issuer, "issuer");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons")); // the JDK's, not Guava's: start-up
    Checks.notEmpty(reasons, "renewal result of " + issuer, "reasons", "must give at least one reason");
  }

  /**
   * Returns the credentials not assessed, in the order of the reasons.
   *
   * @return the credentials, not empty
   */
  public List<CredentialId> credentials() {
    List<CredentialId> out = new java.util.ArrayList<>(reasons.size());
    for (NotAssessedReason r : reasons) {
      out.add(r.credential());
    }
    return java.util.Collections.unmodifiableList(out);
  }
}
