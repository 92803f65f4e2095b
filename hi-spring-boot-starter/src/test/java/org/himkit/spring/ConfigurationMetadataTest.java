package org.himkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The metadata that IDEs read to complete and document {@code himkit.*} properties is generated and complete. */
class ConfigurationMetadataTest {
  private static final Map<String, String> EXPECTED = new TreeMap<>(Map.of(
      "himkit.catalog.overlays", "java.util.List<java.lang.String>",
      "himkit.text.locale", "java.util.Locale"));

  private static String metadata() throws IOException {
    try (InputStream in = Objects.requireNonNull(ConfigurationMetadataTest.class.getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json"), "no generated metadata")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyPropertyIsListedWithItsTypeAndADescription() throws IOException {
    String json = metadata();
    String properties = json.substring(json.indexOf("\"properties\": ["), json.indexOf("\"hints\": ["));
    Matcher property = Pattern.compile("\\{\\s*\"name\": \"(himkit\\.[a-z.-]+)\",\\s*\"type\": \"([^\"]+)\",\\s*"
        + "\"description\": \"([^\"]+)\"").matcher(properties);
    Map<String, String> types = new TreeMap<>();
    while (property.find()) {
      assertThat(property.group(3)).as(property.group(1)).hasSizeGreaterThan(40);
      types.put(property.group(1), property.group(2));
    }
    assertThat(types).containsExactlyEntriesOf(EXPECTED);
    // no property without a description slipped past the pattern
    assertThat(properties.split("\"name\":", -1)).hasSize(types.size() + 1);
  }

  @Test
  void theAutoConfigurationIsRegistered() throws IOException {
    try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(
        "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(HimKitAutoConfiguration.class.getName());
    }
  }
}
