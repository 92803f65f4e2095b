package org.himkit.pathway;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;

/**
 * Where a learner stands on a date, computed once per question and read by every leaf: the credentials
 * held (with those they supersede), the education completed and in its final term, the highest level
 * completed, the months and hours of experience by domain, the college credits and coursework, the
 * diploma, reciprocity and trainings.
 *
 * <p>It answers whether a tree is met ({@link #meets(Requirement)}) and what is missing
 * ({@link #unmet(Requirement)}, {@link #shortfall(Requirement.Leaf)}), and gives where the learner
 * would stand after a planned step ({@link #after(Step)}). Immutable and thread-safe.
 */
final class Standing extends StandingFacts {
  private static final ExperienceDomain[] DOMAINS = ExperienceDomain.values();

  private final HimCatalog catalog;
  private final LocalDate asOf;
  private final ImmutableSet<CredentialId> held;
  private final ImmutableList<Credential> heldEntries;
  private final ImmutableList<Education> education;
  private final ImmutableList<Education> completed;
  private final ImmutableList<Education> finalTerm;
  private final int highestCompleted;
  private final boolean diploma;
  private final int[] experience;
  private final Set<OrganizationId> reciprocity;
  private final Set<String> trainings;
  private final Amounts amounts;

  /** The amounts counted in credits and hours: college credits, hours of experience by domain, coursework. */
  private static final class Amounts {
    final int collegeCredits;
    final int[] hours;
    final ImmutableMap<String, Integer> coursework;

    Amounts(int collegeCredits, int[] hours, ImmutableMap<String, Integer> coursework) {
      this.collegeCredits = collegeCredits;
      this.hours = hours;
      this.coursework = coursework;
    }
  }

  @SuppressWarnings("TooManyParameters") // the fields of a value built in two places only
  private Standing(HimCatalog catalog, LocalDate asOf, ImmutableSet<CredentialId> held,
      ImmutableList<Credential> heldEntries, ImmutableList<Education> education, ImmutableList<Education> completed,
      ImmutableList<Education> finalTerm, boolean diploma, int[] experience, Set<OrganizationId> reciprocity,
      Set<String> trainings, Amounts amounts) {
    this.catalog = catalog;
    this.asOf = asOf;
    this.held = held;
    this.heldEntries = heldEntries;
    this.education = education;
    this.completed = completed;
    this.finalTerm = finalTerm;
    int highest = NO_LEVEL;
    for (Education e : completed) {
      highest = Math.max(highest, rank(e.level()));
    }
    this.highestCompleted = highest;
    this.diploma = diploma || highest >= rank(DegreeLevel.HIGH_SCHOOL);
    this.experience = experience;
    this.reciprocity = reciprocity;
    this.trainings = trainings;
    this.amounts = amounts;
  }

  /**
   * Computes where a learner stands on a date.
   *
   * @param catalog  the catalog whose credentials' supersession applies
   * @param profile  the learner
   * @param asOf  the date
   * @return the standing
   */
  static Standing of(HimCatalog catalog, LearnerProfile profile, LocalDate asOf) {
    List<CredentialId> earned = new ArrayList<>();
    for (Map.Entry<CredentialId, LocalDate> e : profile.credentials().entrySet()) {
      if (!e.getValue().isAfter(asOf)) {
        earned.add(e.getKey());
      }
    }
    ImmutableSet.Builder<CredentialId> ids = ImmutableSet.builder();
    ImmutableList.Builder<Credential> entries = ImmutableList.builder();
    addWithSuperseded(catalog, earned, new ArrayList<>(), ids, entries);
    ImmutableList.Builder<Education> done = ImmutableList.builder();
    ImmutableList.Builder<Education> last = ImmutableList.builder();
    for (Education e : profile.education()) {
      if (e.isCompletedOn(asOf)) {
        done.add(e);
      } else if (e.isEarlyTestingStage()) {
        last.add(e);
      }
    }
    int[] months = new int[DOMAINS.length];
    for (Map.Entry<ExperienceDomain, Integer> e : profile.experience().entrySet()) {
      months[rank(e.getKey())] = e.getValue();
    }
    int[] hours = new int[DOMAINS.length];
    for (Map.Entry<ExperienceDomain, Integer> e : profile.experienceHours().entrySet()) {
      hours[rank(e.getKey())] = e.getValue();
    }
    Amounts amounts = new Amounts(profile.collegeCredits(), hours, ImmutableMap.copyOf(profile.coursework()));
    return new Standing(catalog, asOf, ids.build(), entries.build(), ImmutableList.copyOf(profile.education()),
        done.build(), last.build(), profile.highSchoolDiploma(), months, profile.foreignReciprocity(),
        profile.trainings(), amounts);
  }

