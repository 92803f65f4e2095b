package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.internal.Text;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;

/**
 * The indexes of a catalog's credentials, built once with the catalog. This class is immutable.
 *
 * <p>Renewal requirements change with the policy versions in force, so they are indexed per epoch:
 * the dates on which some policy version begins or ends cut time into epochs in which every
 * credential's policy version stays the same, and each epoch has its own sorted index of required
 * CEUs and its own index of cycle lengths.
 */
final class CredentialIndex {
  /** The credentials. */
  final Entries<CredentialId, Credential> entries;
  /** Credentials by issuer. */
  final ImmutableMap<OrganizationId, BitSet> byIssuer;
  /** Credentials by kind. */
  final ImmutableMap<CredentialKind, BitSet> byKind;
  /** Credentials by status. */
  final ImmutableMap<CredentialStatus, BitSet> byStatus;
  /** Credentials by the roles that list them. */
  final ImmutableMap<RoleId, BitSet> byRole;
  /** Credentials by the lowest degree level that meets their eligibility by education alone. */
  final SortedValues<DegreeLevel> educationLevel;
  /** Credentials by id. */
  final SortedValues<String> id;
  /** Credentials by full name, ignoring case. */
  final SortedValues<String> fullName;
  private final ImmutableList<LocalDate> boundaries;
  private final ImmutableList<Epoch> epochs;

  private static final class Epoch {
    final SortedValues<Ceus> ceus;
    final ImmutableMap<Period, BitSet> cycleLength;

    Epoch(SortedValues<Ceus> ceus, ImmutableMap<Period, BitSet> cycleLength) {
      this.ceus = ceus;
      this.cycleLength = cycleLength;
    }
  }

  /**
   * Builds the indexes.
   *
   * @param credentials the credentials, in catalog order
   * @param roles the catalog's roles
   * @param policies the catalog's policy versions
   * @param policyOn the version of a policy in force on a day
   */
  CredentialIndex(List<Credential> credentials, List<Role> roles, List<RenewalPolicy> policies,
      BiFunction<RenewalPolicyId, LocalDate, Optional<RenewalPolicy>> policyOn) {
    this.entries = new Entries<>(credentials, Credential::id);
    this.byIssuer = entries.index(c -> List.of(c.issuer()));
    this.byKind = entries.index(c -> List.of(c.kind()));
    this.byStatus = entries.index(c -> List.of(c.status()));
    Map<RoleId, BitSet> credentialsOfRole = new HashMap<>();
    for (Role r : roles) {
      credentialsOfRole.put(r.id(), entries.positionsOf(r.credentials()));
    }
    this.byRole = ImmutableMap.copyOf(credentialsOfRole);
    this.educationLevel = new SortedValues<>(credentials,
        c -> c.eligibility().flatMap(RequirementLevels::educationOnlyLevel));
    this.id = new SortedValues<>(credentials, c -> Optional.of(c.id().value()));
    this.fullName = new SortedValues<>(credentials, c -> Optional.of(Text.fold(c.fullName())));

    TreeSet<LocalDate> cuts = new TreeSet<>();
    for (RenewalPolicy p : policies) {
      p.effectiveFrom().ifPresent(cuts::add);
      p.effectiveTo().filter(t -> t.isBefore(LocalDate.MAX)).ifPresent(t -> cuts.add(t.plusDays(1)));
    }
    this.boundaries = ImmutableList.copyOf(cuts);
    ImmutableList.Builder<Epoch> b = ImmutableList.builder();
    for (int k = 0; k <= boundaries.size(); k++) {
      LocalDate day = k == 0 ? LocalDate.MIN : boundaries.get(k - 1);
      b.add(new Epoch(
          new SortedValues<>(credentials, c -> policy(c, day, policyOn).flatMap(p -> p.requiredCeus(c.id()))),
          entries.index(c -> policy(c, day, policyOn).map(p -> p.cycleLength().normalized()).stream()
              .collect(ImmutableList.toImmutableList()))));
    }
    this.epochs = b.build();
  }

  /**
   * Returns the version of a credential's renewal policy in force on a day, if it covers the credential.
   *
   * @param credential the credential
   * @param day the day
   * @param policyOn the version of a policy in force on a day
   * @return the version, empty if none is in force or it lists no CEUs for the credential
   */
  static Optional<RenewalPolicy> policy(Credential credential, LocalDate day,
      BiFunction<RenewalPolicyId, LocalDate, Optional<RenewalPolicy>> policyOn) {
    return credential.renewalPolicy().flatMap(id -> policyOn.apply(id, day))
        .filter(p -> p.requiredCeus(credential.id()).isPresent());
  }

  private Epoch epoch(LocalDate day) {
    int k = Collections.binarySearch(boundaries, day);
    return epochs.get(k >= 0 ? k + 1 : -k - 1);
  }

  /**
   * Returns the sorted index of CEUs required per cycle under the versions in force on a day.
   *
   * @param day the day
   * @return the index
   */
  SortedValues<Ceus> ceus(LocalDate day) {
    return epoch(day).ceus;
  }

  /**
   * Returns the credentials renewed in cycles of a length under the versions in force on a day.
   *
   * @param day the day
   * @param length the cycle length
   * @return the positions, never modified by the caller
   */
  BitSet cycleLength(LocalDate day, Period length) {
    return Entries.lookup(epoch(day).cycleLength, length);
  }
}
