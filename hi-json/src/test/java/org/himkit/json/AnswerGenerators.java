package org.himkit.json;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.catalog.HimCatalog;
import org.himkit.pathway.Education;
import org.himkit.pathway.EducationStatus;
import org.himkit.pathway.Eligibility;
import org.himkit.pathway.EligibilityResult;
import org.himkit.pathway.LearnerProfile;
import org.himkit.pathway.Obstacle;
import org.himkit.pathway.ObstacleKind;
import org.himkit.pathway.Pathway;
import org.himkit.pathway.PathwayPlan;
import org.himkit.pathway.PathwayPlanner;
import org.himkit.pathway.Route;
import org.himkit.pathway.Step;
import org.himkit.pathway.StepKind;
import org.himkit.pathway.Target;
import org.himkit.pathway.Unmet;
import org.himkit.testkit.Generator;
import org.himkit.testkit.HimGenerators;
import org.himkit.testkit.SyntheticHolder;

/**
 * Generators of learner profiles with every input (the kit's profiles lack college credits, coursework
 * and hours of experience) and of the answers: eligibility results, routes and unmet structures worked
 * out by HIM Kit's own engine over the kit's requirement trees and the built-in catalog, pathway plans
 * from the planner, and steps, targets and obstacles of every kind drawn directly. Each choice is a
 * bounded draw whose smallest value is the simplest, as the kit's generators do; the kit can absorb
 * these later.
 */
final class AnswerGenerators {
  private AnswerGenerators() {}

  /** The day the answers are worked out on. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static final Generator<SyntheticHolder> HOLDERS = HimGenerators.population(2026).holders();

  /** Coursework codes: the built-in catalog's, and one no requirement names. */
  private static final List<String> COURSEWORK = codes(HimCatalog.builtIn());

  private static List<String> codes(HimCatalog catalog) {
    List<String> out = new ArrayList<>();
    catalog.credentials().list().forEach(c -> c.eligibility().ifPresent(r -> r.leaves()
        .filter(l -> l instanceof Requirement.CompletedCoursework)
        .map(l -> ((Requirement.CompletedCoursework) l).code()).filter(code -> !out.contains(code))
        .forEach(out::add)));
    out.add("medical-terminology");
    return List.copyOf(out);
  }

  private static int upTo(RandomGenerator r, int max) {
    // the ends and a middle value often, as the kit draws amounts
    return switch (r.nextInt(4)) {
      case 0 -> 0;
      case 1 -> max;
      default -> r.nextInt(max + 1);
    };
  }

