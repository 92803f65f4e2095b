package org.himkit.json;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes values of one type as one JSON value, and reads them back through the type's public builder
 * or factory.
 *
 * @param <T> the type of the values
 */
interface Codec<T> {
  /**
   * Writes a value as one JSON value.
   *
   * @param value the value
   * @param out where to write
   */
  void write(T value, JsonGenerator out);

  /**
   * Reads a value, recording every problem found in the context.
   *
   * @param node the JSON value
   * @param path where the value is
   * @param cx the read's context
   * @return the value, or null if a problem was found
   */
  @Nullable T read(JsonNode node, JsonPath path, ReadContext cx);
}
