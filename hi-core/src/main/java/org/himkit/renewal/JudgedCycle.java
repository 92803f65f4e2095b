package org.himkit.renewal;

/**
 * One cycle as the walk judged it, in primitive form: the cycle, its credentials and rules, what counted
 * and its verdict (with the lapse rule and grace period it was judged with). The
 * {@link AssessmentWriter} turns it into typed answers when they are asked for.
 *
 * @param cycle  the cycle
 * @param credentials  the credentials the requirement is for, and the total
 * @param rules  the requirements laid out
 * @param tally  what counted
 * @param verdict  its status on the assessment date
 */
record JudgedCycle(CycleCalendar.PlannedCycle cycle, CycleCredentials credentials, CycleRules rules, Tally tally,
    LapseTimeline.Verdict verdict) {

  RenewalCycle renewalCycle() {
    return cycle.cycle();
  }
}
