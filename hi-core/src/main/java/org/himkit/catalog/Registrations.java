package org.himkit.catalog;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;

/**
 * Reads the class path's registrations of {@link BuiltInCatalogProvider} by hand, for {@link HimCatalog#builtIn()}'s
 * first call: {@link java.util.ServiceLoader} looks through the module layers first (the stream machinery, some 5
 * to 10 ms of a cold start), and opens each registration through a {@code jar:} URL connection (a dozen JDK classes
 * outside its class-data archive).
 *
 * <p>Only the plain case is answered here: every registration line in every {@code META-INF/services} file the class
 * loader finds names HIM Kit's own provider (the same provider named more than once counts once, as for
 * {@code ServiceLoader}). Anything else (no registration, another provider, a line it does not expect, a file it
 * cannot read, a provider it cannot create) returns null, and {@code builtIn()} asks {@code ServiceLoader}, which
 * finds the providers or reports the documented failure exactly as before.
 */
final class Registrations {
  /** The registration file of the service, as {@link java.util.ServiceLoader} reads it on the class path. */
  static final String SERVICE_FILE = "META-INF/services/" + BuiltInCatalogProvider.class.getName();

  private Registrations() {}

  /**
   * Returns HIM Kit's own provider if it is the only provider the class loader's registration files name.
   *
   * @param loader  the class loader of HIM Kit's classes, null for the bootstrap loader
   * @param own  the binary name of HIM Kit's own provider
   * @return a new instance of the provider, or null if the registrations name anything else, or none
   */
  static @Nullable BuiltInCatalogProvider ownProvider(@Nullable ClassLoader loader, String own) {
    if (loader == null) {
      return null;
    }
    try {
      boolean named = false;
      Enumeration<URL> files = loader.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        int lines = ownLines(read(files.nextElement()), own);
        if (lines < 0) {
          return null;
        }
        named |= lines > 0;
      }
      if (!named) {
        return null;
      }
      Class<?> type = Class.forName(own, false, loader);
      if (!BuiltInCatalogProvider.class.isAssignableFrom(type)) {
        return null;
      }
      return (BuiltInCatalogProvider) type.getConstructor().newInstance();
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null; // ServiceLoader reads the registrations again and reports what is wrong
    }
  }

  /**
   * Counts the lines of a registration file that name the provider, as {@link java.util.ServiceLoader} reads them
   * (a {@code #} starts a comment; spaces and tabs around a name are ignored).
   *
   * @param text  the file's text
   * @param own  the provider's binary name
   * @return the number of lines naming it, or -1 if a line names anything else
   */
  static int ownLines(String text, String own) {
    int count = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      int comment = line.indexOf('#');
      String name = (comment >= 0 ? line.substring(0, comment) : line).trim();
      if (!name.isEmpty()) {
        if (!name.equals(own)) {
          return -1;
        }
        count++;
      }
      start = end + 1;
    }
    return count;
  }

  /**
   * Reads a registration file: from a jar on the local file system through {@link JarFile} (the class loader's own
   * open copy of the jar is shared), else through the URL's connection.
   *
   * @param url  the file's address, as the class loader gives it
   * @return the file's text, UTF-8
   * @throws IOException if it cannot be read
   */
  static String read(URL url) throws IOException {
    String address = url.toString();
    int separator = address.indexOf("!/");
    if (address.startsWith("jar:file:") && separator > 0 && address.indexOf("!/", separator + 2) < 0) {
      File jar;
      try {
        // URI.create, not the constructor: no URISyntaxException to catch, whose class is not loaded yet (start-up)
        jar = new File(URI.create(address.substring("jar:".length(), separator)));
      } catch (IllegalArgumentException e) {
        throw new IOException("not a local jar: " + address, e);
      }
      try (JarFile file = new JarFile(jar, false)) {
        ZipEntry entry = file.getEntry(address.substring(separator + 2));
        if (entry == null) {
          throw new IOException("no entry: " + address);
        }
        try (InputStream in = file.getInputStream(entry)) {
          return utf8(in);
        }
      }
    }
    try (InputStream in = url.openStream()) {
      return utf8(in);
    }
  }

  private static String utf8(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    in.transferTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }
}
