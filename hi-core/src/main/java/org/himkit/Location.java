package org.himkit;

import java.util.Optional;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * Where a program offering is given: a country, and optionally a state or region and a city.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Location {
  Location() {}

  /**
   * Returns the ISO 3166-1 alpha-2 country code, such as {@code "US"}.
   *
   * @return the country code, two upper-case letters
   */
  public abstract String country();

  /**
   * Returns the state or region code, such as {@code "IL"}.
   *
   * @return the region, empty if not given
   */
  public abstract Optional<String> region();

  /**
   * Returns the city.
   *
   * @return the city, empty if not given
   */
  public abstract Optional<String> city();

  /**
   * Obtains a location in a country and region.
   *
   * @param country the ISO 3166-1 alpha-2 country code, such as {@code "US"}
   * @param region the state or region code, such as {@code "IL"}, not blank
   * @return the location, not null
   * @throws HimValidationException if a part is invalid
   */
  public static Location of(String country, String region) {
    return builder().country(country).region(region).build();
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("location");
    p.require(country().matches("[A-Z]{2}"), ErrorCode.INVALID_VALUE, "country",
        "must be an ISO 3166-1 alpha-2 code of two upper-case letters", country());
    p.text(region(), "region");
    p.text(city(), "city");
    p.check();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Location} values. */
  public static final class Builder extends ImmutableLocation.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
