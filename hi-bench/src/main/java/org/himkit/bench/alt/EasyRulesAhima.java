package org.himkit.bench.alt;

import static org.himkit.bench.alt.SimplifiedAhima.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.jeasy.rules.annotation.Action;
import org.jeasy.rules.annotation.Condition;
import org.jeasy.rules.annotation.Fact;
import org.jeasy.rules.annotation.Rule;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;

/**
 * The simplified AHIMA rules in Easy Rules 4.1.0, written the way its documentation teaches: annotated
 * rule classes (one per requirement, plus the two that work out the cycle's amounts), registered once in
 * a {@link Rules} set, and fired by a {@link DefaultRulesEngine} on fresh {@link Facts} for each holder and
 * cycle. The caller walks the cycles and reads the outcome from the facts.
 */
public final class EasyRulesAhima implements SimplifiedAhima.Implementation {
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  /** Creates the implementation and registers its rules. */
  public EasyRulesAhima() {
    rules.register(new RequiredCeusRule(), new CountCeusRule(), new CeuTotalRule(), new HiimDomainRule(),
        new AhimaSourceRule());
  }

  @Override
  public Standing assess(List<CredentialHolding> holdings, List<CeActivity> activities, LocalDate asOf) {
    LocalDate first = firstEarned(holdings);
    for (int n = 0; ; n++) {
      LocalDate start = first.plusYears((long) CYCLE_YEARS * n);
      LocalDate end = first.plusYears((long) CYCLE_YEARS * (n + 1)).minusDays(1);
      Facts facts = new Facts();
      facts.put("holdings", holdings);
      facts.put("activities", activities);
      facts.put("cycleStart", start);
      facts.put("cycleEnd", end);
      facts.put("unmet", new ArrayList<String>());
      engine.fire(rules, facts);
      long required = facts.get("required");
      long earned = facts.get("earned");
      List<String> unmet = facts.get("unmet");
      if (!asOf.isAfter(end)) {
        if (unmet.isEmpty()) {
          return new Standing(Status.MET, required, earned);
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, end);
        boolean behind = 2 * ChronoUnit.DAYS.between(start, asOf) > ChronoUnit.DAYS.between(start, end) + 1
            && 2 * earned < required;
        return new Standing(daysLeft < AT_RISK_DAYS || behind ? Status.AT_RISK : Status.ON_TRACK, required, earned);
      }
      if (!unmet.isEmpty()) {
        return new Standing(asOf.isAfter(end.plusDays(INACTIVE_DAYS)) ? Status.REVOKED : Status.INACTIVE, required,
            earned);
      }
    }
  }

  /** Works out the CEUs the credentials held require in the cycle. */
  @Rule(name = "required CEUs", description = "the highest single requirement plus 10 per additional credential, "
      + "at most 50; RHIA replaces RHIT", priority = 1)
  public static final class RequiredCeusRule {
    /**
     * Always applies.
     *
     * @return true
     */
    @Condition
    public boolean always() {
      return true;
    }

    /**
     * Puts the required CEUs, in hundredths, as the fact {@code required}.
     *
     * @param holdings  the credentials held
     * @param start  the cycle's first day
     * @param facts  the facts
     */
    @Action
    public void require(@Fact("holdings") List<CredentialHolding> holdings, @Fact("cycleStart") LocalDate start,
        Facts facts) {
      List<String> held = new ArrayList<>();
      for (CredentialHolding h : holdings) {
        if (!h.earned().isAfter(start)) {
          held.add(h.credential().value());
        }
      }
      if (held.contains("RHIA")) {
        held.remove("RHIT");
      }
      int highest = 0;
      for (String id : held) {
        highest = Math.max(highest, requiredCeus(id));
      }
      facts.put("required", 100L * Math.max(highest, Math.min(highest + PER_ADDITIONAL * (held.size() - 1), CAP)));
    }
  }

  /** Adds up the CEUs of the activities that count in the cycle. */
  @Rule(name = "count CEUs", description = "activities of an accepted category completed in the cycle",
      priority = 2)
  public static final class CountCeusRule {
    /**
     * Always applies.
     *
     * @return true
     */
    @Condition
    public boolean always() {
      return true;
    }

