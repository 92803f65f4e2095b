package org.himkit;

/**
 * A classification scheme for occupations.
 */
public enum CodeScheme {
  /** The US Standard Occupational Classification, published by BLS. */
  SOC,
  /** The O*NET-SOC taxonomy, an extension of SOC with {@code .00} detail codes. */
  ONET_SOC,
  /** The occupation codes of the BLS Employment Projections matrix, which can aggregate SOC codes. */
  BLS_EP;
}
