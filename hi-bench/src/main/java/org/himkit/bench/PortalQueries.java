package org.himkit.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.catalog.HimCatalog;
import org.himkit.catalog.ProgramOfferingQuery;
import org.himkit.testkit.CatalogSize;
import org.himkit.testkit.HimGenerators;

/**
 * The ten program-finder searches a portal runs most, over a generated catalog of 10,000 offerings, each
 * asked twice: through the indexed filters and as {@code where(...)} predicates that test every offering.
 * The values searched for are common ones (the credential most offerings prepare for, the two US regions
 * with most offerings, a program type of median size, a typed institution prefix), so that every search
 * returns a realistic number of offerings: from a few to hundreds.
 */
public final class PortalQueries {
  /** The number of offerings of the catalog. */
  public static final int OFFERINGS = 10_000;

  /** The names of the searches, in order. */
  public static final List<String> NAMES = List.of("credentialRegionAccredited", "levelDistanceAccredited",
      "fieldRegion", "credentialDistance", "levelEveningRegion", "institutionPrefixAccredited",
      "countryFieldAccredited", "typeRegion", "accreditedEveningDistance", "credentialLevelEvening");

  /**
   * One search in both forms.
   *
   * @param name  the search's name
   * @param indexed  the search through the indexed filters
   * @param scan  the same search with {@code where(...)} predicates
   */
  public record Search(String name, ProgramOfferingQuery indexed, ProgramOfferingQuery scan) {}

  private final HimCatalog catalog;
  private final Map<String, Search> searches = new LinkedHashMap<>();

  private PortalQueries(HimCatalog catalog) {
    this.catalog = catalog;
    List<ProgramOffering> all = catalog.programOfferings().list();
    CredentialId credential = ranked(all.stream().flatMap(o -> type(o).preparesFor().stream()).toList()).get(0);
    List<ProgramTypeId> types = ranked(all.stream().map(ProgramOffering::programType).toList());
    ProgramTypeId programType = types.get(types.size() / 2);
    List<String> regions = ranked(all.stream().filter(o -> o.location().country().equals("US"))
        .flatMap(o -> o.location().region().stream()).toList());
    String region = regions.get(0);
    String secondRegion = regions.get(1);
    DegreeLevel credentialLevel = ranked(all.stream().filter(o -> type(o).preparesFor().contains(credential))
        .map(o -> type(o).level()).toList()).get(0);
    String prefix = "north";
    DegreeLevel level = DegreeLevel.ASSOCIATE;
    ProgramField field = ProgramField.HEALTH_INFORMATION_MANAGEMENT;
    AccreditationStatus accredited = AccreditationStatus.ACCREDITED;
    Predicate<ProgramOffering> isAccredited = o -> o.accreditationStatus() == accredited;
    Predicate<ProgramOffering> inRegion = o -> isIn(o, region);
    Predicate<ProgramOffering> inSecondRegion = o -> isIn(o, secondRegion);
    Predicate<ProgramOffering> prepares = o -> type(o).preparesFor().contains(credential);
    Predicate<ProgramOffering> distance = o -> o.deliveryModes().contains(DeliveryMode.DISTANCE);
    Predicate<ProgramOffering> evening = o -> o.eveningPrograms() == Availability.AVAILABLE;
    Predicate<ProgramOffering> atLevel = o -> type(o).level() == level;
    Predicate<ProgramOffering> inField = o -> type(o).field() == field;
    ProgramOfferingQuery q = catalog.programOfferings();
    add("credentialRegionAccredited", q.preparingFor(credential).inRegion("US", region)
        .withAccreditationStatus(accredited), prepares, inRegion, isAccredited);
    add("levelDistanceAccredited", q.atLevel(level).withDeliveryMode(DeliveryMode.DISTANCE)
        .withAccreditationStatus(accredited), atLevel, distance, isAccredited);
    add("fieldRegion", q.inField(field).inRegion("US", region), inField, inRegion);
    add("credentialDistance", q.preparingFor(credential).withDeliveryMode(DeliveryMode.DISTANCE), prepares, distance);
    add("levelEveningRegion", q.atLevel(level).withEveningPrograms().inRegion("US", secondRegion), atLevel, evening,
        inSecondRegion);
    add("institutionPrefixAccredited", q.institutionStartingWith(prefix).withAccreditationStatus(accredited),
        o -> fold(o.institution()).startsWith(prefix), isAccredited);
    add("countryFieldAccredited", q.inCountry("CA").inField(ProgramField.MEDICAL_CODING)
        .withAccreditationStatus(accredited), o -> o.location().country().equalsIgnoreCase("CA"),
        o -> type(o).field() == ProgramField.MEDICAL_CODING, isAccredited);
    add("typeRegion", q.ofType(programType).inRegion("US", region), o -> o.programType().equals(programType),
        inRegion);
    add("accreditedEveningDistance", q.withAccreditationStatus(accredited).withEveningPrograms()
        .withDeliveryMode(DeliveryMode.DISTANCE), isAccredited, evening, distance);
    add("credentialLevelEvening", q.preparingFor(credential).atLevel(credentialLevel).withEveningPrograms(),
        prepares, o -> type(o).level() == credentialLevel, evening);
  }

  /**
   * Generates the catalog (the test kit's large catalog with 10,000 offerings, fixed seed) and its
   * searches.
   *
   * @return the searches
   */
  public static PortalQueries generate() {
    return generate(OFFERINGS);
  }

  /**
   * Generates the test kit's large catalog with the given number of offerings (fixed seed) and its searches,
   * whose values are chosen from that catalog as {@link #generate()}'s are.
   *
   * @param offerings  the number of offerings, at least 1
   * @return the searches
   */
  public static PortalQueries generate(int offerings) {
    return new PortalQueries(HimGenerators.catalogs().withSize(CatalogSize.LARGE).withOfferings(offerings, offerings)
        .example(Workloads.SEED));
  }

  /**
   * Returns the catalog searched.
   *
   * @return the catalog
   */
  public HimCatalog catalog() {
    return catalog;
  }

  /**
   * Returns a search by name.
   *
   * @param name  one of {@link #NAMES}
   * @return the search
   * @throws IllegalArgumentException if there is no such search
   */
  public Search search(String name) {
    Search s = searches.get(name);
    if (s == null) {
      throw new IllegalArgumentException("no search named " + name + "; known: " + NAMES);
    }
    return s;
  }

  @SafeVarargs
  private void add(String name, ProgramOfferingQuery indexed, Predicate<ProgramOffering>... scan) {
    ProgramOfferingQuery scanned = catalog.programOfferings();
    for (Predicate<ProgramOffering> p : scan) {
      scanned = scanned.where(p);
    }
    searches.put(name, new Search(name, indexed, scanned));
  }

  private ProgramType type(ProgramOffering o) {
    return catalog.getProgramType(o.programType());
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isIn(ProgramOffering o, String region) {
    return o.location().country().equalsIgnoreCase("US")
        && o.location().region().filter(r -> r.equalsIgnoreCase(region)).isPresent();
  }

  /** The distinct values, most common first (ties in natural order). */
  private static <T extends Comparable<? super T>> List<T> ranked(List<T> values) {
    return values.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet()
        .stream().sorted(Map.Entry.<T, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }
}
