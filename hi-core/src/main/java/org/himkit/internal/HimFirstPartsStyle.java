package org.himkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.himkit.HimValidationException;
import org.immutables.value.Value;

/**
 * The Immutables style of the value types that the built-in catalog's first call builds by the dozen
 * ({@code Citation}, {@code Organization}, {@code FormerName}, {@code Fee}, {@code Credential}, {@code Exam},
 * {@code Misnomer}): {@link HimDataStyle}'s, with every attribute a parameter of the generated class's static
 * {@code of} factory, and no copy methods ({@code withX}, {@code copyOf}) on the generated, package-private class: the
 * JVM verifies every method of a class when it links it, and the first call used none of them (start-up).
 *
 * <p>The public shape is the same: the abstract type, its public {@code Builder} with the same methods, and the
 * same validation ({@code @Value.Check} runs on values made by the factory as on those a builder makes). The
 * factory is package-private like the generated class; the built-in data reaches it through
 * {@link ValueFactories}, so that the catalog's first call loads none of these types' builders (two classes each,
 * the generated builder and its public subclass).
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
    allParameters = true,
    defaults = @Value.Immutable(copy = false))
public @interface HimFirstPartsStyle {}
