package org.himkit.json;

import java.util.EnumMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The codec of a value of several kinds written as one object with a {@code kind} member, the name of
 * the kind's enum constant, beside that kind's own members: {@code {"kind": "GAIN_EXPERIENCE", "domain":
 * "CODING", ...}}. The kind is read first and chooses the codec of the rest; the input never names a
 * Java class.
 *
 * @param <K> the enum of the kinds
 * @param <T> the type of the values
 */
final class Kinded<K extends Enum<K>, T> implements Codec<T> {
  static final String KIND = "kind";

  private final String what;
  private final Codec<K> kinds;
  private final EnumMap<K, ObjectCodec<? extends T>> byKind;
  private final BiConsumer<T, JsonGenerator> write;

  private Kinded(String what, Class<K> kindType, EnumMap<K, ObjectCodec<? extends T>> byKind,
      BiConsumer<T, JsonGenerator> write) {
    this.what = what;
    this.kinds = Scalars.enumOf(kindType);
    this.byKind = byKind;
    this.write = write;
  }

  /**
   * Returns a codec of values of several kinds.
   *
   * @param what  the value in words, such as {@code "a step"}, for messages
   * @param kindType  the enum of the kinds
   * @param byKind  the codec of each kind, each writing the {@code kind} member first
   * @param write  writes a value with its kind's codec, dispatching through the type's visitor
   */
  static <K extends Enum<K>, T> Kinded<K, T> of(String what, Class<K> kindType, EnumMap<K, ObjectCodec<? extends T>> byKind, BiConsumer<T, JsonGenerator> write) {
    return new Kinded<>(what, kindType, byKind, write);
  }

  @Override
  public void write(T value, JsonGenerator out) {
    write.accept(value, out);
  }

  @Override
  public @Nullable T read(JsonNode node, JsonPath path, ReadContext cx) {
    if (!node.isObject()) {
      cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be an object (" + what + "), not " + Scalars.describe(node));
      return null;
    }
    JsonNode k = node.get(KIND);
    if (k == null || k.isNull()) {
      cx.problem(path.field(KIND), JsonProblem.Kind.MISSING_FIELD, "is required: the kind of " + what);
      return null;
    }
    K kind = kinds.read(k, path.field(KIND), cx);
    if (kind == null) {
      return null;
    }
    ObjectCodec<? extends T> codec = byKind.get(kind);
    return codec == null ? null : codec.read(node, path, cx);
  }
}
