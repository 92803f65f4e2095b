package org.himkit.catalog;

import java.io.Serializable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final Pattern FORM = Pattern.compile("(\\d{4})\\.(\\d{1,3})");

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
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "catalog version", "text",
          "must be of the form YYYY.N, such as 2026.1", Text.quoted(text));
    }
    return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
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
