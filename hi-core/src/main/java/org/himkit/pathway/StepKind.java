package org.himkit.pathway;

/**
 * The kinds of {@link Step} of a pathway.
 */
public enum StepKind {
  /** Complete an education program, or earn a high-school diploma. */
  COMPLETE_PROGRAM,
  /** Gain months of experience in a domain. */
  GAIN_EXPERIENCE,
  /** Earn a credential: pass its exam, or have an apprentice designation removed. */
  EARN_CREDENTIAL,
  /** Complete a named training. */
  COMPLETE_TRAINING,
  /** Earn college credits. */
  EARN_COLLEGE_CREDITS,
  /** Complete credit hours of named coursework. */
  COMPLETE_COURSEWORK,
  /** Gain hours of experience in a domain. */
  GAIN_EXPERIENCE_HOURS;
}
