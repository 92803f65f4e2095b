package org.himkit.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.himkit.Credential;
import org.himkit.renewal.RenewalStatus;

/**
 * The CE tracker: the credentials held and the activity file, and once both are valid, the status per issuer with
 * its progress chart, why each activity counted or not, and the dates that matter.
 *
 * @param form  the form as given, with a message per wrong field
 * @param credentials  the credentials with a renewal policy, to choose from
 * @param fileProblems  the problems of the activity file, each with its line and column
 * @param answer  the answer, empty until a valid form is sent
 */
public record TrackerPage(Form form, List<Credential> credentials, List<String> fileProblems,
    Optional<Answer> answer) {

  /** The number of credential rows of the form. */
  public static final int CREDENTIAL_ROWS = 3;

  /**
   * The answer for a valid form.
   *
   * @param asOf  the date of the assessment
   * @param activities  how many activities the file held
   * @param issuers  the status per issuer
   * @param notAssessed  the credentials that cannot be assessed, with the reasons in words
   */
  public record Answer(LocalDate asOf, int activities, List<Issuer> issuers, List<String> notAssessed) {}

  /**
   * One issuer's assessment.
   *
   * @param issuer  the issuer's id
   * @param issuerName  the issuer's name
   * @param status  the status
   * @param statusWords  the status in words
   * @param cycle  the cycle in words
   * @param policy  the name of the policy version that governs the cycle
   * @param credentials  the credentials the cycle's requirement covers
   * @param daysLeft  the days left in the cycle
   * @param requirements  each requirement with its amounts in words
   * @param shortfalls  what is missing, in words
   * @param activities  each activity with why it counted or not
   * @param keyDates  the dates that matter
   * @param notes  the notes, in words
   * @param chart  the progress chart
   */
  public record Issuer(String issuer, String issuerName, RenewalStatus status, String statusWords, String cycle,
      String policy, List<String> credentials, long daysLeft, List<Requirement> requirements, List<String> shortfalls,
      List<Activity> activities, List<KeyDate> keyDates, List<String> notes, ProgressChart chart) {

    /**
     * Returns the style class of the status.
     *
     * @return {@code ok}, {@code warn} or {@code bad}
     */
    public String css() {
      return switch (status) {
        case ACTIVE_REQUIREMENTS_MET, RENEWED -> "ok";
        case ACTIVE_ON_TRACK -> "";
        case ACTIVE_AT_RISK, IN_GRACE, NOT_RECORDED -> "warn";
        default -> "bad";
      };
    }
  }

  /**
   * A requirement with its amounts.
   *
   * @param name  the requirement in words
   * @param earned  the amount earned, in words
   * @param required  the amount required, in words
   * @param met  whether it is met
   */
  public record Requirement(String name, String earned, String required, boolean met) {}

  /**
   * An activity and what became of it.
   *
   * @param id  the activity's id
   * @param completed  the day it was completed
   * @param title  its title
   * @param provider  its provider
   * @param counted  whether it counted
   * @param why  why it counted or not, in words
   */
  public record Activity(String id, LocalDate completed, String title, String provider, boolean counted,
      String why) {}

  /**
   * A date that matters.
   *
   * @param number  its number on the chart's timeline
   * @param date  the date
   * @param what  what happens on it, in words
   */
  public record KeyDate(int number, LocalDate date, String what) {}
}
