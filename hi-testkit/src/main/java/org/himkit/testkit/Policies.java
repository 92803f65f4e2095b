package org.himkit.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.OrganizationId;
import org.himkit.policy.CarryoverRule;
import org.himkit.policy.CeCategory;
import org.himkit.policy.CeUnit;
import org.himkit.policy.Ceus;
import org.himkit.policy.ContactTimeRule;
import org.himkit.policy.ContentRule;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.LapseRule;
import org.himkit.policy.MandatoryActivity;
import org.himkit.policy.MultiCredentialRule;
import org.himkit.policy.QualifyingActivity;
import org.himkit.policy.RenewalChoice;
import org.himkit.policy.RenewalPolicy;
import org.himkit.RenewalPolicyId;

/**
 * Draws of renewal policy versions and their rules, each through its public builder or constructor.
 * Every rule type of {@code org.himkit.policy} is drawn here and nowhere else.
 */
final class Policies {
  private Policies() {}

  private static final CeusGenerator SMALL = CeusGenerator.defaults().between(Ceus.ZERO, Ceus.of(60));

  /**
   * Draws one version of a policy: the cycle, the CEUs of each covered credential, and each optional
   * rule about half of the time.
   */
  static RenewalPolicy version(RandomGenerator r, RenewalPolicyId id, String name, OrganizationId issuer,
      List<CredentialId> covered, CeusGenerator ceus, DateGenerator dates, Optional<LocalDate> from,
      Optional<LocalDate> to, Pool<KnownOmissionId> omissions) {
    Map<CredentialId, Ceus> required = new LinkedHashMap<>();
    for (CredentialId c : covered) {
      required.put(c, ceus.next(r));
    }
    RenewalPolicy.Builder b = RenewalPolicy.builder().id(id).name(name).issuer(issuer).effectiveFrom(from)
        .effectiveTo(to)
        .cycleLength(Draws.pick(r, Period.ofYears(2), Period.ofYears(1), Period.ofMonths(24), Period.ofYears(3),
            Period.ofMonths(18)))
        .cycleAnchor(Draws.pick(r, CycleAnchor.values())).putAllRequiredCeus(required)
        .addAllContentRules(Draws.listOf(r, 0, 2, () -> contentRule(r)))
        .addAllMandatoryActivities(Draws.listOf(r, 0, 1, () -> mandatoryActivity(r, covered, dates)))
        .addAllCitations(Vocabulary.citations(r));
    if (Draws.oneIn(r, 4)) {
      b.unit(CeUnit.CE_HOURS);
    }
    b.multiCredentialRule(Draws.maybe(r, () -> multiCredentialRule(r, required)));
    b.lapseRule(Draws.maybe(r, () -> lapseRule(r)));
    b.carryover(Draws.maybe(r, () -> carryoverRule(r)));
    b.contactTimeRule(Draws.maybe(r, () -> contactTimeRule(r)));
    List<CeCategory> accepted = Draws.oneIn(r, 3)
        ? Draws.some(r, List.of(CeCategory.values()), 1, CeCategory.values().length) : List.of(CeCategory.values());
    b.acceptedCategories(accepted);
    b.addAllQualifyingActivities(Draws.listOf(r, 0, 2, () -> qualifyingActivity(r, accepted)));
    // the choices the library makes where the policy's sources leave a rule open, each with its omission
    for (RenewalChoice choice : Draws.some(r, List.of(RenewalChoice.values()), 3)) {
      omissions.one(r).ifPresent(o -> b.putChoice(choice, o));
    }
    b.issuerApprovalRequired(Draws.maybe(r, () -> Vocabulary.citation(r)));
    b.ceusBeforeCertificationExcluded(Draws.maybe(r, () -> Vocabulary.citation(r)));
    b.addAllCredentialContentRules(credentialContentRules(r, required));
    return b.build();
  }

