package org.himkit.pathway;

/**
 * What a learner lacks to meet one leaf of a requirement tree.
 *
 * <p>The kind says what is missing; the {@link Unmet.Condition} that carries it holds the leaf and the
 * amounts: the learner's program concerned, the months of experience the learner has, the college
 * credits, credit hours or hours of experience the learner has.
 */
public enum UnmetKind {
  /** A credential: the one the leaf names, or one of its domain from another issuer. */
  CREDENTIAL,
  /** A program of the level, field and accreditor the leaf names: the learner has none like it. */
  PROGRAM,
  /**
   * The accreditation of a program: the learner's program has the level and field named, but not the
   * accreditor.
   */
  ACCREDITATION,
  /** The completion of a program: the learner's program is the one named, not completed on the date. */
  COMPLETION,
  /** The final term of a program: the learner's program is the one named, not yet in its last term. */
  FINAL_TERM,
  /** Months of experience in a domain: the learner has fewer than the leaf names. */
  EXPERIENCE,
  /** A high-school diploma or its equivalent. */
  HIGH_SCHOOL_DIPLOMA,
  /** A named training. */
  TRAINING,
  /** Graduation from a program approved under a foreign reciprocity agreement. */
  RECIPROCITY,
  /**
   * A degree of the level named or the equivalent college credits: the learner has neither; the
   * condition carries the credits the learner has.
   */
  COLLEGE_CREDITS,
  /** Credit hours of named coursework: the learner has fewer than the leaf names; the condition carries them. */
  COURSEWORK,
  /**
   * Hours of experience in a domain (or the months of full-time experience equated with them): the
   * learner has fewer; the condition carries the hours and, where the leaf states a full-time
   * equivalent, the months the learner has.
   */
  EXPERIENCE_HOURS;
}
