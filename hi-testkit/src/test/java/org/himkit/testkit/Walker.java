package org.himkit.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;

/**
 * Walks generated values through their public accessors and record components and counts what it
 * meets: every enum constant, every kind of requirement node.
 */
final class Walker {
  /** The constants met, by enum class. */
  final Map<Class<?>, Set<Enum<?>>> enums = new HashMap<>();
  /** The requirement nodes met, by simple name of the node's class. */
  final Map<String, Integer> requirementKinds = new TreeMap<>();
  /** The classes of HIM Kit values met. */
  final Set<Class<?>> types = new java.util.HashSet<>();
  /**
   * The optional and collection attributes of HIM Kit values met, as {@code Type.attribute}, each with
   * whether it was ever present or not empty.
   */
  final Map<String, Boolean> filled = new TreeMap<>();

  void visit(Object value) {
    if (value instanceof Enum<?> e) {
      enums.computeIfAbsent(e.getDeclaringClass(), k -> new java.util.HashSet<>()).add(e);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(this::visit);
    } else if (value instanceof Collection<?> c) {
      c.forEach(this::visit);
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        visit(k);
        visit(v);
      });
    } else if (value instanceof HimCatalog c) {
      types.add(HimCatalog.class);
      Stream.of(c.organizations(), c.credentials().list(), c.renewalPolicies(), c.roles().list(),
          c.programTypes().list(), c.programOfferings().list(), c.occupations().list(), c.workSettings().list(),
          c.knownOmissions()).forEach(this::visit);
      visit(c.profession());
    } else if (value instanceof SyntheticHolder h) {
      visit(h.holdings());
      visit(h.activities());
      visit(h.profile());
    } else if (value.getClass().isRecord()) {
      if (value instanceof Requirement) {
        requirementKinds.merge(value.getClass().getSimpleName(), 1, Integer::sum);
      }
      if (value.getClass().getPackageName().startsWith("org.himkit")) {
        types.add(value.getClass());
      }
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        Object part = invoke(rc.getAccessor(), value);
        note(value.getClass(), rc.getName(), part);
        visit(part);
      }
      // derived kinds, such as a step's or a target's kind()
      for (Method m : value.getClass().getMethods()) {
        if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType().isEnum()) {
          visit(invoke(m, value));
        }
      }
    } else if (value.getClass().getPackageName().startsWith("org.himkit")) {
      Class<?> api = value.getClass();
      while (!Modifier.isPublic(api.getModifiers())) {
        api = api.getSuperclass();
      }
      types.add(api);
      for (Method m : api.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() != void.class && !Stream.class.isAssignableFrom(m.getReturnType())
            && !m.getName().equals("toString") && !m.getName().equals("hashCode")) {
          Object part = invoke(m, value);
          note(api, m.getName(), part);
          visit(part);
        }
      }
    }
  }

  private void note(Class<?> type, String attribute, Object part) {
    boolean optional = part instanceof Optional<?> || part instanceof java.util.OptionalInt
        || part instanceof java.util.OptionalLong;
    if (optional || part instanceof Collection<?> || part instanceof Map<?, ?>) {
      boolean present = part instanceof Optional<?> o ? o.isPresent()
          : part instanceof java.util.OptionalInt i ? i.isPresent()
          : part instanceof java.util.OptionalLong l ? l.isPresent()
          : part instanceof Collection<?> c ? !c.isEmpty() : !((Map<?, ?>) part).isEmpty();
      filled.merge(name(type) + "." + attribute, present, Boolean::logicalOr);
    }
  }

  /** The name of a type as code spells it: {@code Unmet.Condition} for a nested type. */
  static String name(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    return outer == null ? type.getSimpleName() : name(outer) + "." + type.getSimpleName();
  }

  /** Returns the constants of an enum that were not met. */
  <E extends Enum<E>> Set<E> missing(Class<E> type) {
    EnumSet<E> all = EnumSet.allOf(type);
    Set<Enum<?>> seen = enums.getOrDefault(type, Set.of());
    all.removeIf(seen::contains);
    return all;
  }

  private static Object invoke(Method m, Object target) {
    try {
      Object result = m.invoke(target);
      return result == null ? Optional.empty() : result;
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new LinkageError("cannot read " + m + " of " + target, e);
    }
  }
}