  /**
   * Draws one to {@code maxVersions} versions of a policy whose effective ranges do not overlap, oldest
   * first: the first may have no start and the last no end, and a gap between two versions comes up
   * now and then. Version {@code v} covers the credentials {@code coverage} gives for it.
   */
  static List<RenewalPolicy> versions(RandomGenerator r, RenewalPolicyId id, OrganizationId issuer, int maxVersions,
      CeusGenerator ceus, DateGenerator dates, Pool<KnownOmissionId> omissions, Coverage coverage) {
    int wanted = Draws.between(r, 1, maxVersions);
    TreeSet<LocalDate> cuts = new TreeSet<>();
    for (int i = 0; i <= wanted; i++) {
      cuts.add(dates.next(r));
    }
    List<LocalDate> days = new ArrayList<>(cuts);
    int versions = Math.max(1, days.size() - 1);
    List<RenewalPolicy> out = new ArrayList<>(versions);
    for (int v = 0; v < versions; v++) {
      LocalDate start = days.get(v);
      Optional<LocalDate> from = v > 0 || r.nextBoolean() ? Optional.of(start) : Optional.empty();
      Optional<LocalDate> to;
      if (v + 1 < days.size() && (v < versions - 1 || r.nextBoolean())) {
        LocalDate end = days.get(v + 1).minusDays(Draws.oneIn(r, 5) ? 1 + r.nextInt(30) : 1);
        to = Optional.of(end.isBefore(start) ? start : end);
      } else {
        to = Optional.empty();
      }
      out.add(version(r, id, id + " version " + (v + 1), issuer, coverage.covered(v, versions), ceus, dates, from, to,
          omissions));
    }
    return out;
  }

  /** Which credentials version {@code v} of {@code versions} gives the CEUs of; never empty. */
  @FunctionalInterface
  interface Coverage {
    List<CredentialId> covered(int v, int versions);
  }

  static ContentRule contentRule(RandomGenerator r) {
    ContentRule.Kind kind = Draws.pick(r, ContentRule.Kind.values());
    int percent = r.nextBoolean() ? Draws.between(r, 1, 100) : Draws.pick(r, 80, 40);
    // an issuer-source rule now and then names providers that count as the issuer's own
    Set<String> named = kind == ContentRule.Kind.ISSUER_SOURCE && Draws.oneIn(r, 3)
        ? new LinkedHashSet<>(Draws.some(r, Words.PUBLISHERS, 1, 2)) : Set.of();
    return new ContentRule(kind, percent, "At least " + percent + " percent " + kind, Vocabulary.citation(r), named);
  }

  /** Draws, now and then, a credential content rule for some of the covered credentials that require CEUs. */
  static List<CredentialContentRule> credentialContentRules(RandomGenerator r, Map<CredentialId, Ceus> required) {
    if (!Draws.oneIn(r, 3)) {
      return List.of();
    }
    List<CredentialContentRule> out = new ArrayList<>();
    for (Map.Entry<CredentialId, Ceus> e : required.entrySet()) {
      if (!e.getValue().isZero() && r.nextBoolean()) {
        out.add(credentialContentRule(r, e.getKey(), e.getValue()));
      }
    }
    return out;
  }

  /** Draws a credential content rule asking at most {@code most} CEUs: 16 often, else a share of it. */
  static CredentialContentRule credentialContentRule(RandomGenerator r, CredentialId credential, Ceus most) {
    Ceus minimum = most.isAtLeast(Ceus.of(16)) && r.nextBoolean() ? Ceus.of(16)
        : Ceus.ofHundredths(Draws.between(r, 1L, most.hundredths()));
    return new CredentialContentRule(credential, minimum, Draws.phrase(r, Words.TOPICS), Vocabulary.citation(r));
  }