  /** Adds credentials and, breadth first, every credential they supersede, each once. */
  private static void addWithSuperseded(HimCatalog catalog, List<CredentialId> pending, List<CredentialId> seen,
      ImmutableSet.Builder<CredentialId> ids, ImmutableList.Builder<Credential> entries) {
    for (int i = 0; i < pending.size(); i++) {
      CredentialId id = pending.get(i);
      if (!seen.contains(id)) {
        seen.add(id);
        ids.add(id);
        Optional<Credential> c = catalog.findCredential(id);
        if (c.isPresent()) {
          entries.add(c.get());
          pending.addAll(c.get().supersedes());
        }
      }
    }
  }

  /**
   * Returns where the learner would stand after a step, taken on this standing's date: the same as
   * {@link Step#applyTo(LearnerProfile, LocalDate)} followed by a new standing, without rebuilding the
   * profile.
   */
  Standing after(Step step) {
    return step.accept(new Step.Visitor<Standing>() {
      @Override
      public Standing visitCompleteProgram(Step.CompleteProgram s) {
        Education done = new Education(s.level(), s.field(), s.accreditor(), EducationStatus.COMPLETED,
            Optional.of(asOf));
        return new Standing(catalog, asOf, held, heldEntries, plus(education, done), plus(completed, done), finalTerm,
            true, experience, reciprocity, trainings, amounts);
      }

      @Override
      public Standing visitGainExperience(Step.GainExperience s) {
        int[] months = experience.clone();
        months[rank(s.domain())] = Math.max(months[rank(s.domain())], s.totalMonths());
        return new Standing(catalog, asOf, held, heldEntries, education, completed, finalTerm, diploma, months,
            reciprocity, trainings, amounts);
      }

      @Override
      public Standing visitEarnCredential(Step.EarnCredential s) {
        if (held.contains(s.credential())) {
          return Standing.this;
        }
        ImmutableSet.Builder<CredentialId> ids = ImmutableSet.<CredentialId>builder().addAll(held);
        ImmutableList.Builder<Credential> entries = ImmutableList.<Credential>builder().addAll(heldEntries);
        List<CredentialId> pending = new ArrayList<>();
        pending.add(s.credential());
        addWithSuperseded(catalog, pending, new ArrayList<>(held), ids, entries);
        return new Standing(catalog, asOf, ids.build(), entries.build(), education, completed, finalTerm, diploma,
            experience, reciprocity, trainings, amounts);
      }

      @Override
      public Standing visitCompleteTraining(Step.CompleteTraining s) {
        return new Standing(catalog, asOf, held, heldEntries, education, completed, finalTerm, diploma, experience,
            reciprocity, ImmutableSet.<String>builder().addAll(trainings).add(s.code()).build(), amounts);
      }

      @Override
      public Standing visitEarnCollegeCredits(Step.EarnCollegeCredits s) {
        return with(new Amounts(Math.max(amounts.collegeCredits, s.totalCredits()), amounts.hours,
            amounts.coursework));
      }

      @Override
      public Standing visitCompleteCoursework(Step.CompleteCoursework s) {
        Map<String, Integer> coursework = new LinkedHashMap<>(amounts.coursework);
        coursework.merge(s.code(), s.totalCreditHours(), Math::max);
        return with(new Amounts(amounts.collegeCredits, amounts.hours, ImmutableMap.copyOf(coursework)));
      }

      @Override
      public Standing visitGainExperienceHours(Step.GainExperienceHours s) {
        int[] hours = amounts.hours.clone();
        hours[rank(s.domain())] = Math.max(hours[rank(s.domain())], s.totalHours());
        return with(new Amounts(amounts.collegeCredits, hours, amounts.coursework));
      }

      private Standing with(Amounts changed) {
        return new Standing(catalog, asOf, held, heldEntries, education, completed, finalTerm, diploma, experience,
            reciprocity, trainings, changed);
      }
    });
  }

