package org.himkit.catalog;

import java.util.BitSet;
import java.util.Comparator;
import java.util.Objects;
import org.himkit.RoleId;
import org.himkit.WorkSetting;
import org.jspecify.annotations.Nullable;

/**
 * An immutable query of a catalog's work settings, from {@link HimCatalog#workSettings()}.
 *
 * <pre>{@code
 * HimCatalog hi = HimCatalog.builtIn();
 * List<WorkSetting> settings = hi.workSettings().ofRole(RoleId.of("cancer-registrar")).list();   // hospitals
 * }</pre>
 *
 * <p>Results come in catalog order unless sorted; see {@link CatalogQuery}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkSettingQuery extends CatalogQuery<WorkSetting, WorkSettingQuery> {

  WorkSettingQuery(CatalogIndexes indexes, Filter<WorkSetting> filter, @Nullable Comparator<Integer> order,
      String orderName) {
    super(indexes, indexes.workSettings, filter, order, orderName);
  }

  @Override
  WorkSettingQuery with(Filter<WorkSetting> filter, @Nullable Comparator<Integer> order, String orderName) {
    return new WorkSettingQuery(indexes, filter, order, orderName);
  }

  @Override
  String kindName() {
    return "work settings";
  }

  /**
   * Returns a query of the settings a role works in; none if the catalog has no such role.
   *
   * <pre>{@code
   * hi.workSettings().ofRole(RoleId.of("medical-coder")).list();   // hospitals, physician offices
   * }</pre>
   *
   * @param role the role, not null
   * @return the refined query, not null
   */
  public WorkSettingQuery ofRole(RoleId role) {
    Objects.requireNonNull(role, "role");
    BitSet bits = indexes.roles.entries.position(role)
        .map(p -> indexes.workSettings.positionsOf(indexes.roles.entries.items().get(p).workSettings()))
        .orElseGet(BitSet::new);
    return refine("ofRole(" + role + ")", bits);
  }

  /**
   * Returns this query with its results ordered by name, ignoring case.
   *
   * <pre>{@code
   * hi.workSettings().sortedByName().list();   // Consultants, Correctional facilities, ...
   * }</pre>
   *
   * @return the sorted query, not null
   */
  public WorkSettingQuery sortedByName() {
    return sorted("sortedByName", indexes.workSettingNames.byValue(false));
  }

  /**
   * Returns a query of the roles that work in any of the matching settings, in catalog order.
   *
   * <pre>{@code
   * hi.workSettings().where(s -> s.name().startsWith("Law")).roles().list();
   * }</pre>
   *
   * @return a role query, not null
   */
  public RoleQuery roles() {
    BitSet bits = CatalogIndexes.union(indexes.workSettings.items(), positions(), WorkSetting::id,
        indexes.roles.bySetting);
    return indexes.roleQuery().refine("in(" + this + ")", bits);
  }
}
