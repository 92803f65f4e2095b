package org.himkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import org.himkit.catalog.HimCatalog;
import org.himkit.internal.Checks;
import org.himkit.internal.HimActivityStyle;
import org.himkit.internal.HimDataStyle;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.HimStyle;
import org.himkit.internal.Problems;
import org.himkit.internal.ValueFactories;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules of {@code hi-core}, checked on its main classes (not its tests).
 *
 * <p>The layers, bottom up: the vocabulary ({@code org.himkit}) and its helpers
 * ({@code org.himkit.internal}); renewal policies ({@code org.himkit.policy}); the catalog
 * ({@code org.himkit.catalog}) and its built-in data ({@code org.himkit.catalog.builtin}); renewal
 * ({@code org.himkit.renewal}) and pathways ({@code org.himkit.pathway}); the renderer
 * ({@code org.himkit.text}), which may use everything and which nothing uses. CONTRIBUTING.md lists
 * the same rules.
 */
class ArchitectureTest {
  private static final String VOCABULARY = "org.himkit";
  private static final String INTERNAL = "org.himkit.internal";
  private static final String POLICY = "org.himkit.policy";
  private static final String CATALOG = "org.himkit.catalog";
  private static final String BUILT_IN = "org.himkit.catalog.builtin";
  private static final String RENEWAL = "org.himkit.renewal";
  private static final String PATHWAY = "org.himkit.pathway";
  private static final String TEXT = "org.himkit.text";
  /** The packages the module exports (module-info.java). */
  private static final Set<String> EXPORTED = Set.of(VOCABULARY, POLICY, CATALOG, RENEWAL, PATHWAY, TEXT);

  private static final JavaClasses CORE = new ClassFileImporter().importPath(mainClasses());

  private static Path mainClasses() {
    try {
      return Path.of(HimCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theClassesAreImported() {
    // guards every rule below against passing on an empty import
    org.assertj.core.api.Assertions.assertThat(CORE.contain(HimCatalog.class)).isTrue();
    org.assertj.core.api.Assertions.assertThat(CORE.containPackage(BUILT_IN)).isTrue();
    org.assertj.core.api.Assertions.assertThat(CORE.stream().filter(c -> c.getPackageName().equals(TEXT))).isNotEmpty();
  }

  @Test
  void layersDependOnlyDownwards() {
    ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("vocabulary").definedBy(VOCABULARY)
        .layer("internal").definedBy(INTERNAL)
        .layer("policy").definedBy(POLICY)
        .layer("catalog").definedBy(CATALOG)
        .layer("built-in data").definedBy(BUILT_IN)
        .layer("renewal").definedBy(RENEWAL)
        .layer("pathway").definedBy(PATHWAY)
        .layer("text").definedBy(TEXT)
        .whereLayer("text").mayNotBeAccessedByAnyLayer()
        .whereLayer("built-in data").mayNotBeAccessedByAnyLayer()
        .whereLayer("renewal").mayOnlyBeAccessedByLayers("text")
        .whereLayer("pathway").mayOnlyBeAccessedByLayers("text")
        .whereLayer("catalog").mayOnlyBeAccessedByLayers("built-in data", "renewal", "pathway", "text")
        .whereLayer("policy").mayOnlyBeAccessedByLayers("catalog", "built-in data", "renewal", "pathway", "text")
        .ensureAllClassesAreContainedInArchitecture();
    rule.check(CORE);
  }

  @Test
  void onlyTheServiceRegistrationReachesTheBuiltInData() {
    // module-info.java (provides) and META-INF/services name the provider; no class refers to it.
    noClasses().that().resideOutsideOfPackage(BUILT_IN + "..")
        .should().dependOnClassesThat().resideInAPackage(BUILT_IN + "..")
        .because("the built-in data reaches HimCatalog only through the BuiltInCatalogProvider service")
        .check(CORE);
  }

  @Test
  void packagesAreFreeOfCycles() {
    // Some edges are ignored, by name: Checks and Problems, the vocabulary's validation helpers,
    // throw the vocabulary's own HimValidationException with an ErrorCode, and the Immutables style
    // names that exception as the one generated builders throw. ValueFactories, the bridge through
    // which the built-in data makes the first call's values without their builders, names the
    // vocabulary's value types in its methods; its implementation in org.himkit is found by name.
    // org.himkit.internal is the vocabulary's private half (not exported); every other dependency
    // between packages counts.
    slices().assignedFrom(byPackage()).should().beFreeOfCycles()
        .ignoreDependency(Checks.class, HimValidationException.class)
        .ignoreDependency(Checks.class, ErrorCode.class)
        .ignoreDependency(Problems.class, HimValidationException.class)
        .ignoreDependency(Problems.class, ErrorCode.class)
        .ignoreDependency(HimStyle.class, HimValidationException.class)
        .ignoreDependency(HimDataStyle.class, HimValidationException.class)
        .ignoreDependency(HimActivityStyle.class, HimValidationException.class)
        .ignoreDependency(HimFirstPartsStyle.class, HimValidationException.class)
        .ignoreDependency(JavaClass.Predicates.equivalentTo(ValueFactories.class),
            JavaClass.Predicates.resideInAPackage(VOCABULARY))
        .check(CORE);
  }

  private static SliceAssignment byPackage() {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith(VOCABULARY) ? SliceIdentifier.of(javaClass.getPackageName())
            : SliceIdentifier.ignore();
      }

      @Override
      public String getDescription() {
        return "every package of hi-core";
      }
    };
  }

  @Test
  void publicSignaturesOfExportedPackagesUseNoInternalType() {
    apiClasses().should(exposeNoTypeFrom(INTERNAL, BUILT_IN)).check(CORE);
  }

  @Test
  void publicSignaturesOfExportedPackagesUseNoGuavaType() {
    // the module requires com.google.common without 'transitive' (README, "Dependencies")
    apiClasses().should(exposeNoTypeFrom("com.google.common")).check(CORE);
  }

  private static com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction apiClasses() {
    return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that(new DescribedPredicate<JavaClass>(
        "are public types of exported packages") {
      @Override
      public boolean test(JavaClass c) {
        return EXPORTED.contains(c.getPackageName()) && visibleToUsers(c);
      }
    });
  }

  private static boolean visibleToUsers(JavaClass c) {
    for (JavaClass k = c; ; k = k.getEnclosingClass().orElseThrow()) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      if (k.getEnclosingClass().isEmpty()) {
        return true;
      }
    }
  }