  private static ImmutableList<Education> plus(ImmutableList<Education> list, Education e) {
    return ImmutableList.<Education>builderWithExpectedSize(list.size() + 1).addAll(list).add(e).build();
  }

  LocalDate asOf() {
    return asOf;
  }

  /** The credentials held on the date, with every credential they supersede, profile order first. */
  Set<CredentialId> held() {
    return held;
  }

  /** The learner's education programs, completed or not, in the profile's order. */
  List<Education> education() {
    return education;
  }

  HimCatalog catalog() {
    return catalog;
  }

  /** The credentials held, with those they supersede, as the catalog gives them. */
  List<Credential> heldEntries() {
    return heldEntries;
  }

  /** The completed programs, in the profile's order. */
  List<Education> completed() {
    return completed;
  }

  @Override
  List<Education> finalTerm() {
    return finalTerm;
  }

  @Override
  int highestCompleted() {
    return highestCompleted;
  }

  @Override
  boolean diploma() {
    return diploma;
  }

  /** The months of experience by domain, indexed by the domain's ordinal: the caller must not change it. */
  int[] experienceByDomain() {
    return experience;
  }

  /** The hours of experience by domain, indexed by the domain's ordinal: the caller must not change it. */
  int[] hoursByDomain() {
    return amounts.hours;
  }

  @Override
  int experienceMonths(ExperienceDomain domain) {
    return experience[rank(domain)];
  }

  @Override
  int experienceHours(ExperienceDomain domain) {
    return amounts.hours[rank(domain)];
  }

  @Override
  int collegeCredits() {
    return amounts.collegeCredits;
  }

  @Override
  int courseworkCreditHours(String code) {
    Integer hours = amounts.coursework.get(code);
    return hours == null ? 0 : hours;
  }

  @Override
  boolean holds(CredentialId credential) {
    return held.contains(credential);
  }

