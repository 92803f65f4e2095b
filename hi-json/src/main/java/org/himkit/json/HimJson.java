package org.himkit.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.himkit.ErrorCode;
import org.himkit.catalog.HimCatalog;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes HIM Kit catalogs, overlays and values as JSON, with safe read limits.
 *
 * <p>A catalog document holds a whole catalog with its {@code formatVersion}; an overlay adds entries to
 * a base catalog, such as the built-in one, or replaces some of its entries:
 *
 * <pre>{@code
 * HimJson json = HimJson.create();
 * json.writeCatalog(HimCatalog.builtIn(), Path.of("catalog.json"));
 * HimCatalog mine = json.readOverlay(HimCatalog.builtIn(), Path.of("our-programs.json"));
 * }</pre>
 *
 * <p>A broken document is rejected with a {@link HimJsonException} listing every problem, each with its
 * JSON path and the rule it breaks; nothing partial is returned. Documents are read entry by entry, so
 * that memory holds the catalog being built and one entry at a time. Reads stop at the documented limits
 * ({@link #readConstraints()}): a document of at most {@value #MAX_DOCUMENT_LENGTH} bytes, nesting at most
 * {@value #MAX_NESTING_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_LENGTH} characters, strings of
 * at most {@value #MAX_STRING_LENGTH} characters and member names of at most {@value #MAX_NAME_LENGTH}; a
 * member name repeated in one object is an error. Nothing in the input chooses a Java class.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HimJson {
  /** The format version of the catalog documents and overlays this library writes and reads. */
  public static final int FORMAT_VERSION = CatalogDocument.FORMAT_VERSION;

  /** The largest document read: 64 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest number read, in characters; HIM Kit's numbers are whole numbers of at most 19 digits. */
  public static final int MAX_NUMBER_LENGTH = 32;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest member name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(MAX_DOCUMENT_LENGTH)
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxNumberLength(MAX_NUMBER_LENGTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxNameLength(MAX_NAME_LENGTH)
      .build();

  private static final HimJson STANDARD = new HimJson(mapperBuilder().build());

  private final JsonMapper mapper;

  private HimJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Returns the read limits of {@link #create()}: the constants of this class.
   *
   * @return the limits, not null
   */
  public static StreamReadConstraints readConstraints() {
    return LIMITS;
  }

  /**
   * Returns a builder of a mapper with the {@link HimJsonModule}, the documented read limits and strict
   * detection of repeated member names, to add an application's own settings to.
   *
   * @return a builder, not null
   */
  public static JsonMapper.Builder mapperBuilder() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(LIMITS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory).addModule(new HimJsonModule());
  }

  /**
   * Obtains the facade with the documented read limits.
   *
   * @return the facade, not null
   */
  public static HimJson create() {
    return STANDARD;
  }

  /**
   * Obtains a facade over an application's own mapper, which must have the {@link HimJsonModule}; its
   * factory's read limits apply.
   *
   * @param mapper  the mapper, not null
   * @return the facade, not null
   */
  public static HimJson using(JsonMapper mapper) {
    return new HimJson(Objects.requireNonNull(mapper, "mapper"));
  }

  /**
   * Returns the mapper this facade reads and writes with.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  // ---------------------------------------------------------------------------------------------
  // catalogs

  /**
   * Writes a catalog as a document, indented for people to read.
   *
   * @param catalog  the catalog, not null
   * @param out  where to write, UTF-8; not closed
   * @throws UncheckedIOException if writing fails
   */
  public void writeCatalog(HimCatalog catalog, OutputStream out) {
    Objects.requireNonNull(catalog, "catalog");
    try (JsonGenerator g = mapper.writer().withDefaultPrettyPrinter().createGenerator(nonClosing(out))) {
      CatalogDocument.write(catalog, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a catalog as a document to a file, replacing it.
   *
   * @param catalog  the catalog, not null
   * @param file  the file, not null
   * @throws UncheckedIOException if writing fails
   */
  public void writeCatalog(HimCatalog catalog, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeCatalog(catalog, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a catalog as a document.
   *
   * @param catalog  the catalog, not null
   * @return the JSON text, not null
   */
  public String writeCatalog(HimCatalog catalog) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeCatalog(catalog, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Reads a catalog document.
   *
   * @param in  the document, UTF-8, UTF-16 or UTF-32; not closed
   * @return the catalog, not null
   * @throws HimJsonException listing every problem, if the document is not a valid catalog
   * @throws UncheckedIOException if reading fails
   */
  public HimCatalog readCatalog(InputStream in) {
    try (JsonParser p = mapper.createParser(nonClosing(in))) {
      return CatalogDocument.readCatalog(p, true);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Reads a catalog document from a file.
   *
   * @param file  the file, not null
   * @return the catalog, not null
   * @throws HimJsonException listing every problem, if the document is not a valid catalog
   * @throws UncheckedIOException if the file cannot be read
   */
  public HimCatalog readCatalog(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readCatalog(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalog document from its text.
   *
   * @param json  the document, not null
   * @return the catalog, not null
   * @throws HimJsonException listing every problem, if the document is not a valid catalog
   */
  public HimCatalog readCatalog(String json) {
    return readCatalog(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads an overlay and applies it to a base catalog: the result holds the base catalog's entries, with
   * those the overlay replaces swapped in place, followed by those it adds. The base catalog's data
   * version is kept.
   *
   * @param base  the catalog to add to, such as {@link HimCatalog#builtIn()}, not null
   * @param in  the overlay, UTF-8, UTF-16 or UTF-32; not closed
   * @return the merged catalog, not null
   * @throws HimJsonException listing every problem, if the overlay is invalid or the merged catalog is
   * @throws UncheckedIOException if reading fails
   */
  public HimCatalog readOverlay(HimCatalog base, InputStream in) {
    Objects.requireNonNull(base, "base");
    try (JsonParser p = mapper.createParser(nonClosing(in))) {
      return CatalogDocument.readOverlay(base, p, true);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Reads an overlay from a file and applies it to a base catalog; see
   * {@link #readOverlay(HimCatalog, InputStream)}.
   *
   * @param base  the catalog to add to, not null
   * @param file  the overlay, not null
   * @return the merged catalog, not null
   * @throws HimJsonException listing every problem, if the overlay is invalid or the merged catalog is
   * @throws UncheckedIOException if the file cannot be read
   */
  public HimCatalog readOverlay(HimCatalog base, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return readOverlay(base, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads an overlay from its text and applies it to a base catalog; see
   * {@link #readOverlay(HimCatalog, InputStream)}.
   *
   * @param base  the catalog to add to, not null
   * @param json  the overlay, not null
   * @return the merged catalog, not null
   * @throws HimJsonException listing every problem, if the overlay is invalid or the merged catalog is
   */
  public HimCatalog readOverlay(HimCatalog base, String json) {
    return readOverlay(base, new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  // ---------------------------------------------------------------------------------------------
  // single values

  /**
   * Returns a value as JSON, such as a credential, a requirement tree or a learner profile.
   *
   * @param value  the value, not null
   * @return the JSON text, not null
   */
  public String write(Object value) {
    return mapper.writeValueAsString(Objects.requireNonNull(value, "value"));
  }

  /**
   * Reads a value from JSON.
   *
   * @param <T>  the type of the value
   * @param json  the JSON text, not null
   * @param type  the type, such as {@code Credential.class}, not null
   * @return the value, not null
   * @throws HimJsonException listing every problem, if the JSON is not a valid value of the type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    String what = HimJsonModule.describe(type);
    try (JsonParser p = mapper.createParser(json)) {
      T value = mapper.readValue(p, type);
      if (value == null) {
        throw problem(what, "$", JsonProblem.Kind.MISSING_FIELD, "the document is null");
      }
      if (p.nextToken() != null) {
        throw problem(what, "$", JsonProblem.Kind.SYNTAX, "content after the end of the value");
      }
      return value;
    } catch (JsonProblemsException e) {
      throw new HimJsonException(ErrorCode.INVALID_VALUE, what, e.problems());
    } catch (StreamConstraintsException e) {
      throw problem(what, "$", JsonProblem.Kind.LIMIT, e.getOriginalMessage());
    } catch (JacksonException e) {
      throw problem(what, "$", JsonProblem.Kind.SYNTAX, e.getOriginalMessage());
    }
  }

  private static HimJsonException problem(String what, String path, JsonProblem.Kind kind, String message) {
    return new HimJsonException(ErrorCode.INVALID_VALUE, what, List.of(new JsonProblem(path, kind, message)));
  }

  private static InputStream nonClosing(InputStream in) {
    return new java.io.FilterInputStream(Objects.requireNonNull(in, "in")) {
      @Override
      public void close() {}
    };
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(Objects.requireNonNull(out, "out")) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