  static MandatoryActivity mandatoryActivity(RandomGenerator r, List<CredentialId> covered, DateGenerator dates) {
    return new MandatoryActivity(Draws.phrase(r, Words.TOPICS) + " self-review",
        new java.util.LinkedHashSet<>(Draws.some(r, covered, 1, 3)), Draws.pick(r, CeCategory.values()),
        Draws.between(r, 1, 3), SMALL.between(Ceus.ZERO, Ceus.of(10)).next(r), Vocabulary.citation(r),
        Draws.maybe(r, () -> dates.next(r)));
  }

  static MultiCredentialRule multiCredentialRule(RandomGenerator r, Map<CredentialId, Ceus> required) {
    Citation citation = Vocabulary.citation(r);
    if (r.nextBoolean()) {
      List<Ceus> table = new ArrayList<>();
      Ceus entry = SMALL.next(r);
      int n = Draws.between(r, 1, 6);
      for (int i = 0; i < n; i++) {
        table.add(entry);
        entry = entry.plus(Ceus.of(Draws.between(r, 0, 8)));
      }
      return new MultiCredentialRule.ByCount(table, citation);
    }
    Ceus per = SMALL.between(Ceus.ZERO, Ceus.of(20)).next(r);
    Ceus highest = required.values().stream().max(Ceus::compareTo).orElse(Ceus.ZERO);
    // the cap is met exactly by one to four additional credentials, or is any amount
    Ceus cap = r.nextBoolean() && Ceus.MAX.minusOrZero(highest).isAtLeast(per.multipliedBy(4))
        ? highest.plus(per.multipliedBy(Draws.between(r, 1, 4))) : SMALL.next(r);
    return new MultiCredentialRule.PlusPerAdditional(per, cap, citation);
  }

  static QualifyingActivity qualifyingActivity(RandomGenerator r, List<CeCategory> accepted) {
    return new QualifyingActivity(Draws.pick(r, Words.SENTENCES), Draws.pick(r, accepted), Vocabulary.citation(r));
  }

  static LapseRule lapseRule(RandomGenerator r) {
    Citation citation = Vocabulary.citation(r);
    return switch (r.nextInt(5)) {
      case 0 -> LapseRule.withGracePeriod(period(r), citation);
      case 1 -> LapseRule.inactiveThenRevoked(period(r), period(r), citation);
      case 2 -> LapseRule.revokedAfter(period(r), citation);
      case 3 -> LapseRule.withSubmissionDeadline(Draws.pick(r, Period.ofDays(1), Period.ofMonths(1)), period(r),
          citation);
      default -> {
        Optional<Period> grace = Draws.maybe(r, () -> period(r));
        Optional<Period> inactive = Draws.maybe(r, () -> period(r));
        // a submission deadline (shorter than any revocation period) only without a grace or inactive period
        Optional<Period> deadline = grace.isPresent() || inactive.isPresent() ? Optional.empty()
            : Draws.maybe(r, () -> Period.ofDays(1));
        yield new LapseRule(grace, inactive, Draws.maybe(r, () -> period(r)),
            inactive.isPresent() ? Optional.empty() : Draws.maybe(r, () -> period(r)), deadline,
            Draws.maybe(r, () -> period(r)), citation);
      }
    };
  }

  private static Period period(RandomGenerator r) {
    return Draws.pick(r, Period.ofDays(1), Period.ofMonths(3), Period.ofDays(90), Period.ofDays(180),
        Period.ofYears(1));
  }

  static CarryoverRule carryoverRule(RandomGenerator r) {
    return new CarryoverRule(r.nextBoolean(), r.nextBoolean(), Draws.pick(r, Words.SENTENCES), Vocabulary.citation(r));
  }

  static ContactTimeRule contactTimeRule(RandomGenerator r) {
    int perCeu = r.nextBoolean() ? 60 : Draws.between(r, 1, 120);
    int minimumPart = perCeu >= 45 && r.nextBoolean() ? 45 : Draws.between(r, 1, perCeu);
    return new ContactTimeRule(perCeu, minimumPart, Vocabulary.citation(r));
  }

}
