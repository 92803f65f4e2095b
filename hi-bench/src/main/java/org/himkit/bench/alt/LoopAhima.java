package org.himkit.bench.alt;

import static org.himkit.bench.alt.SimplifiedAhima.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;

/**
 * The simplified AHIMA rules as a plain loop over the activities, one pass per cycle, with CEUs in
 * hundredths in {@code long}s: what a user who cares about speed would write by hand.
 */
public final class LoopAhima implements SimplifiedAhima.Implementation {
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");

  @Override
  public Standing assess(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    LocalDate first = firstEarned(holdings);
    for (int n = 0; ; n++) {
      LocalDate start = first.plusYears((long) CYCLE_YEARS * n);
      LocalDate next = first.plusYears((long) CYCLE_YEARS * (n + 1));
      LocalDate end = next.minusDays(1);
      long required = required(holdings, start);
      long earned = 0;
      long hiim = 0;
      long fromAhima = 0;
      for (CeActivity a : activities) {
        LocalDate d = a.completed();
        if (d.isBefore(start) || d.isAfter(end) || a.category() == CeCategory.UNRELATED) {
          continue;
        }
        long c = hundredths(a);
        earned += c;
        if (a.category().isHiimDomain()) {
          hiim += c;
        }
        if (a.sourceOf().contains(AHIMA)) {
          fromAhima += c;
        }
      }
      boolean met = earned >= required && 100 * hiim >= HIIM_PERCENT * required
          && (start.isBefore(AHIMA_SOURCE_FROM) || 100 * fromAhima >= AHIMA_SOURCE_PERCENT * required);
      if (!asOf.isAfter(end)) {
        if (met) {
          return new Standing(Status.MET, required, earned);
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, end);
        long passed = ChronoUnit.DAYS.between(start, asOf);
        long length = ChronoUnit.DAYS.between(start, next);
        boolean behind = 2 * passed > length && 2 * earned < required;
        return new Standing(daysLeft < AT_RISK_DAYS || behind ? Status.AT_RISK : Status.ON_TRACK, required, earned);
      }
      if (!met) {
        return new Standing(asOf.isAfter(end.plusDays(INACTIVE_DAYS)) ? Status.REVOKED : Status.INACTIVE, required,
            earned);
      }
    }
  }

  private static long required(List<CredentialHolding> holdings, LocalDate start) {
    boolean rhia = false;
    for (CredentialHolding h : holdings) {
      if (!h.earned().isAfter(start) && h.credential().value().equals("RHIA")) {
        rhia = true;
      }
    }
    int count = 0;
    int highest = 0;
    for (CredentialHolding h : holdings) {
      String id = h.credential().value();
      if (h.earned().isAfter(start) || (rhia && id.equals("RHIT"))) {
        continue;
      }
      count++;
      highest = Math.max(highest, requiredCeus(id));
    }
    return 100L * Math.max(highest, Math.min(highest + PER_ADDITIONAL * (count - 1), CAP));
  }
}
