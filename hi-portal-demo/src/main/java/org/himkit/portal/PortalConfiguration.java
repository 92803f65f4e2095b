package org.himkit.portal;

import java.time.Clock;
import org.himkit.catalog.HimCatalog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's own beans. HIM Kit's beans (the catalog, eligibility, the planner, the evaluator, the renderer)
 * come from the starter.
 */
@Configuration(proxyBeanMethods = false)
public class PortalConfiguration {
  /**
   * Returns the catalog: the built-in one with the fictional sample offerings added, as a portal adds its own
   * programs. Defining it replaces the starter's catalog bean, and the starter's services use it.
   *
   * @return the catalog
   */
  @Bean
  public HimCatalog himCatalog() {
    return HimCatalog.builtIn().toBuilder().addProgramOfferings(SampleOfferings.all()).build();
  }

  /**
   * Returns the clock that gives "today" to the forms' date fields; HIM Kit itself never reads a clock.
   *
   * @return the system clock in the default zone
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock clock() {
    return Clock.systemDefaultZone();
  }
}
