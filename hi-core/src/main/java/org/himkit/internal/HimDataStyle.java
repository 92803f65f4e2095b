package org.himkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.himkit.HimValidationException;
import org.immutables.value.Value;

/**
 * The Immutables style of the value types that the built-in catalog's first call builds and that hold enum
 * sets or maps ({@code Organization}, {@code Credential}, {@code RenewalPolicy}): {@link HimStyle}'s, with
 * the collections of the JDK instead of Guava's in the generated code.
 *
 * <p>The public shape is the same (attributes are declared {@code List}, {@code Set} and {@code Map}, in the
 * same order, with the same builder methods); only the generated implementation differs. Guava's enum set and
 * map ({@code Sets.immutableEnumSet}, {@code Maps.immutableEnumMap}) brought some 20 Guava classes, among them
 * {@code Maps} (51 KB), {@code Sets} and {@code Iterables}, into every start-up for these three types alone.
 *
 * <p>A first renewal answer builds {@code CredentialHolding} and {@code RenewalAssessment}, which use it too, and
 * {@code CeActivity}, whose {@link HimActivityStyle} is this one with its derived attributes in final fields: no Guava
 * class is loaded on the way to it. ({@code HolderRecord} keeps {@link HimStyle}: Guava's map
 * builder rejects a key given twice, the JDK's would keep the last.)
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
    // no copy methods (withX, copyOf) on the package-private generated classes: the JVM verifies every method of a
    // class when it links it, and the built-in catalog's first call and a first renewal answer use none (start-up)
    defaults = @Value.Immutable(copy = false))
public @interface HimDataStyle {}
