package org.himkit.json;

import org.jspecify.annotations.Nullable;

/**
 * A position in a JSON document, such as {@code $.credentials[3].issuer}. The text is built only when a
 * problem is reported, so that reading a large document builds no path strings.
 */
final class JsonPath {
  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final @Nullable JsonPath parent;
  private final @Nullable String name;
  private final int index;

  private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** Returns the path of a member of the object at this path. */
  JsonPath field(String member) {
    return new JsonPath(this, member, -1);
  }

  /** Returns the path of an element of the array at this path. */
  JsonPath index(int element) {
    return new JsonPath(this, null, element);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      sb.append('$');
      return;
    }
    parent.append(sb);
    if (name == null) {
      sb.append('[').append(index).append(']');
    } else if (isIdentifier(name)) {
      sb.append('.').append(name);
    } else {
      sb.append("['");
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == '\'' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append("']");
    }
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
        return false;
      }
    }
    return true;
  }
}
