package org.himkit.pathway;

/**
 * How far a learner is through an education program.
 */
public enum EducationStatus {
  /** Enrolled, before the last term of study. */
  IN_PROGRESS,
  /** Enrolled and in the last term of study: AHIMA's early testing counts it for RHIT and RHIA. */
  FINAL_TERM,
  /** Course work finished but not yet graduated: early testing counts it too. */
  COURSEWORK_FINISHED,
  /** Completed: the degree, diploma or certificate is awarded. */
  COMPLETED;
}
