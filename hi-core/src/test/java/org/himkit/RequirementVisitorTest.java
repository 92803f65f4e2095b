package org.himkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Requirement trees are dispatched exhaustively: one visitor method per node type, no default, and no
 * handler in the library that falls back on a default branch or on {@code instanceof}.
 */
class RequirementVisitorTest {

  /** Every node type once, nested. */
  static final Requirement EVERY_NODE = Requirement.anyOf(
      Requirement.allOf(Requirement.holdsCredential(CredentialId.of("RHIT")),
          Requirement.experienceMonths(ExperienceDomain.CODING, 12)),
      Requirement.atLeast(1,
          Requirement.completedProgram(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT,
              OrganizationId.of("CAHIIM")),
          Requirement.finalTermOf(DegreeLevel.ASSOCIATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT,
              OrganizationId.of("CAHIIM"))),
      Requirement.highSchoolDiploma(),
      Requirement.foreignReciprocity(OrganizationId.of("AHIMA")),
      Requirement.completedTraining("t", "a training"),
      Requirement.holdsCredentialInDomain(CredentialDomain.CODING, OrganizationId.of("AHIMA")),
      Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60),
      Requirement.completedCoursework("anatomy", "Human Anatomy and Human Physiology", 6),
      Requirement.experienceHours(ExperienceDomain.CANCER_REGISTRY, 1_950, 12),
      Requirement.noPrerequisite());

  /** A test visitor that names the type of every node it is handed, recursing into the parts. */
  static final class NodeTypes implements Requirement.Visitor<Set<Class<?>>> {
    private Set<Class<?>> with(Class<?> type, List<Requirement> parts) {
      Set<Class<?>> out = new HashSet<>();
      out.add(type);
      parts.forEach(p -> out.addAll(p.accept(this)));
      return out;
    }

    @Override
    public Set<Class<?>> visitAllOf(Requirement.AllOf node) {
      return with(Requirement.AllOf.class, node.parts());
    }

    @Override
    public Set<Class<?>> visitAnyOf(Requirement.AnyOf node) {
      return with(Requirement.AnyOf.class, node.parts());
    }

    @Override
    public Set<Class<?>> visitAtLeast(Requirement.AtLeast node) {
      return with(Requirement.AtLeast.class, node.parts());
    }

    @Override
    public Set<Class<?>> visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return Set.of(Requirement.HoldsCredential.class);
    }

    @Override
    public Set<Class<?>> visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return Set.of(Requirement.CompletedProgram.class);
    }

    @Override
    public Set<Class<?>> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return Set.of(Requirement.FinalTermEnrollment.class);
    }

    @Override
    public Set<Class<?>> visitExperience(Requirement.Experience leaf) {
      return Set.of(Requirement.Experience.class);
    }

    @Override
    public Set<Class<?>> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return Set.of(Requirement.HighSchoolDiploma.class);
    }

    @Override
    public Set<Class<?>> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return Set.of(Requirement.ForeignReciprocity.class);
    }

    @Override
    public Set<Class<?>> visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return Set.of(Requirement.CompletedTraining.class);
    }

    @Override
    public Set<Class<?>> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return Set.of(Requirement.HoldsCredentialInDomain.class);
    }

    @Override
    public Set<Class<?>> visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return Set.of(Requirement.DegreeOrCollegeCredits.class);
    }

    @Override
    public Set<Class<?>> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return Set.of(Requirement.CompletedCoursework.class);
    }

    @Override
    public Set<Class<?>> visitExperienceHours(Requirement.ExperienceHours leaf) {
      return Set.of(Requirement.ExperienceHours.class);
    }

    @Override
    public Set<Class<?>> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return Set.of(Requirement.NoPrerequisite.class);
    }
  }

  /** The concrete node types: the permitted records of Requirement and of Requirement.Leaf. */
  static Set<Class<?>> nodeTypes() {
    Set<Class<?>> out = new HashSet<>();
    for (Class<?> c : Requirement.class.getPermittedSubclasses()) {
      if (c == Requirement.Leaf.class) {
        out.addAll(Arrays.asList(c.getPermittedSubclasses()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void eachNodeTypeReachesItsOwnVisitorMethod() {
    assertThat(EVERY_NODE.accept(new NodeTypes())).isEqualTo(nodeTypes()).hasSize(15);
  }

  @Test
  void aLeafIsMetByHoldingTheCredentialItNamesOrOneOfItsDomainFromAnotherIssuer() {
    org.himkit.catalog.HimCatalog hi = org.himkit.catalog.HimCatalog.builtIn();
    Credential rhit = hi.getCredential(CredentialId.of("RHIT"));
    Credential rhia = hi.getCredential(CredentialId.of("RHIA"));
    Credential cpc = hi.getCredential(CredentialId.of("CPC"));
    Credential cca = hi.getCredential(CredentialId.of("CCA"));
    assertThat(Requirement.holdsCredential(rhit.id()).isMetByHolding(rhit)).isTrue();
    assertThat(Requirement.holdsCredential(rhit.id()).isMetByHolding(rhia)).as("supersession is not applied").isFalse();
    Requirement.Leaf otherCoding = Requirement.holdsCredentialInDomain(CredentialDomain.CODING, OrganizationId.of("AHIMA"));
    assertThat(otherCoding.isMetByHolding(cpc)).isTrue();
    assertThat(otherCoding.isMetByHolding(cca)).as("issued by AHIMA").isFalse();
    assertThat(otherCoding.isMetByHolding(rhit)).as("not a coding credential").isFalse();
    assertThat(Requirement.experienceYears(ExperienceDomain.CODING, 1).isMetByHolding(cpc)).isFalse();
    assertThat(Requirement.noPrerequisite().isMetByHolding(cpc)).isFalse();
  }

  @Test
  void theVisitorsHaveOneMethodPerNodeTypeAndNoDefault() {
    List<Method> methods = Arrays.asList(Requirement.Visitor.class.getMethods());
    assertThat(methods).noneMatch(Method::isDefault);
    assertThat(methods).allSatisfy(m -> {
      assertThat(m.getParameterCount()).isEqualTo(1);
      assertThat(m.getName()).isEqualTo("visit" + m.getParameterTypes()[0].getSimpleName());
    });
    assertThat(methods.stream().map(m -> m.getParameterTypes()[0]).collect(Collectors.toSet()))
        .isEqualTo(nodeTypes());
    assertThat(Requirement.LeafVisitor.class.getMethods()).extracting(m -> m.getParameterTypes()[0])
        .containsExactlyInAnyOrder(Requirement.Leaf.class.getPermittedSubclasses());
  }

  /**
   * Every handler of requirements in the library implements a visitor in full, in a concrete class
   * of its own: none inherits a fallback from an adapter, so a new node type breaks each of them at
   * compile time.
   */
  @Test
  void everyHandlerInTheLibraryImplementsEveryVisitMethodItself() throws Exception {
    List<String> handlers = new ArrayList<>();
    for (Class<?> c : mainClasses()) {
      if (c.isInterface() || !Requirement.LeafVisitor.class.isAssignableFrom(c)) {
        continue;
      }
      handlers.add(c.getName());
      assertThat(Modifier.isAbstract(c.getModifiers())).as("%s is abstract", c).isFalse();
      Class<?> visitor = Requirement.Visitor.class.isAssignableFrom(c) ? Requirement.Visitor.class
          : Requirement.LeafVisitor.class;
      for (Method m : visitor.getMethods()) {
        assertThat(Arrays.stream(c.getDeclaredMethods()).anyMatch(d -> d.getName().equals(m.getName())
            && Arrays.equals(d.getParameterTypes(), m.getParameterTypes())))
            .as("%s declares %s", c.getName(), m.getName()).isTrue();
      }
    }
    assertThat(handlers).as("the handlers found").hasSizeGreaterThanOrEqualTo(6)
        .anyMatch(n -> n.startsWith("org.himkit.pathway.Eligibility"))
        .anyMatch(n -> n.startsWith("org.himkit.pathway.PathwayPlanner"))
        .anyMatch(n -> n.startsWith("org.himkit.catalog.CatalogChecker"))
        .anyMatch(n -> n.startsWith("org.himkit.catalog.RequirementLevels"));
  }

  @Test
  void noCodeInTheLibraryDispatchesOnRequirementTypesWithInstanceof() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> offenders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return Files.readString(f).contains("instanceof Requirement");
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).map(Path::toString).collect(Collectors.toList());
      assertThat(offenders).isEmpty();
    }
  }

  private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
    Path root = Path.of("target/classes");
    List<Class<?>> out = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
          .collect(Collectors.toList());
    }
    for (Path f : files) {
      String name = root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
      out.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
          RequirementVisitorTest.class.getClassLoader()));
    }
    assertThat(out).as("compiled classes under %s", root.toAbsolutePath()).isNotEmpty();
    return out;
  }
}
