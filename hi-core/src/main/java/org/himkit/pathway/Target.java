package org.himkit.pathway;

import org.himkit.CredentialId;
import org.himkit.RoleId;

/**
 * Where a learner wants to get: eligibility for a credential's exam, the credential itself, or a
 * role's typical entry.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Target permits Target.EligibleFor, Target.Holds, Target.Enters {

  /**
   * Obtains the target of being eligible to sit for a credential's exam.
   *
   * @param credential the credential, not null
   * @return the target, not null
   */
  static EligibleFor eligibleFor(CredentialId credential) {
    return new EligibleFor(credential);
  }

  /**
   * Obtains the target of holding a credential: eligible, then the exam passed.
   *
   * @param credential the credential, not null
   * @return the target, not null
   */
  static Holds credential(CredentialId credential) {
    return new Holds(credential);
  }

  /**
   * Obtains the target of meeting a role's typical entry.
   *
   * @param role the role, not null
   * @return the target, not null
   */
  static Enters role(RoleId role) {
    return new Enters(role);
  }

  /**
   * Returns the target in plain words, such as {@code "hold RHIA"}.
   *
   * @return the description, not null
   */
  String describe();

  /**
   * The target of being eligible to sit for a credential's exam.
   *
   * @param credential the credential
   */
  record EligibleFor(CredentialId credential) implements Target {
    @Override
    public String describe() {
      return "be eligible for the " + credential + " exam";
    }
  }

  /**
   * The target of holding a credential.
   *
   * @param credential the credential
   */
  record Holds(CredentialId credential) implements Target {
    @Override
    public String describe() {
      return "hold " + credential;
    }
  }

  /**
   * The target of meeting a role's typical entry.
   *
   * @param role the role
   */
  record Enters(RoleId role) implements Target {
    @Override
    public String describe() {
      return "meet the typical entry of the role " + role;
    }
  }
}
