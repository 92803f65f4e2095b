package org.himkit.catalog;

/** What a known omission is about, so that an application can find the ones that matter to a question. */
public enum OmissionTopic {
  /** Who may sit for an exam. */
  ELIGIBILITY,
  /** How a credential is kept: CEUs, cycles, content, lapse. */
  RENEWAL,
  /** Credentials themselves: which exist, their names and history. */
  CREDENTIALS,
  /** Organizations: their names, dates and recognition. */
  ORGANIZATIONS,
  /** Education programs and their accreditation. */
  PROGRAMS,
  /** Roles, job titles and occupations. */
  ROLES,
  /** Wage, employment and outlook figures. */
  LABOR_FIGURES,
  /** Fees, exam logistics and other figures of the issuers. */
  FEES_AND_EXAMS
}
