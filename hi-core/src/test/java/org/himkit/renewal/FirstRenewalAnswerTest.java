package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.RecordingClassLoader;
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
    try (RecordingClassLoader isolated = new RecordingClassLoader(Set.of(), HimCatalog.class, Probe.class,
        ImmutableList.class)) {
      Class<?> probe = isolated.loadClass(Probe.class.getName());
      assertThat(probe.getClassLoader()).isSameAs(isolated);
      Object answer = probe.getMethod("answer").invoke(null);

      assertThat(isolated.loaded()).contains(RenewalEvaluator.class.getName(), CeActivity.class.getName(),
          CredentialHolding.class.getName(), RenewalResult.class.getName(), RenewalAssessment.class.getName());
      assertThat(isolated.loaded()).noneMatch(n -> n.startsWith("com.google."));
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
}
