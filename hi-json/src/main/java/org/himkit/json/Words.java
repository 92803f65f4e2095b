package org.himkit.json;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The English words of the JSON-LD exports, from {@code LinkedData.properties}. */
final class Words {
  private Words() {}

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.himkit.json.LinkedData", Locale.ROOT,
      Words.class.getModule());

  /** Formats the message of a key. */
  static String of(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), Locale.ENGLISH).format(arguments);
  }
}
