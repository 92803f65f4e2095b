package org.himkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.time.LocalDate;
import org.himkit.CredentialStatus;
import org.himkit.ErrorCode;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.renewal.NotAssessedKind;
import org.himkit.renewal.RenewalStatus;
import org.himkit.catalog.BuiltInCatalogProvider;
import org.himkit.catalog.CatalogQuery;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.text.HimText;
import org.himkit.text.Mermaid;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every public value type of hi-core has a generator: the kit's generators, walked through their
 * values' attributes, produce an instance of each public type, every constant of each public enum, and
 * every optional or collection attribute of each value both filled and (by the simplest values)
 * empty. A type added to hi-core without a generator fails here.
 */
class PublicTypesTest {
  /** The packages whose public types users build values of. */
  private static final List<String> PACKAGES = List.of("org.himkit", "org.himkit.catalog", "org.himkit.pathway",
      "org.himkit.policy", "org.himkit.renewal");

  /**
   * The public types that are not values, so have no generator: the engines and renderers (built
   * from a catalog, they hold no data of their own), the queries (views of a catalog), the seam the
   * built-in data comes through, and the error codes of exceptions. Exceptions, builders and visitor
   * interfaces are left out by kind.
   */
  private static final Set<Class<?>> NOT_VALUES = Set.of(Eligibility.class, PathwayPlanner.class,
      RenewalEvaluator.class, HimText.class, Mermaid.class, CatalogQuery.class, BuiltInCatalogProvider.class,
      ErrorCode.class);

  /**
   * Attributes that no generated value fills, each with the reason: answers of the built-in catalog
   * that its data never gives.
   */
  private static final Map<String, String> NEVER_FILLED = Map.of();

  /**
   * Enum constants no generated value carries, each with the reason: answers a valid catalog never
   * gives.
   */
  private static final Map<Enum<?>, String> NEVER_PRODUCED = Map.of(NotAssessedKind.POLICY_NOT_IN_CATALOG,
      "a catalog that passes the builder's checks holds every renewal policy its credentials name");

  private static final Walker WALKER = new Walker();

