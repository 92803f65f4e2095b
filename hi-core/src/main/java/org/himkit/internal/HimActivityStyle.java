package org.himkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.himkit.HimValidationException;
import org.immutables.value.Value;

/**
 * The Immutables style of {@code CeActivity}: {@link HimDataStyle}'s, with its derived attributes worked out
 * in the constructor, in the order declared, into final fields read as plain fields.
 *
 * <p>Without {@code unsafeDefaultAndDerived}, a type with more than one derived attribute is built through an
 * initialisation shim kept in a volatile field, which every read of a derived attribute reads first (as every
 * read of a lazy one reads a volatile bitmap): the evaluator reads an activity's day, id hash, marks and amount
 * for every activity of every assessment, and a volatile read is a fence the compiler does not move loads across.
 * The derived attributes of {@code CeActivity} read only its abstract attributes, never one another, so their order
 * does not matter.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "responsibility:responsibilities", "ceus:ceus", "hours:hours"},
    throwForInvalidImmutableState = HimValidationException.class,
    jdkOnly = true,
    // no copy methods, as HimDataStyle (start-up); a copy made through the builder works the derived attributes out anew
    defaults = @Value.Immutable(copy = false),
    unsafeDefaultAndDerived = true)
public @interface HimActivityStyle {}
