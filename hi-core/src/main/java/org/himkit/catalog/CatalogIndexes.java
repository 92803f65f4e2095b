package org.himkit.catalog;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.himkit.Credential;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.ProgramOffering;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.RenewalPolicyId;
import org.himkit.Role;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.internal.Text;
import org.himkit.policy.RenewalPolicy;

/** Every index of a catalog, built once with it; the queries read them. */
final class CatalogIndexes {
  final RoleIndex roles;
  final CredentialIndex credentials;
  final ProgramTypeIndex programTypes;
  final OfferingIndex offerings;
  final OccupationIndex occupations;
  final Entries<WorkSettingId, WorkSetting> workSettings;
  final SortedValues<String> workSettingNames;

  CatalogIndexes(List<Role> roles, List<Credential> credentials, Map<ProgramTypeId, ProgramType> programTypes,
      List<ProgramOffering> offerings, Map<OccupationId, Occupation> occupations, List<WorkSetting> workSettings,
      List<RenewalPolicy> policies, BiFunction<RenewalPolicyId, LocalDate, Optional<RenewalPolicy>> policyOn) {
    this.roles = new RoleIndex(roles, occupations);
    this.credentials = new CredentialIndex(credentials, roles, policies, policyOn);
    this.programTypes = new ProgramTypeIndex(List.copyOf(programTypes.values()));
    this.offerings = new OfferingIndex(offerings, programTypes);
    this.occupations = new OccupationIndex(List.copyOf(occupations.values()));
    this.workSettings = new Entries<>(workSettings, WorkSetting::id);
    this.workSettingNames = new SortedValues<>(workSettings, s -> Optional.of(Text.fold(s.name())));
  }

  /**
   * Returns the positions, among the target entries, of the ids that the source entries at the
   * given positions refer to.
   */
  static <S, K> BitSet related(List<S> sources, BitSet positions, Function<S, Collection<K>> ids,
      Entries<K, ?> targets) {
    BitSet result = new BitSet();
    for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
      result.or(targets.positionsOf(ids.apply(sources.get(i))));
    }
    return result;
  }

  /**
   * Returns the union of the index entries under the keys of the source entries at the given
   * positions: the entries of another kind that refer to any of them.
   */
  static <S, K> BitSet union(List<S> sources, BitSet positions, Function<S, K> key, Map<K, BitSet> index) {
    BitSet result = new BitSet();
    for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
      BitSet bits = index.get(key.apply(sources.get(i)));
      if (bits != null) {
        result.or(bits);
      }
    }
    return result;
  }

  RoleQuery roleQuery() {
    return new RoleQuery(this, Filter.everything(), null, "");
  }

  CredentialQuery credentialQuery() {
    return new CredentialQuery(this, Filter.everything(), null, "");
  }

  ProgramTypeQuery programTypeQuery() {
    return new ProgramTypeQuery(this, Filter.everything(), null, "");
  }

  ProgramOfferingQuery offeringQuery() {
    return new ProgramOfferingQuery(this, Filter.everything(), null, "");
  }

  OccupationQuery occupationQuery() {
    return new OccupationQuery(this, Filter.everything(), null, "");
  }

  WorkSettingQuery workSettingQuery() {
    return new WorkSettingQuery(this, Filter.everything(), null, "");
  }
}
