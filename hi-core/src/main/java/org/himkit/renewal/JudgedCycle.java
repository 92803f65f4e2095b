package org.himkit.renewal;

/**
 * One cycle as the walk judged it, in primitive form: the cycle, its credentials and rules, what counted
 * and its verdict (with the lapse rule and grace period it was judged with). The
 * {@link AssessmentWriter} turns it into typed answers when they are asked for. Built only for a cycle an
 * answer reports.
 *
 * @param index  the cycle's position in the walk, from 0
 * @param cycle  the cycle
 * @param version  the version governing it
 * @param shortFirst  whether it is a first, short cycle before the first boundary
 * @param startDay  its first day, as an epoch day
 * @param endDay  its last day, as an epoch day
 * @param credentials  the credentials the requirement is for, and the total
 * @param tally  what counted, against the rules it was judged by ({@link Tally#rules})
 * @param verdict  its status on the assessment date
 */
record JudgedCycle(int index, RenewalCycle cycle, VersionPlan version, boolean shortFirst, long startDay,
    long endDay, CycleCredentials credentials, Tally tally, LapseTimeline.Verdict verdict) {

  /** The requirements laid out, as the cycle was judged by them. */
  CycleRules rules() {
    return tally.rules;
  }
}
