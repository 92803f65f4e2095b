package org.himkit.testkit;

import java.util.Collection;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.ProgramOffering;
import org.himkit.ProgramType;
import org.himkit.Role;
import org.himkit.WorkSetting;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.KnownOmission;
import org.himkit.policy.RenewalPolicy;
import org.himkit.renewal.HolderRecord;
import org.jspecify.annotations.Nullable;

/**
 * Describes generated values in failure messages: a catalog entry by entry, with the attributes that
 * queries and checks look at, one line each; a collection element by element; anything else by its
 * {@code toString()}, which for the value types lists every attribute.
 */
final class Describer {
  private Describer() {}

  static String describe(@Nullable Object value) {
    if (value instanceof HimCatalog catalog) {
      return catalog(catalog);
    }
    if (value instanceof SyntheticHolder holder) {
      return holder + "\n  holdings: " + holder.holdings() + "\n  activities: " + holder.activities()
          + "\n  profile: " + holder.profile();
    }
    if (value instanceof HolderRecord record) {
      return "HolderRecord" + record.recordsBegin().map(d -> " records begin " + d).orElse("")
          + (record.goodStandingThrough().isEmpty() ? "" : " good standing through " + record.goodStandingThrough())
          + "\n  holdings: " + describe(record.holdings()) + "\n  activities: " + describe(record.activities());
    }
    if (value instanceof Collection<?> values && !values.isEmpty()) {
      return values.stream().map(Describer::describe).collect(Collectors.joining("\n", "[\n", "\n]"));
    }
    return String.valueOf(value);
  }

  private static String catalog(HimCatalog c) {
    StringBuilder sb = new StringBuilder("HimCatalog ").append(c.version()).append('\n');
    for (Organization o : c.organizations()) {
      line(sb, "organization", o.id() + " " + o.kinds());
    }
    for (Credential cr : c.credentials().list()) {
      line(sb, "credential", cr.id() + " \"" + cr.fullName() + "\" " + cr.kind() + " " + cr.status() + " by "
          + cr.issuer() + " domains " + cr.domains() + " aliases " + cr.aliases()
          + cr.renewalPolicy().map(p -> " policy " + p).orElse("")
          + (cr.supersedes().isEmpty() ? "" : " supersedes " + cr.supersedes())
          + cr.eligibility().map(e -> " eligibility: " + e).orElse(""));
    }
    for (RenewalPolicy p : c.renewalPolicies()) {
      line(sb, "policy", p.id() + " \"" + p.name() + "\" by " + p.issuer() + " from "
          + p.effectiveFrom().map(Object::toString).orElse("the start") + " to "
          + p.effectiveTo().map(Object::toString).orElse("now") + ", every " + p.cycleLength() + ": "
          + p.requiredCeus());
    }
    for (Role r : c.roles().list()) {
      line(sb, "role", r.id() + " \"" + r.title() + "\" " + r.level() + " " + r.patientContact()
          + r.specializationOf().map(s -> " specializing " + s).orElse("") + " credentials " + r.credentials()
          + " settings " + r.workSettings() + " occupations " + r.occupations()
          + r.typicalEntry().map(e -> " entry: " + e).orElse(""));
    }
    for (ProgramType t : c.programTypes().list()) {
      line(sb, "program type", t.id() + " \"" + t.name() + "\" " + t.level() + " " + t.field() + " "
          + t.deliveryModes() + " evening " + t.eveningPrograms() + " prepares for " + t.preparesFor());
    }
    for (ProgramOffering o : c.programOfferings().list()) {
      line(sb, "offering", o.id() + " " + o.programType() + " \"" + o.institution() + "\" " + o.location().country()
          + o.location().region().map(x -> " " + x).orElse("") + " " + o.accreditationStatus() + " "
          + o.deliveryModes() + " evening " + o.eveningPrograms());
    }
    for (Occupation o : c.occupations().list()) {
      line(sb, "occupation", o.id() + " \"" + o.title() + "\" codes " + o.codes().stream().map(x -> x.value())
          .collect(Collectors.toList()) + " wages " + o.wages().stream().map(w -> w.measure() + " " + w.amount() + " "
          + w.currency() + w.referenceMonth().map(m -> " " + m).orElse("")).collect(Collectors.toList()));
    }
    for (WorkSetting s : c.workSettings().list()) {
      line(sb, "work setting", s.id() + " \"" + s.name() + "\"");
    }
    for (KnownOmission o : c.knownOmissions()) {
      line(sb, "known omission", o.id() + " " + o.topic() + " " + o.kind() + " " + o.credentials() + " "
          + o.organizations());
    }
    c.profession().ifPresent(p -> line(sb, "profession", p.name() + " of " + p.professionalOrganization()));
    return sb.toString();
  }

  private static void line(StringBuilder sb, String kind, String text) {
    sb.append("  ").append(kind).append(' ').append(text).append('\n');
  }
}
