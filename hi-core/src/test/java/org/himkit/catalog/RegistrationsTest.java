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

  @Test
  void theApplicationClassPathIsReadAsItsClassLoaderReadsIt() throws IOException {
    String own = OWN + "\n";
    Path directory = Files.createDirectories(dir.resolve("classes").resolve("META-INF").resolve("services"));
    Files.writeString(directory.resolve(BuiltInCatalogProvider.class.getName()), "# HIM Kit\n" + own + own);
    String classes = dir.resolve("classes").toString();
    String jar = jar("own.jar", own).toString();
    String empty = Files.createDirectories(dir.resolve("empty")).toString();
    String missing = dir.resolve("missing.jar").toString();
    String sep = java.io.File.pathSeparator;
    assertThat(Registrations.classPathLines(classes, OWN)).isEqualTo(2);
    assertThat(Registrations.classPathLines(String.join(sep, jar, empty, missing, classes), OWN)).isEqualTo(3);
    assertThat(Registrations.classPathLines(String.join(sep, empty, missing), OWN)).isZero();
    assertThat(Registrations.classPathLines(String.join(sep, jar, jar("other.jar", "com.example.Other\n").toString()),
        OWN)).isEqualTo(-1);
    // a jar that extends the class path or indexes other jars, an element that is no jar, no class path: the loader's
    Path extending = dir.resolve("extending.jar");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, "other.jar");
    try (OutputStream out = Files.newOutputStream(extending); JarOutputStream j = new JarOutputStream(out, manifest)) {
      j.putNextEntry(new JarEntry(Registrations.SERVICE_FILE));
      j.write(own.getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
    }
    Path indexed = dir.resolve("indexed.jar");
    try (OutputStream out = Files.newOutputStream(indexed); JarOutputStream j = new JarOutputStream(out)) {
      j.putNextEntry(new JarEntry("META-INF/INDEX.LIST"));
      j.write("JarIndex-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
      j.closeEntry();
    }
    Path notAJar = Files.writeString(dir.resolve("not.jar"), "not a jar");
    assertThat(Registrations.classPathLines(String.join(sep, jar, extending.toString()), OWN))
        .isEqualTo(Registrations.UNKNOWN);
    assertThat(Registrations.classPathLines(String.join(sep, indexed.toString(), jar), OWN))
        .isEqualTo(Registrations.UNKNOWN);
    assertThat(Registrations.classPathLines(String.join(sep, jar, notAJar.toString()), OWN))
        .isEqualTo(Registrations.UNKNOWN);
    assertThat(Registrations.classPathLines(null, OWN)).isEqualTo(Registrations.UNKNOWN);
    // only the JDK's application class loader is read that way
    assertThat(Registrations.isApplicationLoader(ClassLoader.getSystemClassLoader())).isTrue();
    try (URLClassLoader other = new URLClassLoader(new URL[0], ClassLoader.getSystemClassLoader())) {
      assertThat(Registrations.isApplicationLoader(other)).isFalse();
    }
  }

  @Test
  void onTheApplicationClassPathTheLookupFindsWhatServiceLoaderFinds() throws Exception {
    String sep = java.io.File.pathSeparator;
    String base = String.join(sep, path(location(HimCatalog.class)), path(location(RegistrationsTest.class)),
        path(location(com.google.common.collect.ImmutableList.class)));
    // HIM Kit's registration alone: read from the class path by hand, as many lines as the class loader's files
    assertThat(child(base)).containsExactly("application loader true", "by hand 1", "by the loader 1",
        "catalog RHIT");
    // a user's provider beside it is found, and reported as ServiceLoader reports it
    Path user = Files.createDirectories(dir.resolve("user").resolve("META-INF").resolve("services"));
    Files.writeString(user.resolve(BuiltInCatalogProvider.class.getName()), SecondProvider.class.getName() + "\n");
    List<String> twice = child(base + sep + dir.resolve("user"));
    assertThat(twice).hasSize(4).startsWith("application loader true", "by hand -1", "by the loader -1");
    assertThat(twice.get(3)).startsWith("failed ").contains("exactly one " + BuiltInCatalogProvider.class.getName())
        .contains("found " + OWN + ", " + SecondProvider.class.getName());
    // a class path extended by a jar's manifest: the class loader's files
    Path extending = dir.resolve("extending.jar");
    java.util.jar.Manifest manifest = new java.util.jar.Manifest();
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(java.util.jar.Attributes.Name.CLASS_PATH, java.util.Arrays.stream(base.split(sep))
        .map(p -> Path.of(p).toUri().toString()).collect(java.util.stream.Collectors.joining(" ")));
    try (OutputStream out = Files.newOutputStream(extending); JarOutputStream j = new JarOutputStream(out, manifest)) {
      j.putNextEntry(new JarEntry("empty"));
      j.closeEntry();
    }
    assertThat(child(extending.toString())).containsExactly("application loader true", "by hand -2",
        "by the loader 1", "catalog RHIT");
  }

  private static String path(URL location) throws java.net.URISyntaxException {
    return Path.of(location.toURI()).toString();
  }

  /** Runs {@link Child} in a JVM of its own on a class path, and returns what it prints. */
  private static List<String> child(String classPath) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        Child.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    return out.lines().collect(java.util.stream.Collectors.toList());
  }

  /** The child JVM of {@link #onTheApplicationClassPathTheLookupFindsWhatServiceLoaderFinds()}. */
  public static final class Child {
    private Child() {}

    /**
     * Prints the class path's lookup by hand, the lines of the class loader's registration files and the outcome.
     *
     * @param args  none
     * @throws IOException if a registration file cannot be read
     */
    public static void main(String[] args) throws IOException {
      ClassLoader loader = HimCatalog.class.getClassLoader();
      System.out.println("application loader " + Registrations.isApplicationLoader(loader));
      System.out.println("by hand " + Registrations.classPathLines(System.getProperty("java.class.path"), OWN));
      int lines = 0;
      for (URL file : Collections.list(loader.getResources(Registrations.SERVICE_FILE))) {
        int own = Registrations.ownLines(Registrations.read(file), OWN);
        lines = own < 0 || lines < 0 ? -1 : lines + own;
      }
      System.out.println("by the loader " + lines);
      try {
        System.out.println("catalog " + HimCatalog.builtIn().getCredential(org.himkit.CredentialId.of("RHIT")).id().value());
      } catch (HimException e) {
        System.out.println("failed " + e.getMessage());
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