  private static ArchCondition<JavaClass> exposeNoTypeFrom(String... packages) {
    return new ArchCondition<>("expose no type from " + String.join(", ", packages) + " in a public signature") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> places = new ArrayList<>();
        List<JavaType> supertypes = new ArrayList<>(c.getInterfaces());
        c.getSuperclass().ifPresent(supertypes::add);
        for (JavaType t : supertypes) {
          collect(t, c.getName() + " supertype", places, packages);
        }
        for (JavaMember m : members(c)) {
          if (m instanceof JavaCodeUnit u) {
            collect(u.getReturnType(), u.getFullName(), places, packages);
            u.getParameterTypes().forEach(t -> collect(t, u.getFullName(), places, packages));
            u.getThrowsClause().getTypes().forEach(t -> collect(t, u.getFullName(), places, packages));
            u.getTypeParameters().forEach(t -> collect(t, u.getFullName(), places, packages));
          } else if (m instanceof JavaField f) {
            collect(f.getType(), f.getFullName(), places, packages);
          }
        }
        places.forEach(p -> events.add(SimpleConditionEvent.violated(c, p)));
      }
    };
  }

  private static List<JavaMember> members(JavaClass c) {
    List<JavaMember> members = new ArrayList<>();
    members.addAll(c.getAllMethods());
    members.addAll(c.getConstructors());
    members.addAll(c.getAllFields());
    members.removeIf(m -> m.getOwner().isEquivalentTo(Object.class)
        || !(m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED))
        || !m.getOwner().getPackageName().startsWith(VOCABULARY));
    return members;
  }

  private static void collect(JavaType type, String where, List<String> places, String... packages) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      for (String p : packages) {
        if (raw.getPackageName().equals(p) || raw.getPackageName().startsWith(p + ".")) {
          places.add(where + " uses " + raw.getName());
        }
      }
    }
  }

  @Test
  void fieldsOfExportedPackagesAreFinal() {
    // Builders are mutable by design; Immutables' generated classes keep a construction shim
    // (initShim) that is cleared once the value is built.
    fields().that().areDeclaredInClassesThat(new DescribedPredicate<JavaClass>("are values of exported packages") {
      @Override
      public boolean test(JavaClass c) {
        return EXPORTED.contains(c.getPackageName()) && !isBuilder(c) && !generated(c)
            && !CONFINED_WORKERS.contains(c.getName());
      }
    }).should().beFinal().check(CORE);
  }

  /**
   * The renewal engine's stages that keep state while one assessment runs (a calendar advancing cycle
   * by cycle, running totals, lazily built notes and grace marks), and the planner's working standing
   * (steps taken and taken back while one plan is made): not values, and never handed out.
   */
  private static final Set<String> CONFINED_WORKERS = Set.of("org.himkit.renewal.AssessmentWriter",
      "org.himkit.renewal.IssuerWalk",
      "org.himkit.renewal.CreditLedger", "org.himkit.renewal.ActivityWords", "org.himkit.renewal.CycleCalendar",
      "org.himkit.renewal.Tally", "org.himkit.renewal.StatusWalk$OnLedger",
      "org.himkit.pathway.WorkingStanding");

  @Test
  void renewalMethodsTakeAtMostFiveParameters() {
    methods().that(new DescribedPredicate<JavaMethod>(
        "are written methods of org.himkit.renewal") {
      @Override
      public boolean test(JavaMethod m) {
        return m.getOwner().getPackageName().equals(RENEWAL) && !generated(m.getOwner())
            && !m.getModifiers().contains(JavaModifier.SYNTHETIC);
      }
    }).should(new ArchCondition<JavaMethod>("take at most 5 parameters") {
      @Override
      public void check(JavaMethod m, ConditionEvents events) {
        if (m.getRawParameterTypes().size() > 5) {
          events.add(SimpleConditionEvent.violated(m, m.getFullName() + " takes " + m.getRawParameterTypes().size()));
        }
      }
    }).because("issue 8: the renewal engine is small stages with short parameter lists").check(CORE);
  }

  @Test
  void confinedWorkersArePackagePrivate() {
    classes().that(new DescribedPredicate<JavaClass>("are confined workers " + CONFINED_WORKERS) {
      @Override
      public boolean test(JavaClass c) {
        return CONFINED_WORKERS.contains(c.getName());
      }
    }).should().notBePublic().andShould().notBeProtected().check(CORE);
    assertThat(CORE.stream().filter(c -> CONFINED_WORKERS.contains(c.getName()))).hasSize(CONFINED_WORKERS.size());
  }

  @Test
  void publicFieldsAreConstantsOfImmutableTypes() {
    fields().that().arePublic().and().areDeclaredInClassesThat().resideInAnyPackage(EXPORTED.toArray(String[]::new))
        .should().beStatic().andShould().beFinal()
        .andShould(new ArchCondition<JavaField>("not be an array or a bit set") {
          @Override
          public void check(JavaField f, ConditionEvents events) {
            if (f.getRawType().isArray() || f.getRawType().isAssignableTo(BitSet.class)) {
              events.add(SimpleConditionEvent.violated(f, f.getFullName() + " exposes mutable state"));
            }
          }
        })
        .check(CORE);
  }

  private static boolean isBuilder(JavaClass c) {
    return c.getSimpleName().equals("Builder") || c.getSimpleName().endsWith("Builder");
  }

  private static boolean generated(JavaClass c) {
    for (JavaClass k = c; ; k = k.getEnclosingClass().orElseThrow()) {
      if (k.isAnnotatedWith("org.immutables.value.Generated")) {
        return true;
      }
      if (k.getEnclosingClass().isEmpty()) {
        return false;
      }
    }
  }

  @Test
  void noLegacyDateTypes() {
    Set<String> legacy = Set.of(Date.class.getName(), Calendar.class.getName(), GregorianCalendar.class.getName(),
        "java.sql.Date", "java.sql.Time", "java.sql.Timestamp", "java.text.DateFormat", "java.text.SimpleDateFormat");
    noClasses().should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are legacy date types " + legacy) {
      @Override
      public boolean test(JavaClass c) {
        return legacy.contains(c.getName());
      }
    })
        .because("dates are java.time values")
        .check(CORE);
  }

  @Test
  void noRuleReadsTheSystemClock() {
    noClasses().should().accessTargetWhere(readsTheSystemClock())
        .because("time-dependent answers take an explicit LocalDate asOf (or a Clock)")
        .check(CORE);
  }

  private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
    return new DescribedPredicate<>("read the system clock: a java.time now() without a Clock, "
        + "Clock.system...() or System.currentTimeMillis()") {
      @Override
      public boolean test(JavaAccess<?> access) {
        String owner = access.getTargetOwner().getName();
        String name = access.getTarget().getName();
        if (owner.equals(System.class.getName())) {
          return name.equals("currentTimeMillis");
        }
        if (owner.equals(Clock.class.getName())) {
          return name.startsWith("system");
        }
        return owner.startsWith("java.time.") && name.equals("now") && !takesAClock(access);
      }
    };
  }

  private static boolean takesAClock(JavaAccess<?> access) {
    return access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget t
        && t.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(Clock.class));
  }
}
