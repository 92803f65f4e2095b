package org.himkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.himkit.CredentialId;
import org.himkit.ProgramOfferingId;
import org.himkit.catalog.HimCatalog;
import org.himkit.json.HimJsonException;
import org.himkit.json.JsonProblem;
import org.himkit.pathway.Eligibility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class CatalogOverlaysTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HimKitAutoConfiguration.class));

  @Test
  void overlaysAreAppliedOnTopOfTheBuiltInCatalogAndTheServicesUseTheResult() {
    runner.withPropertyValues("himkit.catalog.overlays=classpath:overlays/fictional-offering.json").run(context -> {
      assertThat(context).hasNotFailed();
      HimCatalog catalog = context.getBean(HimCatalog.class);
      assertThat(catalog.findProgramOffering(ProgramOfferingId.of("testville-him-aas"))).isPresent();
      assertThat(catalog.findCredential(CredentialId.of("RHIT"))).isPresent();
      assertThat(catalog.version()).isEqualTo(HimCatalog.builtIn().version());
      assertThat(context.getBean(Eligibility.class).catalog()).isSameAs(catalog);
      assertThat(context.getBean(HimKitProperties.class).getCatalog().getOverlays())
          .containsExactly("classpath:overlays/fictional-offering.json");
    });
  }

  @Test
  void aBrokenOverlayStopsTheStartWithEveryProblemItHas() {
    runner.withPropertyValues("himkit.catalog.overlays=classpath:overlays/broken.json").run(context -> {
      assertThat(context).hasFailed();
      Throwable failure = Objects.requireNonNull(context.getStartupFailure());
      CatalogOverlayException cause = find(failure, CatalogOverlayException.class);
      HimJsonException json = find(failure, HimJsonException.class);
      assertThat(json.problems()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(cause.problems()).containsExactlyElementsOf(json.problems().stream().map(JsonProblem::toString).toList());
      FailureAnalysis analysis = Objects.requireNonNull(new HimCatalogFailureAnalyzer().analyze(failure));
      assertThat(analysis.getDescription()).contains("from the overlay classpath:overlays/broken.json")
          .contains(json.problems().size() + " problems");
      json.problems().forEach(p -> assertThat(analysis.getDescription()).contains(p.toString()));
      assertThat(analysis.getDescription()).contains("colour").contains("SOMETIMES");
      assertThat(analysis.getAction()).contains("himkit.catalog.overlays");
    });
  }

  @Test
  void aMissingOverlayIsNamed() {
    runner.withPropertyValues("himkit.catalog.overlays=classpath:overlays/none.json").run(context -> {
      FailureAnalysis analysis = Objects.requireNonNull(new HimCatalogFailureAnalyzer()
          .analyze(Objects.requireNonNull(context.getStartupFailure())));
      assertThat(analysis.getDescription()).contains("the overlay classpath:overlays/none.json does not exist");
    });
  }

  @Test
  void theJsonModuleIsRegisteredWithBootsJsonMapper() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, HimKitAutoConfiguration.class))
        .run(context -> {
          JsonMapper mapper = context.getBean(JsonMapper.class);
          assertThat(mapper.writeValueAsString(CredentialId.of("RHIT"))).isEqualTo("\"RHIT\"");
          assertThat(mapper.readValue("\"CCS\"", CredentialId.class)).isEqualTo(CredentialId.of("CCS"));
        });
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + failure);
  }
}
