package org.himkit.testkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.PatientContact;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.policy.Ceus;
import org.himkit.catalog.CatalogQuery;
import org.himkit.catalog.CredentialQuery;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.OccupationQuery;
import org.himkit.catalog.ProgramOfferingQuery;
import org.himkit.catalog.ProgramTypeQuery;
import org.himkit.catalog.RoleQuery;
import org.himkit.catalog.WorkSettingQuery;
import org.himkit.policy.RenewalPolicy;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.HimGens;
import org.junit.jupiter.api.Test;

/**
 * Properties of the query API over generated catalogs. Every indexed filter is paired with a
 * specification: a predicate written directly from the filter's documentation, with no index. The
 * properties: each filter returns exactly what {@code where(specification)} and a plain scan return;
 * results are subsets of the whole, in catalog order and without duplicates; {@code and} is the
 * intersection, {@code or} the union and {@code not} the complement; sorting is a stable sort of the
 * unsorted result; the terminal operations agree with each other.
 */
class QueryPropertiesTest {

  /** A filter with random arguments and its specification. */
  record Case<T, Q extends CatalogQuery<T, Q>>(String name, UnaryOperator<Q> filter, Predicate<T> spec) {}

  /** A sort and the comparator it must be a stable sort by. */
  record Sort<T, Q extends CatalogQuery<T, Q>>(String name, UnaryOperator<Q> sort, Comparator<T> spec) {}

  /** The cases of one kind of entry, with the query of all entries. */
  record Kind<T, Q extends CatalogQuery<T, Q>>(Supplier<Q> all, List<Case<T, Q>> cases, List<Sort<T, Q>> sorts) {}

  /** The number of catalogs per property; raise it with {@code -Dhimkit.qt.examples=1000} for a deeper run. */
  private static final int EXAMPLES = Integer.getInteger("himkit.qt.examples", 60);

  /** The shrink cycles after a failure: each builds a catalog, so far fewer than QuickTheories' 100,000. */
  private static final int SHRINKS = 300;

  // ------------------------------------------------------------------------------------------------
  // properties

