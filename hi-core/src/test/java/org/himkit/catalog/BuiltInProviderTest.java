package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimException;
import org.himkit.RecordingClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The seam between {@link HimCatalog} and the built-in data: the service registrations, and
 * {@link HimCatalog#builtIn()} on the class path, loaded in an isolated class loader so that the
 * registration can be hidden.
 */
class BuiltInProviderTest {
  private static final String SERVICE_FILE = "META-INF/services/" + BuiltInCatalogProvider.class.getName();
  private static final String DATA_PACKAGE = "org.himkit.catalog.builtin.";

  @Test
  void theServiceFileAndTheModuleDescriptorNameTheSameProvider() throws Exception {
    List<String> named = serviceFileEntries();
    assertThat(named).hasSize(1);
    Class<?> provider = Class.forName(named.get(0));
    assertThat(BuiltInCatalogProvider.class).isAssignableFrom(provider);
    assertThat(provider.getPackageName() + ".").isEqualTo(DATA_PACKAGE);
    assertThat(provider.getConstructor().newInstance()).isInstanceOf(BuiltInCatalogProvider.class);

    Module core = HimCatalog.class.getModule();
    if (core.isNamed()) {
      ModuleDescriptor descriptor = Objects.requireNonNull(core.getDescriptor());
      assertThat(descriptor.uses()).contains(BuiltInCatalogProvider.class.getName());
      assertThat(descriptor.provides())
          .filteredOn(p -> p.service().equals(BuiltInCatalogProvider.class.getName()))
          .singleElement()
          .satisfies(p -> assertThat(p.providers()).isEqualTo(named));
    }
  }

  @Test
  void theProviderBuildsACatalogEqualToTheSharedOne() {
    HimCatalog built = ((BuiltInCatalogProvider) newProvider()).catalog();
    assertThat(built).isNotSameAs(HimCatalog.builtIn()).isEqualTo(HimCatalog.builtIn());
    assertThat(built.version()).isPresent();
    assertThat(built.organizations()).isNotEmpty();
    assertThat(built.knownOmissions()).isNotEmpty();
  }

  @Test
  void onTheClassPathTheDataIsFoundAndLoadedOnlyOnFirstUse() throws Exception {
    try (RecordingClassLoader isolated = isolated(false)) {
      Class<?> catalog = isolated.loadClass(HimCatalog.class.getName());
      Object builder = catalog.getMethod("builder").invoke(null);
      builder.getClass().getMethod("build").invoke(builder);
      assertThat(isolated.loaded()).noneMatch(n -> n.startsWith(DATA_PACKAGE));

      Object first = catalog.getMethod("builtIn").invoke(null);
      assertThat(first.getClass().getClassLoader()).isSameAs(isolated);
      assertThat(isolated.loaded()).contains(DATA_PACKAGE + "BuiltInCatalog");
      assertThat(catalog.getMethod("builtIn").invoke(null)).isSameAs(first);
      assertThat(first.toString()).isEqualTo(HimCatalog.builtIn().toString());
    }
  }

  @Test
  void theBuiltInCatalogBuildsThePartsFirstQuestionsDoNotNeedOnFirstUse() throws Exception {
    // Cahiim and Labor (program types, occupations) and the citations only deferred parts use: their organizations
    // are in Agencies, so the first call loads neither class (start-up)
    List<String> deferred = List.of(DATA_PACKAGE + "Roles", DATA_PACKAGE + "Settings", DATA_PACKAGE + "Omissions",
        DATA_PACKAGE + "Seed", "org.himkit.Profession", DATA_PACKAGE + "Cahiim", DATA_PACKAGE + "Labor",
        DATA_PACKAGE + "LaterSources");
    try (RecordingClassLoader isolated = isolated(false)) {
      Class<?> catalog = isolated.loadClass(HimCatalog.class.getName());
      Object lazy = catalog.getMethod("builtIn").invoke(null);
      Object credentials = catalog.getMethod("organizations").invoke(lazy);
      assertThat(credentials.toString()).isEqualTo(HimCatalog.builtIn().organizations().toString());
      assertThat(isolated.loaded()).doesNotContainAnyElementsOf(deferred);

      Object roles = catalog.getMethod("roles").invoke(lazy);
      assertThat(isolated.loaded()).containsAll(deferred);
      assertThat(roles.getClass().getMethod("list").invoke(roles).toString())
          .isEqualTo(HimCatalog.builtIn().roles().list().toString());
      assertThat(lazy.toString()).isEqualTo(HimCatalog.builtIn().toString());
      // (ids only: the omissions' sets of credentials print in hash order, which differs between class loaders)
      assertThat(((List<?>) catalog.getMethod("knownOmissions").invoke(lazy)).size())
          .isEqualTo(HimCatalog.builtIn().knownOmissions().size());
    }
  }

  @Test
  void theFirstCallAndFirstLookupsLoadNoGuavaClassAndBuildNoNameIndex() throws Exception {
    try (RecordingClassLoader isolated = isolated(false)) {
      Class<?> catalog = isolated.loadClass(HimCatalog.class.getName());
      Object hi = catalog.getMethod("builtIn").invoke(null);
      Class<?> idType = isolated.loadClass(CredentialId.class.getName());
      Object rhit = idType.getMethod("of", String.class).invoke(null, "RHIT");
      Object credential = catalog.getMethod("getCredential", idType).invoke(hi, rhit);
      assertThat(credential.toString()).isEqualTo(HimCatalog.builtIn().getCredential(CredentialId.of("RHIT")).toString());
      // (sizes only: the policies' sets of credential ids print in hash order, which differs between class loaders)
      assertThat((List<?>) catalog.getMethod("renewalPolicies").invoke(hi))
          .hasSameSizeAs(HimCatalog.builtIn().renewalPolicies());
      assertThat(catalog.getMethod("organizations").invoke(hi).toString())
          .isEqualTo(HimCatalog.builtIn().organizations().toString());
      // Guava's classes are loaded from the jar, one by one, on a cold start: the first parts' values use the JDK's
      assertThat(isolated.loaded()).noneMatch(n -> n.startsWith("com.google."));
      assertThat(isolated.loaded()).doesNotContain(CredentialMatch.class.getName(), "org.himkit.Profession",
          "org.himkit.WageStatistic");
      // nor the failures that only a failed lookup or an inconsistent custom catalog needs (linking HimCatalog and its
      // builder loaded them when they were thrown there)
      assertThat(isolated.loaded()).doesNotContain("org.himkit.UnknownEntryException", "org.himkit.CatalogException");

      Object match = catalog.getMethod("resolveCredential", String.class).invoke(hi, "RRA");
      assertThat(match.toString()).isEqualTo(HimCatalog.builtIn().resolveCredential("RRA").toString()).contains("RHIA");
      assertThat(isolated.loaded()).contains(CredentialMatch.class.getName());
    }
  }

  @Test
  void theBuiltInCatalogEqualsTheOneBuiltAtOnceFromTheSameProvider() {
    BuiltInCatalogProvider provider = (BuiltInCatalogProvider) newProvider();
    HimCatalog eager = provider.catalog();
    assertThat(provider.firstParts()).isPresent();
    assertThat(HimCatalog.builtIn()).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(HimCatalog.builtIn().toBuilder().build()).isEqualTo(eager);
  }

  @Test
  void aProviderWithoutFirstPartsHasItsWholeCatalogBuiltAtOnce() {
    BuiltInCatalogProvider whole = () -> HimCatalog.builder().build();
    assertThat(whole.firstParts()).isEmpty();
    HimCatalog.Builder builder = HimCatalog.builder();
    whole.addDeferredParts(builder);
    assertThat(builder.build()).isEqualTo(whole.catalog());
  }

  @Test
  void withoutTheRegistrationBuiltInFailsClearlyEveryTime() throws Exception {
    try (RecordingClassLoader isolated = isolated(true)) {
      Method builtIn = isolated.loadClass(HimCatalog.class.getName()).getMethod("builtIn");
      for (int call = 0; call < 2; call++) {
        assertThatThrownBy(() -> invoke(builtIn))
            .isInstanceOf(RuntimeException.class)
            .satisfies(e -> assertThat(e.getClass().getName()).isEqualTo(HimException.class.getName()))
            .hasMessageContaining(BuiltInCatalogProvider.class.getName())
            .hasMessageContaining("none was found")
            .satisfies(e -> assertThat(e.getClass().getMethod("errorCode").invoke(e).toString())
                .isEqualTo(ErrorCode.MISSING_DATA.name()));
      }
      assertThat(isolated.loaded()).noneMatch(n -> n.startsWith(DATA_PACKAGE));
    }
  }

  private static Object invoke(Method method) throws Throwable {
    try {
      return method.invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Object newProvider() {
    try {
      return Class.forName(serviceFileEntries().get(0)).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("the registered provider cannot be created", e);
    }
  }

  private static List<String> serviceFileEntries() {
    try (InputStream in = Objects.requireNonNull(HimCatalog.class.getResourceAsStream("/" + SERVICE_FILE),
        SERVICE_FILE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A loader over HIM Kit and Guava recording what it loads, the registration hidden if asked. */
  private static RecordingClassLoader isolated(boolean hideRegistration) {
    return new RecordingClassLoader(hideRegistration ? Set.of(SERVICE_FILE) : Set.of(), HimCatalog.class,
        ImmutableList.class);
  }
}
