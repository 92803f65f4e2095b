package org.himkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.himkit.HimValidationException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * A JSON object being read into a value: reads its members one by one, recording a problem for each
 * missing, mistyped or invalid one and for each member the shape does not have, and builds the value
 * only if no problem was found inside it.
 */
final class Obj {
  private final JsonNode node;
  private final JsonPath path;
  private final ReadContext cx;
  private final ImmutableSet<String> fields;
  private final int foundBefore;

  private Obj(JsonNode node, JsonPath path, ReadContext cx, ImmutableSet<String> fields) {
    this.node = node;
    this.path = path;
    this.cx = cx;
    this.fields = fields;
    this.foundBefore = cx.found();
  }

  /**
   * Opens an object, reporting every member it should not have.
   *
   * @return the object, or null if the value is not an object
   */
  static @Nullable Obj open(JsonNode node, JsonPath path, ReadContext cx, String what, ImmutableSet<String> fields) {
    if (!node.isObject()) {
      cx.problem(path, JsonProblem.Kind.WRONG_TYPE, "must be an object (" + what + "), not " + Scalars.describe(node));
      return null;
    }
    for (String name : node.propertyNames()) {
      if (!fields.contains(name)) {
        cx.problem(path.field(name), JsonProblem.Kind.UNKNOWN_FIELD, unknown(name, what, fields));
      }
    }
    return new Obj(node, path, cx, fields);
  }

  static String unknown(String name, String what, Set<String> fields) {
    String near = null;
    int best = Math.max(2, name.length() / 3) + 1;
    for (String f : fields) {
      int d = distance(name, f);
      if (d < best) {
        best = d;
        near = f;
      }
    }
    return "unknown field \"" + name + "\" of " + what + (near == null ? "" : "; did you mean \"" + near + "\"?")
        + " (fields: " + String.join(", ", fields) + ")";
  }

  /** Returns the edit distance of two short names, case-insensitive. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Returns the path of this object. */
  JsonPath path() {
    return path;
  }

  /** Returns the read's context. */
  ReadContext context() {
    return cx;
  }

  private @Nullable JsonNode member(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  /** Returns whether the object has a member, other than null. */
  boolean has(String name) {
    return member(name) != null;
  }

  /** Reads a required member; returns null (and records the problem) if it is missing or invalid. */
  <T> @Nullable T req(String name, Codec<T> codec) {
    JsonNode v = member(name);
    if (v == null) {
      cx.problem(path.field(name), JsonProblem.Kind.MISSING_FIELD, "is required");
      return null;
    }
    return codec.read(v, path.field(name), cx);
  }

  /** Reads a required member and gives it to a builder if it is valid. */
  <T> void req(String name, Codec<T> codec, Consumer<? super T> to) {
    T value = req(name, codec);
    if (value != null) {
      to.accept(value);
    }
  }

  /** Reads an optional member: empty if missing, null, or invalid (then the problem is recorded). */
  <T> Optional<T> opt(String name, Codec<T> codec) {
    JsonNode v = member(name);
    return v == null ? Optional.empty() : Optional.ofNullable(codec.read(v, path.field(name), cx));
  }

  /** Reads an optional member and gives it to a builder if it is present and valid. */
  <T> void opt(String name, Codec<T> codec, Consumer<? super T> to) {
    opt(name, codec).ifPresent(to);
  }

  /** Reads an optional whole-number member: empty if missing, null, or invalid (then the problem is recorded). */
  OptionalInt optInt(String name) {
    Optional<Integer> v = opt(name, Scalars.INT);
    return v.isPresent() ? OptionalInt.of(v.get()) : OptionalInt.empty();
  }

  /** Reads a boolean member that defaults to a value when missing. */
  boolean bool(String name, boolean defaultValue) {
    return opt(name, Scalars.BOOLEAN).orElse(defaultValue);
  }

  /** Reads an array member of values: empty if missing; the invalid elements are left out (and recorded). */
  <T> List<T> list(String name, Codec<T> codec) {
    JsonNode v = member(name);
    if (v == null) {
      return ImmutableList.of();
    }
    return elements(v, path.field(name), codec, cx);
  }

  /** Returns the codec of an array of values, for a whole list compared at once, such as a derived member. */
  static <T> Codec<List<T>> listOf(Codec<T> codec) {
    return new Codec<>() {
      @Override
      public void write(List<T> values, JsonGenerator out) {
        W.array(out, values, codec);
      }

      @Override
      public List<T> read(JsonNode node, JsonPath at, ReadContext cx) {
        return elements(node, at, codec, cx);
      }
    };
  }

  /** Reads the elements of an array value. */
  static <T> List<T> elements(JsonNode v, JsonPath at, Codec<T> codec, ReadContext cx) {
    if (!v.isArray()) {
      cx.problem(at, JsonProblem.Kind.WRONG_TYPE, "must be an array, not " + Scalars.describe(v));
      return ImmutableList.of();
    }
    List<T> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      T t = codec.read(v.get(i), at.index(i), cx);
      if (t != null) {
        out.add(t);
      }
    }
    return ImmutableList.copyOf(out);
  }

