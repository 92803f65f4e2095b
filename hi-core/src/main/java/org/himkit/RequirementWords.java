package org.himkit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The generated descriptions of requirements, in English. */
final class RequirementWords implements Requirement.Visitor<String> {
  static final RequirementWords INSTANCE = new RequirementWords();

  private RequirementWords() {}

  private static String join(List<Requirement> parts, String word) {
    return parts.stream().map(Requirement::describe).collect(Collectors.joining(word, "(", ")"));
  }

  private static String withArticle(String words) {
    return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
  }

  private static String programWords(DegreeLevel level, Optional<ProgramField> field,
      Optional<OrganizationId> accreditor) {
    StringBuilder sb = new StringBuilder(level.label());
    field.ifPresent(f -> sb.append(" in ").append(f.label()));
    accreditor.ifPresent(a -> sb.append(" from a program accredited by ").append(a));
    return sb.toString();
  }

  @Override
  public String visitAllOf(Requirement.AllOf node) {
    return node.parts().size() == 1 ? node.parts().get(0).describe() : "all of " + join(node.parts(), "; ");
  }

  @Override
  public String visitAnyOf(Requirement.AnyOf node) {
    return node.parts().size() == 1 ? node.parts().get(0).describe() : "one of " + join(node.parts(), "; or ");
  }

  @Override
  public String visitAtLeast(Requirement.AtLeast node) {
    return "at least " + node.count() + " of " + join(node.parts(), "; ");
  }

  @Override
  public String visitHoldsCredential(Requirement.HoldsCredential leaf) {
    return "the " + leaf.credential() + " credential";
  }

  @Override
  public String visitCompletedProgram(Requirement.CompletedProgram leaf) {
    return withArticle(programWords(leaf.level(), leaf.field(), leaf.accreditor()));
  }

  @Override
  public String visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
    return "enrollment in the final term of " + withArticle(programWords(leaf.level(), leaf.field(), leaf.accreditor()));
  }

  @Override
  public String visitExperience(Requirement.Experience leaf) {
    int months = leaf.months();
    String amount = months % 12 == 0
        ? (months / 12) + (months == 12 ? " year" : " years")
        : months + (months == 1 ? " month" : " months");
    return amount + " of " + leaf.domain().label() + " experience";
  }

  @Override
  public String visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
    return "a high-school diploma or GED";
  }

  @Override
  public String visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
    return "graduation from a program approved by a foreign association with which " + leaf.agreementWith()
        + " has a reciprocity agreement";
  }

  @Override
  public String visitCompletedTraining(Requirement.CompletedTraining leaf) {
    return leaf.description();
  }

  @Override
  public String visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
    String words = leaf.domain().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return "a " + words + " credential from a certifying organization other than " + leaf.otherThan();
  }

  @Override
  public String visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
    return "no prerequisite";
  }
}