  /** Runs a check on every kind of entry of generated catalogs, with a random source for arguments. */
  private static void forAllKinds(java.util.function.BiConsumer<Kind<?, ?>, SplittableRandom> check) {
    qt().withExamples(EXAMPLES).withShrinkCycles(SHRINKS)
        .forAll(HimGens.of(HimGenerators.catalogs().withOfferings(0, 300)), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((catalog, seed) -> {
          SplittableRandom r = new SplittableRandom(seed);
          kinds(catalog, r).forEach(k -> check.accept(k, r));
        });
  }

  @Test
  void indexedFiltersReturnExactlyWhatTheirSpecificationAndAScanReturn() {
    forAllKinds((k, r) -> checkFilters(k));
  }

  @Test
  void andIsTheIntersectionOrTheUnionNotTheComplement() {
    forAllKinds(QueryPropertiesTest::checkCombinators);
  }

  @Test
  void sortingIsStableAndTerminalOperationsAgree() {
    forAllKinds(QueryPropertiesTest::checkSorts);
  }

  private static <T, Q extends CatalogQuery<T, Q>> void checkFilters(Kind<T, Q> kind) {
    List<T> all = kind.all().get().list();
    for (Case<T, Q> c : kind.cases()) {
      List<T> indexed = c.filter().apply(kind.all().get()).list();
      List<T> scanned = all.stream().filter(c.spec()).collect(Collectors.toList());
      assertThat(indexed).as(c.name()).isEqualTo(scanned);
      assertThat(kind.all().get().where(c.spec()).list()).as(c.name()).isEqualTo(scanned);
      assertThat(c.filter().apply(kind.all().get()).count()).as(c.name()).isEqualTo(scanned.size());
    }
  }

  private static <T, Q extends CatalogQuery<T, Q>> void checkCombinators(Kind<T, Q> kind, SplittableRandom r) {
    List<T> all = kind.all().get().list();
    assertThat(all).doesNotHaveDuplicates();
    for (int i = 0; i < 6; i++) {
      Case<T, Q> a = pick(r, kind.cases());
      Case<T, Q> b = pick(r, kind.cases());
      Case<T, Q> c = pick(r, kind.cases());
      Q qa = a.filter().apply(kind.all().get());
      Q qb = b.filter().apply(kind.all().get());
      String what = a.name() + " / " + b.name() + " / " + c.name();
      List<T> chained = b.filter().apply(qa).list();
      assertSubsetInCatalogOrder(chained, all, what);
      assertThat(chained).as(what).isEqualTo(scan(all, a.spec().and(b.spec())));
      assertThat(qa.and(qb).list()).as(what).isEqualTo(chained);
      assertThat(qa.or(qb).list()).as(what).isEqualTo(scan(all, a.spec().or(b.spec())));
      assertThat(qa.not().list()).as(what).isEqualTo(scan(all, a.spec().negate()));
      Q nested = c.filter().apply(qa.or(qb).not()).or(qa.where(b.spec()));
      Predicate<T> nestedSpec = a.spec().or(b.spec()).negate().and(c.spec()).or(a.spec().and(b.spec()));
      assertSubsetInCatalogOrder(nested.list(), all, what);
      assertThat(nested.list()).as(what + " nested " + nested).isEqualTo(scan(all, nestedSpec));
      assertThat(qa.list()).as("refining does not change the query refined").isEqualTo(scan(all, a.spec()));
    }
  }

  private static <T, Q extends CatalogQuery<T, Q>> void checkSorts(Kind<T, Q> kind, SplittableRandom r) {
    for (Sort<T, Q> s : kind.sorts()) {
      Case<T, Q> c = pick(r, kind.cases());
      Q filtered = c.filter().apply(kind.all().get());
      Q sorted = s.sort().apply(filtered);
      List<T> expected = new ArrayList<>(filtered.list());
      expected.sort(s.spec());
      String what = s.name() + " of " + c.name();
      assertThat(sorted.list()).as(what).isEqualTo(expected);
      assertThat(sorted.list()).as(what + " twice").isEqualTo(sorted.list());
      assertThat(sorted.stream().collect(Collectors.toList())).as(what).isEqualTo(expected);
      assertThat(sorted.first()).as(what).isEqualTo(expected.stream().findFirst());
      assertThat(sorted.count()).as(what).isEqualTo(expected.size());
      assertThat(sorted.exists()).as(what).isEqualTo(!expected.isEmpty());
      assertThat(filtered.first()).as(what).isEqualTo(filtered.list().stream().findFirst());
      // the sort survives later refinements and combinations
      assertThat(sorted.where(c.spec()).list()).as(what).isEqualTo(expected);
      assertThat(sorted.and(filtered).list()).as(what).isEqualTo(expected);
    }
  }

  private static <T> void assertSubsetInCatalogOrder(List<T> result, List<T> all, String what) {
    IdentityHashMap<T, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      position.put(all.get(i), i);
    }
    assertThat(result).as(what).allSatisfy(t -> assertThat(position).containsKey(t));
    List<Integer> positions = result.stream().map(position::get).collect(Collectors.toList());
    assertThat(positions).as(what).isSorted().doesNotHaveDuplicates();
  }

