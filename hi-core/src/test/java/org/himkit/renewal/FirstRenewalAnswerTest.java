package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * A first renewal answer after start-up, in a class loader of its own that records what it loads: Guava's
 * classes are loaded from the jar one by one on a cold start, so the way from the built-in catalog to the first
 * answer uses the JDK's collections only.
 */
class FirstRenewalAnswerTest {

  @Test
  void aFirstRenewalAnswerLoadsNoGuavaClass() throws Exception {
    try (Isolated isolated = new Isolated()) {
      Class<?> probe = isolated.loadClass(Probe.class.getName());
      assertThat(probe.getClassLoader()).isSameAs(isolated);
      Object answer = probe.getMethod("answer").invoke(null);

      assertThat(isolated.loaded).contains(RenewalEvaluator.class.getName(), CeActivity.class.getName(),
          CredentialHolding.class.getName(), RenewalResult.class.getName(), RenewalAssessment.class.getName());
      assertThat(isolated.loaded).noneMatch(n -> n.startsWith("com.google."));
      // the same answer as in the test's own class loader, where Guava may long have been loaded
      assertThat(answer).isEqualTo(Probe.answer());
      assertThat(Probe.answer()).startsWith("ACTIVE_");
    }
  }

  /** The first answer of {@code hi-bench}'s cold start: an RHIT earned on 2024-03-01 with two activities. */
  public static final class Probe {
    private Probe() {}

    /**
     * Answers once.
     *
     * @return the status and the whole result, as text
     */
    public static String answer() {
      LocalDate earned = LocalDate.of(2024, 3, 1);
      List<CredentialHolding> holdings = List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned));
      List<CeActivity> activities = List.of(
          CeActivity.builder().id("a1").title("Coding update").completed(earned.plusMonths(3)).ceus(Ceus.of(5))
              .category(CeCategory.HIIM_DOMAIN).provider("Example webinars").build(),
          CeActivity.builder().id("a2").title("Privacy law").completed(earned.plusMonths(9)).minutes(120)
              .category(CeCategory.HIIM_DOMAIN).provider("AHIMA").build());
      RenewalResult result = RenewalEvaluator.of(HimCatalog.builtIn())
          .assess(holdings, activities, LocalDate.of(2026, 1, 1));
      return result.assessments().get(0).status() + " " + result;
    }
  }

  /** A class loader over HIM Kit's classes (main and test) and Guava only, recording what it loads. */
  private static final class Isolated extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    Isolated() {
      super(new URL[] {location(HimCatalog.class), location(Probe.class), location(ImmutableList.class)},
          ClassLoader.getPlatformClassLoader());
    }

    private static URL location(Class<?> type) {
      return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Loads HIM Kit's and Guava's classes itself, never from the test's own module or class path. */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      loaded.add(name);
      if (!name.startsWith("org.himkit.") && !name.startsWith("com.google.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
