package org.himkit.catalog;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.Location;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.internal.Text;

/**
 * The indexes of a catalog's program offerings, built once with the catalog. Level, field and the
 * credentials prepared for come from the offering's program type; delivery modes, evening
 * availability, location and accreditation from the offering itself. This class is immutable.
 */
final class OfferingIndex {
  /** The program offerings. */
  final Entries<ProgramOfferingId, ProgramOffering> entries;
  /** Offerings by program type. */
  final ImmutableMap<ProgramTypeId, BitSet> byType;
  /** Offerings by the level of their program type. */
  final ImmutableMap<DegreeLevel, BitSet> byLevel;
  /** Offerings by the field of their program type. */
  final ImmutableMap<ProgramField, BitSet> byField;
  /** Offerings by the credentials their program type prepares for. */
  final ImmutableMap<CredentialId, BitSet> byPreparesFor;
  /** Offerings by delivery mode. */
  final ImmutableMap<DeliveryMode, BitSet> byDeliveryMode;
  /** Offerings by evening availability. */
  final ImmutableMap<Availability, BitSet> byEvening;
  /** Offerings by country code. */
  final ImmutableMap<String, BitSet> byCountry;
  /** Offerings by {@link #regionKey(String, String)}. */
  final ImmutableMap<String, BitSet> byRegion;
  /** Offerings by accreditation status. */
  final ImmutableMap<AccreditationStatus, BitSet> byAccreditation;
  /** Offerings by institution name, folded to lower case. */
  final SortedValues<String> institution;

  /**
   * Builds the indexes.
   *
   * @param offerings the program offerings, in catalog order
   * @param types the catalog's program types by id
   */
  OfferingIndex(List<ProgramOffering> offerings, Map<ProgramTypeId, ProgramType> types) {
    this.entries = new Entries<>(offerings, ProgramOffering::id);
    this.byType = entries.index(o -> List.of(o.programType()));
    this.byLevel = entries.index(o -> type(o, types).map(ProgramType::level).stream().toList());
    this.byField = entries.index(o -> type(o, types).map(ProgramType::field).stream().toList());
    this.byPreparesFor = entries.index(o -> type(o, types).map(ProgramType::preparesFor).orElse(Set.of()));
    this.byDeliveryMode = entries.index(ProgramOffering::deliveryModes);
    this.byEvening = entries.index(o -> List.of(o.eveningPrograms()));
    this.byCountry = entries.index(o -> List.of(o.location().country()));
    this.byRegion = entries.index(o -> region(o.location()));
    this.byAccreditation = entries.index(o -> List.of(o.accreditationStatus()));
    this.institution = new SortedValues<>(offerings, o -> Optional.of(Text.fold(o.institution())));
  }

  private static Optional<ProgramType> type(ProgramOffering o, Map<ProgramTypeId, ProgramType> types) {
    return Optional.ofNullable(types.get(o.programType()));
  }

  private static Set<String> region(Location l) {
    return l.region().map(r -> ImmutableSet.of(regionKey(l.country(), r))).orElse(ImmutableSet.of());
  }

  /**
   * Returns the index key of a region: the {@linkplain Text#code(String) codes} of the country and the
   * region.
   *
   * @param country the country code
   * @param region the region code
   * @return the key
   */
  static String regionKey(String country, String region) {
    return Text.code(country) + "/" + Text.code(region);
  }
}
