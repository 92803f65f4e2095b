package org.himkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class HimCatalogFailureAnalyzerTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HimKitAutoConfiguration.class));

  @Test
  void aCatalogThatCannotBeBuiltIsReportedWithEveryProblem() {
    runner.withUserConfiguration(BrokenCatalog.class).run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = Objects.requireNonNull(context.getStartupFailure());
      FailureAnalysis analysis = Objects.requireNonNull(new HimCatalogFailureAnalyzer().analyze(failure));
      org.himkit.CatalogException cause = findCause(failure);
      assertThat(cause.problems()).hasSizeGreaterThanOrEqualTo(2);
      for (String problem : cause.problems()) {
        assertThat(analysis.getDescription()).contains(problem);
      }
      assertThat(analysis.getDescription()).contains(cause.problems().size() + " problems")
          .doesNotContain("Exception");
      assertThat(analysis.getAction()).contains("HimCatalog");
    });
  }

  @Test
  void otherFailuresAreLeftToOtherAnalyzers() {
    assertThat(new HimCatalogFailureAnalyzer().analyze(new IllegalStateException("not ours"))).isNull();
  }

  private static org.himkit.CatalogException findCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof org.himkit.CatalogException c) {
        return c;
      }
    }
    throw new AssertionError("no CatalogException in " + failure);
  }

  @Configuration(proxyBeanMethods = false)
  static class BrokenCatalog {
    @Bean
    HimCatalog brokenCatalog() {
      // two credentials issued by an organization the catalog does not hold: two dangling references
      return HimCatalog.builder()
          .addCredential(HimCatalog.builtIn().getCredential(CredentialId.of("CPC")))
          .addCredential(HimCatalog.builtIn().getCredential(CredentialId.of("COC")))
          .build();
    }
  }
}
