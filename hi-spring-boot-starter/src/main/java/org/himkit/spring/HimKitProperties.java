package org.himkit.spring;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configuration properties of HIM Kit's auto-configuration, under the prefix {@code himkit}.
 *
 * <pre>
 * himkit.text.locale=en-US
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@ConfigurationProperties("himkit")
public final class HimKitProperties {
  /** The renderer that puts answers in words. */
  private final Text text;

  /**
   * Creates the properties; Spring Boot binds them from the environment.
   *
   * @param text  the text properties, null for the defaults
   */
  public HimKitProperties(@Nullable Text text) {
    this.text = text == null ? new Text(null) : text;
  }

  /**
   * Returns the text properties ({@code himkit.text.*}).
   *
   * @return the text properties, not null
   */
  public Text getText() {
    return text;
  }

  /**
   * The properties of the renderer bean ({@code himkit.text.*}).
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Text {
    /**
     * Locale of the renderer (HimText) that puts answers in words, such as en-US. Only English messages
     * ship with HIM Kit, so this chooses how numbers are formatted. Unset for HimText.english().
     */
    private final @Nullable Locale locale;

    /**
     * Creates the text properties.
     *
     * @param locale  the locale, null for the English renderer
     */
    public Text(@Nullable Locale locale) {
      this.locale = locale;
    }

    /**
     * Returns the locale of the renderer ({@code himkit.text.locale}).
     *
     * @return the locale, empty for the English renderer
     */
    public Optional<Locale> getLocale() {
      return Optional.ofNullable(locale);
    }
  }
}