  /** Reads an array member whose values must all differ, in their order. */
  <T> Set<T> set(String name, Codec<T> codec) {
    List<T> values = list(name, codec);
    Set<T> out = new LinkedHashSet<>();
    for (T t : values) {
      if (!out.add(t)) {
        cx.problem(path.field(name), JsonProblem.Kind.INVALID_VALUE, "must not repeat a value (" + t + " is repeated)");
      }
    }
    return out;
  }

  /**
   * Reads an object member as a map, each member name read as a key with the key codec (as if it were a
   * string value) and each value with the value codec; empty if missing. The keys keep their order.
   */
  <K, V> Map<K, V> map(String name, Codec<K> keys, Codec<V> values) {
    JsonNode v = member(name);
    Map<K, V> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    JsonPath at = path.field(name);
    if (!v.isObject()) {
      cx.problem(at, JsonProblem.Kind.WRONG_TYPE, "must be an object, not " + Scalars.describe(v));
      return out;
    }
    for (Map.Entry<String, JsonNode> e : v.properties()) {
      JsonPath p = at.field(e.getKey());
      K k = keys.read(StringNode.valueOf(e.getKey()), p, cx);
      V value = values.read(e.getValue(), p, cx);
      if (k != null && value != null) {
        out.put(k, value);
      }
    }
    return out;
  }

  /**
   * Builds the value if no problem was found inside this object; a rule the value's own checks find
   * broken is recorded at the member it names.
   */
  <T> @Nullable T build(Supplier<T> build) {
    if (cx.found() > foundBefore) {
      return null;
    }
    try {
      return build.get();
    } catch (HimValidationException e) {
      JsonPath at = e.attribute().map(this::attributePath).orElse(path);
      cx.problem(at, JsonProblem.Kind.INVALID_VALUE, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * Checks a derived member, written for the reader's convenience, against the value built from the
   * others: it may be left out; when given, it must equal what the value says.
   *
   * @param value  the value built, or null if it could not be
   * @param name  the derived member
   * @param codec  the member's codec
   * @param derive  what the value says the member is; empty where the member must be left out
   * @return the value, or null if the member disagrees with it (the problem is recorded)
   */
  <T, D> @Nullable T derived(@Nullable T value, String name, Codec<D> codec, Function<T, Optional<D>> derive) {
    JsonNode v = member(name);
    if (value == null || v == null) {
      return value;
    }
    int before = cx.found();
    D given = codec.read(v, path.field(name), cx);
    if (given == null || cx.found() > before) {
      return null;
    }
    Optional<D> expected = derive.apply(value);
    if (expected.isEmpty()) {
      cx.problem(path.field(name), JsonProblem.Kind.INVALID_VALUE, "is derived from the other members and must be "
          + "left out here (was " + given + ")");
      return null;
    }
    if (!expected.get().equals(given)) {
      cx.problem(path.field(name), JsonProblem.Kind.INVALID_VALUE, "is derived from the other members and must be "
          + expected.get() + " (was " + given + ")");
      return null;
    }
    return value;
  }

  /** Checks a derived whole-number member; see {@link #derived(Object, String, Codec, Function)}. */
  <T> @Nullable T derivedInt(@Nullable T value, String name, Function<T, OptionalInt> derive) {
    return derived(value, name, Scalars.INT, t -> {
      OptionalInt d = derive.apply(t);
      return d.isPresent() ? Optional.of(d.getAsInt()) : Optional.empty();
    });
  }

  /**
   * Returns the path of the member a broken rule names: a member of this object, such as {@code "credits"},
   * or an entry of a map member, such as {@code "coursework.anatomy"}; this object's path otherwise.
   */
  private JsonPath attributePath(String attribute) {
    int dot = attribute.indexOf('.');
    String member = dot < 0 ? attribute : attribute.substring(0, dot);
    if (!fields.contains(member)) {
      return path;
    }
    return dot < 0 ? path.field(member) : path.field(member).field(attribute.substring(dot + 1));
  }

  /**
   * Returns a member read with {@link #req(String, Codec)}, once {@link #build(Supplier)} has found no
   * problem: a required member that was missing or invalid has recorded one, so it is never null there.
   */
  static <T> T got(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a required member was not read");
    }
    return value;
  }
}
