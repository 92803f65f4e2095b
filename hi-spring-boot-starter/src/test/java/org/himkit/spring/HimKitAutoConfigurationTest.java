package org.himkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityStatus;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.text.HimText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class HimKitAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(HimKitAutoConfiguration.class));

  @Test
  void defaultBeansAreBuiltOnTheBuiltInCatalog() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(HimCatalog.class).hasSingleBean(RenewalEvaluator.class)
          .hasSingleBean(Eligibility.class).hasSingleBean(PathwayPlanner.class).hasSingleBean(HimText.class)
          .hasSingleBean(HimKitProperties.class);
      assertThat(context.getBean(HimCatalog.class)).isSameAs(HimCatalog.builtIn());
      assertThat(context.getBean(Eligibility.class).catalog()).isSameAs(HimCatalog.builtIn());
      assertThat(context.getBean(HimText.class)).isSameAs(HimText.english());
    });
  }

  @Test
  void theBeansAnswerFromTheCatalogBean() {
    runner.run(context -> {
      LearnerProfile nothing = LearnerProfile.empty();
      assertThat(context.getBean(Eligibility.class)
          .check(nothing, CredentialId.of("RHIT"), LocalDate.of(2026, 1, 1)).status())
          .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    });
  }

  @Test
  void anApplicationCatalogReplacesTheBuiltInOneEverywhere() {
    runner.withUserConfiguration(OwnCatalog.class).run(context -> {
      assertThat(context).hasSingleBean(HimCatalog.class);
      HimCatalog own = context.getBean(HimCatalog.class);
      assertThat(own).isNotSameAs(HimCatalog.builtIn());
      assertThat(own.findCredential(CredentialId.of("RHIT"))).isEmpty();
      assertThat(context.getBean(Eligibility.class).catalog()).isSameAs(own);
    });
  }

  @Test
  void eachServiceBacksOffForTheApplicationsOwn() {
    runner.withUserConfiguration(OwnServices.class).run(context -> {
      assertThat(context).hasSingleBean(Eligibility.class).hasSingleBean(PathwayPlanner.class)
          .hasSingleBean(RenewalEvaluator.class).hasSingleBean(HimText.class);
      assertThat(context.getBean(Eligibility.class)).isSameAs(OwnServices.ELIGIBILITY);
      assertThat(context.getBean(PathwayPlanner.class)).isSameAs(OwnServices.PLANNER);
      assertThat(context.getBean(RenewalEvaluator.class)).isSameAs(OwnServices.EVALUATOR);
      assertThat(context.getBean(HimText.class)).isSameAs(OwnServices.TEXT);
      assertThat(context.getBeanNamesForType(Eligibility.class)).containsExactly("ownEligibility");
    });
  }

  @Test
  void theTextLocaleIsBoundFromTheProperties() {
    runner.withPropertyValues("himkit.text.locale=fr-CA").run(context -> {
      assertThat(context.getBean(HimKitProperties.class).getText().getLocale()).contains(Locale.CANADA_FRENCH);
      assertThat(context.getBean(HimText.class).locale()).isEqualTo(Locale.CANADA_FRENCH);
    });
  }

  @Test
  void noTextLocaleMeansTheEnglishRenderer() {
    runner.run(context -> assertThat(context.getBean(HimKitProperties.class).getText().getLocale()).isEmpty());
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnCatalog {
    @Bean
    HimCatalog ownCatalog() {
      return HimCatalog.builder().build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnServices {
    static final HimCatalog CATALOG = HimCatalog.builder().build();
    static final Eligibility ELIGIBILITY = Eligibility.of(CATALOG);
    static final PathwayPlanner PLANNER = PathwayPlanner.of(CATALOG);
    static final RenewalEvaluator EVALUATOR = RenewalEvaluator.of(CATALOG);
    static final HimText TEXT = HimText.of(Locale.UK);

    @Bean
    Eligibility ownEligibility() {
      return ELIGIBILITY;
    }

    @Bean
    PathwayPlanner ownPlanner() {
      return PLANNER;
    }

    @Bean
    RenewalEvaluator ownEvaluator() {
      return EVALUATOR;
    }

    @Bean
    HimText ownText() {
      return TEXT;
    }
  }
}
