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
 * duration, and {@link org.himkit.pathway.Mermaid} draws a plan or the whole credential graph.
 *
 * <pre>{@code
 * Eligibility eligibility = Eligibility.of(HimCatalog.builtIn());
 * LearnerProfile learner = LearnerProfile.builder().highSchoolDiploma(true).build();
 * EligibilityResult cca = eligibility.check(learner, CredentialId.of("CCA"), LocalDate.of(2026, 11, 24));
 * PathwayPlan plan = PathwayPlanner.of(HimCatalog.builtIn())
 *     .plan(learner, Target.role(RoleId.of("health-information-manager")), LocalDate.of(2026, 11, 24));
 * }</pre>
 */
@HimStyle
@NullMarked
package org.himkit.pathway;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
