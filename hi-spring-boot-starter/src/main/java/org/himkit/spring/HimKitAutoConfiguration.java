package org.himkit.spring;

import org.himkit.catalog.HimCatalog;
import org.himkit.json.HimJsonModule;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.renewal.RenewalEvaluator;
import org.himkit.text.HimText;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of HIM Kit: a {@link HimCatalog}, a {@link RenewalEvaluator}, an
 * {@link Eligibility}, a {@link PathwayPlanner} and a {@link HimText}, each built from the catalog bean
 * and each backing off when the application defines a bean of its type.
 *
 * <p>The catalog is {@link HimCatalog#builtIn()}, with the overlays named in
 * {@code himkit.catalog.overlays} applied in order. A catalog or overlay that cannot be built stops the
 * start-up with every problem listed ({@link HimCatalogFailureAnalyzer}). The {@link HimJsonModule} bean puts
 * HIM Kit values in the JSON of Spring Boot's {@code JsonMapper}.
 */
@AutoConfiguration
@EnableConfigurationProperties(HimKitProperties.class)
public class HimKitAutoConfiguration {
  /** Creates the configuration; Spring Boot does. */
  public HimKitAutoConfiguration() {}

  /**
   * Returns the catalog: the built-in one, with the overlays named in {@code himkit.catalog.overlays}
   * applied in order.
   *
   * @param properties  the properties, not null
   * @param resources  where overlays are read from, not null
   * @return the catalog, not null
   * @throws CatalogOverlayException if an overlay cannot be read or applied, with every problem found in it
   */
  @Bean
  @ConditionalOnMissingBean
  public HimCatalog himCatalog(HimKitProperties properties, ResourceLoader resources) {
    return CatalogOverlays.apply(HimCatalog.builtIn(), properties.getCatalog().getOverlays(), resources);
  }

  /**
   * Returns HIM Kit's Jackson module, which Spring Boot registers with its {@code JsonMapper}: every HIM Kit
   * value in the shape of hi-json.
   *
   * @return the module, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public HimJsonModule himJsonModule() {
    return new HimJsonModule();
  }

  /**
   * Returns the renewal evaluator over the catalog.
   *
   * @param catalog  the catalog, not null
   * @return the evaluator, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public RenewalEvaluator renewalEvaluator(HimCatalog catalog) {
    return RenewalEvaluator.of(catalog);
  }

  /**
   * Returns eligibility checks over the catalog.
   *
   * @param catalog  the catalog, not null
   * @return the eligibility checks, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public Eligibility eligibility(HimCatalog catalog) {
    return Eligibility.of(catalog);
  }

  /**
   * Returns the pathway planner over the catalog.
   *
   * @param catalog  the catalog, not null
   * @return the planner, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public PathwayPlanner pathwayPlanner(HimCatalog catalog) {
    return PathwayPlanner.of(catalog);
  }

  /**
   * Returns the renderer: {@link HimText#english()}, or {@link HimText#of(java.util.Locale)} for the
   * configured {@code himkit.text.locale}.
   *
   * @param properties  the properties, not null
   * @return the renderer, not null
   */
  @Bean
  @ConditionalOnMissingBean
  public HimText himText(HimKitProperties properties) {
    return properties.getText().getLocale().map(HimText::of).orElseGet(HimText::english);
  }
}
