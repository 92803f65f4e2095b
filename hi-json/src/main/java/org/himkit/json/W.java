package org.himkit.json;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/** Writes the members of an object: absent optional values and empty collections are left out. */
final class W {
  private W() {}

  static void str(JsonGenerator g, String name, String value) {
    g.writeStringProperty(name, value);
  }

  static void str(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static <T> void field(JsonGenerator g, String name, T value, Codec<T> codec) {
    g.writeName(name);
    codec.write(value, g);
  }

  static <T> void opt(JsonGenerator g, String name, Optional<T> value, Codec<T> codec) {
    if (value.isPresent()) {
      field(g, name, value.get(), codec);
    }
  }

  static void optInt(JsonGenerator g, String name, OptionalInt value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsInt());
    }
  }

  static <T> void list(JsonGenerator g, String name, Collection<T> values, Codec<T> codec) {
    if (!values.isEmpty()) {
      g.writeName(name);
      array(g, values, codec);
    }
  }

  static <T> void array(JsonGenerator g, Collection<T> values, Codec<T> codec) {
    g.writeStartArray();
    for (T v : values) {
      codec.write(v, g);
    }
    g.writeEndArray();
  }

  static <K, V> void map(JsonGenerator g, String name, Map<K, V> values, Function<K, String> key, Codec<V> codec) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      for (Map.Entry<K, V> e : values.entrySet()) {
        g.writeName(key.apply(e.getKey()));
        codec.write(e.getValue(), g);
      }
      g.writeEndObject();
    }
  }
}
