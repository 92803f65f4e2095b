package org.himkit.catalog;

import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.himkit.Availability;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ProgramField;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.internal.Text;

/** The indexes of a catalog's program types, built once with the catalog. This class is immutable. */
final class ProgramTypeIndex {
  /** The program types. */
  final Entries<ProgramTypeId, ProgramType> entries;
  /** Program types by level. */
  final ImmutableMap<DegreeLevel, BitSet> byLevel;
  /** Program types by field. */
  final ImmutableMap<ProgramField, BitSet> byField;
  /** Program types by delivery mode. */
  final ImmutableMap<DeliveryMode, BitSet> byDeliveryMode;
  /** Program types by evening availability. */
  final ImmutableMap<Availability, BitSet> byEvening;
  /** Program types by the credentials they prepare for. */
  final ImmutableMap<CredentialId, BitSet> byPreparesFor;
  /** Program types by name, ignoring case. */
  final SortedValues<String> name;

  /**
   * Builds the indexes.
   *
   * @param types the program types, in catalog order
   */
  ProgramTypeIndex(List<ProgramType> types) {
    this.entries = new Entries<>(types, ProgramType::id);
    this.byLevel = entries.index(t -> List.of(t.level()));
    this.byField = entries.index(t -> List.of(t.field()));
    this.byDeliveryMode = entries.index(ProgramType::deliveryModes);
    this.byEvening = entries.index(t -> List.of(t.eveningPrograms()));
    this.byPreparesFor = entries.index(ProgramType::preparesFor);
    this.name = new SortedValues<>(types, t -> Optional.of(Text.fold(t.name())));
  }
}
