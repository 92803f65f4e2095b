package org.himkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a small project that uses hi-core the way an application would, with
 * {@code -Xlint:all -Werror}, against the class path Maven gives a project depending on hi-core
 * (written by the dependency plugin to {@code target/consumer-classpath.txt}), once on the class path
 * and once as a named module on the module path. A warning caused by hi-core's class files, such as
 * Immutables' {@code @Generated} marker without its annotation class, fails it.
 */
class ConsumerCompileTest {
  private static final String CONSUMER = """
      package com.example;

      import java.util.List;
      import java.util.function.Function;
      import java.util.function.Supplier;
      import org.himkit.Citation;
      import org.himkit.SourceType;
      import org.himkit.WorkSetting;
      import org.himkit.WorkSettingId;
      import org.himkit.catalog.HimCatalog;

      /** An application's use of HIM Kit's value builders and catalog. */
      public final class Consumer {
        private Consumer() {}

        /**
         * Builds a work setting, through method references to the builders' methods too, and counts
         * the built-in ones.
         *
         * @return a description
         */
        public static String run() {
          Supplier<Citation> cite = Citation.builder().publisher("Example").title("Example page")
              .sourceType(SourceType.values()[0])::build;
          Citation source = cite.get();
          WorkSetting.Builder builder = WorkSetting.builder().id(WorkSettingId.of("clinic")).name("Clinic");
          List.of(source, source).forEach(builder::addCitation);
          Function<WorkSetting.Builder, WorkSetting> build = WorkSetting.Builder::build;
          WorkSetting setting = build.apply(builder);
          return setting.name() + " " + setting.citations().size() + " "
              + HimCatalog.builtIn().workSettings().count();
        }
      }
      """;

  private static final String MODULE_INFO = """
      /** An application module using HIM Kit. */
      module com.example {
        requires org.himkit.core;
        exports com.example;
      }
      """;

  @Test
  void onTheClassPathAConsumerCompilesWithoutWarnings(@TempDir Path dir) {
    Path source = write(dir.resolve("src/com/example/Consumer.java"), CONSUMER);
    List<String> diagnostics = compile(List.of(source), List.of("-classpath", classPath()), dir.resolve("out"));
    assertThat(diagnostics).isEmpty();
    assertThat(dir.resolve("out/com/example/Consumer.class")).exists();
  }

  @Test
  void aConsumerCompiledByJavacRunsItsMethodReferencesToInheritedBuilderMethods(@TempDir Path dir)
      throws Exception {
    // the builders' public methods are declared in generated classes that are not accessible outside
    // their package; javac must reach them through the public Builder, or the call fails at run time
    // with IllegalAccessError
    Path source = write(dir.resolve("src/com/example/Consumer.java"), CONSUMER);
    Path out = dir.resolve("out");
    assertThat(compile(List.of(source), List.of("-classpath", classPath()), out)).isEmpty();
    List<URL> urls = new ArrayList<>();
    urls.add(out.toUri().toURL());
    for (String entry : List.of(classPath().split(java.io.File.pathSeparator))) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Class<?> consumer = loader.loadClass("com.example.Consumer");
      assertThat(consumer.getClassLoader()).isSameAs(loader);
      assertThat(loader.loadClass("org.himkit.WorkSetting").getClassLoader()).isSameAs(loader);
      // the methods are declared in ImmutableWorkSetting.Builder, nested in a package-private class
      Class<?> generated = loader.loadClass("org.himkit.WorkSetting$Builder").getSuperclass();
      assertThat(generated.getSimpleName()).isEqualTo("Builder");
      Class<?> enclosing = generated.getEnclosingClass();
      assertThat(Modifier.isPublic(enclosing.getModifiers())).as("%s is public", enclosing).isFalse();
      String result = (String) consumer.getMethod("run").invoke(null);
      // two citations added through a method reference, and the built-in settings counted
      assertThat(result).matches("Clinic 2 [1-9][0-9]*");
    }
  }

  @Test
  void onTheModulePathAConsumerModuleCompilesWithoutWarnings(@TempDir Path dir) {
    Path source = write(dir.resolve("src/com/example/Consumer.java"), CONSUMER);
    Path module = write(dir.resolve("src/module-info.java"), MODULE_INFO);
    List<String> diagnostics = compile(List.of(module, source), List.of("--module-path", classPath()),
        dir.resolve("out"));
    assertThat(diagnostics).isEmpty();
    assertThat(dir.resolve("out/module-info.class")).exists();
  }

  private static final String CALENDAR_CONSUMER = """
      package com.example;

      import java.time.Instant;
      import java.time.LocalDate;
      import java.util.List;
      import org.himkit.calendar.CalendarKey;
      import org.himkit.calendar.RenewalCalendar;

      /** An application's use of hi-calendar, whose signatures show ical4j's Calendar. */
      public final class CalendarConsumer {
        private CalendarConsumer() {}

        /**
         * Builds an empty calendar.
         *
         * @return the number of its events
         */
        public static int run() {
          return RenewalCalendar.ofDefaults().toCalendar(List.of(), CalendarKey.of("account"),
              LocalDate.of(2026, 1, 1), Instant.EPOCH).getComponents().size();
        }
      }
      """;

  @Test
  void aConsumerOfHiCalendarCompilesWithoutWarningsOnBothPaths(@TempDir Path dir) {
    Path source = write(dir.resolve("src/com/example/CalendarConsumer.java"), CALENDAR_CONSUMER);
    assertThat(compile(List.of(source), List.of("-classpath", classPath()), dir.resolve("cp"))).isEmpty();
    Path module = write(dir.resolve("src/module-info.java"),
        MODULE_INFO.replace("requires org.himkit.core;", "requires org.himkit.calendar;"));
    assertThat(compile(List.of(module, source), List.of("--module-path", classPath()), dir.resolve("mp"))).isEmpty();
    assertThat(dir.resolve("mp/module-info.class")).exists();
  }

  @Test
  void theCheckSeesHiCoresClassFiles(@TempDir Path dir) {
    // the same consumer without hi-core's annotation dependencies still compiles, but warns: the
    // check above would catch the warning if hi-core's class files brought it back
    String withoutAnnotations = List.of(classPath().split(java.io.File.pathSeparator)).stream()
        .filter(e -> !e.contains("value-annotations"))
        .collect(Collectors.joining(java.io.File.pathSeparator));
    Path source = write(dir.resolve("src/com/example/Consumer.java"), CONSUMER);
    List<String> diagnostics = compile(List.of(source), List.of("-classpath", withoutAnnotations),
        dir.resolve("out"));
    assertThat(diagnostics).anyMatch(d -> d.contains("org.immutables.value.Generated"));
  }

  private static String classPath() {
    String file = Objects.requireNonNull(System.getProperty("himkit.consumerClasspathFile"),
        "system property himkit.consumerClasspathFile (set by the build)");
    try {
      String cp = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      assertThat(cp).contains("hi-core");
      return cp;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compiles with {@code -Xlint:all -Werror} and returns every diagnostic, empty if none. */
  private static List<String> compile(List<Path> sources, List<String> path, Path out) {
    JavaCompiler javac = Objects.requireNonNull(ToolProvider.getSystemJavaCompiler(), "a JDK is needed");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    List<String> options = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-proc:none", "--release", "17",
        "-d", out.toString()));
    options.addAll(path);
    try (StandardJavaFileManager files = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      List<String> found = collector.getDiagnostics().stream()
          .map(d -> d.getKind() + ": " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      if (!ok && found.isEmpty()) {
        found.add(Diagnostic.Kind.ERROR + ": compilation failed without a diagnostic");
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
