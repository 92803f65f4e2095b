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
      for (RecordComponent rc : value.getClass().getRecordComponents()) {
        visit(invoke(rc.getAccessor(), value));
      }
    } else if (value.getClass().getPackageName().startsWith("org.himkit")) {
      Class<?> api = value.getClass();
      while (!Modifier.isPublic(api.getModifiers())) {
        api = api.getSuperclass();
      }
      for (Method m : api.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() != void.class && !Stream.class.isAssignableFrom(m.getReturnType())
            && !m.getName().equals("toString") && !m.getName().equals("hashCode")) {
          visit(invoke(m, value));
        }
      }
    }
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
