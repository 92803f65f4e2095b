package org.himkit.pathway;

/**
 * Why the planner cannot reach a target, or a route it does not take.
 */
public enum ObstacleKind {
  /** The catalog has no eligibility data for a credential on the way, so no pathway to it can be planned. */
  NO_ELIGIBILITY_DATA,
  /** A credential on the way is retired: its exam is no longer offered. */
  EXAM_NOT_OFFERED,
  /** The catalog records no typical entry for the role. */
  NO_TYPICAL_ENTRY,
  /** A route needs early testing, which counts only for a learner already in the last term. */
  EARLY_TESTING_NOT_PLANNED,
  /** A route needs graduation abroad under a reciprocity agreement, which the planner does not propose. */
  RECIPROCITY_NOT_PLANNED;
}
