package org.himkit.json;

import com.google.common.collect.ImmutableSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The codec of a value written as a JSON object with a fixed set of members.
 *
 * @param <T> the type of the values
 */
final class ObjectCodec<T> implements Codec<T> {
  private final String what;
  private final ImmutableSet<String> fields;
  private final BiConsumer<T, JsonGenerator> members;
  private final Function<Obj, @Nullable T> read;

  private ObjectCodec(String what, ImmutableSet<String> fields, BiConsumer<T, JsonGenerator> members,
      Function<Obj, @Nullable T> read) {
    this.what = what;
    this.fields = fields;
    this.members = members;
    this.read = read;
  }

  /**
   * Returns a codec of objects.
   *
   * @param what  the value in words, such as {@code "a credential"}, for messages
   * @param fields  the members the object may have, in the order written
   * @param members  writes the members of a value
   * @param read  reads a value from its open object
   */
  static <T> ObjectCodec<T> of(String what, ImmutableSet<String> fields, BiConsumer<T, JsonGenerator> members,
      Function<Obj, @Nullable T> read) {
    return new ObjectCodec<>(what, fields, members, read);
  }

  /** Returns what the values are, in words. */
  String what() {
    return what;
  }

  /** Returns the members the object may have. */
  ImmutableSet<String> fields() {
    return fields;
  }

  @Override
  public void write(T value, JsonGenerator out) {
    out.writeStartObject();
    members.accept(value, out);
    out.writeEndObject();
  }

  @Override
  public @Nullable T read(JsonNode node, JsonPath path, ReadContext cx) {
    Obj in = Obj.open(node, path, cx, what, fields);
    return in == null ? null : read.apply(in);
  }
}
