package org.himkit.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * HIM Kit's one text normalizer: what counts as blank, how long a text may be, how a text is folded
 * for comparison and for lookup, and how an offending value is shown in a message.
 *
 * <p>The limits, documented for users in the {@code org.himkit} package description:
 * <ul>
 *   <li>a typed id ({@code TypedId}) is at most 64 characters of letters, digits, {@code .}, {@code _}
 *       and {@code -};
 *   <li>a code (a scheme's occupation code, a coursework or training code) is at most
 *       {@value #MAX_CODE_LENGTH} characters with no control character;
 *   <li>a name or a piece of prose is at most {@value #MAX_TEXT_LENGTH} characters;
 *   <li>a message quotes at most {@value #MAX_QUOTED_LENGTH} characters of an offending text, and shows
 *       at most {@value #MAX_SHOWN_LENGTH} characters of any other value.
 * </ul>
 */
public final class Text {
  /** The largest length of a code, such as an occupation code or a coursework code. */
  public static final int MAX_CODE_LENGTH = 200;
  /** The largest length of a name or a piece of prose. */
  public static final int MAX_TEXT_LENGTH = 4096;
  /** The largest number of characters of an offending value a message quotes. */
  public static final int MAX_QUOTED_LENGTH = 64;
  /** The longest value text a message shows whole. */
  public static final int MAX_SHOWN_LENGTH = 100;

  private Text() {}

  /**
   * Checks whether a character is a space: {@link Character#isWhitespace(char)} or one of the
   * invisible or non-breaking spaces it leaves out (U+00A0, U+2007, U+202F, U+200B, U+FEFF).
   *
   * @param c the character
   * @return true for a space
   */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u200B'
        || c == '\uFEFF';
  }

  /**
   * Checks whether a text is blank: empty, or made of {@linkplain #isSpace(char) spaces} only.
   *
   * @param text the text
   * @return true if blank
   */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks whether a text holds an ISO control character (U+0000 to U+001F, U+007F to U+009F).
   *
   * @param text the text
   * @return true if it holds one
   */
  public static boolean hasControl(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a text folded for case-insensitive comparison and prefix search: lower case in the root
   * locale.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the lookup key of a name: its letters and digits, upper case in the root locale, so that
   * {@code "ccs-p"}, {@code "CCS P"} and {@code "CCSP"} share one key.
   *
   * @param name the name
   * @return the key, possibly empty
   */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the comparable form of a caller's name, such as a CE activity's title or provider: Unicode
   * NFC, without leading and trailing {@linkplain #isSpace(char) spaces}, each run of spaces made one
   * space, lower case in the root locale, so that {@code " A\u00a0 b\u2003C "} becomes {@code "a b c"}.
   * Unlike {@link #key(String)} it keeps punctuation and the breaks between words: {@code "Update 2.1"}
   * and {@code "Update 21"} stay apart. A name already in that form is returned as it is.
   *
   * @param name the name
   * @return the comparable form, possibly empty
   */
  public static String nameKey(String name) {
    if (isPlainNameKey(name)) {
      return name;
    }
    String nfc = isBelowCombiningMarks(name) || Normalizer.isNormalized(name, Normalizer.Form.NFC) ? name
        : Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the hash of a name's comparable form ({@link #nameKey(String)}{@code .hashCode()}) without
   * building it where that is simple: a name of characters below U+0300 (in NFC already) other than U+0130
   * (whose lower case is two characters), whose spaces are then all among those {@link #isSpace(char)}
   * finds below U+0300. Any other name is hashed through its key.
   *
   * @param name  the name
   * @return the hash of its key
   */
  public static int nameKeyHash(String name) {
    int h = 0;
    boolean started = false;
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= '\u0300' || c == '\u0130') {
        return nameKey(name).hashCode();
      }
      if (isSpace(c)) {
        space = started;
      } else {
        if (space) {
          h = 31 * h + ' ';
          space = false;
        }
        h = 31 * h + Character.toLowerCase(c);
        started = true;
      }
    }
    return h;
  }

  /**
   * Whether every character is below U+0300, the first combining mark: such a text is in NFC already (no
   * character below it decomposes or composes), and the Unicode normalizer and its data need not be loaded.
   */
  private static boolean isBelowCombiningMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  /** Whether a name is already in {@link #nameKey(String)} form: ASCII without upper case, single inner spaces. */
  private static boolean isPlainNameKey(String text) {
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || (c >= 'A' && c <= 'Z') || c < ' ' || (c == ' ' && previous == ' ')) {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  /**
   * Returns a code as the indexes hold it: without leading and trailing spaces and control characters
   * ({@link String#trim()}), upper case in the root locale, such as {@code "US"} for {@code " us"}.
   *
   * @param code the code
   * @return the normalized code
   */
  public static String code(String code) {
    return code.trim().toUpperCase(Locale.ROOT);
  }

  /**
   * Returns a text as a message quotes it: in double quotes, with control characters escaped as
   * {@code \}{@code uXXXX}, cut to its first {@value #MAX_QUOTED_LENGTH} characters followed by
   * {@code "..."} and its full length when longer, such as {@code "\"CCS-P\""}.
   *
   * @param text the text
   * @return the quoted text, at most about 90 characters long
   */
  public static String quoted(CharSequence text) {
    return '"' + cut(text) + '"';
  }

  /**
   * Returns a value's text for a message, bounded: unchanged (but for escaped control characters) up to
   * {@value #MAX_SHOWN_LENGTH} characters, which leaves a {@linkplain #quoted(CharSequence) quoted} text
   * whole; a longer text is cut to its first {@value #MAX_QUOTED_LENGTH} characters followed by
   * {@code "..."} and its full length.
   *
   * @param text the value's text
   * @return the bounded text
   */
  public static String bounded(CharSequence text) {
    return text.length() <= MAX_SHOWN_LENGTH ? escape(text, text.length()) : cut(text);
  }

  private static String cut(CharSequence text) {
    if (text.length() <= MAX_QUOTED_LENGTH) {
      return escape(text, text.length());
    }
    return escape(text, MAX_QUOTED_LENGTH) + "... (" + text.length() + " characters)";
  }

  private static String escape(CharSequence text, int length) {
    @Nullable StringBuilder sb = null;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (sb == null) {
          sb = new StringBuilder(length + 16).append(text, 0, i);
        }
        sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb != null ? sb.toString() : text.subSequence(0, length).toString();
  }
}
