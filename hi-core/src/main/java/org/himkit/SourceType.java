package org.himkit;

/**
 * The standing of a source.
 */
public enum SourceType {
  /** The issuing or publishing body's own publication. */
  PRIMARY,
  /** A third party restating or copying primary text. */
  SECONDARY,
  /** The career page the project started from, "What Health Information Management Technicians Do". */
  SEED_PAGE;
}
