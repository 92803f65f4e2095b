/**
 * Spring Boot auto-configuration for HIM Kit: the catalog, the renewal evaluator, eligibility, the
 * pathway planner and the renderer as beans, configured with the {@code himkit.*} properties
 * ({@link org.himkit.spring.HimKitProperties}).
 *
 * <p>Add the starter and inject what you need:
 *
 * <pre>{@code
 * @Controller
 * class AdvisorController {
 *   AdvisorController(Eligibility eligibility, HimText text) { ... }
 * }
 * }</pre>
 *
 * <p>Every bean backs off when the application defines its own of the same type.
 */
@NullMarked
package org.himkit.spring;

import org.jspecify.annotations.NullMarked;
