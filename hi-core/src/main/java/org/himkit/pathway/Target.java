package org.himkit.pathway;

import java.util.Objects;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.internal.Checks;

/**
 * Where a learner wants to get: eligibility for a credential's exam, the credential itself, or a
 * role's typical entry, with the title of the credential or role.
 *
 * <pre>{@code
 * HimCatalog catalog = HimCatalog.builtIn();
 * Target rhia = Target.holds(catalog.getCredential(CredentialId.of("RHIA")));
 * rhia.title();   // "Registered Health Information Administrator"
 * }</pre>
 *
 * <p>A target names its credential or role by id, as every HIM Kit value names another entry
 * ({@code CredentialHolding.credential()}, {@code Credential.issuer()}), the way
 * {@code ZonedDateTime.getZone()} returns a {@code ZoneId}: {@code credential()} returns the
 * {@link CredentialId} and {@code role()} the {@link RoleId}, which stay valid values when they are
 * written to a file, compared or used with another catalog; look the entry up with
 * {@link org.himkit.catalog.HimCatalog#getCredential(CredentialId)} or
 * {@link org.himkit.catalog.HimCatalog#getRole(RoleId)} when its data is needed.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Target permits Target.EligibleFor, Target.Holds, Target.Enters {

  /**
   * Obtains the target of being eligible to sit for a credential's exam.
   *
   * @param credential  the credential, from the catalog to plan with, not null
   * @return the target, not null
   */
  static EligibleFor eligibleFor(Credential credential) {
    return new EligibleFor(credential.id(), credential.fullName());
  }

  /**
   * Obtains the target of holding a credential: eligible, then the exam passed.
   *
   * @param credential  the credential, from the catalog to plan with, not null
   * @return the target, not null
   */
  static Holds holds(Credential credential) {
    return new Holds(credential.id(), credential.fullName());
  }

  /**
   * Obtains the target of meeting a role's typical entry.
   *
   * @param role  the role, from the catalog to plan with, not null
   * @return the target, not null
   */
  static Enters enters(Role role) {
    return new Enters(role.id(), role.title());
  }

  /**
   * Returns the kind of target.
   *
   * @return the kind, not null
   */
  TargetKind kind();

  /**
   * Returns the title of the credential or role, such as {@code "Registered Health Information
   * Administrator"} or {@code "Health information manager"}.
   *
   * @return the title, not blank
   */
  String title();

  /**
   * Dispatches this target to the visitor's method for its type.
   *
   * @param <R>  the type of the visitor's answer
   * @param visitor  the visitor, not null
   * @return the visitor's answer
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * An operation on targets, with one method per kind of target and no default.
   *
   * @param <R>  the type of the answer
   */
  interface Visitor<R> {
    /**
     * Visits the target of eligibility for an exam.
     *
     * @param target  the target, not null
     * @return the answer
     */
    R visitEligibleFor(EligibleFor target);

    /**
     * Visits the target of holding a credential.
     *
     * @param target  the target, not null
     * @return the answer
     */
    R visitHolds(Holds target);

    /**
     * Visits the target of entering a role.
     *
     * @param target  the target, not null
     * @return the answer
     */
    R visitEnters(Enters target);
  }

  /**
   * The target of being eligible to sit for a credential's exam.
   *
   * @param credential  the id of the credential, such as {@code RHIA}
   * @param title  the credential's full name
   */
  record EligibleFor(CredentialId credential, String title) implements Target {
    /**
     * Creates an instance after checking it.
     *
     * @param credential  the id of the credential, not null
     * @param title  the credential's full name, not blank
     * @throws org.himkit.HimValidationException if the title is blank
     */
    public EligibleFor {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(credential, "credential");
      Checks.notBlank(title, "target eligibleFor", "title");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.ELIGIBLE_FOR;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEligibleFor(this);
    }
  }

  /**
   * The target of holding a credential.
   *
   * @param credential  the id of the credential, such as {@code RHIA}
   * @param title  the credential's full name
   */
  record Holds(CredentialId credential, String title) implements Target {
    /**
     * Creates an instance after checking it.
     *
     * @param credential  the id of the credential, not null
     * @param title  the credential's full name, not blank
     * @throws org.himkit.HimValidationException if the title is blank
     */
    public Holds {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(credential, "credential");
      Checks.notBlank(title, "target holds", "title");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.HOLDS;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitHolds(this);
    }
  }

  /**
   * The target of meeting a role's typical entry.
   *
   * @param role  the id of the role
   * @param title  the role's title
   */
  record Enters(RoleId role, String title) implements Target {
    /**
     * Creates an instance after checking it.
     *
     * @param role  the id of the role, not null
     * @param title  the role's title, not blank
     * @throws org.himkit.HimValidationException if the title is blank
     */
    public Enters {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(role, "role");
      Checks.notBlank(title, "target enters", "title");
    }

    @Override
    public TargetKind kind() {
      return TargetKind.ENTERS;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitEnters(this);
    }
  }
}
