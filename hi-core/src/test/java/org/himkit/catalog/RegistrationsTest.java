package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.himkit.ErrorCode;
import org.himkit.HimException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registration of the built-in data read by hand ({@link Registrations}), and {@link HimCatalog#builtIn()}
 * leaving everything but the plain case to {@link java.util.ServiceLoader}, with the same failures as before.
 */
class RegistrationsTest {
  private static final String OWN = "org.himkit.catalog.builtin.BuiltInCatalog";

  @TempDir
  Path dir;

  @Test
  void linesAreReadAsServiceLoaderReadsThem() {
    assertThat(Registrations.ownLines(OWN, OWN)).isEqualTo(1);
    assertThat(Registrations.ownLines(OWN + "\n", OWN)).isEqualTo(1);
    assertThat(Registrations.ownLines("# HIM Kit\r\n\t" + OWN + "  # the data\r\n\r\n" + OWN + "\n", OWN)).isEqualTo(2);
    assertThat(Registrations.ownLines("", OWN)).isZero();
    assertThat(Registrations.ownLines("# nothing\n   \n", OWN)).isZero();
    assertThat(Registrations.ownLines(OWN + "\ncom.example.Other\n", OWN)).isEqualTo(-1);
    assertThat(Registrations.ownLines(OWN + " " + OWN, OWN)).isEqualTo(-1);
  }

  @Test
  void theRegistrationIsReadFromAJarADirectoryOrAnyUrl() throws IOException {
    Path jar = jar("with space.jar", "# comment\n" + OWN + "\n");
    URL inJar = new URL("jar:" + jar.toUri() + "!/" + Registrations.SERVICE_FILE);
    assertThat(Registrations.read(inJar)).isEqualTo("# comment\n" + OWN + "\n");
    Path file = dir.resolve("registration");
    Files.writeString(file, OWN + "\u00e9", StandardCharsets.UTF_8);
    assertThat(Registrations.read(file.toUri().toURL())).isEqualTo(OWN + "\u00e9");
    assertThatThrownBy(() -> Registrations.read(new URL("jar:" + jar.toUri() + "!/META-INF/missing")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> Registrations.read(new URL("jar:file:/a%zz.jar!/" + Registrations.SERVICE_FILE)))
        .isInstanceOf(IOException.class);
    // a jar inside a jar: the URL's own connection
    assertThatThrownBy(() -> Registrations.read(new URL("jar:" + jar.toUri() + "!/inner.jar!/x")))
        .isInstanceOf(IOException.class);
  }

  @Test
  void onlyTheOwnProviderAloneIsCreatedByHand() throws IOException {
    ClassLoader here = RegistrationsTest.class.getClassLoader();
    assertThat(Registrations.ownProvider(here, OWN)).isNotNull().isInstanceOf(BuiltInCatalogProvider.class);
    // twice, in two files: one provider, as for ServiceLoader
    Path second = jar("copy.jar", OWN + "\n");
    try (URLClassLoader twice = new URLClassLoader(new URL[] {second.toUri().toURL()}, here)) {
      assertThat(Registrations.ownProvider(twice, OWN)).isNotNull();
    }
    // another provider beside it, none, an unreadable file, a class that is no provider or missing: ServiceLoader's
    Path other = jar("other.jar", "com.example.OtherProvider\n");
    try (URLClassLoader another = new URLClassLoader(new URL[] {other.toUri().toURL()}, here)) {
      assertThat(Registrations.ownProvider(another, OWN)).isNull();
    }
    assertThat(Registrations.ownProvider(withRegistrations(), OWN)).isNull();
    assertThat(Registrations.ownProvider(withRegistrations(new URL("jar:file:/missing.jar!/x")), OWN)).isNull();
    assertThat(Registrations.ownProvider(null, OWN)).isNull();
    Path notAProvider = jar("string.jar", "java.lang.String\n");
    try (URLClassLoader strings = new URLClassLoader(new URL[] {notAProvider.toUri().toURL()}, null)) {
      assertThat(Registrations.ownProvider(strings, "java.lang.String")).isNull();
    }
    Path missing = jar("missing.jar", "org.himkit.catalog.builtin.Missing\n");
    try (URLClassLoader none = new URLClassLoader(new URL[] {missing.toUri().toURL()}, null)) {
      assertThat(Registrations.ownProvider(none, "org.himkit.catalog.builtin.Missing")).isNull();
    }
  }

  @Test
  void aSecondProviderIsReportedByServiceLoaderAsBefore() throws Throwable {
    // HIM Kit's classes with its registration, and a second registration naming a provider of the test's classes
    Path second = jar("second.jar", SecondProvider.class.getName() + "\n");
    try (URLClassLoader loader = new OwnFirst(new URL[] {location(HimCatalog.class),
        location(com.google.common.collect.ImmutableList.class), location(RegistrationsTest.class),
        second.toUri().toURL()})) {
      Method builtIn = loader.loadClass(HimCatalog.class.getName()).getMethod("builtIn");
      for (int call = 0; call < 2; call++) {
        assertThatThrownBy(() -> invoke(builtIn))
            .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(HimException.class.getName()))
            .hasMessageContaining("exactly one")
            .hasMessageContaining("found " + OWN + ", " + SecondProvider.class.getName())
            .satisfies(e -> assertThat(e.getClass().getMethod("errorCode").invoke(e).toString())
                .isEqualTo(ErrorCode.MISSING_DATA.name()));
      }
    }
  }

  /** A provider that is not HIM Kit's own. */
  public static final class SecondProvider implements BuiltInCatalogProvider {
    /** Creates the provider. */
    public SecondProvider() {}

    @Override
    public HimCatalog catalog() {
      return HimCatalog.builder().build();
    }
  }

  /**
   * Loads HIM Kit's and Guava's classes itself (on the module path, the platform loader would hand them to the
   * application's), as the application's class path would.
   */
  private static final class OwnFirst extends URLClassLoader {
    OwnFirst(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("org.himkit.") && !name.startsWith("com.google.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> c = findLoadedClass(name);
        return c != null ? c : findClass(name);
      }
    }
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static ClassLoader withRegistrations(URL... files) {
    return new ClassLoader(null) {
      @Override
      public Enumeration<URL> getResources(String name) {
        return Collections.enumeration(List.of(files));
      }
    };
  }

  private Path jar(String name, String registration) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry(Registrations.SERVICE_FILE));
      j.write(registration.getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
    }
    return jar;
  }

  private static Object invoke(Method method) throws Throwable {
    try {
      return method.invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
