package org.himkit;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.himkit.internal.HimFirstPartsStyle;
import org.himkit.internal.Problems;
import org.immutables.value.Value;

/**
 * A source that supports a fact in the catalog.
 *
 * <p>Every fact-bearing entry of the catalog carries at least one citation. A citation names the
 * publisher and the title of the page or document, its address where it has one, whether it is
 * the publisher's own text ({@link SourceType#PRIMARY}) or a restatement, which version of the page
 * was read, and optionally the quoted words. A source without an address says why in
 * {@link #addressNote()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@HimFirstPartsStyle // the JDK's collections, and a factory of every attribute for the built-in data: start-up
public abstract class Citation {
  Citation() {}

  /**
   * Returns the publisher, such as {@code "AHIMA"} or {@code "U.S. Bureau of Labor Statistics"}.
   *
   * @return the publisher, not blank
   */
  public abstract String publisher();

  /**
   * Returns the title of the page or document.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the address of the page, if it has one.
   *
   * @return the address, empty for a source without one
   */
  public abstract Optional<URI> url();

  /**
   * Returns why the source has no address, for a source without one, such as a page supplied as a
   * stored text file without its address.
   *
   * @return the reason, empty for a source with an address or where none is recorded
   */
  public abstract Optional<String> addressNote();

  /**
   * Returns the standing of the source.
   *
   * @return the source type, not null
   */
  public abstract SourceType sourceType();

  /**
   * Returns which version or edition of the source was read, such as {@code "Q3 2021"}.
   *
   * @return the version, empty if the source shows none
   */
  public abstract Optional<String> version();

  /**
   * Returns the words quoted from the source in support of the fact.
   *
   * @return the quote, empty if none is kept
   */
  public abstract Optional<String> quote();

  /**
   * Returns a copy of this citation with the given quote.
   *
   * <p>This instance is immutable and unaffected by this method call.
   *
   * @param quote the quoted words, not blank
   * @return a citation with the quote, not null
   */
  public Citation quoting(String quote) {
    // the generated factory, not a builder: the built-in catalog's first call quotes some 60 citations (start-up)
    return ImmutableCitation.of(publisher(), title(), url(), addressNote(), sourceType(), version(),
        Optional.of(Objects.requireNonNull(quote, "quote")));
  }

  @Value.Check
  void check() {
    Problems p = Problems.of("citation", title());
    p.text(publisher(), "publisher");
    p.text(title(), "title");
    p.text(quote(), "quote");
    p.text(version(), "version");
    p.text(addressNote(), "addressNote");
    p.check();
  }

  /**
   * Obtains a citation of a page with an address.
   *
   * @param publisher the publisher, not blank
   * @param title the title, not blank
   * @param url the address, a valid URI
   * @param sourceType the standing of the source, not null
   * @return the citation, not null
   * @throws HimValidationException if a part is blank or the address is not a valid URI
   */
  public static Citation of(String publisher, String title, String url, SourceType sourceType) {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sourceType, "sourceType");
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw HimValidationException.of(ErrorCode.INVALID_VALUE, "citation \"" + title + "\"", "url",
          "must be a valid URI", url);
    }
    return builder().publisher(publisher).title(title).url(uri).sourceType(sourceType).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder of {@link Citation} values. */
  public static final class Builder extends ImmutableCitation.Builder {
    /** Constructs an empty builder. */
    public Builder() {}
  }
}
