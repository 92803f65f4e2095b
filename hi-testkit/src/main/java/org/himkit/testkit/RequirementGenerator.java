package org.himkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;

/**
 * A generator of requirement trees with every kind of node: {@code allOf}, {@code anyOf},
 * {@code atLeast} and each kind of leaf, with or without prose.
 *
 * <p>Trees are at most {@link #maxDepth()} inner nodes deep (3 unless set) with one to three parts per
 * inner node; an {@code atLeast} node asks for any count from one to all of its parts. Experience
 * requirements range over the whole accepted span, 1 to 600 months, with both ends and whole years
 * often, or 1 to 100,000 hours, with or without a full-time equivalent; college credits and coursework
 * credit hours range from 1 to 500, their ends often. By default the leaves name any credential or organization; {@link #referencing(List, List)}
 * restricts them to those of a catalog. A tree shrinks toward a single leaf, and a leaf toward
 * {@link Requirement#noPrerequisite()}.
 *
 * <pre>{@code
 * Generator<Requirement> trees = HimGenerators.requirements().withMaxDepth(2);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequirementGenerator implements Generator<Requirement> {
  private static final int DEFAULT_DEPTH = 3;
  private static final int LEAF_KINDS = 12;
  private static final int INNER_KINDS = 3;

  /** The levels a degree-or-college-credits leaf may name: every level above a high-school diploma. */
  private static final DegreeLevel[] POSTSECONDARY_LEVELS = java.util.Arrays.stream(DegreeLevel.values())
      .filter(l -> l != DegreeLevel.HIGH_SCHOOL).toArray(DegreeLevel[]::new);
  private static final Integer[] CREDIT_EDGES = {1, 60, 500};
  private static final Integer[] HOUR_EDGES = {1, 1_950, 100_000};

  private final int maxDepth;
  private final Pool<CredentialId> credentials;
  private final Pool<OrganizationId> organizations;

  private RequirementGenerator(int maxDepth, Pool<CredentialId> credentials, Pool<OrganizationId> organizations) {
    this.maxDepth = maxDepth;
    this.credentials = credentials;
    this.organizations = organizations;
  }

  /** Returns the default generator: depth 3, any credential and organization. */
  static RequirementGenerator defaults() {
    return new RequirementGenerator(DEFAULT_DEPTH, Pool.free(HimGenerators.credentialIds()),
        Pool.free(HimGenerators.organizationIds()));
  }

  /**
   * Returns a copy of this generator whose trees are at most the given number of inner nodes deep.
   *
   * @param depth  the largest depth, from 0 (a single leaf) to 8
   * @return the generator, not null
   * @throws IllegalArgumentException if the depth is out of range
   */
  public RequirementGenerator withMaxDepth(int depth) {
    if (depth < 0 || depth > 8) {
      throw new IllegalArgumentException("depth must be from 0 to 8: " + depth);
    }
    return new RequirementGenerator(depth, credentials, organizations);
  }

  /**
   * Returns a copy of this generator whose leaves name only the given credentials and organizations,
   * such as those of a catalog, so that every reference resolves. A leaf kind that needs an id of an
   * empty list is not produced.
   *
   * @param credentialIds  the credentials leaves may name, possibly empty
   * @param organizationIds  the organizations leaves may name, possibly empty
   * @return the generator, not null
   */
  public RequirementGenerator referencing(List<CredentialId> credentialIds, List<OrganizationId> organizationIds) {
    return new RequirementGenerator(maxDepth, Pool.of(credentialIds), Pool.of(organizationIds));
  }

  /**
   * Returns the largest depth of the trees.
   *
   * @return the number of inner nodes on the longest path, from 0
   */
  public int maxDepth() {
    return maxDepth;
  }

  @Override
  public Requirement next(RandomGenerator random) {
    return node(random, maxDepth);
  }

  private Requirement node(RandomGenerator random, int depth) {
    int kind = random.nextInt(depth > 0 ? LEAF_KINDS + INNER_KINDS : LEAF_KINDS);
    Requirement node = kind < LEAF_KINDS ? leaf(random, kind) : inner(random, kind - LEAF_KINDS, depth);
    return Draws.oneIn(random, 4) ? node.withProse(Draws.phrase(random, Words.PROSE)) : node;
  }

  private Requirement inner(RandomGenerator random, int kind, int depth) {
    int n = Draws.between(random, 1, 3);
    List<Requirement> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parts.add(node(random, depth - 1));
    }
    Requirement[] array = parts.toArray(new Requirement[0]);
    return switch (kind) {
      case 0 -> Requirement.allOf(array);
      case 1 -> Requirement.anyOf(array);
      default -> Requirement.atLeast(Draws.between(random, 1, n), array);
    };
  }

  private Requirement leaf(RandomGenerator random, int kind) {
    return switch (kind) {
      case 0 -> Requirement.noPrerequisite();
      case 1 -> Requirement.highSchoolDiploma();
      case 2 -> {
        DegreeLevel level = Draws.pick(random, DegreeLevel.values());
        yield random.nextBoolean()
            ? new Requirement.CompletedProgram(level, field(random), accreditor(random), Optional.empty())
            : Requirement.degree(level);
      }
      case 3 -> new Requirement.FinalTermEnrollment(Draws.pick(random, DegreeLevel.values()), field(random),
          accreditor(random), Optional.empty());
      case 4 -> {
        ExperienceDomain domain = Draws.pick(random, ExperienceDomain.values());
        yield random.nextBoolean() ? Requirement.experienceYears(domain, Draws.between(random, 1, 50))
            : Requirement.experienceMonths(domain, Draws.between(random, 1, 600));
      }
      case 5 -> Requirement.completedTraining(Draws.pick(random, Words.TRAININGS), Draws.phrase(random, Words.PROSE));
      case 6 -> credentials.one(random).<Requirement>map(Requirement::holdsCredential)
          .orElseGet(Requirement::highSchoolDiploma);
      case 7 -> organizations.one(random).<Requirement>map(Requirement::foreignReciprocity)
          .orElseGet(Requirement::noPrerequisite);
      case 8 -> {
        CredentialDomain domain = Draws.pick(random, CredentialDomain.values());
        yield organizations.one(random).<Requirement>map(o -> Requirement.holdsCredentialInDomain(domain, o))
            .orElseGet(Requirement::noPrerequisite);
      }
      case 9 -> Requirement.degreeOrCollegeCredits(
          Draws.pick(random, POSTSECONDARY_LEVELS), Draws.oneIn(random, 4) ? Draws.pick(random, CREDIT_EDGES)
              : Draws.between(random, 1, 500));
      case 10 -> Requirement.completedCoursework(Draws.pick(random, Words.COURSEWORK),
          Draws.phrase(random, Words.PROSE), Draws.oneIn(random, 4) ? Draws.pick(random, CREDIT_EDGES)
              : Draws.between(random, 1, 500));
      default -> {
        ExperienceDomain domain = Draws.pick(random, ExperienceDomain.values());
        int hours = Draws.oneIn(random, 4) ? Draws.pick(random, HOUR_EDGES) : Draws.between(random, 1, 100_000);
        yield random.nextBoolean() ? Requirement.experienceHours(domain, hours)
            : Requirement.experienceHours(domain, hours, Draws.between(random, 1, 600));
      }
    };
  }

  private static Optional<ProgramField> field(RandomGenerator random) {
    return Draws.maybe(random, () -> Draws.pick(random, ProgramField.values()));
  }

  private Optional<OrganizationId> accreditor(RandomGenerator random) {
    return random.nextBoolean() ? organizations.one(random) : Optional.empty();
  }

  @Override
  public String toString() {
    return "requirement trees of depth at most " + maxDepth;
  }

}
