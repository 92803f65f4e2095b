package org.himkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.himkit.internal.Checks;
import org.himkit.internal.Problems;

/**
 * A requirement tree: what a person must have, or typically has, to sit for a credential's exam or
 * to enter a role.
 *
 * <p>Inner nodes combine requirements: {@link AllOf} (every part), {@link AnyOf} (one part at
 * least) and {@link AtLeast} (at least {@code n} parts). Leaves state one condition each: holding a
 * credential, having completed a program of a level, field and accreditor, being enrolled in the
 * final term of such a program, years of experience in a domain, a high-school diploma, a
 * foreign reciprocity program, a named training, holding any credential of a domain from an issuer
 * other than a named one ({@link HoldsCredentialInDomain}, for CCS's "another certifying
 * organization's coding credential"), a degree or its equivalent in college credits
 * ({@link DegreeOrCollegeCredits}, for ODS's "an Associate’s degree or the equivalent (60 college
 * credits)"), credit hours of named coursework ({@link CompletedCoursework}), hours of experience in a
 * domain ({@link ExperienceHours}, for ODS's "1,950 hours (equal to one year full-time)"), or nothing
 * at all ({@link NoPrerequisite}, for exams anyone may sit for). Every node may carry prose: the source's own wording, which
 * {@link org.himkit.text.HimText#requirement(Requirement)} uses in place of the words it generates.
 *
 * <p>Code that handles requirements dispatches on the node type through {@link #accept(Visitor)}
 * (every node) or {@link Leaf#accept(LeafVisitor)} (leaves only), never through {@code instanceof}: a
 * visitor has one method per node type and no default, so a new node type is a compile error in every
 * handler rather than a runtime failure or a silently ignored condition.
 *
 * <pre>{@code
 * Requirement rhit = Requirement.anyOf(
 *     Requirement.completedProgram(DegreeLevel.ASSOCIATE,
 *         ProgramField.HEALTH_INFORMATION_MANAGEMENT, OrganizationId.of("CAHIIM")),
 *     Requirement.foreignReciprocity(OrganizationId.of("AHIMA")));
 * }</pre>
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Requirement permits Requirement.AllOf, Requirement.AnyOf, Requirement.AtLeast,
    Requirement.Leaf {

  /**
   * Returns the prose that describes this node in exports, if it was given.
   *
   * @return the prose, empty to use the generated description
   */
  Optional<String> prose();

  /**
   * Returns the parts of this node: empty for a leaf.
   *
   * @return the children, in the order given, not null
   */
  List<Requirement> children();

  /**
   * Returns a copy of this node with the given prose.
   *
   * @param prose the prose, not blank
   * @return the described node, not null
   */
  Requirement withProse(String prose);

  /**
   * Returns every leaf of this tree, depth first, in the order given.
   *
   * @return the leaves, not null
   */
  Stream<Leaf> leaves();

  /**
   * Dispatches this node to the visitor's method for its type.
   *
   * @param <R>  the type of the visitor's answer
   * @param visitor  the visitor, not null
   * @return the visitor's answer for this node
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * Obtains a requirement met when every part is met.
   *
   * @param parts the parts, not empty
   * @return the requirement, not null
   * @throws HimValidationException if no part is given
   */
  static AllOf allOf(Requirement... parts) {
    Objects.requireNonNull(parts, "parts");
    return new AllOf(List.of(parts), Optional.empty());
  }

  /**
   * Obtains a requirement met when at least one part is met.
   *
   * @param parts the parts, not empty
   * @return the requirement, not null
   * @throws HimValidationException if no part is given
   */
  static AnyOf anyOf(Requirement... parts) {
    Objects.requireNonNull(parts, "parts");
    return new AnyOf(List.of(parts), Optional.empty());
  }

  /**
   * Obtains a requirement met when at least {@code count} parts are met.
   *
   * @param count the number of parts needed, from 1 to the number of parts
   * @param parts the parts, not empty
   * @return the requirement, not null
   * @throws HimValidationException if the count is out of range
   */
  static AtLeast atLeast(int count, Requirement... parts) {
    Objects.requireNonNull(parts, "parts");
    return new AtLeast(count, List.of(parts), Optional.empty());
  }

  /**
   * Obtains a requirement met by holding a credential.
   *
   * @param credential the credential, not null
   * @return the requirement, not null
   */
  static HoldsCredential holdsCredential(CredentialId credential) {
    return new HoldsCredential(credential, Optional.empty());
  }

  /**
   * Obtains a requirement met by having completed a program of a level, in a field, accredited by
   * an accreditor.
   *
   * @param level the program's level, not null
   * @param field the program's field, not null
   * @param accreditor the accreditor of the program, not null
   * @return the requirement, not null
   */
  static CompletedProgram completedProgram(DegreeLevel level, ProgramField field, OrganizationId accreditor) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(accreditor, "accreditor");
    return new CompletedProgram(level, Optional.of(field), Optional.of(accreditor), Optional.empty());
  }

  /**
   * Obtains a requirement met by a degree or diploma of a level, in any field, accredited or not.
   *
   * @param level the level, not null
   * @return the requirement, not null
   */
  static CompletedProgram degree(DegreeLevel level) {
    return new CompletedProgram(level, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a requirement met by being enrolled in the final term of a program of a level, in a
   * field, accredited by an accreditor (early testing).
   *
   * @param level the program's level, not null
   * @param field the program's field, not null
   * @param accreditor the accreditor of the program, not null
   * @return the requirement, not null
   */
  static FinalTermEnrollment finalTermOf(DegreeLevel level, ProgramField field, OrganizationId accreditor) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(accreditor, "accreditor");
    return new FinalTermEnrollment(level, Optional.of(field), Optional.of(accreditor), Optional.empty());
  }

  /**
   * Obtains a requirement met by a number of years of experience in a domain.
   *
   * @param domain the domain, not null
   * @param years the number of years, from 1 to 50
   * @return the requirement, not null
   */
  static Experience experienceYears(ExperienceDomain domain, int years) {
    return new Experience(domain, years * 12, Optional.empty());
  }

  /**
   * Obtains a requirement met by a number of months of experience in a domain.
   *
   * @param domain the domain, not null
   * @param months the number of months, from 1 to 600
   * @return the requirement, not null
   */
  static Experience experienceMonths(ExperienceDomain domain, int months) {
    return new Experience(domain, months, Optional.empty());
  }

  /**
   * Obtains a requirement met by a high-school diploma or its equivalent.
   *
   * @return the requirement, not null
   */
  static HighSchoolDiploma highSchoolDiploma() {
    return new HighSchoolDiploma(Optional.empty());
  }

  /**
   * Obtains a requirement met by graduating from a program approved by a foreign association with
   * which the given organization has a reciprocity agreement.
   *
   * @param agreementWith the organization party to the agreements, such as AHIMA, not null
   * @return the requirement, not null
   */
  static ForeignReciprocity foreignReciprocity(OrganizationId agreementWith) {
    return new ForeignReciprocity(agreementWith, Optional.empty());
  }

  /**
   * Obtains a requirement met by completing a named training, such as an 80-contact-hour coding
   * course.
   *
   * @param code a short code for the training, such as {@code "coding-course-80h"}, not blank
   * @param description the training in plain words, not blank
   * @return the requirement, not null
   */
  static CompletedTraining completedTraining(String code, String description) {
    return new CompletedTraining(code, description, Optional.empty());
  }

  /**
   * Obtains a requirement met by holding any credential that attests to a domain and is issued by
   * an organization other than the one named, such as "another certifying organization's coding
   * credential" (a coding credential not issued by AHIMA).
   *
   * <p>Whether a held credential counts is decided from its catalog entry ({@link Credential#domains()}
   * and {@link Credential#issuer()}); any kind of credential counts, apprentice designations included.
   *
   * @param domain the domain the credential attests to, not null
   * @param otherThan the issuer whose credentials do not count, not null
   * @return the requirement, not null
   */
  static HoldsCredentialInDomain holdsCredentialInDomain(CredentialDomain domain, OrganizationId otherThan) {
    return new HoldsCredentialInDomain(domain, otherThan, Optional.empty());
  }

  /**
   * Obtains a requirement met by having completed a program of a level accredited by an accreditor,
   * in whatever field the program teaches, such as NCRA's "NCRA-Accredited Associate Degree Program".
   *
   * @param level the program's level, not null
   * @param accreditor the accreditor of the program, not null
   * @return the requirement, not null
   */
  static CompletedProgram completedProgram(DegreeLevel level, OrganizationId accreditor) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(accreditor, "accreditor");
    return new CompletedProgram(level, Optional.empty(), Optional.of(accreditor), Optional.empty());
  }

  /**
   * Obtains a requirement met by a degree of a level (or a higher one) in any field, or by the
   * equivalent number of college credits, such as "an Associate’s degree or the equivalent (60 college
   * credits)".
   *
   * @param level the degree's level, above {@link DegreeLevel#HIGH_SCHOOL}, not null
   * @param credits the college credits that count as the equivalent, from 1 to 500
   * @return the requirement, not null
   * @throws HimValidationException if the level is a high-school diploma or the credits are out of range
   */
  static DegreeOrCollegeCredits degreeOrCollegeCredits(DegreeLevel level, int credits) {
    return new DegreeOrCollegeCredits(level, credits, Optional.empty());
  }

  /**
   * Obtains a requirement met by a number of credit hours of named coursework, such as ODS's "two
   * semesters (six total credit hours) in Human Anatomy and Human Physiology".
   *
   * @param code a short code for the coursework, such as {@code "human-anatomy-physiology"}, not blank
   * @param subject the subject in plain words, such as {@code "Human Anatomy and Human Physiology"}, not blank
   * @param creditHours the credit hours required, from 1 to 500
   * @return the requirement, not null
   * @throws HimValidationException if a text is blank or the credit hours are out of range
   */
  static CompletedCoursework completedCoursework(String code, String subject, int creditHours) {
    return new CompletedCoursework(code, subject, creditHours, Optional.empty());
  }

  /**
   * Obtains a requirement met by a number of hours of experience in a domain, with no full-time
   * equivalent stated.
   *
   * @param domain the domain, not null
   * @param hours the hours, from 1 to 100,000
   * @return the requirement, not null
   * @throws HimValidationException if the hours are out of range
   */
  static ExperienceHours experienceHours(ExperienceDomain domain, int hours) {
    return new ExperienceHours(domain, hours, OptionalInt.empty(), Optional.empty());
  }

  /**
   * Obtains a requirement met by a number of hours of experience in a domain, or by the months of
   * full-time experience the source equates with them, such as ODS's "1,950 hours (equal to one year
   * full-time)".
   *
   * @param domain the domain, not null
   * @param hours the hours, from 1 to 100,000
   * @param fullTimeMonths the months of full-time experience the source equates with the hours, from 1 to 600
   * @return the requirement, not null
   * @throws HimValidationException if a number is out of range
   */
  static ExperienceHours experienceHours(ExperienceDomain domain, int hours, int fullTimeMonths) {
    return new ExperienceHours(domain, hours, OptionalInt.of(fullTimeMonths), Optional.empty());
  }

  /**
   * Obtains a requirement that everyone meets: an exam open to anyone, as AAPC's exams are ("Proof
   * of education or experience isn't necessary to sit for AAPC exams").
   *
   * @return the requirement, not null
   */
  static NoPrerequisite noPrerequisite() {
    return new NoPrerequisite(Optional.empty());
  }

  /**
   * A leaf of a requirement tree: one condition, with no parts.
   *
   * <p>Every implementation is an immutable, thread-safe record.
   */
  sealed interface Leaf extends Requirement permits HoldsCredential, CompletedProgram, FinalTermEnrollment,
      Experience, HighSchoolDiploma, ForeignReciprocity, CompletedTraining, HoldsCredentialInDomain,
      DegreeOrCollegeCredits, CompletedCoursework, ExperienceHours, NoPrerequisite {

    /**
     * Dispatches this leaf to the visitor's method for its type.
     *
     * @param <R>  the type of the visitor's answer
     * @param visitor  the visitor, not null
     * @return the visitor's answer for this leaf
     */
    <R> R accept(LeafVisitor<R> visitor);

    @Override
    default <R> R accept(Visitor<R> visitor) {
      return accept((LeafVisitor<R>) visitor);
    }

    @Override
    default List<Requirement> children() {
      return List.of();
    }

    @Override
    default Stream<Leaf> leaves() {
      return Stream.of(this);
    }

    /**
     * Checks whether holding a credential, by itself, meets this leaf: the leaf names the credential,
     * or asks for a credential of the credential's domain from an issuer other than the credential's.
     * Credentials the credential supersedes are not considered; leaves about education, experience or
     * training are never met by a credential.
     *
     * @param credential  the credential, not null
     * @return true if holding it meets this leaf
     */
    default boolean isMetByHolding(Credential credential) {
      Objects.requireNonNull(credential, "credential");
      return accept(new MetByHolding(credential));
    }
  }

  /**
   * An operation on the leaves of requirement trees, with one method per leaf type and no default.
   *
   * <p>Adding a leaf type adds a method here, so every implementation stops compiling until it says
   * what the new leaf means to it.
   *
   * @param <R>  the type of the answer
   */
  interface LeafVisitor<R> {
    /**
     * Visits a credential leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitHoldsCredential(HoldsCredential leaf);

    /**
     * Visits a completed-program leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitCompletedProgram(CompletedProgram leaf);

    /**
     * Visits a final-term (early testing) leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitFinalTermEnrollment(FinalTermEnrollment leaf);

    /**
     * Visits an experience leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitExperience(Experience leaf);

    /**
     * Visits a high-school diploma leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitHighSchoolDiploma(HighSchoolDiploma leaf);

    /**
     * Visits a foreign reciprocity leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitForeignReciprocity(ForeignReciprocity leaf);

    /**
     * Visits a named-training leaf.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitCompletedTraining(CompletedTraining leaf);

    /**
     * Visits a leaf met by any credential of a domain from another issuer.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitHoldsCredentialInDomain(HoldsCredentialInDomain leaf);

    /**
     * Visits a leaf met by a degree or its equivalent in college credits.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitDegreeOrCollegeCredits(DegreeOrCollegeCredits leaf);

    /**
     * Visits a leaf met by credit hours of named coursework.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitCompletedCoursework(CompletedCoursework leaf);

    /**
     * Visits a leaf met by hours of experience in a domain.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitExperienceHours(ExperienceHours leaf);

    /**
     * Visits the leaf that everyone meets.
     *
     * @param leaf  the leaf, not null
     * @return the answer
     */
    R visitNoPrerequisite(NoPrerequisite leaf);
  }

  /**
   * An operation on requirement trees, with one method per node type (the inner nodes here, the
   * leaves from {@link LeafVisitor}) and no default.
   *
   * <p>An implementation usually recurses into the parts of an inner node with
   * {@code part.accept(this)}.
   *
   * @param <R>  the type of the answer
   */
  interface Visitor<R> extends LeafVisitor<R> {
    /**
     * Visits a node met when every part is met.
     *
     * @param node  the node, not null
     * @return the answer
     */
    R visitAllOf(AllOf node);

    /**
     * Visits a node met when at least one part is met.
     *
     * @param node  the node, not null
     * @return the answer
     */
    R visitAnyOf(AnyOf node);

    /**
     * Visits a node met when at least {@code count} parts are met.
     *
     * @param node  the node, not null
     * @return the answer
     */
    R visitAtLeast(AtLeast node);
  }

  private static void checkProse(Optional<String> prose, String entity) {
    Problems.of(entity).text(prose, "prose").check();
  }

  /**
   * A requirement met when every part is met.
   *
   * @param parts the parts, not empty
   * @param prose the prose, empty to generate the description
   */
  record AllOf(List<Requirement> parts, Optional<String> prose) implements Requirement {
    /**
     * Creates an instance after checking it.
     *
     * @param parts the parts, not empty
     * @param prose the prose, empty to generate the description
     */
    public AllOf {
      Objects.requireNonNull(parts, "parts");
      Objects.requireNonNull(prose, "prose");
      parts = List.copyOf(parts);
      Checks.notEmpty(parts, "requirement allOf", "parts", "must have at least one part");
      checkProse(prose, "requirement allOf");
    }

    @Override
    public List<Requirement> children() {
      return parts;
    }

    @Override
    public AllOf withProse(String prose) {
      return new AllOf(parts, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public Stream<Leaf> leaves() {
      return parts.stream().flatMap(Requirement::leaves);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAllOf(this);
    }

  }

  /**
   * A requirement met when at least one part is met.
   *
   * @param parts the parts, not empty
   * @param prose the prose, empty to generate the description
   */
  record AnyOf(List<Requirement> parts, Optional<String> prose) implements Requirement {
    /**
     * Creates an instance after checking it.
     *
     * @param parts the parts, not empty
     * @param prose the prose, empty to generate the description
     */
    public AnyOf {
      Objects.requireNonNull(parts, "parts");
      Objects.requireNonNull(prose, "prose");
      parts = List.copyOf(parts);
      Checks.notEmpty(parts, "requirement anyOf", "parts", "must have at least one part");
      checkProse(prose, "requirement anyOf");
    }

    @Override
    public List<Requirement> children() {
      return parts;
    }

    @Override
    public AnyOf withProse(String prose) {
      return new AnyOf(parts, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public Stream<Leaf> leaves() {
      return parts.stream().flatMap(Requirement::leaves);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAnyOf(this);
    }

  }

  /**
   * A requirement met when at least {@code count} of its parts are met.
   *
   * @param count the number of parts needed, from 1 to the number of parts
   * @param parts the parts, not empty
   * @param prose the prose, empty to generate the description
   */
  record AtLeast(int count, List<Requirement> parts, Optional<String> prose) implements Requirement {
    /**
     * Creates an instance after checking it.
     *
     * @param count the number of parts needed, from 1 to the number of parts
     * @param parts the parts, not empty
     * @param prose the prose, empty to generate the description
     */
    public AtLeast {
      Objects.requireNonNull(parts, "parts");
      Objects.requireNonNull(prose, "prose");
      parts = List.copyOf(parts);
      Problems.of("requirement atLeast")
          .notEmpty(parts, "parts", "must have at least one part")
          .require(count >= 1 && count <= parts.size(), ErrorCode.INVALID_VALUE, "count",
              "must be from 1 to the number of parts, " + parts.size(), count)
          .text(prose, "prose")
          .check();
    }

    @Override
    public List<Requirement> children() {
      return parts;
    }

    @Override
    public AtLeast withProse(String prose) {
      return new AtLeast(count, parts, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public Stream<Leaf> leaves() {
      return parts.stream().flatMap(Requirement::leaves);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitAtLeast(this);
    }

  }

  /**
   * A requirement met by holding a credential.
   *
   * @param credential the credential
   * @param prose the prose, empty to generate the description
   */
  record HoldsCredential(CredentialId credential, Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param credential the credential
     * @param prose the prose, empty to generate the description
     */
    public HoldsCredential {
      Objects.requireNonNull(credential, "credential");
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement holdsCredential " + credential);
    }

    @Override
    public HoldsCredential withProse(String prose) {
      return new HoldsCredential(credential, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitHoldsCredential(this);
    }

  }

  /**
   * A requirement met by having completed a program of a level, optionally in a field and
   * accredited by an accreditor. Without field and accreditor it is a generic degree requirement, met
   * by a degree of the level or a higher one (a master's degree meets "a baccalaureate degree"); with
   * a field or an accreditor it names a program, met only by a program of exactly that level, field
   * and accreditor, as eligibility rules name the levels they accept explicitly.
   *
   * @param level the level
   * @param field the field, empty for any field
   * @param accreditor the accreditor, empty for any program
   * @param prose the prose, empty to generate the description
   */
  record CompletedProgram(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
      Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param level the level
     * @param field the field, empty for any field
     * @param accreditor the accreditor, empty for any program
     * @param prose the prose, empty to generate the description
     */
    public CompletedProgram {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(accreditor, "accreditor");
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement completedProgram");
    }

    @Override
    public CompletedProgram withProse(String prose) {
      return new CompletedProgram(level, field, accreditor, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitCompletedProgram(this);
    }

  }

  /**
   * A requirement met by being enrolled in the final term of a program (early testing), or by having
   * finished its course work.
   *
   * @param level the level
   * @param field the field, empty for any field
   * @param accreditor the accreditor, empty for any program
   * @param prose the prose, empty to generate the description
   */
  record FinalTermEnrollment(DegreeLevel level, Optional<ProgramField> field, Optional<OrganizationId> accreditor,
      Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param level the level
     * @param field the field, empty for any field
     * @param accreditor the accreditor, empty for any program
     * @param prose the prose, empty to generate the description
     */
    public FinalTermEnrollment {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(accreditor, "accreditor");
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement finalTermEnrollment");
    }

    @Override
    public FinalTermEnrollment withProse(String prose) {
      return new FinalTermEnrollment(level, field, accreditor, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitFinalTermEnrollment(this);
    }

  }

  /**
   * A requirement met by months of experience in a domain.
   *
   * @param domain the domain
   * @param months the number of months, from 1 to 600
   * @param prose the prose, empty to generate the description
   */
  record Experience(ExperienceDomain domain, int months, Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param domain the domain
     * @param months the number of months, from 1 to 600
     * @param prose the prose, empty to generate the description
     */
    public Experience {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(prose, "prose");
      Problems p = Problems.of("requirement experience");
      p.require(months >= 1 && months <= 600, ErrorCode.INVALID_VALUE, "months", "must be from 1 to 600", months);
      p.text(prose, "prose");
      p.check();
    }

    @Override
    public Experience withProse(String prose) {
      return new Experience(domain, months, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitExperience(this);
    }

  }

  /**
   * A requirement met by a high-school diploma or its equivalent (GED).
   *
   * @param prose the prose, empty to generate the description
   */
  record HighSchoolDiploma(Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param prose the prose, empty to generate the description
     */
    public HighSchoolDiploma {
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement highSchoolDiploma");
    }

    @Override
    public HighSchoolDiploma withProse(String prose) {
      return new HighSchoolDiploma(Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitHighSchoolDiploma(this);
    }

  }

  /**
   * A requirement met by graduating from a program approved by a foreign association with which an
   * organization has a reciprocity agreement.
   *
   * @param agreementWith the organization party to the agreements
   * @param prose the prose, empty to generate the description
   */
  record ForeignReciprocity(OrganizationId agreementWith, Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param agreementWith the organization party to the agreements
     * @param prose the prose, empty to generate the description
     */
    public ForeignReciprocity {
      Objects.requireNonNull(agreementWith, "agreementWith");
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement foreignReciprocity");
    }

    @Override
    public ForeignReciprocity withProse(String prose) {
      return new ForeignReciprocity(agreementWith, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitForeignReciprocity(this);
    }

  }

  /**
   * A requirement met by completing a named training.
   *
   * @param code a short code for the training, not blank
   * @param description the training in plain words, not blank
   * @param prose the prose, empty to use the description
   */
  record CompletedTraining(String code, String description, Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param code a short code for the training, not blank
     * @param description the training in plain words, not blank
     * @param prose the prose, empty to use the description
     */
    public CompletedTraining {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(prose, "prose");
      Problems.ofCode("requirement completedTraining", code)
          .code(code, "code")
          .text(description, "description")
          .text(prose, "prose")
          .check();
    }

    @Override
    public CompletedTraining withProse(String prose) {
      return new CompletedTraining(code, description, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitCompletedTraining(this);
    }

  }

  /**
   * A requirement met by holding any credential that attests to a domain and is issued by an
   * organization other than the one named.
   *
   * @param domain the domain the credential attests to
   * @param otherThan the issuer whose credentials do not count
   * @param prose the prose, empty to generate the description
   */
  record HoldsCredentialInDomain(CredentialDomain domain, OrganizationId otherThan, Optional<String> prose)
      implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param domain the domain the credential attests to
     * @param otherThan the issuer whose credentials do not count
     * @param prose the prose, empty to generate the description
     */
    public HoldsCredentialInDomain {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(otherThan, "otherThan");
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement holdsCredentialInDomain");
    }

    @Override
    public HoldsCredentialInDomain withProse(String prose) {
      return new HoldsCredentialInDomain(domain, otherThan, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitHoldsCredentialInDomain(this);
    }

  }

  /**
   * A requirement met by a completed degree of a level or a higher one, in any field, or by the
   * equivalent number of college credits: "an Associate’s degree or the equivalent (60 college
   * credits)". The credits are the college-level credits the learner has earned, those of a certificate
   * program included.
   *
   * @param level the degree's level, above {@link DegreeLevel#HIGH_SCHOOL}
   * @param credits the college credits that count as the equivalent, from 1 to 500
   * @param prose the prose, empty to generate the description
   */
  record DegreeOrCollegeCredits(DegreeLevel level, int credits, Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param level the degree's level, above {@link DegreeLevel#HIGH_SCHOOL}
     * @param credits the college credits that count as the equivalent, from 1 to 500
     * @param prose the prose, empty to generate the description
     * @throws HimValidationException if the level is a high-school diploma or the credits are out of range
     */
    public DegreeOrCollegeCredits {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(prose, "prose");
      Problems.of("requirement degreeOrCollegeCredits")
          .require(level != DegreeLevel.HIGH_SCHOOL, ErrorCode.INVALID_VALUE, "level",
              "must be a postsecondary level (college credits are not the equivalent of a high-school diploma)", level)
          .require(credits >= 1 && credits <= 500, ErrorCode.INVALID_VALUE, "credits", "must be from 1 to 500", credits)
          .text(prose, "prose")
          .check();
    }

    @Override
    public DegreeOrCollegeCredits withProse(String prose) {
      return new DegreeOrCollegeCredits(level, credits, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitDegreeOrCollegeCredits(this);
    }

  }

  /**
   * A requirement met by a number of credit hours of named coursework, such as "two semesters (six
   * total credit hours) in Human Anatomy and Human Physiology". The conditions the source sets on the
   * coursework (such as a minimum grade) belong in the prose; a learner counts only the credit hours
   * that meet them.
   *
   * @param code a short code for the coursework, not blank
   * @param subject the subject in plain words, not blank
   * @param creditHours the credit hours required, from 1 to 500
   * @param prose the prose, empty to generate the description
   */
  record CompletedCoursework(String code, String subject, int creditHours, Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param code a short code for the coursework, not blank
     * @param subject the subject in plain words, not blank
     * @param creditHours the credit hours required, from 1 to 500
     * @param prose the prose, empty to generate the description
     * @throws HimValidationException if a text is blank or the credit hours are out of range
     */
    public CompletedCoursework {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(prose, "prose");
      Problems.ofCode("requirement completedCoursework", code)
          .code(code, "code")
          .text(subject, "subject")
          .require(creditHours >= 1 && creditHours <= 500, ErrorCode.INVALID_VALUE, "creditHours",
              "must be from 1 to 500", creditHours)
          .text(prose, "prose")
          .check();
    }

    @Override
    public CompletedCoursework withProse(String prose) {
      return new CompletedCoursework(code, subject, creditHours, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitCompletedCoursework(this);
    }

  }

  /**
   * A requirement met by a number of hours of experience in a domain, or, where the source equates the
   * hours with a length of full-time work ("1,950 hours (equal to one year full-time)"), by that many
   * months of full-time experience. Hours and months are not added together.
   *
   * @param domain the domain
   * @param hours the hours, from 1 to 100,000
   * @param fullTimeMonths the months of full-time experience the source equates with the hours, from 1 to
   *     600; empty if the source states none
   * @param prose the prose, empty to generate the description
   */
  record ExperienceHours(ExperienceDomain domain, int hours, OptionalInt fullTimeMonths, Optional<String> prose)
      implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param domain the domain
     * @param hours the hours, from 1 to 100,000
     * @param fullTimeMonths the months of full-time experience equated with the hours, from 1 to 600, or empty
     * @param prose the prose, empty to generate the description
     * @throws HimValidationException if a number is out of range
     */
    public ExperienceHours {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(fullTimeMonths, "fullTimeMonths");
      Objects.requireNonNull(prose, "prose");
      Problems p = Problems.of("requirement experienceHours")
          .require(hours >= 1 && hours <= 100_000, ErrorCode.INVALID_VALUE, "hours", "must be from 1 to 100000", hours);
      if (fullTimeMonths.isPresent()) {
        int months = fullTimeMonths.getAsInt();
        p.require(months >= 1 && months <= 600, ErrorCode.INVALID_VALUE, "fullTimeMonths", "must be from 1 to 600",
            months);
      }
      p.text(prose, "prose").check();
    }

    @Override
    public ExperienceHours withProse(String prose) {
      return new ExperienceHours(domain, hours, fullTimeMonths, Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitExperienceHours(this);
    }

  }

  /**
   * A requirement that everyone meets, for an exam open to anyone.
   *
   * @param prose the prose, empty to generate the description
   */
  record NoPrerequisite(Optional<String> prose) implements Leaf {
    /**
     * Creates an instance after checking it.
     *
     * @param prose the prose, empty to generate the description
     */
    public NoPrerequisite {
      Objects.requireNonNull(prose, "prose");
      checkProse(prose, "requirement noPrerequisite");
    }

    @Override
    public NoPrerequisite withProse(String prose) {
      return new NoPrerequisite(Optional.of(Objects.requireNonNull(prose, "prose")));
    }

    @Override
    public <R> R accept(LeafVisitor<R> visitor) {
      return visitor.visitNoPrerequisite(this);
    }

  }
}
