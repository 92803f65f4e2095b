package org.himkit.catalog;

import java.io.Serializable;
import java.util.Objects;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.internal.Problems;
import org.himkit.internal.Text;
import org.jspecify.annotations.Nullable;

/**
 * The version of a catalog's data, such as {@code 2026.1}: the year, then the release within the year.
 *
 * <p>Versions order by year, then release. The built-in catalog's version changes whenever its data
 * changes, so an application can record which data an answer came from.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogVersion implements Comparable<CatalogVersion>, Serializable {
  private static final long serialVersionUID = 1L;

  /** The year. */
  private final int year;
  /** The release within the year. */
  private final int release;

  private CatalogVersion(int year, int release) {
    this.year = year;
    this.release = release;
  }

  /**
   * Obtains a version from its year and release.
   *
   * @param year the year, from 2000 to 9999
   * @param release the release within the year, from 1 to 999
   * @return the version, not null
   * @throws HimValidationException if a part is out of range
   */
  public static CatalogVersion of(int year, int release) {
    if (year < 2000 || year > 9999 || release < 1 || release > 999) {
      Problems.of("catalog version " + year + "." + release)
          .require(year >= 2000 && year <= 9999, ErrorCode.INVALID_VALUE, "year", "must be from 2000 to 9999", year)
          .require(release >= 1 && release <= 999, ErrorCode.INVALID_VALUE, "release", "must be from 1 to 999",
              release)
          .check();
    }
    return new CatalogVersion(year, release);
  }

  /**
   * Obtains a version from its text, such as {@code "2026.1"}.
   *
   * @param text the text, not null
   * @return the version, not null
   * @throws HimValidationException if the text is not of the form {@code YYYY.N}
   */
  public static CatalogVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    // YYYY.N with N of 1 to 3 digits, read by hand: a regular expression cost the built-in catalog's first call
    // a few milliseconds of start-up
    int n = text.length();
    if (n < 6 || n > 8 || text.charAt(4) != '.' || !digits(text, 0, 4) || !digits(text, 5, n)) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "catalog version", "text",
          "must be of the form YYYY.N, such as 2026.1", Text.quoted(text));
    }
    return of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, n, 10));
  }

  /** Whether the characters from {@code from} to {@code to} (exclusive) are all ASCII digits. */
  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the year of the version.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the release within the year.
   *
   * @return the release, from 1
   */
  public int release() {
    return release;
  }

  @Override
  public int compareTo(CatalogVersion other) {
    return year != other.year ? Integer.compare(year, other.year) : Integer.compare(release, other.release);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CatalogVersion other && other.year == year && other.release == release;
  }

  @Override
  public int hashCode() {
    return year * 1000 + release;
  }

  /**
   * Returns the version as text, such as {@code "2026.1"}; {@link #parse(String)} reads it back.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return year + "." + release;
  }
}
