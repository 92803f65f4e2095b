package org.himkit;

import java.util.Objects;
/**
 * The identifier of a renewal policy, such as {@code AHIMA-RECERTIFICATION}.
 *
 * <p>A credential names its renewal policy by this id ({@link Credential#renewalPolicy()}); the policy
 * itself, a {@code org.himkit.policy.RenewalPolicy}, is found in a catalog. The id lives in the
 * vocabulary so that the vocabulary does not depend on the policy package. See {@link TypedId} for the
 * form of ids. This class is immutable and thread-safe.
 */
public final class RenewalPolicyId extends TypedId<RenewalPolicyId> {
  private static final long serialVersionUID = 1L;

  private RenewalPolicyId(String value) {
    super("renewal policy id", value);
  }

  /**
   * Obtains an instance from its text.
   *
   * @param value the text of the id, such as {@code "AHIMA-RECERTIFICATION"}, not null
   * @return the id, not null
   * @throws HimValidationException if the text is not of the required form
   */
  public static RenewalPolicyId of(String value) {
    Objects.requireNonNull(value, "value");
    return new RenewalPolicyId(value);
  }
}