  @Override
  boolean holdsCredentialIn(Requirement.HoldsCredentialInDomain leaf) {
    for (Credential c : heldEntries) {
      if (leaf.isMetByHolding(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  boolean hasCompleted(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor) {
    return any(completed, level, field, accreditor);
  }

  @Override
  boolean hasReciprocity(OrganizationId agreementWith) {
    return reciprocity.contains(agreementWith);
  }

  @Override
  boolean hasTraining(String code) {
    return trainings.contains(code);
  }

  /** What the learner lacks to meet a tree, empty if it is met. */
  Optional<Unmet> unmet(Requirement requirement) {
    return requirement.accept(new UnmetParts());
  }

  /** A route checked against this standing: each unmet leaf with what it lacks. */
  Route route(List<Requirement.Leaf> leaves) {
    List<Unmet.Condition> unmet = new ArrayList<>();
    for (Requirement.Leaf leaf : leaves) {
      if (!meets(leaf)) {
        unmet.add(shortfall(leaf));
      }
    }
    return new Route(leaves, unmet);
  }

  /** What is missing for a leaf the learner does not meet. */
  Unmet.Condition shortfall(Requirement.Leaf leaf) {
    return leaf.accept(new Shortfalls());
  }

  // ---------------------------------------------------------------------------------------------
  // what is missing

  /** The unmet parts of a tree, alternatives kept as alternatives. */
  private final class UnmetParts implements Requirement.Visitor<Optional<Unmet>> {
    @Override
    public Optional<Unmet> visitAllOf(Requirement.AllOf node) {
      List<Unmet> parts = new ArrayList<>();
      for (Requirement part : node.parts()) {
        part.accept(this).ifPresent(u -> addFlattening(parts, u, true));
      }
      return parts.isEmpty() ? Optional.empty() : Optional.of(parts.size() == 1 ? parts.get(0) : new Unmet.All(parts));
    }

    @Override
    public Optional<Unmet> visitAnyOf(Requirement.AnyOf node) {
      if (meets(node)) {
        return Optional.empty();
      }
      List<Unmet> options = new ArrayList<>();
      for (Requirement part : node.parts()) {
        part.accept(this).ifPresent(u -> addFlattening(options, u, false));
      }
      return Optional.of(options.size() == 1 ? options.get(0) : new Unmet.Choice(1, options));
    }

    @Override
    public Optional<Unmet> visitAtLeast(Requirement.AtLeast node) {
      List<Unmet> options = new ArrayList<>();
      for (Requirement part : node.parts()) {
        part.accept(this).ifPresent(options::add);
      }
      int needed = node.count() - (node.parts().size() - options.size());
      if (needed <= 0) {
        return Optional.empty();
      }
      if (needed == options.size()) {
        List<Unmet> all = new ArrayList<>();
        options.forEach(u -> addFlattening(all, u, true));
        return Optional.of(all.size() == 1 ? all.get(0) : new Unmet.All(all));
      }
      return Optional.of(new Unmet.Choice(needed, options));
    }

    /** Adds a part, or the parts of a nested All into an All, or the options of a nested one-of choice into one. */
    private void addFlattening(List<Unmet> into, Unmet u, boolean intoAll) {
      List<Unmet> parts = u.accept(new Unmet.Visitor<List<Unmet>>() {
        @Override
        public List<Unmet> visitCondition(Unmet.Condition condition) {
          return List.of(condition);
        }

        @Override
        public List<Unmet> visitAll(Unmet.All all) {
          return intoAll ? all.parts() : List.of(all);
        }

        @Override
        public List<Unmet> visitChoice(Unmet.Choice choice) {
          return !intoAll && choice.needed() == 1 ? choice.options() : List.of(choice);
        }
      });
      for (Unmet part : parts) {
        if (!into.contains(part)) {
          into.add(part);
        }
      }
    }

    private Optional<Unmet> leaf(Requirement.Leaf leaf) {
      return meets(leaf) ? Optional.empty() : Optional.of(shortfall(leaf));
    }

    @Override
    public Optional<Unmet> visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitExperience(Requirement.Experience leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitExperienceHours(Requirement.ExperienceHours leaf) {
      return leaf(leaf);
    }

    @Override
    public Optional<Unmet> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return leaf(leaf);
    }
  }

  /** What is missing for a leaf the learner does not meet, with the program or months it concerns. */
  private final class Shortfalls implements Requirement.LeafVisitor<Unmet.Condition> {
    @Override
    public Unmet.Condition visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return Unmet.Condition.of(leaf, UnmetKind.CREDENTIAL);
    }

    @Override
    public Unmet.Condition visitCompletedProgram(Requirement.CompletedProgram leaf) {
      if (isGeneric(leaf.field(), leaf.accreditor())) {
        if (leaf.level() == DegreeLevel.HIGH_SCHOOL) {
          return Unmet.Condition.of(leaf, UnmetKind.HIGH_SCHOOL_DIPLOMA);
        }
        for (Education e : education) {
          if (e.level().compareTo(leaf.level()) >= 0) {
            return concerning(leaf, UnmetKind.COMPLETION, e);
          }
        }
        return Unmet.Condition.of(leaf, UnmetKind.PROGRAM);
      }
      Optional<Education> same = find(education, leaf.level(), leaf.field(), leaf.accreditor());
      if (same.isPresent()) {
        return concerning(leaf, UnmetKind.COMPLETION, same.get());
      }
      return accreditationOrProgram(leaf, leaf.level(), leaf.field(), leaf.accreditor());
    }

    @Override
    public Unmet.Condition visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      for (Education e : education) {
        if (e.status() == EducationStatus.IN_PROGRESS && e.level() == leaf.level()
            && (leaf.field().isEmpty() || e.field().equals(leaf.field()))
            && (leaf.accreditor().isEmpty() || e.accreditor().equals(leaf.accreditor()))) {
          return concerning(leaf, UnmetKind.FINAL_TERM, e);
        }
      }
      return accreditationOrProgram(leaf, leaf.level(), leaf.field(), leaf.accreditor());
    }

    /**
     * What a learner lacks for a program leaf that no program of the learner's with its accreditor can meet:
     * the accreditation, if the learner has a program of the level and field named from another accreditor
     * or from none, whether completed, in its final term or in progress (no progress in that program meets
     * the leaf: the rule names the accreditor, such as "a HIM program accredited by CAHIIM"); otherwise the
     * program itself.
     */
    private Unmet.Condition accreditationOrProgram(Requirement.Leaf leaf, DegreeLevel level,
        Optional<ProgramField> field, Optional<OrganizationId> accreditor) {
      if (accreditor.isPresent()) {
        for (Education e : education) {
          if (!e.accreditor().equals(accreditor) && matches(level, field, Optional.empty(), e.level(), e.field(),
              e.accreditor())) {
            return concerning(leaf, UnmetKind.ACCREDITATION, e);
          }
        }
      }
      return Unmet.Condition.of(leaf, UnmetKind.PROGRAM);
    }

    private Unmet.Condition concerning(Requirement.Leaf leaf, UnmetKind kind, Education program) {
      return new Unmet.Condition(leaf, kind, Optional.of(program), OptionalInt.empty());
    }

    @Override
    public Unmet.Condition visitExperience(Requirement.Experience leaf) {
      return new Unmet.Condition(leaf, UnmetKind.EXPERIENCE, Optional.empty(),
          OptionalInt.of(experienceMonths(leaf.domain())));
    }

    @Override
    public Unmet.Condition visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return Unmet.Condition.of(leaf, UnmetKind.HIGH_SCHOOL_DIPLOMA);
    }

    @Override
    public Unmet.Condition visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return Unmet.Condition.of(leaf, UnmetKind.RECIPROCITY);
    }

    @Override
    public Unmet.Condition visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return Unmet.Condition.of(leaf, UnmetKind.TRAINING);
    }

    @Override
    public Unmet.Condition visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return Unmet.Condition.of(leaf, UnmetKind.CREDENTIAL);
    }

    @Override
    public Unmet.Condition visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return amounting(leaf, UnmetKind.COLLEGE_CREDITS, OptionalInt.empty(), amounts.collegeCredits);
    }

    @Override
    public Unmet.Condition visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return amounting(leaf, UnmetKind.COURSEWORK, OptionalInt.empty(), courseworkCreditHours(leaf.code()));
    }

    @Override
    public Unmet.Condition visitExperienceHours(Requirement.ExperienceHours leaf) {
      OptionalInt months = leaf.fullTimeMonths().isPresent()
          ? OptionalInt.of(experienceMonths(leaf.domain())) : OptionalInt.empty();
      return amounting(leaf, UnmetKind.EXPERIENCE_HOURS, months, experienceHours(leaf.domain()));
    }

    private Unmet.Condition amounting(Requirement.Leaf leaf, UnmetKind kind, OptionalInt months, int amount) {
      return new Unmet.Condition(leaf, kind, Optional.empty(), months, OptionalInt.of(amount));
    }

    @Override
    public Unmet.Condition visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      throw new IllegalStateException("no prerequisite is always met");
    }
  }
}
