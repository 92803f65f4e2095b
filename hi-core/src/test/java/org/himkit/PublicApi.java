package org.himkit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Step;
import org.himkit.pathway.Target;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;
import org.himkit.renewal.CycleYear;
import org.himkit.renewal.HolderRecord;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.RenewalEvaluator;
import org.jspecify.annotations.Nullable;

/**
 * The public classes of the exported packages, found by reading the main classes, and instances of
 * them, found by walking the public no-argument methods of the built-in catalog, of every class's
 * public static no-argument factories and constants, and of a few service answers as extra roots.
 *
 * <p>The renewal roots are a holder whose activity ids, titles and providers and whose holder
 * reference contain {@link #PERSONAL}, so that every value reached from them carries personal data.
 */
final class PublicApi {
  /** A marker for personal data: the caller's ids, titles, providers and references contain it. */
  static final String PERSONAL = "Zq7Personal";

  static final Set<String> PACKAGES = Set.of("org.himkit", "org.himkit.policy", "org.himkit.catalog",
      "org.himkit.pathway", "org.himkit.renewal", "org.himkit.text");
  private static final int EXPANSIONS_PER_QUERY_CLASS = 12;
  private static final int EXPANSIONS_PER_CLASS = 400;

  private PublicApi() {}

  static List<Class<?>> publicClasses() {
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

  static boolean isPublicApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  static boolean ours(Class<?> type) {
    return PACKAGES.contains(type.getPackageName()) || type.getPackageName().startsWith("org.himkit.");
  }

  /** Roots that no factory without arguments reaches: answers of the services. */
  static List<Object> extraRoots() {
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
    roots.addAll(renewalRoots(hi));
    return roots;
  }

  /** A holder of RHIA, CCS and CPC with activities of every kind, and the evaluator's answers for them. */
  static List<Object> renewalRoots(HimCatalog hi) {
    LocalDate asOf = LocalDate.of(2026, 11, 24);
    List<CredentialHolding> holdings = List.of(
        CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(LocalDate.of(2019, 3, 1))
            .holderReference("member " + PERSONAL).build(),
        CredentialHolding.of(CredentialId.of("CCS"), LocalDate.of(2020, 6, 1)),
        CredentialHolding.of(CredentialId.of("CPC"), LocalDate.of(2021, 1, 15)),
        CredentialHolding.of(CredentialId.of("ODS"), LocalDate.of(2022, 2, 1)));
    List<CeActivity> activities = List.of(
        activity("1").provider("AHIMA").completed(LocalDate.of(2025, 5, 1)).ceus(Ceus.parse("5"))
            .category(CeCategory.HIIM_DOMAIN).addSourceOf(OrganizationId.of("AHIMA")).build(),
        activity("2").completed(LocalDate.of(2024, 2, 1)).minutes(120).category(CeCategory.OTHER_RELEVANT)
            .addApprovedBy(OrganizationId.of("AAPC")).build(),
        activity("3").completed(LocalDate.of(2025, 9, 9)).ceus(Ceus.parse("20")).category(CeCategory.HIIM_DOMAIN)
            .addNotSourceOf(OrganizationId.of("AHIMA")).build(),
        activity("4").completed(LocalDate.of(2020, 9, 9)).ceus(Ceus.parse("2")).category(CeCategory.HIIM_DOMAIN)
            .build(),
        activity("5").completed(LocalDate.of(2026, 11, 1)).ceus(Ceus.parse("2")).category(CeCategory.HIIM_DOMAIN)
            .build());
    RenewalEvaluator evaluator = RenewalEvaluator.of(hi);
    HolderRecord record = HolderRecord.of(holdings, activities);
    List<Object> roots = new ArrayList<>();
    roots.add(evaluator);
    roots.add(record);
    roots.add(evaluator.assess(record, asOf));
    roots.add(evaluator.history(record, asOf));
    roots.add(evaluator.assess(record, LocalDate.of(2031, 1, 1)));
    roots.add(evaluator.standings(record, asOf));
    roots.add(evaluator.cycleRequirements(List.of(CredentialId.of("RHIA"), CredentialId.of("CPC")),
        LocalDate.of(2025, 1, 1)));
    roots.add(KeyDate.of(KeyDateKind.CYCLE_END, asOf));
    roots.add(new CycleYear(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    return roots;
  }

  /** An activity whose id, title and provider carry the personal-data marker. */
  static CeActivity.Builder activity(String n) {
    return CeActivity.builder().id("cert-" + n + "-" + PERSONAL).title("Course " + n + " taken by " + PERSONAL)
        .provider("Tutor " + PERSONAL);
  }

  /** One or more instances of each class reachable from the roots, by class. */
  static Map<Class<?>, List<Object>> samples(List<Class<?>> classes) {
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
    IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
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

  static Set<Class<?>> typesOf(Class<?> c) {
    Set<Class<?>> types = new LinkedHashSet<>();
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

  static Optional<Object> call(Method m, @Nullable Object target) {
    try {
      return Optional.ofNullable(m.invoke(target));
    } catch (InvocationTargetException e) {
      return Optional.empty();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(m.toString(), e);
    }
  }

}
