package org.himkit.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The portal's own beans. HIM Kit's beans (the catalog, eligibility, the planner, the evaluator, the renderer)
 * come from the starter; the catalog is the built-in one with the fictional sample offerings of
 * {@code catalog/sample-offerings.json} added, named in {@code himkit.catalog.overlays} as a real portal names its
 * own programs.
 */
@Configuration(proxyBeanMethods = false)
public class PortalConfiguration {
  /**
   * Returns the clock that gives "today" to the pages (the default date of the forms, the date of the renewal rules
   * shown); HIM Kit itself never reads a clock. The property {@code portal.today} (yyyy-mm-dd) fixes the day, for
   * demonstrations and tests.
   *
   * @param today  the fixed day, if set
   * @return the clock
   */
  @Bean
  public Clock clock(@Value("${portal.today:}") String today) {
    return today.isBlank() ? Clock.system(ZoneId.systemDefault())
        : Clock.fixed(LocalDate.parse(today).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