  @BeforeAll
  static void walkEveryGenerator() {
    GeneratorsTest.allGenerators().forEach((name, g) -> g.stream(3).limit(name.equals("catalogs") ? 10 : 150)
        .forEach(WALKER::visit));
    HimGenerators.catalogs().withSize(CatalogSize.SMALL).stream(5).limit(30).forEach(WALKER::visit);
    HimGenerators.population(9).withSize(300).stream().forEach(WALKER::visit);
    // ledgers and renewal answers of every status, histories with cycles not recorded, and grace periods
    LedgerGenerator ledgers = HimGenerators.ledgers().withStatusShares(0.3, 0.2, 0.2);
    ledgers.stream(6).limit(100).forEach(WALKER::visit);
    ledgers.assessments().stream(7).limit(100).forEach(WALKER::visit);
    ledgers.histories().stream(8).limit(100).forEach(WALKER::visit);
    HimGenerators.ledgers().withPeriod(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 6, 30))
        .withStatusShares(Map.of(RenewalStatus.IN_GRACE, 0.5, RenewalStatus.EXPIRED, 0.2)).assessments().stream(9)
        .limit(50).forEach(WALKER::visit);
    // learners enrolled in the programs of the built-in catalog's early-testing routes
    HimGenerators.learnerProfiles().forCatalog(HimCatalog.builtIn()).withEducationStatuses(EducationStatus.IN_PROGRESS)
        .eligibilityResults().stream(4).limit(150).forEach(WALKER::visit);
    // the answers for catalogs other than the built-in one: requirement trees of every shape
    HimGenerators.catalogs().withSize(CatalogSize.SMALL).stream(6).limit(40).forEach(catalog -> {
      LearnerProfileGenerator learners = HimGenerators.learnerProfiles().forCatalog(catalog);
      learners.routes().stream(2).limit(20).forEach(WALKER::visit);
      if (catalog.credentials().count() > 0) {
        learners.pathwayPlans().stream(1).limit(20).forEach(WALKER::visit);
        learners.eligibilityResults().stream(3).limit(20).forEach(WALKER::visit);
      }
      // renewal answers under generated policies: versions with gaps, several credentials without a rule
      List<OrganizationId> issuers = catalog.organizations().stream().map(Organization::id).toList();
      boolean renewable = catalog.credentials().stream().anyMatch(c -> c.renewalPolicy().isPresent()
          && c.status() == CredentialStatus.ACTIVE);
      if (renewable) {
        LedgerGenerator generated = HimGenerators.ledgers().withCatalog(catalog,
            issuers.toArray(OrganizationId[]::new));
        generated.histories().stream(4).limit(10).forEach(WALKER::visit);
        generated.assessments().stream(5).limit(10).forEach(WALKER::visit);
      }
    });
  }

  /** The public types of hi-core's exported packages, nested ones included, read from its classes. */
  static List<Class<?>> publicTypes() {
    List<Class<?>> out = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> type;
      try {
        type = Class.forName(name, false, PublicTypesTest.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new LinkageError(name, e);
      }
      if (isPublic(type) && PACKAGES.contains(type.getPackageName()) && !type.isAnonymousClass()) {
        out.add(type);
      }
    }
    return out;
  }

  private static boolean isPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> classNames() {
    try {
      Path where = Path.of(HimCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        return classNames(where);
      }
      try (FileSystem jar = FileSystems.newFileSystem(where)) {
        return classNames(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> classNames(Path root) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.map(p -> root.relativize(p).toString().replace('\\', '/')).filter(p -> p.endsWith(".class"))
          .filter(p -> p.startsWith("org/himkit/") && !p.endsWith("module-info.class") && !p.endsWith("package-info.class"))
          .forEach(p -> out.add(p.substring(0, p.length() - ".class".length()).replace('/', '.')));
    }
    return out;
  }

  /** The public value types: every public type but exceptions, builders, visitors and {@link #NOT_VALUES}. */
  static List<Class<?>> valueTypes() {
    return publicTypes().stream().filter(t -> !Throwable.class.isAssignableFrom(t))
        .filter(t -> !t.getSimpleName().equals("Builder") && !t.getSimpleName().endsWith("Visitor"))
        .filter(t -> NOT_VALUES.stream().noneMatch(n -> n.isAssignableFrom(t))).toList();
  }

  @Test
  void theScanFindsHiCoresTypes() {
    List<String> names = publicTypes().stream().map(Walker::name).toList();
    assertThat(names).contains("Credential", "Fee", "Requirement.AllOf", "LearnerProfile", "Ceus", "CeActivity",
        "CredentialMatch.Kind", "RenewalEvaluator", "HimValidationException");
  }

  @Test
  void everyPublicValueTypeIsGenerated() {
    List<String> missing = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      if (!type.isEnum() && WALKER.types.stream().noneMatch(type::isAssignableFrom)) {
        missing.add(Walker.name(type));
      }
    }
    assertThat(missing).as("public value types no generator produces").isEmpty();
  }

  @Test
  void everyConstantOfEveryPublicEnumIsGenerated() {
    Map<String, Object> missing = new LinkedHashMap<>();
    for (Class<?> type : valueTypes()) {
      if (type.isEnum()) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Set<?> notMet = new java.util.HashSet<>(WALKER.missing((Class) type));
        notMet.removeAll(NEVER_PRODUCED.keySet());
        if (!notMet.isEmpty()) {
          missing.put(Walker.name(type), notMet);
        }
      }
    }
    assertThat(missing).as("enum constants no generator produces").isEmpty();
    assertThat(NEVER_PRODUCED.keySet()).as("exclusions still needed")
        .noneMatch(c -> WALKER.enums.getOrDefault(c.getDeclaringClass(), Set.of()).contains(c));
  }

  @Test
  void everyOptionalAndCollectionAttributeIsFilledSometimes() {
    List<String> neverFilled = new ArrayList<>();
    WALKER.filled.forEach((attribute, filled) -> {
      if (!filled && !NEVER_FILLED.containsKey(attribute)) {
        neverFilled.add(attribute);
      }
    });
    assertThat(neverFilled).as("attributes always empty in generated values").isEmpty();
    assertThat(NEVER_FILLED.keySet()).as("exclusions still needed").allMatch(a -> !WALKER.filled.getOrDefault(a, true));
  }
}
