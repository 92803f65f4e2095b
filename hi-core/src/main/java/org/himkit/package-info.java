/**
 * The vocabulary of the Health Information Management profession: organizations, credentials,
 * degree levels, program types and offerings, roles, work settings, occupations with their wage
 * and outlook figures, requirement trees and citations.
 *
 * <p>Every type here is an immutable, validated value. Absent values are {@link java.util.Optional},
 * never null; collections are unmodifiable and keep the order in which they were given.
 */
@HimStyle
@NullMarked
package org.himkit;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
