package org.himkit.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context every portal test shares (Spring caches it): the whole portal on a random port,
 * with MockMvc, and today fixed at {@link PortalTest#TODAY} ({@code portal.today}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PortalApplication.class, properties = "portal.today=2026-11-24",
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface PortalTest {
  /** The day the tests run on, as far as the portal knows. */
  java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 24);
}
