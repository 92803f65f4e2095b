package org.himkit.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;

/**
 * Makes one synthetic holder of a population, from the holdings and activities {@link Renewals} draws.
 */
final class HolderGenerator {

  private final HimCatalog catalog;
  private final List<OrganizationId> issuers;
  /** The credentials of each issuer that has any, one list per issuer. */
  private final List<List<CredentialId>> credentialsByIssuer;
  private final List<CredentialId> allCredentials;
  private final LocalDate from;
  private final LocalDate asOf;

  HolderGenerator(HimCatalog catalog, List<OrganizationId> issuers, LocalDate from, LocalDate asOf) {
    this.catalog = catalog;
    this.issuers = List.copyOf(issuers);
    Map<OrganizationId, List<CredentialId>> byIssuer = new LinkedHashMap<>();
    for (OrganizationId issuer : issuers) {
      List<CredentialId> ids = catalog.credentials().issuedBy(issuer).withStatus(CredentialStatus.ACTIVE).stream()
          .filter(c -> c.renewalPolicy().isPresent()).map(Credential::id).toList();
      if (!ids.isEmpty()) {
        byIssuer.put(issuer, ids);
      }
    }
    if (byIssuer.isEmpty()) {
      throw new IllegalArgumentException("the catalog has no active credential with a renewal policy issued by "
          + issuers);
    }
    this.credentialsByIssuer = List.copyOf(byIssuer.values());
    this.allCredentials = credentialsByIssuer.stream().flatMap(List::stream).toList();
    this.from = from;
    this.asOf = asOf;
  }

  HimCatalog catalog() {
    return catalog;
  }

  List<OrganizationId> issuers() {
    return issuers;
  }

  SyntheticHolder holder(RandomGenerator r, long index) {
    // the numbers first, in fixed positions, so that shrinking one leaves the other in place; then each
    // part from its own details (two draws), so that the numbers are a large share of all draws
    int w = r.nextInt(20);
    int wanted = w < 10 ? 1 : w < 16 ? 2 : w < 19 ? 3 : 4;
    int n = Draws.between(r, 5, 40);
    List<CredentialId> held = credentials(detail(r), wanted);
    LocalDate lastEarned = asOf.minusDays(60);
    LocalDate earned = from;
    String reference = "holder-" + index;
    List<CredentialHolding> holdings = new ArrayList<>(held.size());
    LearnerProfile.Builder profile = LearnerProfile.builder().highSchoolDiploma(true);
    for (CredentialId id : held) {
      earned = DateGenerator.next(detail(r), earned, lastEarned);
      holdings.add(Renewals.holding(id, earned, reference));
      profile.putCredential(id, earned);
    }
    LocalDate firstEarned = holdings.get(0).earned();
    List<CeActivity> activities = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      activities.add(Renewals.populationActivity(detail(r), "h" + index + "-a" + j, j + 1,
          max(firstEarned.minusDays(90), Renewals.EARLIEST), asOf, issuers));
    }
    activities.sort(java.util.Comparator.comparing(CeActivity::completed));
    RandomGenerator d = detail(r);
    profile.addEducation(new Education(Draws.pick(d, DegreeLevel.values()),
        Draws.maybe(d, () -> Draws.pick(d, ProgramField.values())), Draws.maybe(d, () -> OrganizationId.of("CAHIIM")),
        EducationStatus.COMPLETED, Draws.maybe(d, () -> firstEarned.minusYears(1))));
    if (Draws.oneIn(d, 4)) {
      // a further program, completed or not
      profile.addEducation(new Education(Draws.pick(d, DegreeLevel.values()), Optional.of(ProgramField.HEALTH_INFORMATICS),
          Optional.empty(), Draws.pick(d, EducationStatus.values()), Optional.empty()));
    }
    for (ExperienceDomain domain : ExperienceDomain.values()) {
      if (d.nextBoolean()) {
        profile.putExperience(domain, Draws.between(d, 0, LearnerProfile.MAX_EXPERIENCE_MONTHS));
      }
    }
    return new SyntheticHolder(index, holdings, activities, profile.build());
  }

  /** The details of one part of a holder: the simplest one time in 32. */
  private static RandomGenerator detail(RandomGenerator r) {
    return Draws.detail(r, 32);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** One to four distinct credentials: one half of the time, four one time in twenty, mostly of one issuer. */
  private List<CredentialId> credentials(RandomGenerator r, int wanted) {
    List<CredentialId> ofIssuer = Draws.pick(r, credentialsByIssuer);
    List<CredentialId> held = new ArrayList<>(wanted);
    held.add(Draws.pick(r, ofIssuer));
    for (int i = 1; i < wanted; i++) {
      List<CredentialId> pool = r.nextInt(10) < 7 ? ofIssuer : allCredentials;
      List<CredentialId> left = pool.stream().filter(c -> !held.contains(c)).toList();
      if (left.isEmpty()) {
        break;
      }
      held.add(Draws.pick(r, left));
    }
    return held;
  }
}
