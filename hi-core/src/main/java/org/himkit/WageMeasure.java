package org.himkit;

/**
 * What a wage figure measures.
 */
public enum WageMeasure {
  /** The median annual wage. */
  MEDIAN_ANNUAL,
  /** The median hourly wage. */
  MEDIAN_HOURLY,
  /** The mean annual wage. */
  MEAN_ANNUAL,
  /** The mean hourly wage. */
  MEAN_HOURLY;
}