  private static <T> T pick(RandomGenerator r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  /**
   * Learner profiles: the kit's synthetic holders' profiles, some without a high-school diploma, with
   * college credits, credit hours of coursework and hours of experience added.
   */
  static Generator<LearnerProfile> learnerProfiles() {
    return r -> {
      LearnerProfile p = HOLDERS.next(r).profile();
      LearnerProfile.Builder b = LearnerProfile.builder().from(p).highSchoolDiploma(r.nextInt(8) != 0);
      if (r.nextBoolean()) {
        b.collegeCredits(upTo(r, LearnerProfile.MAX_CREDITS));
      }
      Map<String, Integer> coursework = new LinkedHashMap<>();
      for (String code : COURSEWORK) {
        if (r.nextBoolean()) {
          coursework.put(code, upTo(r, LearnerProfile.MAX_CREDITS));
        }
      }
      b.coursework(coursework);
      for (ExperienceDomain domain : ExperienceDomain.values()) {
        if (r.nextInt(3) == 0) {
          b.putExperienceHours(domain, upTo(r, LearnerProfile.MAX_EXPERIENCE_HOURS));
        }
      }
      return b.build();
    };
  }

  /** Eligibility results: a generated learner checked for a credential of the catalog. */
  static Generator<EligibilityResult> eligibilityResults(HimCatalog catalog) {
    Eligibility eligibility = Eligibility.of(catalog);
    List<CredentialId> credentials = catalog.credentials().list().stream().map(Credential::id).toList();
    Generator<LearnerProfile> learners = learnerProfiles();
    return r -> eligibility.check(learners.next(r), pick(r, credentials), AS_OF);
  }

  /**
   * What a generated learner still needs to meet a tree the kit generates, over a catalog. The learner
   * is often a near miss: enrolled in, or a graduate of, a program like one the tree names, with the
   * same, another or no accreditor, so that the program's shortfalls (accreditation, completion, final
   * term) come up; some learners have neither diploma nor education.
   */
  static Generator<Unmet> unmet(HimCatalog catalog) {
    Eligibility eligibility = Eligibility.of(catalog);
    Generator<LearnerProfile> learners = learnerProfiles();
    Generator<Requirement> trees = HimGenerators.requirements();
    return r -> {
      while (true) {
        Requirement tree = trees.next(r);
        Optional<Unmet> u = eligibility.unmet(tree, nearMiss(r, tree, learners.next(r)), AS_OF);
        if (u.isPresent()) {
          return u.get();
        }
      }
    };
  }

  private static LearnerProfile nearMiss(RandomGenerator r, Requirement tree, LearnerProfile learner) {
    if (r.nextInt(6) == 0) {
      return LearnerProfile.builder().from(learner).highSchoolDiploma(false).education(List.of()).build();
    }
    LearnerProfile.Builder b = LearnerProfile.builder().from(learner);
    tree.leaves().forEach(leaf -> {
      if (r.nextBoolean()) {
        if (leaf instanceof Requirement.CompletedProgram p) {
          b.addEducation(near(r, p.level(), p.field(), p.accreditor(), MoreGenerators.pick(r, EducationStatus.class)));
        } else if (leaf instanceof Requirement.FinalTermEnrollment p) {
          // still studying, most often: a term before the final one
          b.addEducation(near(r, p.level(), p.field(), p.accreditor(),
              r.nextBoolean() ? EducationStatus.IN_PROGRESS : MoreGenerators.pick(r, EducationStatus.class)));
        }
      }
    });
    return b.build();
  }

  private static Education near(RandomGenerator r, DegreeLevel level, Optional<ProgramField> field,
      Optional<OrganizationId> accreditor, EducationStatus status) {
    Optional<OrganizationId> other = switch (r.nextInt(3)) {
      case 0 -> accreditor;
      case 1 -> Optional.empty();
      default -> Optional.of(HimGenerators.organizationIds().next(r));
    };
    return new Education(level, field, other, status, Optional.empty());
  }

  /** One route of a tree the kit generates, checked against a generated learner. */
  static Generator<Route> routes(HimCatalog catalog) {
    Eligibility eligibility = Eligibility.of(catalog);
    Generator<LearnerProfile> learners = learnerProfiles();
    Generator<Requirement> trees = HimGenerators.requirements().withMaxDepth(2);
    return r -> pick(r, eligibility.routes(trees.next(r), learners.next(r), AS_OF));
  }

  /** Targets of every kind: a credential of the catalog to be eligible for or to hold, a role to enter. */
  static Generator<Target> targets(HimCatalog catalog) {
    List<Credential> credentials = catalog.credentials().list();
    List<Role> roles = catalog.roles().list();
    return r -> switch (r.nextInt(3)) {
      case 0 -> Target.eligibleFor(pick(r, credentials));
      case 1 -> Target.holds(pick(r, credentials));
      default -> Target.enters(pick(r, roles));
    };
  }

  /** Pathway plans: the planner's plan from a generated learner to a target of the catalog. */
  static Generator<PathwayPlan> pathwayPlans(HimCatalog catalog) {
    PathwayPlanner planner = PathwayPlanner.of(catalog);
    Generator<LearnerProfile> learners = learnerProfiles();
    Generator<Target> targets = targets(catalog);
    return r -> planner.plan(learners.next(r), targets.next(r), AS_OF);
  }

  /** Steps of every kind, drawn directly, each within its value's rules. */
  static Generator<Step> steps() {
    Generator<CredentialId> ids = HimGenerators.credentialIds();
    return r -> {
      StepKind kind = MoreGenerators.pick(r, StepKind.class);
      return switch (kind) {
        case COMPLETE_PROGRAM -> {
          Optional<Period> duration = r.nextBoolean() ? Optional.of(Period.ofMonths(r.nextInt(72))) : Optional.empty();
          yield new Step.CompleteProgram(MoreGenerators.pick(r, DegreeLevel.class),
              r.nextBoolean() ? Optional.of(MoreGenerators.pick(r, ProgramField.class)) : Optional.empty(),
              r.nextBoolean() ? Optional.of(OrganizationId.of("CAHIIM")) : Optional.empty(),
              r.nextBoolean() ? Optional.of(HimGenerators.programTypeIds().next(r)) : Optional.empty(), duration,
              duration.isPresent() && r.nextBoolean() ? Optional.of(AS_OF.plus(duration.get())) : Optional.empty(),
              r.nextBoolean() ? Optional.of(HimGenerators.progressionPrograms().next(r)) : Optional.empty());
        }
        case GAIN_EXPERIENCE -> {
          int total = 1 + r.nextInt(LearnerProfile.MAX_EXPERIENCE_MONTHS);
          yield new Step.GainExperience(MoreGenerators.pick(r, ExperienceDomain.class), 1 + r.nextInt(total), total);
        }
        case EARN_CREDENTIAL -> new Step.EarnCredential(ids.next(r), MoreGenerators.word(r), ids.next(r),
            MoreGenerators.upTo(r, 2, ids), MoreGenerators.maybe(r, ids));
        case COMPLETE_TRAINING -> new Step.CompleteTraining(pick(r, COURSEWORK), MoreGenerators.word(r));
        case EARN_COLLEGE_CREDITS -> {
          int total = 1 + r.nextInt(LearnerProfile.MAX_CREDITS);
          yield new Step.EarnCollegeCredits(1 + r.nextInt(total), total);
        }
        case COMPLETE_COURSEWORK -> {
          int total = 1 + r.nextInt(LearnerProfile.MAX_CREDITS);
          yield new Step.CompleteCoursework(pick(r, COURSEWORK), MoreGenerators.word(r), 1 + r.nextInt(total), total);
        }
        case GAIN_EXPERIENCE_HOURS -> {
          int total = 1 + r.nextInt(LearnerProfile.MAX_EXPERIENCE_HOURS);
          yield new Step.GainExperienceHours(MoreGenerators.pick(r, ExperienceDomain.class), 1 + r.nextInt(total), total,
              MoreGenerators.maybe(r, x -> Period.ofMonths(x.nextInt(60))));
        }
      };
    };
  }

  /** Pathways of up to four steps drawn directly. */
  static Generator<Pathway> pathways() {
    Generator<Step> steps = steps();
    return r -> new Pathway(MoreGenerators.upTo(r, 4, steps));
  }

  /** Obstacles of every kind, drawn directly. */
  static Generator<Obstacle> obstacles() {
    Generator<Requirement> trees = HimGenerators.requirements().withMaxDepth(0);
    return r -> {
      ObstacleKind kind = MoreGenerators.pick(r, ObstacleKind.class);
      return switch (kind) {
        case NO_ELIGIBILITY_DATA -> Obstacle.noEligibilityData(HimGenerators.credentialIds().next(r),
            MoreGenerators.upTo(r, 2, HimGenerators.knownOmissions()));
        case EXAM_NOT_OFFERED -> Obstacle.examNotOffered(HimGenerators.credentialIds().next(r),
            HimGenerators.organizationIds().next(r));
        case NO_TYPICAL_ENTRY -> Obstacle.noTypicalEntry();
        case EARLY_TESTING_NOT_PLANNED, RECIPROCITY_NOT_PLANNED -> Obstacle.notPlanned(kind, leaf(r, trees));
      };
    };
  }

  private static Requirement.Leaf leaf(RandomGenerator r, Generator<Requirement> trees) {
    List<Requirement.Leaf> leaves = trees.next(r).leaves().toList();
    return leaves.get(r.nextInt(leaves.size()));
  }
}
