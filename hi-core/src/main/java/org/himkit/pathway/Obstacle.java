package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.Requirement;
import org.himkit.catalog.KnownOmission;

/**
 * Why a target cannot be reached, or a route the planner does not take: the kind, the credential or
 * requirement leaf it concerns, and the known omissions it rests on.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param kind  the kind of obstacle
 * @param credential  the credential concerned, for {@link ObstacleKind#NO_ELIGIBILITY_DATA} and
 *     {@link ObstacleKind#EXAM_NOT_OFFERED}; empty otherwise
 * @param issuer  the credential's issuer, for {@link ObstacleKind#EXAM_NOT_OFFERED}; empty otherwise
 * @param leaf  the requirement leaf not planned, for {@link ObstacleKind#EARLY_TESTING_NOT_PLANNED} and
 *     {@link ObstacleKind#RECIPROCITY_NOT_PLANNED}; empty otherwise
 * @param omissions  the catalog's known omissions the obstacle rests on (for missing eligibility data,
 *     those about the credential's eligibility), possibly empty
 */
public record Obstacle(ObstacleKind kind, Optional<CredentialId> credential, Optional<OrganizationId> issuer,
    Optional<Requirement.Leaf> leaf, List<KnownOmission> omissions) {
  /**
   * Creates an instance after checking it.
   *
   * @param kind  the kind, not null
   * @param credential  the credential, present exactly for the kinds about a credential
   * @param issuer  the issuer, present exactly for {@link ObstacleKind#EXAM_NOT_OFFERED}
   * @param leaf  the leaf, present exactly for the kinds about a leaf not planned
   * @param omissions  the known omissions, possibly empty
   * @throws org.himkit.HimValidationException if a value is given for the wrong kind
   * @throws NullPointerException if an argument is null
   */
  public Obstacle {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(omissions, "omissions");
    Objects.requireNonNull(kind, "kind");
    omissions = ImmutableList.copyOf(omissions);
    boolean aboutCredential = kind == ObstacleKind.NO_ELIGIBILITY_DATA || kind == ObstacleKind.EXAM_NOT_OFFERED;
    boolean aboutLeaf = kind == ObstacleKind.EARLY_TESTING_NOT_PLANNED || kind == ObstacleKind.RECIPROCITY_NOT_PLANNED;
    if (credential.isPresent() != aboutCredential) {
      throw invalid(kind, "credential", "must be given exactly for NO_ELIGIBILITY_DATA and EXAM_NOT_OFFERED", credential);
    }
    if (issuer.isPresent() != (kind == ObstacleKind.EXAM_NOT_OFFERED)) {
      throw invalid(kind, "issuer", "must be given exactly for EXAM_NOT_OFFERED", issuer);
    }
    if (leaf.isPresent() != aboutLeaf) {
      throw invalid(kind, "leaf", "must be given exactly for EARLY_TESTING_NOT_PLANNED and RECIPROCITY_NOT_PLANNED",
          leaf);
    }
  }

  private static HimValidationException invalid(ObstacleKind kind, String attribute, String rule, Object value) {
    return HimValidationException.of(ErrorCode.INVALID_VALUE, "pathway obstacle " + kind, attribute, rule, value);
  }

  /**
   * Obtains the obstacle of a credential without eligibility data.
   *
   * @param credential  the credential, not null
   * @param omissions  the known omissions about its eligibility, possibly empty
   * @return the obstacle, not null
   */
  public static Obstacle noEligibilityData(CredentialId credential, List<KnownOmission> omissions) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(omissions, "omissions");
    return new Obstacle(ObstacleKind.NO_ELIGIBILITY_DATA, Optional.of(credential), Optional.empty(), Optional.empty(),
        omissions);
  }

  /**
   * Obtains the obstacle of a retired credential whose exam is no longer offered.
   *
   * @param credential  the credential, not null
   * @param issuer  its issuer, not null
   * @return the obstacle, not null
   */
  public static Obstacle examNotOffered(CredentialId credential, OrganizationId issuer) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(issuer, "issuer");
    return new Obstacle(ObstacleKind.EXAM_NOT_OFFERED, Optional.of(credential), Optional.of(issuer), Optional.empty(),
        List.of());
  }

  /**
   * Obtains the obstacle of a role without a recorded typical entry: the plan's target.
   *
   * @return the obstacle, not null
   */
  public static Obstacle noTypicalEntry() {
    return new Obstacle(ObstacleKind.NO_TYPICAL_ENTRY, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /**
   * Obtains the obstacle of a leaf the planner does not propose a step for.
   *
   * @param kind  {@link ObstacleKind#EARLY_TESTING_NOT_PLANNED} or {@link ObstacleKind#RECIPROCITY_NOT_PLANNED}
   * @param leaf  the leaf, not null
   * @return the obstacle, not null
   * @throws org.himkit.HimValidationException if the kind is not about a leaf
   */
  public static Obstacle notPlanned(ObstacleKind kind, Requirement.Leaf leaf) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(leaf, "leaf");
    return new Obstacle(kind, Optional.empty(), Optional.empty(), Optional.of(leaf), List.of());
  }
}
