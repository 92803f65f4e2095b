package org.himkit.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The blocks of the project's README that the portal's tests run, so that the README shows what works. */
final class Readme {
  private Readme() {}

  /**
   * Returns the code block between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->}.
   *
   * @param name  the block's name
   * @param language  the language of its fence, such as {@code json}
   * @return the block's text, without the fence
   */
  static String block(String name, String language) {
    try {
      String readme = Files.readString(Path.of("../README.md"));
      String begin = "<!-- " + name + ":begin -->\n```" + language + "\n";
      String end = "\n```\n<!-- " + name + ":end -->";
      int from = readme.indexOf(begin);
      int to = readme.indexOf(end, from + 1);
      if (from < 0 || to < 0) {
        throw new AssertionError("README.md has no block " + name);
      }
      return readme.substring(from + begin.length(), to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