  private static <T> List<T> scan(List<T> all, Predicate<T> test) {
    return all.stream().filter(test).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------------------------
  // the cases, with random arguments drawn mostly from the catalog's own values

  private static List<Kind<?, ?>> kinds(HimCatalog hi, SplittableRandom r) {
    return List.of(roles(hi, r), credentials(hi, r), programTypes(hi, r), offerings(hi, r), occupations(hi, r),
        workSettings(hi, r));
  }

  private static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  private static <T> T pick(SplittableRandom r, T[] items) {
    return items[r.nextInt(items.length)];
  }

  private static <T> T any(SplittableRandom r, List<T> items, T fallback) {
    return items.isEmpty() || r.nextInt(8) == 0 ? fallback : pick(r, items);
  }

  private static Kind<Role, RoleQuery> roles(HimCatalog hi, SplittableRandom r) {
    DegreeLevel level = pick(r, DegreeLevel.values());
    CredentialId cred = any(r, ids(hi.credentials().list(), Credential::id), CredentialId.of("NONE"));
    WorkSettingId setting = any(r, ids(hi.workSettings().list(), WorkSetting::id), WorkSettingId.of("none"));
    RoleLevel roleLevel = pick(r, RoleLevel.values());
    RoleId broader = any(r, ids(hi.roles().list(), Role::id), RoleId.of("none"));
    PatientContact contact = pick(r, PatientContact.values());
    OccupationId occupation = any(r, ids(hi.occupations().list(), Occupation::id), OccupationId.of("00-0000"));
    String code = occupation.value() + (r.nextBoolean() ? ".00" : "");
    BigDecimal wage = BigDecimal.valueOf(30_000 + 1_000L * r.nextInt(62));
    Map<OccupationId, Occupation> occupations = hi.occupations().stream()
        .collect(Collectors.toMap(Occupation::id, o -> o));
    return new Kind<>(hi::roles, List.of(
        new Case<>("requiringAtMost(" + level + ")", q -> q.requiringAtMost(level),
            role -> role.typicalEntry().map(t -> Routes.typicallyWithin(t, level)).orElse(false)),
        new Case<>("withCredential(" + cred + ")", q -> q.withCredential(cred), role -> role.credentials().contains(cred)),
        new Case<>("inSetting(" + setting + ")", q -> q.inSetting(setting), role -> role.workSettings().contains(setting)),
        new Case<>("atLevel(" + roleLevel + ")", q -> q.atLevel(roleLevel), role -> role.level() == roleLevel),
        new Case<>("specializing(" + broader + ")", q -> q.specializing(broader),
            role -> role.specializationOf().equals(java.util.Optional.of(broader))),
        new Case<>("withPatientContact(" + contact + ")", q -> q.withPatientContact(contact),
            role -> role.patientContact() == contact),
        new Case<>("inOccupation(" + occupation + ")", q -> q.inOccupation(occupation),
            role -> role.occupations().contains(occupation)),
        new Case<>("withOccupationCode(" + code + ")", q -> q.withOccupationCode(code),
            role -> role.occupations().stream().map(occupations::get)
                .anyMatch(o -> o.id().value().equals(code) || o.codes().stream().anyMatch(c -> c.value().equals(code)))),
        new Case<>("withMedianWageAtLeast(" + wage + ")", q -> q.withMedianWageAtLeast(wage),
            role -> role.occupations().stream().map(occupations::get)
                .anyMatch(o -> usdMedian(o).filter(w -> w.compareTo(wage) >= 0).isPresent()))),
        List.of(new Sort<>("sortedByTitle", RoleQuery::sortedByTitle,
                Comparator.comparing(role -> role.title().toLowerCase(Locale.ROOT))),
            new Sort<>("sortedByMedianWage", RoleQuery::sortedByMedianWage,
                Comparator.comparing(role -> roleWage(role, occupations), highestFirst()))));
  }

  private static Kind<Credential, CredentialQuery> credentials(HimCatalog hi, SplittableRandom r) {
    OrganizationId issuer = any(r, hi.organizations().stream().map(Organization::id).collect(Collectors.toList()),
        OrganizationId.of("NONE"));
    CredentialKind kind = pick(r, CredentialKind.values());
    CredentialStatus status = pick(r, CredentialStatus.values());
    LocalDate day = interestingDay(hi, r);
    Ceus ceus = Ceus.ofHundredths(50L * r.nextInt(130));
    Period length = pick(r, List.of(Period.ofYears(2), Period.ofMonths(24), Period.ofYears(1),
        Period.ofYears(3), Period.ofMonths(30)));
    DegreeLevel level = pick(r, DegreeLevel.values());
    RoleId role = any(r, ids(hi.roles().list(), Role::id), RoleId.of("none"));
    Optional<Role> theRole = hi.findRole(role);
    return new Kind<>(hi::credentials, List.of(
        new Case<>("issuedBy(" + issuer + ")", q -> q.issuedBy(issuer), c -> c.issuer().equals(issuer)),
        new Case<>("ofKind(" + kind + ")", q -> q.ofKind(kind), c -> c.kind() == kind),
        new Case<>("withStatus(" + status + ")", q -> q.withStatus(status), c -> c.status() == status),
        new Case<>("withCycleCeusAtMost(" + ceus + ", " + day + ")", q -> q.withCycleCeusAtMost(ceus, day),
            c -> required(hi, c, day).filter(x -> x.compareTo(ceus) <= 0).isPresent()),
        new Case<>("withCycleCeusAtLeast(" + ceus + ", " + day + ")", q -> q.withCycleCeusAtLeast(ceus, day),
            c -> required(hi, c, day).filter(x -> x.compareTo(ceus) >= 0).isPresent()),
        new Case<>("withCycleLength(" + length + ", " + day + ")", q -> q.withCycleLength(length, day),
            c -> policyFor(hi, c, day)
                .filter(p -> p.cycleLength().normalized().equals(length.normalized())).isPresent()),
        new Case<>("eligibleWith(" + level + ")", q -> q.eligibleWith(level),
            c -> c.eligibility().map(e -> Routes.educationOnlyWithin(e, level)).orElse(false)),
        new Case<>("leadingTo(" + role + ")", q -> q.leadingTo(role),
            c -> theRole.map(x -> x.credentials().contains(c.id())).orElse(false))),
        List.of(new Sort<>("sortedById", CredentialQuery::sortedById, Comparator.comparing(c -> c.id().value())),
            new Sort<>("sortedByFullName", CredentialQuery::sortedByFullName,
                Comparator.comparing(c -> c.fullName().toLowerCase(Locale.ROOT))),
            new Sort<>("sortedByCycleCeus(" + day + ")", q -> q.sortedByCycleCeus(day),
                Comparator.comparing(c -> required(hi, c, day), lowestFirst()))));
  }

  private static <V extends Comparable<V>> Comparator<Optional<V>> highestFirst() {
    return (a, b) -> a.isPresent() && b.isPresent() ? b.get().compareTo(a.get())
        : Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private static <V extends Comparable<V>> Comparator<Optional<V>> lowestFirst() {
    return (a, b) -> a.isPresent() && b.isPresent() ? a.get().compareTo(b.get())
        : Boolean.compare(a.isEmpty(), b.isEmpty());
  }

  private static Kind<ProgramType, ProgramTypeQuery> programTypes(HimCatalog hi, SplittableRandom r) {
    DegreeLevel level = pick(r, DegreeLevel.values());
    ProgramField field = pick(r, ProgramField.values());
    DeliveryMode mode = pick(r, DeliveryMode.values());
    CredentialId cred = any(r, ids(hi.credentials().list(), Credential::id), CredentialId.of("NONE"));
    return new Kind<>(hi::programTypes, List.of(
        new Case<>("atLevel(" + level + ")", q -> q.atLevel(level), t -> t.level() == level),
        new Case<>("inField(" + field + ")", q -> q.inField(field), t -> t.field() == field),
        new Case<>("withDeliveryMode(" + mode + ")", q -> q.withDeliveryMode(mode), t -> t.deliveryModes().contains(mode)),
        new Case<>("withEveningPrograms", ProgramTypeQuery::withEveningPrograms,
            t -> t.eveningPrograms() == Availability.AVAILABLE),
        new Case<>("preparingFor(" + cred + ")", q -> q.preparingFor(cred), t -> t.preparesFor().contains(cred))),
        List.of(new Sort<>("sortedByName", ProgramTypeQuery::sortedByName,
            Comparator.comparing(t -> t.name().toLowerCase(Locale.ROOT)))));
  }

  private static Kind<ProgramOffering, ProgramOfferingQuery> offerings(HimCatalog hi, SplittableRandom r) {
    ProgramTypeId type = any(r, ids(hi.programTypes().list(), ProgramType::id), ProgramTypeId.of("none"));
    DegreeLevel level = pick(r, DegreeLevel.values());
    ProgramField field = pick(r, ProgramField.values());
    DeliveryMode mode = pick(r, DeliveryMode.values());
    CredentialId cred = any(r, ids(hi.credentials().list(), Credential::id), CredentialId.of("NONE"));
    String country = pick(r, List.of("US", "us", "CA", "PR", "FR"));
    String region = any(r, hi.programOfferings().stream().flatMap(o -> o.location().region().stream())
        .collect(Collectors.toList()), "IL");
    AccreditationStatus status = pick(r, AccreditationStatus.values());
    String institution = any(r, ids(hi.programOfferings().list(), ProgramOffering::institution), "Lakeside College");
    String prefix = r.nextInt(6) == 0 ? "zz" : institution.substring(0, r.nextInt(institution.length() + 1));
    String cased = r.nextBoolean() ? prefix.toUpperCase(Locale.ROOT) : prefix;
    return new Kind<>(hi::programOfferings, List.of(
        new Case<>("ofType(" + type + ")", q -> q.ofType(type), o -> o.programType().equals(type)),
        new Case<>("atLevel(" + level + ")", q -> q.atLevel(level), o -> hi.getProgramType(o.programType()).level() == level),
        new Case<>("inField(" + field + ")", q -> q.inField(field), o -> hi.getProgramType(o.programType()).field() == field),
        new Case<>("withDeliveryMode(" + mode + ")", q -> q.withDeliveryMode(mode), o -> o.deliveryModes().contains(mode)),
        new Case<>("withEveningPrograms", ProgramOfferingQuery::withEveningPrograms,
            o -> o.eveningPrograms() == Availability.AVAILABLE),
        new Case<>("preparingFor(" + cred + ")", q -> q.preparingFor(cred),
            o -> hi.getProgramType(o.programType()).preparesFor().contains(cred)),
        new Case<>("inCountry(" + country + ")", q -> q.inCountry(country),
            o -> o.location().country().equalsIgnoreCase(country)),
        new Case<>("inRegion(" + country + ", " + region + ")", q -> q.inRegion(country, region),
            o -> o.location().country().equalsIgnoreCase(country)
                && o.location().region().filter(x -> x.equalsIgnoreCase(region)).isPresent()),
        new Case<>("withAccreditationStatus(" + status + ")", q -> q.withAccreditationStatus(status),
            o -> o.accreditationStatus() == status),
        new Case<>("institutionStartingWith(" + cased + ")", q -> q.institutionStartingWith(cased),
            o -> o.institution().toLowerCase(Locale.ROOT).startsWith(cased.toLowerCase(Locale.ROOT)))),
        List.of(new Sort<>("sortedByInstitution", ProgramOfferingQuery::sortedByInstitution,
            Comparator.comparing(o -> o.institution().toLowerCase(Locale.ROOT)))));
  }

  private static Kind<Occupation, OccupationQuery> occupations(HimCatalog hi, SplittableRandom r) {
    OccupationId occupation = any(r, ids(hi.occupations().list(), Occupation::id), OccupationId.of("00-0000"));
    String code = occupation.value() + (r.nextBoolean() ? ".00" : "");
    BigDecimal wage = BigDecimal.valueOf(30_000 + 1_000L * r.nextInt(62));
    return new Kind<>(hi::occupations, List.of(
        new Case<>("withCode(" + code + ")", q -> q.withCode(code),
            o -> o.id().value().equals(code) || o.codes().stream().anyMatch(c -> c.value().equals(code))),
        new Case<>("withMedianWageAtLeast(" + wage + ")", q -> q.withMedianWageAtLeast(wage),
            o -> usdMedian(o).filter(w -> w.compareTo(wage) >= 0).isPresent())),
        List.of(new Sort<>("sortedByTitle", OccupationQuery::sortedByTitle,
                Comparator.comparing(o -> o.title().toLowerCase(Locale.ROOT))),
            new Sort<>("sortedByMedianWage", OccupationQuery::sortedByMedianWage,
                Comparator.comparing(QueryPropertiesTest::usdMedian, highestFirst()))));
  }

  private static Kind<WorkSetting, WorkSettingQuery> workSettings(HimCatalog hi, SplittableRandom r) {
    RoleId role = any(r, ids(hi.roles().list(), Role::id), RoleId.of("none"));
    Optional<Role> theRole = hi.findRole(role);
    return new Kind<>(hi::workSettings, List.of(
        new Case<>("ofRole(" + role + ")", q -> q.ofRole(role),
            s -> theRole.map(x -> x.workSettings().contains(s.id())).orElse(false))),
        List.of(new Sort<>("sortedByName", WorkSettingQuery::sortedByName,
            Comparator.comparing(s -> s.name().toLowerCase(Locale.ROOT)))));
  }

  // ------------------------------------------------------------------------------------------------
  // specifications

  private static <T, K> List<K> ids(List<T> items, Function<T, K> id) {
    return items.stream().map(id).collect(Collectors.toList());
  }

  /** The latest median annual wage with a reference month, if it is in US dollars. */
  static Optional<BigDecimal> usdMedian(Occupation o) {
    Optional<WageStatistic> latest = Optional.empty();
    for (WageStatistic w : o.wages()) {
      if (w.measure() == WageMeasure.MEDIAN_ANNUAL && w.referenceMonth().isPresent()
          && (latest.isEmpty() || w.referenceMonth().get().isAfter(latest.get().referenceMonth().get()))) {
        latest = Optional.of(w);
      }
    }
    return latest.filter(w -> w.currency().getCurrencyCode().equals("USD")).map(WageStatistic::amount);
  }

  static Optional<BigDecimal> roleWage(Role role, Map<OccupationId, Occupation> occupations) {
    return role.occupations().stream().map(occupations::get).map(QueryPropertiesTest::usdMedian)
        .flatMap(Optional::stream).max(Comparator.naturalOrder());
  }

  static Optional<RenewalPolicy> policyFor(HimCatalog hi, Credential c, LocalDate day) {
    return c.renewalPolicy().flatMap(id -> hi.findRenewalPolicy(id, day))
        .filter(p -> p.requiredCeus().containsKey(c.id()));
  }

  static Optional<Ceus> required(HimCatalog hi, Credential c, LocalDate day) {
    return policyFor(hi, c, day).map(p -> p.requiredCeus().get(c.id()));
  }

  /** A day on, just before or just after a boundary of some policy version, or any day. */
  static LocalDate interestingDay(HimCatalog hi, SplittableRandom r) {
    List<LocalDate> days = new ArrayList<>();
    for (RenewalPolicy p : hi.renewalPolicies()) {
      p.effectiveFrom().ifPresent(days::add);
      p.effectiveTo().ifPresent(days::add);
    }
    if (days.isEmpty() || r.nextInt(4) == 0) {
      return LocalDate.of(2005, 1, 1).plusDays(r.nextInt(12_000));
    }
    return pick(r, days).plusDays(r.nextInt(3) - 1);
  }

  /** Requirement routes written out in full (disjunctive normal form), independent of the index. */
  static final class Routes {
    private Routes() {}

    static List<List<Requirement>> of(Requirement r) {
      if (r.children().isEmpty()) {
        return List.of(List.of(r));
      }
      List<List<List<Requirement>>> parts = r.children().stream().map(Routes::of).collect(Collectors.toList());
      if (r instanceof Requirement.AnyOf) {
        return parts.stream().flatMap(List::stream).collect(Collectors.toList());
      }
      int need = r instanceof Requirement.AtLeast a ? a.count() : parts.size();
      List<List<Requirement>> out = new ArrayList<>();
      for (List<Integer> subset : subsets(parts.size(), need)) {
        List<List<Requirement>> acc = List.of(List.of());
        for (int i : subset) {
          List<List<Requirement>> next = new ArrayList<>();
          for (List<Requirement> prefix : acc) {
            for (List<Requirement> route : parts.get(i)) {
              List<Requirement> joined = new ArrayList<>(prefix);
              joined.addAll(route);
              next.add(joined);
            }
          }
          acc = next;
        }
        out.addAll(acc);
      }
      return out;
    }

    private static List<List<Integer>> subsets(int n, int k) {
      List<List<Integer>> out = new ArrayList<>();
      for (int mask = 0; mask < 1 << n; mask++) {
        if (Integer.bitCount(mask) == k) {
          List<Integer> s = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if ((mask & 1 << i) != 0) {
              s.add(i);
            }
          }
          out.add(s);
        }
      }
      return out;
    }

    private static Optional<DegreeLevel> educationLevel(Requirement leaf) {
      if (leaf instanceof Requirement.CompletedProgram p) {
        return Optional.of(p.level());
      }
      if (leaf instanceof Requirement.FinalTermEnrollment f) {
        return Optional.of(f.level());
      }
      if (leaf instanceof Requirement.HighSchoolDiploma) {
        return Optional.of(DegreeLevel.HIGH_SCHOOL);
      }
      if (leaf instanceof Requirement.DegreeOrCollegeCredits d) {
        return Optional.of(d.level());
      }
      return Optional.empty();
    }

    /** Some route asks for no education above the level; other leaves do not count. */
    static boolean typicallyWithin(Requirement r, DegreeLevel level) {
      return of(r).stream().anyMatch(route -> route.stream().map(Routes::educationLevel).flatMap(Optional::stream)
          .allMatch(l -> l.compareTo(level) <= 0));
    }

    /**
     * Some route is made only of education leaves at or below the level, and of leaves that ask for
     * nothing ({@code noPrerequisite}), which any level meets.
     */
    static boolean educationOnlyWithin(Requirement r, DegreeLevel level) {
      return of(r).stream().anyMatch(route -> route.stream().allMatch(leaf -> leaf instanceof Requirement.NoPrerequisite
          || educationLevel(leaf).filter(l -> l.compareTo(level) <= 0).isPresent()));
    }
  }
}
