/**
 * Keeping a credential: the instance layer over the renewal policies of {@code org.himkit.policy}.
 *
 * <p>A holder's {@link org.himkit.renewal.CredentialHolding}s and
 * {@link org.himkit.renewal.CeActivity}s go into a {@link org.himkit.renewal.RenewalEvaluator}, which
 * answers in typed values. The questions it answers:
 * <ul>
 *   <li>{@link org.himkit.renewal.RenewalEvaluator#assess(java.util.Collection, java.util.Collection,
 *       java.time.LocalDate) assess} and {@link org.himkit.renewal.RenewalEvaluator#history(
 *       java.util.Collection, java.util.Collection, java.time.LocalDate) history}: a
 *       {@link org.himkit.renewal.RenewalResult} with one {@link org.himkit.renewal.RenewalAssessment} per
 *       issuer (or per issuer and cycle): required against earned CEUs overall and per rule
 *       ({@link org.himkit.renewal.RequirementProgress}), each {@link org.himkit.renewal.Shortfall}, what
 *       every activity did or did not count for and why ({@link org.himkit.renewal.ActivityOutcome}), the
 *       {@link org.himkit.renewal.KeyDate}s, the {@link org.himkit.renewal.Note}s and the derived
 *       {@link org.himkit.renewal.RenewalStatus}; and the credentials it could not assess, with reasons;</li>
 *   <li>the same for a {@link org.himkit.renewal.HolderRecord}, which may say where a tracker's records
 *       begin or through which cycle the holder was in good standing: without such a statement the ledger
 *       is taken as complete;</li>
 *   <li>{@link org.himkit.renewal.RenewalEvaluator#standings(java.util.List, java.time.LocalDate)
 *       standings}: the status-only path for many holders ({@link org.himkit.renewal.RenewalStanding});</li>
 *   <li>{@link org.himkit.renewal.RenewalEvaluator#cycleRequirements cycleRequirements}: the CEUs a set of
 *       credentials needs in a cycle starting on a day, every rule applied
 *       ({@link org.himkit.renewal.CycleRequirement}).</li>
 * </ul>
 * Sentences come from {@link org.himkit.text.HimText}, only when asked. Nothing here is stored state: the
 * status is computed from the holdings, the activities and the date asked about.
 */
@HimStyle
@NullMarked
package org.himkit.renewal;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
