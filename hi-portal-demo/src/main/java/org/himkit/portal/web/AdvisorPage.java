package org.himkit.portal.web;

import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.DegreeLevel;
import org.himkit.OrganizationId;
import org.himkit.Role;
import org.himkit.catalog.KnownOmission;
import org.himkit.pathway.EligibilityStatus;

/**
 * The eligibility advisor: the learner's form, and once it is valid, the answer per credential and the best
 * pathway to the goal.
 *
 * @param form  the form as given, with a message per wrong field
 * @param options  the choices the form offers
 * @param answer  the answer, empty until a valid form is sent
 */
public record AdvisorPage(Form form, Options options, Optional<Answer> answer) {

  /** The number of education rows of the form. */
  public static final int EDUCATION_ROWS = 2;

  /** The number of credential rows of the form. */
  public static final int CREDENTIAL_ROWS = 3;

  /**
   * The choices the form offers, from the catalog.
   *
   * @param levels  the degree levels
   * @param accreditors  the program accreditors named by eligibility rules
   * @param credentials  the credentials a learner may hold
   * @param roles  the roles a learner may aim for
   * @param goals  the credentials a learner may aim for
   * @param coursework  the named coursework eligibility rules count, code and subject
   * @param trainings  the trainings eligibility rules name, code and description
   * @param reciprocity  the organizations with foreign reciprocity agreements
   */
  public record Options(List<DegreeLevel> levels, List<OrganizationId> accreditors, List<Credential> credentials,
      List<Role> roles, List<Credential> goals, List<Named> coursework, List<Named> trainings,
      List<OrganizationId> reciprocity) {}

  /**
   * A code with the words that name it.
   *
   * @param code  the code
   * @param name  the words
   */
  public record Named(String code, String name) {}

  /**
   * The advice for a valid form.
   *
   * @param credentials  the answer per credential
   * @param reachableRoles  the roles whose typical entry the learner meets
   * @param goal  the goal in words
   * @param pathway  the best pathway's steps in words, empty if the goal cannot be reached or is reached
   * @param duration  how long the best pathway takes, in words
   * @param reachable  whether the goal can be reached
   * @param alreadyThere  whether the learner is already there
   * @param obstacles  why the goal cannot be reached, in words
   * @param alternatives  how many other pathways the planner found
   * @param diagram  the best pathway drawn, if there is one
   * @param mermaid  the plan as a Mermaid flowchart
   */
  public record Answer(List<CredentialAnswer> credentials, List<Role> reachableRoles, String goal, List<String> pathway,
      String duration, boolean reachable, boolean alreadyThere, List<String> obstacles, int alternatives,
      Optional<FlowDiagram> diagram, String mermaid) {}

  /**
   * The answer for one credential.
   *
   * @param credential  the credential
   * @param status  the answer
   * @param statusWords  the answer in words
   * @param routesMet  the routes the learner meets, in words
   * @param missing  what the learner still needs, one line each, empty if eligible
   * @param omissions  the known omissions behind an unknown answer
   */
  public record CredentialAnswer(Credential credential, EligibilityStatus status, String statusWords,
      List<String> routesMet, List<String> missing, List<KnownOmission> omissions) {

    /**
     * Returns the style class of the status.
     *
     * @return {@code status-eligible}, {@code status-not_eligible} or {@code status-unknown}
     */
    public String css() {
      return "status-" + status.name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
