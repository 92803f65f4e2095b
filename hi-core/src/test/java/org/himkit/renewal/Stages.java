package org.himkit.renewal;

import static org.himkit.renewal.Fixtures.CATALOG;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;

/** The pipeline's stages set up from the built-in catalog, for tests of each stage on its own. */
final class Stages {
  private Stages() {}

  static final Map<RenewalPolicyId, PolicyPlan> PLANS = plans();

  private static Map<RenewalPolicyId, PolicyPlan> plans() {
    Map<RenewalPolicyId, List<RenewalPolicy>> byId = new LinkedHashMap<>();
    CATALOG.renewalPolicies().forEach(p -> byId.computeIfAbsent(p.id(), k -> new java.util.ArrayList<>()).add(p));
    Map<RenewalPolicyId, PolicyPlan> out = new LinkedHashMap<>();
    byId.forEach((id, versions) -> out.put(id, PolicyPlan.of(CATALOG, versions)));
    return out;
  }

  static PolicyPlan plan(String id) {
    return java.util.Objects.requireNonNull(PLANS.get(RenewalPolicyId.of(id)), id);
  }

  static HoldingGroups groups(LocalDate asOf, CredentialHolding... holdings) {
    return HoldingGroups.of(List.of(holdings), asOf, CATALOG::getCredential, PLANS);
  }

  static HoldingGroups.Group group(LocalDate asOf, CredentialHolding... holdings) {
    return groups(asOf, holdings).groups.get(0);
  }

  static VersionPlan version(String policy, LocalDate cycleStart) {
    return java.util.Objects.requireNonNull(plan(policy).versionOn(cycleStart.toEpochDay()), policy);
  }

  /** The cycle of a policy version from one day to another, as the calendar would give it. */
  static CycleCalendar.PlannedCycle cycle(String policy, LocalDate start, LocalDate end) {
    VersionPlan v = version(policy, start);
    return new CycleCalendar.PlannedCycle(0, new RenewalCycle(start, end, v.policy), v, false);
  }
}
