package org.himkit.testkit;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.random.RandomGenerator;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.jspecify.annotations.Nullable;

/**
 * Draws of the renewal inputs, CE activities and credential holdings: the only place that builds them,
 * so that a change of those types touches this class alone.
 */
final class Renewals {
  private Renewals() {}

  /**
   * Contact times around the conversion edges: one minute, the 45-minute part-hour (44, 45, 46), a whole
   * hour (59, 60, 61), an hour and three quarters, two and a half hours, the largest.
   */
  static final List<Integer> MINUTE_EDGES = List.of(1, 44, 45, 46, 59, 60, 61, 105, 150, 165, CeActivity.MAX_MINUTES);

  /** The CEUs of one activity: from one hundredth to the largest accepted, both often. */
  static final CeusGenerator ACTIVITY_CEUS = CeusGenerator.defaults().between(Ceus.ofHundredths(1),
      CeActivity.MAX_CEUS);

  private static final List<String> PROVIDERS = List.of("Component association", "Example webinars",
      "University extension", "Hospital education department");

  /** The providers the content rules of a catalog's policies name as an issuer's own, such as HCPro. */
  static List<String> namedProviders(org.himkit.catalog.HimCatalog catalog) {
    return catalog.renewalPolicies().stream().flatMap(p -> p.contentRules().stream())
        .flatMap(c -> c.namedSources().stream()).distinct().sorted().toList();
  }

  /** The credentials the credential content rules of a catalog's policies name, such as AAPC's CPMA. */
  static java.util.Set<CredentialId> withOwnMinimum(org.himkit.catalog.HimCatalog catalog) {
    return catalog.renewalPolicies().stream().flatMap(p -> p.credentialContentRules().stream())
        .map(org.himkit.policy.CredentialContentRule::credential).collect(java.util.stream.Collectors.toSet());
  }

  /** The earliest day a holding may be earned or an activity completed. */
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /**
   * Draws an activity completed on a day: one in five given in minutes (a conversion edge half of
   * the time), the others in CEUs; one in three from one of the issuers as provider (which makes it one
   * of that issuer's sources), the others from another provider; approved by some of the issuers, marked
   * as an issuer's source or, now and then, as not one.
   *
   * @param r  the source
   * @param id  the activity's id, unique in its ledger
   * @param number  a number that makes the title unique in its ledger
   * @param completed  the day completed
   * @param issuers  the issuers that may provide, mark or approve it
   * @return the activity
   */
  static CeActivity activity(RandomGenerator r, String id, int number, LocalDate completed,
      List<OrganizationId> issuers) {
    return activity(r, id, number, completed, issuers, List.of());
  }

  /**
   * Draws an activity as {@link #activity(RandomGenerator, String, int, LocalDate, List)} does, one in six
   * of those from another provider coming from a provider a content rule names as an issuer's own.
   */
  static CeActivity activity(RandomGenerator r, String id, int number, LocalDate completed,
      List<OrganizationId> issuers, List<String> namedProviders) {
    return activity(r, id, number, completed, issuers, namedProviders, List.of());
  }

  /**
   * Draws an activity as {@link #activity(RandomGenerator, String, int, LocalDate, List, List)} does; when
   * credentials with a minimum of their own are given, one in three is marked specific to some of them
   * (no extra draw otherwise, so that other ledgers stay as they were).
   */
  static CeActivity activity(RandomGenerator r, String id, int number, LocalDate completed,
      List<OrganizationId> issuers, List<String> namedProviders, List<CredentialId> ownMinimum) {
    CeActivity.Builder b = CeActivity.builder().id(id).title(Draws.phrase(r, Words.TOPICS) + " session " + number)
        .completed(completed).category(Draws.pick(r, CeCategory.values()));
    if (Draws.oneIn(r, 5)) {
      b.minutes(r.nextBoolean() ? Draws.pick(r, MINUTE_EDGES) : Draws.between(r, 1, 600));
    } else {
      b.ceus(ACTIVITY_CEUS.next(r));
    }
    @Nullable OrganizationId source = null;
    if (!issuers.isEmpty() && r.nextInt(3) == 0) {
      OrganizationId issuer = Draws.pick(r, issuers);
      b.provider(issuer.value());
      if (r.nextBoolean()) {
        source = issuer;
      }
    } else {
      b.provider(!namedProviders.isEmpty() && Draws.oneIn(r, 6) ? Draws.pick(r, namedProviders)
          : Draws.pick(r, PROVIDERS));
      if (!issuers.isEmpty() && Draws.oneIn(r, 4)) {
        source = Draws.pick(r, issuers);
      }
    }
    if (source != null) {
      b.addSourceOf(source);
    }
    b.addAllApprovedBy(Draws.some(r, issuers, issuers.size()));
    if (!issuers.isEmpty() && Draws.oneIn(r, 8)) {
      OrganizationId not = Draws.pick(r, issuers);
      if (!not.equals(source)) {
        b.addNotSourceOf(not);
      }
    }
    if (!ownMinimum.isEmpty() && Draws.oneIn(r, 3)) {
      b.addAllSpecificTo(Draws.some(r, ownMinimum, 1, ownMinimum.size()));
    }
    return b.build();
  }

