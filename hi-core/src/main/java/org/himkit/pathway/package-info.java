/**
 * Pathways: who may sit for which exam, and the steps from where a learner stands to a credential
 * or a role.
 *
 * <p>A {@link org.himkit.pathway.LearnerProfile} records what a learner has: education completed or
 * in progress, credentials held, months of experience by domain, a high-school diploma, a foreign
 * reciprocity program, trainings completed. {@link org.himkit.pathway.Eligibility} checks a profile
 * against the eligibility trees of the catalog's credentials (ELIGIBLE, NOT_ELIGIBLE, or UNKNOWN where
 * the catalog has no data) and against the typical entry of its roles.
 * {@link org.himkit.pathway.PathwayPlanner} finds the shortest sequences of
 * {@link org.himkit.pathway.Step}s to a {@link org.himkit.pathway.Target}, ranked by their known
 * duration.
 *
 * <p>The answers are data: an {@link org.himkit.pathway.EligibilityResult} holds the reason for its
 * status, the route met and what is still needed ({@link org.himkit.pathway.Unmet}, alternatives kept as
 * alternatives, each unmet leaf with its {@link org.himkit.pathway.UnmetKind} and amounts); a
 * {@link org.himkit.pathway.PathwayPlan} holds typed steps with their durations and, for a target that
 * cannot be reached, {@link org.himkit.pathway.Obstacle}s. {@link org.himkit.text.HimText} puts them in
 * words and {@link org.himkit.text.Mermaid} draws them.
 *
 * <pre>{@code
 * HimCatalog catalog = HimCatalog.builtIn();
 * Eligibility eligibility = Eligibility.of(catalog);
 * LearnerProfile learner = LearnerProfile.builder().highSchoolDiploma(true).build();
 * EligibilityResult cca = eligibility.check(learner, CredentialId.of("CCA"), LocalDate.of(2026, 11, 24));
 * PathwayPlan plan = PathwayPlanner.of(catalog)
 *     .plan(learner, Target.enters(catalog.getRole(RoleId.of("health-information-manager"))),
 *         LocalDate.of(2026, 11, 24));
 * }</pre>
 */
@HimStyle
@NullMarked
package org.himkit.pathway;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
