package org.himkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Defaults;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the exported packages (except {@code org.himkit.renewal},
 * which is being rewritten) rejects a null argument with a {@link NullPointerException}, unless the
 * parameter is annotated {@code @Nullable}; Guava's {@link NullPointerTester} checks each one.
 *
 * <p>The classes are found by reading the main classes, so a new public class is covered without
 * changing this test. Instances to call instance methods on, and non-null values for the other
 * parameters, are gathered by walking the public no-argument methods of the built-in catalog and
 * of every class's public static no-argument factories and constants, from a few pathway answers
 * as extra roots. A class with instance methods taking an object for which no instance is found fails
 * the test: add a root for it here.
 */
class NullRejectionTest {
  private static final Set<String> PACKAGES =
      Set.of("org.himkit", "org.himkit.policy", "org.himkit.catalog", "org.himkit.pathway", "org.himkit.text");
  private static final int EXPANSIONS_PER_QUERY_CLASS = 12;
  private static final int EXPANSIONS_PER_CLASS = 400;

  private static List<Class<?>> publicClasses() {
    Path classes;
    try {
      classes = Path.of(HimCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<?>> found = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().importPath(classes)) {
      if (PACKAGES.contains(c.getPackageName()) && !c.getSimpleName().isEmpty()) {
        Class<?> type = c.reflect();
        if (isPublicApi(type)) {
          found.add(type);
        }
      }
    }
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  private static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean ours(Class<?> type) {
    return PACKAGES.contains(type.getPackageName()) || type.getPackageName().startsWith("org.himkit.");
  }

  /** Roots that no factory without arguments reaches: answers of the services. */
  private static List<Object> extraRoots() {
    HimCatalog hi = HimCatalog.builtIn();
    LocalDate asOf = LocalDate.of(2026, 11, 24);
    LearnerProfile learner = LearnerProfile.builder().highSchoolDiploma(true)
        .addEducation(Education.completed(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT,
            OrganizationId.of("CAHIIM")))
        .putExperience(ExperienceDomain.CODING, 12).build();
    Credential rhia = hi.getCredential(CredentialId.of("RHIA"));
    PathwayPlanner planner = PathwayPlanner.of(hi);
    List<Object> roots = new ArrayList<>();
    roots.add(learner);
    roots.add(Eligibility.of(hi).eligibleCredentials(learner, asOf));
    roots.add(hi.credentials().list().stream().map(c -> Eligibility.of(hi).check(LearnerProfile.empty(), c.id(), asOf))
        .toList());
    roots.add(planner.plan(learner, Target.eligibleFor(rhia), asOf));
    roots.add(hi.credentials().list().stream().map(c -> planner.plan(LearnerProfile.empty(), Target.eligibleFor(c), asOf))
        .toList());
    roots.add(Requirement.atLeast(1, Requirement.highSchoolDiploma(), Requirement.holdsCredential(rhia.id())));
    roots.add(new Step.GainExperienceHours(ExperienceDomain.CODING, 100, 100, Optional.empty()));
    roots.add(Eligibility.of(hi));
    roots.add(planner);
    roots.add(ProgramOffering.builder().id(ProgramOfferingId.of("lakeside-him")).institution("Lakeside College")
        .name("Health Information Technology").programType(hi.programTypes().first().orElseThrow().id())
        .location(Location.of("US", "IL")).eveningPrograms(Availability.NOT_STATED)
        .accreditationStatus(AccreditationStatus.ACCREDITED).accreditor(OrganizationId.of("CAHIIM"))
        .addCitation(Fixtures.SOURCE).build());
    roots.add(planner.plan(LearnerProfile.empty(), Target.holds(rhia), asOf));
    roots.add(planner.plan(LearnerProfile.empty(), Target.enters(hi.roles().first().orElseThrow()), asOf));
    return roots;
  }

  /** One or more instances of each class reachable from the roots, by class. */
  private static Map<Class<?>, List<Object>> samples(List<Class<?>> classes) {
    Deque<Object> queue = new ArrayDeque<>(extraRoots());
    queue.add(HimCatalog.builtIn());
    for (Class<?> c : classes) {
      for (Method m : c.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class) {
          call(m, null).ifPresent(queue::add);
        }
      }
      for (Field f : c.getFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          try {
            queue.add(f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      if (c.isEnum()) {
        queue.addAll(List.of(c.getEnumConstants()));
      }
    }
    Map<Class<?>, List<Object>> byClass = new LinkedHashMap<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Map<Class<?>, Integer> expanded = new HashMap<>();
    while (!queue.isEmpty()) {
      Object o = queue.poll();
      if (o == null || seen.put(o, true) != null) {
        continue;
      }
      if (o instanceof Optional<?> opt) {
        opt.ifPresent(queue::add);
        continue;
      }
      if (o instanceof Collection<?> col) {
        col.stream().limit(200).forEach(queue::add);
        continue;
      }
      if (o instanceof Map<?, ?> map) {
        map.keySet().stream().limit(50).forEach(queue::add);
        map.values().stream().limit(50).forEach(queue::add);
        continue;
      }
      if (!ours(o.getClass())) {
        continue;
      }
      for (Class<?> t : typesOf(o.getClass())) {
        List<Object> list = byClass.computeIfAbsent(t, k -> new ArrayList<>());
        if (list.size() < 3) {
          list.add(o);
        }
      }
      int limit = o.getClass().getPackageName().equals("org.himkit.catalog") ? EXPANSIONS_PER_QUERY_CLASS
          : EXPANSIONS_PER_CLASS;
      if (o.getClass().getSimpleName().equals("Builder") || expanded.merge(o.getClass(), 1, Integer::sum) > limit) {
        continue;
      }
      for (Class<?> t : typesOf(o.getClass())) {
        for (Method m : t.getDeclaredMethods()) {
          if (!Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
              && m.getReturnType() != void.class) {
            call(m, o).ifPresent(queue::add);
          }
        }
      }
    }
    return byClass;
  }

  private static Set<Class<?>> typesOf(Class<?> c) {
    Set<Class<?>> types = new java.util.LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(c));
    while (!todo.isEmpty()) {
      Class<?> t = todo.poll();
      if (!ours(t) || !types.add(t)) {
        continue;
      }
      if (t.getSuperclass() != null) {
        todo.add(t.getSuperclass());
      }
      todo.addAll(List.of(t.getInterfaces()));
    }
    types.removeIf(t -> !isPublicApi(t));
    return types;
  }

  private static Optional<Object> call(Method m, @Nullable Object target) {
    try {
      return Optional.ofNullable(m.invoke(target));
    } catch (InvocationTargetException e) {
      return Optional.empty();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(m.toString(), e);
    }
  }

  /** Values for parameters that neither the walk nor Guava's arbitrary instances give. */
  private static Map<Class<?>, Object> extraDefaults() {
    return Map.of(Year.class, Year.of(2024), YearMonth.class, YearMonth.of(2024, 5));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static NullPointerTester tester(Map<Class<?>, Object> defaults) {
    NullPointerTester tester = new NullPointerTester();
    defaults.forEach((type, value) -> tester.setDefault((Class) type, value));
    return tester;
  }

  private static boolean takesObjects(Executable e) {
    return Stream.of(e.getParameterTypes()).anyMatch(t -> !t.isPrimitive());
  }

  private static boolean instanceMethodToTest(Method m) {
    return !Modifier.isStatic(m.getModifiers()) && takesObjects(m) && ours(m.getDeclaringClass())
        && !(m.getName().equals("equals") && m.getParameterCount() == 1);
  }

  private static boolean nullable(Parameter p) {
    return p.isAnnotationPresent(Nullable.class) || p.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  /** One constructor or method to test, with the instance to call a method on. */
  private record Member(Executable executable, @Nullable Object instance) {
    String name() {
      Class<?> c = instance == null ? executable.getDeclaringClass() : instance.getClass();
      String owner = instance == null ? c.getName() : typesOf(c).iterator().next().getName();
      String member = executable instanceof Constructor<?> ? "" : (instance == null ? "." : "#") + executable.getName();
      return owner + member + "(" + String.join(", ", Stream.of(executable.getParameterTypes())
          .map(Class::getSimpleName).toList()) + ")";
    }

    void test(NullPointerTester tester) {
      if (executable instanceof Constructor<?> c) {
        tester.testConstructor(c);
      } else {
        tester.testMethod(instance, (Method) executable);
      }
    }

    /** The message of the exception for a null at each parameter that is not nullable, if it does not name it. */
    List<String> unnamed(Map<Class<?>, Object> defaults) {
      Parameter[] parameters = executable.getParameters();
      List<String> problems = new ArrayList<>();
      for (int i = 0; i < parameters.length; i++) {
        if (parameters[i].getType().isPrimitive() || nullable(parameters[i])) {
          continue;
        }
        @Nullable Object[] args = new Object[parameters.length];
        for (int j = 0; j < parameters.length; j++) {
          args[j] = j == i ? null : valueFor(parameters[j].getType(), defaults);
        }
        Throwable thrown = invoke(args);
        String name = parameters[i].getName();
        String message = String.valueOf(thrown.getMessage());
        if (!(thrown instanceof NullPointerException) || !message.matches("(?s).*\\b" + name + "\\b.*")) {
          problems.add(name + ": " + thrown.getClass().getSimpleName() + " " + message);
        }
      }
      return problems;
    }

    private Throwable invoke(@Nullable Object[] args) {
      try {
        if (executable instanceof Constructor<?> c) {
          c.newInstance(args);
        } else {
          ((Method) executable).invoke(instance, args);
        }
        return new AssertionError("no exception");
      } catch (InvocationTargetException e) {
        return Objects.requireNonNull(e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static @Nullable Object valueFor(Class<?> type, Map<Class<?>, Object> defaults) {
    if (type.isPrimitive()) {
      return Defaults.defaultValue(type);
    }
    Object value = defaults.get(type);
    return value != null ? value : ArbitraryInstances.get(type);
  }

  private static List<Member> members(List<Class<?>> classes, Map<Class<?>, List<Object>> samples,
      Set<String> unsampled) {
    List<Member> members = new ArrayList<>();
    for (Class<?> c : classes) {
      if (!Modifier.isAbstract(c.getModifiers())) {
        for (Constructor<?> ctor : c.getConstructors()) {
          members.add(new Member(ctor, null));
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        boolean compilers = c.isEnum() && m.getName().equals("valueOf");  // Enum.valueOf names no parameter
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers()) && takesObjects(m)
            && !compilers) {
          members.add(new Member(m, null));
        }
      }
      if (c.isInterface() && !c.isSealed()) {
        continue;  // implemented by users: only its static methods are ours
      }
      // the methods a user calls on an instance of c: its own, the default methods it inherits, and the
      // public methods of a package-private superclass (the generated builders)
      List<Method> instanceMethods = Stream.of(c.getMethods()).filter(NullRejectionTest::instanceMethodToTest)
          .filter(m -> !m.isBridge())
          .filter(m -> m.getDeclaringClass() == c || (!c.isInterface() && m.isDefault())
              || !isPublicApi(m.getDeclaringClass()))
          .toList();
      instanceMethods.forEach(m -> m.setAccessible(true));
      if (instanceMethods.isEmpty()) {
        continue;
      }
      List<Object> instances = samples.getOrDefault(c, List.of());
      if (instances.isEmpty()) {
        unsampled.add(c.getName());
        continue;
      }
      for (Method m : instanceMethods) {
        members.add(new Member(m, instances.get(0)));
      }
    }
    return members;
  }

  @Test
  void everyPublicMethodAndConstructorRejectsNullNamingTheParameter() {
    List<Class<?>> classes = publicClasses();
    assertThat(classes).contains(HimCatalog.class, Credential.class, Credential.Builder.class,
        Requirement.HoldsCredential.class, Eligibility.class);
    assertThat(classes).noneMatch(c -> c.getPackageName().equals("org.himkit.renewal"));
    Map<Class<?>, List<Object>> samples = samples(classes);
    Map<Class<?>, Object> defaults = new HashMap<>(extraDefaults());
    samples.forEach((type, list) -> defaults.put(type, list.get(0)));
    NullPointerTester tester = tester(defaults);
    Set<String> unsampled = new TreeSet<>();
    List<Member> members = members(classes, samples, unsampled);
    assertThat(unsampled).as("classes without an instance to test (add a root to extraRoots)").isEmpty();
    assertThat(members).hasSizeGreaterThan(700);
    Set<String> failures = new TreeSet<>();
    for (Member m : members) {
      try {
        m.test(tester);
        // Immutables' generated builders reject null through Guava's collections, whose exceptions
        // have no message: only hand-written members are held to naming the parameter
        boolean generated = m.executable().getDeclaringClass().getName().matches(".*\\.Immutable[^.]*");
        List<String> unnamed = generated ? List.of() : m.unnamed(defaults);
        if (!unnamed.isEmpty()) {
          failures.add(m.name() + " does not name " + unnamed);
        }
      } catch (AssertionError | RuntimeException e) {
        failures.add(m.name() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
    }
    assertThat(failures).as("members that accept null or do not name the null parameter").isEmpty();
  }
}
