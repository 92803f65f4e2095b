package org.himkit.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the portal: {@code ./mvnw -pl hi-portal-demo -am spring-boot:run}, then http://localhost:8080/. */
@SpringBootApplication
public class PortalApplication {
  /**
   * Starts the portal.
   *
   * @param args  Spring Boot's command-line arguments, such as {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication.run(PortalApplication.class, args);
  }
}