    /**
     * Puts the CEUs earned, those in the HIIM domains and those from AHIMA sources, in hundredths, as the
     * facts {@code earned}, {@code hiim} and {@code fromAhima}.
     *
     * @param activities  the activities
     * @param start  the cycle's first day
     * @param end  the cycle's last day
     * @param facts  the facts
     */
    @Action
    public void count(@Fact("activities") List<CeActivity> activities, @Fact("cycleStart") LocalDate start,
        @Fact("cycleEnd") LocalDate end, Facts facts) {
      long earned = 0;
      long hiim = 0;
      long fromAhima = 0;
      for (CeActivity a : activities) {
        if (a.completed().isBefore(start) || a.completed().isAfter(end) || a.category() == CeCategory.UNRELATED) {
          continue;
        }
        long c = hundredths(a);
        earned += c;
        hiim += a.category().isHiimDomain() ? c : 0;
        fromAhima += a.sourceOf().contains(AHIMA) ? c : 0;
      }
      facts.put("earned", earned);
      facts.put("hiim", hiim);
      facts.put("fromAhima", fromAhima);
    }
  }

  /** The CEU total: the cycle's required CEUs. */
  @Rule(name = "CEU total", description = "earn the required CEUs in the cycle", priority = 3)
  public static final class CeuTotalRule {
    /**
     * Applies if fewer CEUs were earned than required.
     *
     * @param earned  the CEUs earned, in hundredths
     * @param required  the CEUs required, in hundredths
     * @return whether the requirement is unmet
     */
    @Condition
    public boolean unmet(@Fact("earned") long earned, @Fact("required") long required) {
      return earned < required;
    }

    /**
     * Records the requirement as unmet.
     *
     * @param unmet  the unmet requirements
     */
    @Action
    public void record(@Fact("unmet") List<String> unmet) {
      unmet.add("CEU total");
    }
  }

  /** The HIIM-domain rule: 80 % of the required CEUs. */
  @Rule(name = "HIIM domains", description = "at least 80 % of the CEUs in the HIIM domains", priority = 4)
  public static final class HiimDomainRule {
    /**
     * Applies if less than 80 % of the required CEUs are in the HIIM domains.
     *
     * @param hiim  the CEUs in the HIIM domains, in hundredths
     * @param required  the CEUs required, in hundredths
     * @return whether the requirement is unmet
     */
    @Condition
    public boolean unmet(@Fact("hiim") long hiim, @Fact("required") long required) {
      return 100 * hiim < HIIM_PERCENT * required;
    }

    /**
     * Records the requirement as unmet.
     *
     * @param unmet  the unmet requirements
     */
    @Action
    public void record(@Fact("unmet") List<String> unmet) {
      unmet.add("HIIM domains");
    }
  }

  /** The AHIMA-source rule: 40 % of the required CEUs, for cycles beginning from 2025. */
  @Rule(name = "AHIMA sources", description = "from 2025, at least 40 % of the CEUs from AHIMA sources",
      priority = 5)
  public static final class AhimaSourceRule {
    /**
     * Applies if the cycle began in 2025 or later and less than 40 % of the required CEUs came from AHIMA
     * sources.
     *
     * @param start  the cycle's first day
     * @param fromAhima  the CEUs from AHIMA sources, in hundredths
     * @param required  the CEUs required, in hundredths
     * @return whether the requirement is unmet
     */
    @Condition
    public boolean unmet(@Fact("cycleStart") LocalDate start, @Fact("fromAhima") long fromAhima,
        @Fact("required") long required) {
      return !start.isBefore(AHIMA_SOURCE_FROM) && 100 * fromAhima < AHIMA_SOURCE_PERCENT * required;
    }

    /**
     * Records the requirement as unmet.
     *
     * @param unmet  the unmet requirements
     */
    @Action
    public void record(@Fact("unmet") List<String> unmet) {
      unmet.add("AHIMA sources");
    }
  }
}
