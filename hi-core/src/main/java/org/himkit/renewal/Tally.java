package org.himkit.renewal;

import java.util.Arrays;

/**
 * What counted toward one cycle, in primitive form: the CEUs in hundredths toward the total and toward
 * each content rule and each credential content rule, and for each mandatory activity the activities per cycle year. Filled by the
 * {@link CreditLedger}, read by the {@link RequirementJudge}, against the rules it was laid out for
 * ({@link #rules}).
 *
 * <p>The arrays may be longer than the rules need: a status-only walk keeps one tally for all the cycles
 * of a call (or of a batch) and {@linkplain #reset resets} it for each, so that a cycle allocates nothing;
 * only the first {@code rules.contentRules.length} (and so on) entries count.
 *
 * <p>This class is mutable and confined to one cycle of one assessment, or to the cycles of one
 * status-only call taken one after the other.
 */
final class Tally {
  private static final int[][] NO_COUNTS = new int[0][];
  private static final long[] NO_LONGS = new long[0];

  /** The rules the tally is for. */
  CycleRules rules;
  long total;
  long[] content;
  long[] credentialContent;
  int[][] mandatoryCounts;
  /**
   * Whether the tally counts the cycle's grace period: the cycle ended unmet and its grace period's activities
   * were credited to it ({@link CreditLedger#extendIntoGrace}), against rules laid out to the grace period's end.
   */
  boolean graceCounted;

  /** An empty tally for no rules, to be {@linkplain #reset reset} to a cycle's. */
  Tally() {
    this.rules = CycleRules.NO_RULES;
    this.content = NO_LONGS;
    this.credentialContent = NO_LONGS;
    this.mandatoryCounts = NO_COUNTS;
  }

  Tally(CycleRules rules) {
    this.rules = rules;
    this.content = new long[rules.contentRules.length];
    this.credentialContent = rules.credentialRules.length == 0 ? NO_LONGS : new long[rules.credentialRules.length];
    this.mandatoryCounts = rules.mandatory.length == 0 ? NO_COUNTS : new int[rules.mandatory.length][rules.years.count()];
  }

  /**
   * Empties the tally for another cycle's rules, reusing its arrays where they are long enough.
   *
   * @param next  the rules of the cycle to tally
   * @return this tally
   */
  Tally reset(CycleRules next) {
    rules = next;
    total = 0;
    graceCounted = false;
    content = cleared(content, next.contentRules.length);
    credentialContent = cleared(credentialContent, next.credentialRules.length);
    int years = next.years.count();
    if (mandatoryCounts.length < next.mandatory.length) {
      mandatoryCounts = new int[next.mandatory.length][years];
    }
    for (int m = 0; m < next.mandatory.length; m++) {
      if (mandatoryCounts[m].length < years) {
        mandatoryCounts[m] = new int[years];
      } else {
        Arrays.fill(mandatoryCounts[m], 0, years, 0);
      }
    }
    return this;
  }

  private static long[] cleared(long[] a, int length) {
    if (a.length < length) {
      return new long[length];
    }
    for (int i = 0; i < length; i++) { // one or two entries: a loop, not a call to Arrays.fill
      a[i] = 0;
    }
    return a;
  }
}
