package org.himkit.renewal;

import java.time.LocalDate;
import java.util.Optional;
import org.himkit.policy.LapseRule;

/**
 * One cycle as the walk judged it, in primitive form: the cycle, its credentials and rules, what counted,
 * the grace period it was judged with, the lapse rule applied to it and its verdict. The
 * {@link AssessmentWriter} turns it into typed answers when they are asked for.
 *
 * @param cycle  the cycle
 * @param credentials  the credentials the requirement is for, and the total
 * @param rules  the requirements laid out
 * @param tally  what counted
 * @param graceEnd  the last day of the grace period it was judged with, if any
 * @param lapse  the lapse rule applied to it, if any
 * @param verdict  its status on the assessment date
 * @param recordsBegin  the first day of the ledger's records, if the caller stated one
 * @param statedThrough  the last day of the cycle the caller states good standing through, if any
 */
record JudgedCycle(CycleCalendar.PlannedCycle cycle, CycleCredentials credentials, CycleRules rules, Tally tally,
    Optional<LocalDate> graceEnd, Optional<LapseRule> lapse, LapseTimeline.Verdict verdict,
    Optional<LocalDate> recordsBegin, Optional<LocalDate> statedThrough) {

  RenewalCycle renewalCycle() {
    return cycle.cycle();
  }
}