  /** The contact times of a population's activities (the population's draws are kept as they were). */
  private static final List<Integer> POPULATION_MINUTES = List.of(1, 44, 45, 59, 60, 105, 150, 165,
      CeActivity.MAX_MINUTES);

  /**
   * Draws an activity of a {@link SyntheticPopulation}'s holder. The draws are those the population has
   * always made, so that a seed gives the same holders as before and benchmarks stay comparable: one in
   * five in minutes, one in three from an issuer (and marked as its source), approved by some of the
   * issuers; no caller's "not a source" mark and no provider named by a content rule, which the
   * simplified rules benchmarks compare with do not model ({@link #activity} draws those).
   */
  static CeActivity populationActivity(RandomGenerator r, String id, int number, LocalDate earliest, LocalDate last,
      List<OrganizationId> issuers) {
    CeActivity.Builder b = CeActivity.builder().id(id).title(Draws.phrase(r, Words.TOPICS) + " session " + number)
        .completed(DateGenerator.next(r, earliest, last)).category(Draws.pick(r, CeCategory.values()));
    if (Draws.oneIn(r, 5)) {
      b.minutes(r.nextBoolean() ? Draws.pick(r, POPULATION_MINUTES) : Draws.between(r, 1, 600));
    } else {
      b.ceus(ACTIVITY_CEUS.next(r));
    }
    if (r.nextInt(3) == 0) {
      OrganizationId issuer = Draws.pick(r, issuers);
      b.provider(issuer.value()).addSourceOf(issuer);
    } else {
      b.provider(Draws.pick(r, PROVIDERS));
    }
    b.addAllApprovedBy(Draws.some(r, issuers, issuers.size()));
    return b.build();
  }

  /**
   * Draws an activity that counts in full toward an issuer wherever its policy allows: in the HIIM
   * domains, from one of the issuer's sources, approved by it, in CEUs, and specific to the credentials
   * given (those held with a minimum of their own, such as AAPC's CPMA).
   */
  static CeActivity countingActivity(String id, int number, LocalDate completed, OrganizationId issuer, Ceus ceus,
      List<CredentialId> specificTo) {
    return CeActivity.builder().id(id).title("Counting session " + number).completed(completed)
        .category(CeCategory.HIIM_DOMAIN).ceus(ceus).provider(issuer.value()).addSourceOf(issuer)
        .addApprovedBy(issuer).addAllSpecificTo(specificTo).build();
  }

  /** Draws a holding of a credential earned on a day, with the holder's reference. */
  static CredentialHolding holding(CredentialId credential, LocalDate earned, String reference) {
    return CredentialHolding.builder().credential(credential).earned(earned).holderReference(reference).build();
  }

  /**
   * Draws a holding on its own: any credential, earned on a day of a range, with or without reference,
   * an explicit cycle start on or after the day earned and a first-cycle requirement, and a membership due date.
   */
  static CredentialHolding holding(RandomGenerator r, DateGenerator dates) {
    LocalDate earned = dates.next(r);
    CredentialHolding.Builder b = CredentialHolding.builder().credential(HimGenerators.credentialIds().next(r))
        .earned(earned.isBefore(EARLIEST) ? EARLIEST : earned);
    b.holderReference(Draws.maybe(r, () -> "holder-" + r.nextInt(1_000_000)));
    if (r.nextBoolean()) {
      LocalDate start = earned.plusDays(Draws.between(r, 0, 800));
      b.cycleStart(start.isBefore(EARLIEST) ? EARLIEST : start);
      b.firstCycleRequiredCeus(Draws.maybe(r, () -> CeusGenerator.defaults().between(Ceus.ZERO, Ceus.of(40)).next(r)));
    }
    b.membershipDue(Draws.maybe(r, () -> Draws.pick(r, MonthDay.of(1, 31), MonthDay.of(2, 29), MonthDay.of(3, 15),
        MonthDay.of(12, 31), MonthDay.of(6, 30))));
    return b.build();
  }
}
