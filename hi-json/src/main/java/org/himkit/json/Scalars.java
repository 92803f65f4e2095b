package org.himkit.json;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.himkit.HimValidationException;
import org.himkit.TypedId;
import org.himkit.catalog.CatalogVersion;
import org.himkit.policy.Ceus;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The codecs of single JSON values: strings, whole numbers, booleans, ISO-8601 dates and durations,
 * exact decimals written as strings, currencies, enums by name and typed ids as plain strings.
 */
final class Scalars {
  private Scalars() {}

  /** The longest decimal accepted: 40 characters, far more than any amount of HIM Kit needs. */
  private static final int MAX_DECIMAL_LENGTH = 40;

  /** Describes a JSON value's type for a "wrong type" message. */
  static String describe(JsonNode node) {
    if (node.isString()) {
      return "a string";
    } else if (node.isIntegralNumber()) {
      return "a whole number";
    } else if (node.isNumber()) {
      return "a number with a fraction (" + node.asString() + ")";
    } else if (node.isBoolean()) {
      return "a boolean";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  /** A codec of values written as JSON strings and parsed from them. */
  abstract static class Text<T> implements Codec<T> {
    private final String expected;

    Text(String expected) {
      this.expected = expected;
    }

    /** Returns the text of a value. */
    abstract String format(T value);

    /**
     * Parses a value from its text.
     *
     * @throws RuntimeException (a {@link HimValidationException}, {@link DateTimeException},
     *     {@link IllegalArgumentException} or {@link ArithmeticException}) if the text is invalid
     */
    abstract T parse(String text);

    @Override
    public void write(T value, JsonGenerator out) {
      out.writeString(format(value));
    }

    @Override
    public @Nullable T read(JsonNode node, JsonPath path, ReadContext cx) {
      if (!node.isString()) {
        cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be " + expected + ", not " + describe(node));
        return null;
      }
      String text = node.stringValue();
      try {
        return parse(text);
      } catch (HimValidationException e) {
        cx.problem(path, JsonProblem.Kind.INVALID_VALUE, String.valueOf(e.getMessage()));
      } catch (DateTimeException | IllegalArgumentException | ArithmeticException e) {
        cx.problem(path, JsonProblem.Kind.INVALID_VALUE, "must be " + expected + " (was \"" + shorten(text) + "\")");
      }
      return null;
    }
  }

  static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }

  static <T> Text<T> text(String expected, Function<T, String> format, Function<String, T> parse) {
    return new Text<>(expected) {
      @Override
      String format(T value) {
        return format.apply(value);
      }

      @Override
      T parse(String text) {
        return parse.apply(text);
      }
    };
  }

  /** A string, kept as written; blank strings are left to the values' own checks. */
  static final Codec<String> STRING = text("a string", s -> s, s -> s);

  /** A whole number from -2^31 to 2^31 - 1. */
  static final Codec<Integer> INT = whole("a whole number from -2147483648 to 2147483647", JsonNode::canConvertToInt,
      JsonNode::intValue, (v, g) -> g.writeNumber(v.intValue()));

  /** A whole number from -2^63 to 2^63 - 1. */
  static final Codec<Long> LONG = whole("a whole number of at most 19 digits", JsonNode::canConvertToLong,
      JsonNode::longValue, (v, g) -> g.writeNumber(v.longValue()));

  private static <T> Codec<T> whole(String expected, Predicate<JsonNode> fits, Function<JsonNode, T> value,
      BiConsumer<T, JsonGenerator> write) {
    return new Codec<>() {
      @Override
      public void write(T v, JsonGenerator out) {
        write.accept(v, out);
      }

      @Override
      public @Nullable T read(JsonNode node, JsonPath path, ReadContext cx) {
        if (!node.isIntegralNumber() || !fits.test(node)) {
          cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be " + expected + ", not " + describe(node));
          return null;
        }
        return value.apply(node);
      }
    };
  }

  /** A boolean. */
  static final Codec<Boolean> BOOLEAN = new Codec<>() {
    @Override
    public void write(Boolean value, JsonGenerator out) {
      out.writeBoolean(value);
    }

    @Override
    public @Nullable Boolean read(JsonNode node, JsonPath path, ReadContext cx) {
      if (!node.isBoolean()) {
        cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be true or false, not " + describe(node));
        return null;
      }
      return node.booleanValue();
    }
  };

  /** The literal {@code true}, the operand of a tag that takes none, such as {@code {"highSchoolDiploma": true}}. */
  static final Codec<Boolean> TRUE = new Codec<>() {
    @Override
    public void write(Boolean value, JsonGenerator out) {
      out.writeBoolean(true);
    }

    @Override
    public @Nullable Boolean read(JsonNode node, JsonPath path, ReadContext cx) {
      if (!node.isBoolean() || !node.booleanValue()) {
        cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be true, not " + describe(node));
        return null;
      }
      return Boolean.TRUE;
    }
  };

  /** An ISO-8601 calendar date, such as {@code "2021-01-01"}. */
  static final Codec<LocalDate> DATE = text("an ISO-8601 date such as \"2021-01-01\"", LocalDate::toString,
      LocalDate::parse);

  /** An ISO-8601 year and month, such as {@code "2023-05"}. */
  static final Codec<YearMonth> YEAR_MONTH = text("an ISO-8601 year and month such as \"2023-05\"",
      YearMonth::toString, YearMonth::parse);

  /** An ISO-8601 period of years, months and days, such as {@code "P2Y"}, kept as written ({@code "P24M"} stays). */
  static final Codec<Period> PERIOD = text("an ISO-8601 period such as \"P2Y\" or \"P90D\"", Period::toString,
      Period::parse);

  /** An ISO-8601 duration of hours, minutes and seconds, such as {@code "PT3H30M"}. */
  static final Codec<Duration> DURATION = text("an ISO-8601 duration such as \"PT3H30M\"", Duration::toString,
      Duration::parse);

  /** A year, as a whole number such as {@code 2021}. */
  static final Codec<Year> YEAR = new Codec<>() {
    @Override
    public void write(Year value, JsonGenerator out) {
      out.writeNumber(value.getValue());
    }

    @Override
    public @Nullable Year read(JsonNode node, JsonPath path, ReadContext cx) {
      Integer n = INT.read(node, path, cx);
      if (n == null) {
        return null;
      }
      if (n < 1 || n > 9999) {
        cx.problem(path, JsonProblem.Kind.INVALID_VALUE, "must be a year from 1 to 9999 (was " + n + ")");
        return null;
      }
      return Year.of(n);
    }
  };

  /** An absolute or relative URI, such as {@code "https://www.ahima.org/"}. */
  static final Codec<URI> URI_CODEC = text("a URI such as \"https://www.ahima.org/\"", URI::toString, s -> {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  });

  /** An ISO 4217 currency code, such as {@code "USD"}. */
  static final Codec<Currency> CURRENCY = text("an ISO 4217 currency code such as \"USD\"", Currency::getCurrencyCode,
      Currency::getInstance);

  /**
   * An exact decimal written as a string, such as {@code "48780.00"}: digits with an optional sign and
   * fraction, no exponent. The scale is kept: {@code "35.00"} reads back as {@code 35.00}.
   */
  static final Codec<BigDecimal> DECIMAL = text("a decimal string such as \"48780.00\"", Scalars::plain,
      s -> new BigDecimal(checkDecimal(s)));

  /** An amount of CEUs written as a decimal string, such as {@code "20"} or {@code "2.5"}. */
  static final Codec<Ceus> CEUS = text("a CEU amount such as \"20\" or \"2.5\"", Ceus::toString,
      s -> Ceus.parse(checkDecimal(s)));

  /** A catalog data version, such as {@code "2026.2"}. */
  static final Codec<CatalogVersion> CATALOG_VERSION = text("a catalog version such as \"2026.2\"",
      CatalogVersion::toString, CatalogVersion::parse);

  /** Returns a decimal's text without exponent: its plain digits with their scale. */
  static String plain(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.setScale(0).toPlainString();
  }

  /** Checks that a text is a plain decimal without exponent, short enough to parse cheaply. */
  static String checkDecimal(String s) {
    boolean ok = !s.isEmpty() && s.length() <= MAX_DECIMAL_LENGTH;
    int i = ok && s.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; ok && i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point && digits > 0 && i < s.length() - 1) {
        point = true;
      } else {
        ok = false;
      }
    }
    if (!ok || digits == 0) {
      throw new IllegalArgumentException("not a plain decimal");
    }
    return s;
  }

  /** The codec of each enum, made once. */
  private static final ClassValue<Codec<?>> ENUMS = new ClassValue<>() {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // asked only through enumOf, with an enum type
    protected Codec<?> computeValue(Class<?> type) {
      return makeEnum((Class) type.asSubclass(Enum.class));
    }
  };

  /** Returns the codec of an enum, written by constant name. */
  @SuppressWarnings("unchecked") // the codec made for an enum type is of that type
  static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
    return (Codec<E>) ENUMS.get(type);
  }

  private static <E extends Enum<E>> Codec<E> makeEnum(Class<E> type) {
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    for (E e : type.getEnumConstants()) {
      b.put(e.name(), e);
    }
    ImmutableMap<String, E> byName = b.build();
    String expected = "one of " + String.join(", ", byName.keySet());
    return new Text<E>(expected) {
      @Override
      String format(E value) {
        return value.name();
      }

      @Override
      E parse(String text) {
        E e = byName.get(text);
        if (e == null) {
          throw new IllegalArgumentException("unknown constant");
        }
        return e;
      }
    };
  }

  /** Returns the codec of a typed id that names its entry (not a reference to check). */
  static <T extends TypedId<T>> Codec<T> id(String kind, Function<String, T> of) {
    return text("a " + kind + " such as \"RHIT\"", TypedId::value, of);
  }

  /** Returns the codec of a typed id that refers to an entry of a catalog, recorded to be checked. */
  static <T extends TypedId<T>> Codec<T> ref(References.Kind kind, Function<String, T> of) {
    Codec<T> id = id(kind.label() + " id", of);
    return new Codec<>() {
      @Override
      public void write(T value, JsonGenerator out) {
        id.write(value, out);
      }

      @Override
      public @Nullable T read(JsonNode node, JsonPath path, ReadContext cx) {
        T value = id.read(node, path, cx);
        if (value != null) {
          cx.reference(kind, value, path);
        }
        return value;
      }
    };
  }
}
