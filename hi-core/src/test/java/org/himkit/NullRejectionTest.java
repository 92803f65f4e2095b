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
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.ActivityOutcome;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleYear;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.RenewalAssessment;
import org.himkit.renewal.RenewalEvaluator;
import static org.himkit.PublicApi.isPublicApi;
import static org.himkit.PublicApi.ours;
import static org.himkit.PublicApi.publicClasses;
import static org.himkit.PublicApi.samples;
import static org.himkit.PublicApi.typesOf;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of the exported packages rejects a null argument with a {@link NullPointerException}, unless the
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
    assertThat(classes).contains(CeActivity.class, ActivityOutcome.class, RenewalAssessment.Builder.class,
        RenewalEvaluator.class);
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
