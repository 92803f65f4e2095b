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
  MEAN_HOURLY,
  /** The annual wage below which 10 percent of workers earn (the 10th percentile). */
  PERCENTILE_10_ANNUAL,
  /** The annual wage below which 25 percent of workers earn (the 25th percentile). */
  PERCENTILE_25_ANNUAL,
  /** The annual wage below which 75 percent of workers earn (the 75th percentile). */
  PERCENTILE_75_ANNUAL,
  /** The annual wage below which 90 percent of workers earn (the 90th percentile). */
  PERCENTILE_90_ANNUAL;
}
