package org.himkit.renewal;

/**
 * What counted toward one cycle, in primitive form: the CEUs in hundredths toward the total and toward
 * each content rule and each credential content rule, and for each mandatory activity the activities per cycle year. Filled by the
 * {@link CreditLedger}, read by the {@link RequirementJudge}.
 *
 * <p>This class is mutable and confined to one cycle of one assessment.
 */
final class Tally {
  private static final int[][] NO_COUNTS = new int[0][];
  private static final long[] NO_LONGS = new long[0];

  long total;
  final long[] content;
  final long[] credentialContent;
  final int[][] mandatoryCounts;

  Tally(CycleRules rules) {
    this.content = new long[rules.contentRules.length];
    this.credentialContent = rules.credentialRules.length == 0 ? NO_LONGS : new long[rules.credentialRules.length];
    this.mandatoryCounts = rules.mandatory.length == 0 ? NO_COUNTS : new int[rules.mandatory.length][rules.years.count()];
  }
}
