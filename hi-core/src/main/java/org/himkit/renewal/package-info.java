/**
 * Keeping a credential: the instance layer over the renewal policies of {@code org.himkit.policy}.
 *
 * <p>A holder's {@link org.himkit.renewal.CredentialHolding}s and
 * {@link org.himkit.renewal.CeActivity}s go into a {@link org.himkit.renewal.RenewalEvaluator}, which
 * returns one {@link org.himkit.renewal.RenewalAssessment} per issuer: the cycle in force, required
 * against earned CEUs overall and per rule, each shortfall in plain words, what every activity did or
 * did not count for and why, and the derived {@link org.himkit.renewal.RenewalStatus}. Nothing here is
 * stored state: the status is computed from the holdings, the activities and the date asked about.
 */
@HimStyle
@NullMarked
package org.himkit.renewal;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
