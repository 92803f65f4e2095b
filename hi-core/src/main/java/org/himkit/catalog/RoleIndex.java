package org.himkit.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.himkit.Code;
import org.himkit.CredentialId;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.PatientContact;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.WorkSettingId;
import org.himkit.internal.Text;

/** The indexes of a catalog's roles, built once with the catalog. This class is immutable. */
final class RoleIndex {
  /** The roles. */
  final Entries<RoleId, Role> entries;
  /** Roles by the credentials they list. */
  final ImmutableMap<CredentialId, BitSet> byCredential;
  /** Roles by work setting. */
  final ImmutableMap<WorkSettingId, BitSet> bySetting;
  /** Roles by level. */
  final ImmutableMap<RoleLevel, BitSet> byLevel;
  /** Roles by the broader role they specialize. */
  final ImmutableMap<RoleId, BitSet> bySpecializationOf;
  /** Roles by patient contact. */
  final ImmutableMap<PatientContact, BitSet> byContact;
  /** Roles by occupation id. */
  final ImmutableMap<OccupationId, BitSet> byOccupation;
  /** Roles by the code values of their occupations, in every scheme. */
  final ImmutableMap<String, BitSet> byCode;
  /** Roles by the degree level of their typical entry, as an ordinal, {@code -1} for none. */
  final SortedValues<Integer> entryLevel;
  /** Roles by the highest latest median annual wage of their occupations, in US dollars. */
  final SortedValues<BigDecimal> medianWage;
  /** Roles by title, ignoring case. */
  final SortedValues<String> title;

  /**
   * Builds the indexes.
   *
   * @param roles the roles, in catalog order
   * @param occupations the catalog's occupations by id
   */
  RoleIndex(List<Role> roles, Map<OccupationId, Occupation> occupations) {
    this.entries = new Entries<>(roles, Role::id);
    this.byCredential = entries.index(Role::credentials);
    this.bySetting = entries.index(Role::workSettings);
    this.byLevel = entries.index(r -> List.of(r.level()));
    this.bySpecializationOf = entries.index(r -> r.specializationOf().map(List::of).orElse(List.of()));
    this.byContact = entries.index(r -> List.of(r.patientContact()));
    this.byOccupation = entries.index(Role::occupations);
    this.byCode = entries.index(r -> codes(r, occupations));
    this.entryLevel = new SortedValues<>(roles, r -> r.typicalEntry().map(RequirementLevels::typicalLevel));
    this.medianWage = new SortedValues<>(roles, r -> Wages.highestMedianAnnualUsd(r.occupations(), occupations));
    this.title = new SortedValues<>(roles, r -> Optional.of(Text.fold(r.title())));
  }

  private static List<String> codes(Role role, Map<OccupationId, Occupation> occupations) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (OccupationId id : role.occupations()) {
      b.add(id.value());
      Occupation o = occupations.get(id);
      if (o != null) {
        o.codes().stream().map(Code::value).forEach(b::add);
      }
    }
    return b.build();
  }
}
