package org.himkit.spring;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configuration properties of HIM Kit's auto-configuration, under the prefix {@code himkit}.
 *
 * <pre>
 * himkit.catalog.overlays=classpath:our-programs.json,file:/etc/portal/extra-offerings.json
 * himkit.text.locale=en-US
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@ConfigurationProperties("himkit")
public final class HimKitProperties {
  /** The catalog the application works with. */
  private final Catalog catalog;

  /** The renderer that puts answers in words. */
  private final Text text;

  /**
   * Creates the properties; Spring Boot binds them from the environment.
   *
   * @param catalog  the catalog properties, null for the defaults
   * @param text  the text properties, null for the defaults
   */
  public HimKitProperties(@Nullable Catalog catalog, @Nullable Text text) {
    this.catalog = catalog == null ? new Catalog(null) : catalog;
    this.text = text == null ? new Text(null) : text;
  }

  /**
   * Returns the catalog properties ({@code himkit.catalog.*}).
   *
   * @return the catalog properties, not null
   */
  public Catalog getCatalog() {
    return catalog;
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
   * The properties of the catalog bean ({@code himkit.catalog.*}).
   *
   * <p>This class is immutable and thread-safe.
   */
  public static final class Catalog {
    /**
     * Locations of JSON overlays (the hi-json overlay format) applied in order on top of the built-in
     * catalog, such as classpath:our-programs.json or file:/etc/portal/offerings.json. Each overlay adds
     * entries (program offerings, say) or replaces entries of the catalog built so far. Empty for the
     * built-in catalog alone.
     */
    private final List<String> overlays;

    /**
     * Creates the catalog properties.
     *
     * @param overlays  the overlay locations in the order to apply them, null for none
     */
    public Catalog(@Nullable List<String> overlays) {
      this.overlays = overlays == null ? List.of() : List.copyOf(overlays);
    }

    /**
     * Returns the locations of the overlays ({@code himkit.catalog.overlays}), in the order they are
     * applied.
     *
     * @return the locations, empty for the built-in catalog alone
     */
    public List<String> getOverlays() {
      return overlays;
    }
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
