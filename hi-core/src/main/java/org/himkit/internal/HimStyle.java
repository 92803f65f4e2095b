package org.himkit.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.himkit.HimValidationException;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in HIM Kit: generated {@code ImmutableX} classes are
 * package-private and hidden behind the abstract type and its public {@code Builder}; an invalid
 * or incomplete value is rejected with a {@link HimValidationException}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"alias:aliases", "responsibility:responsibilities", "ceus:ceus", "hours:hours"},
    throwForInvalidImmutableState = HimValidationException.class)
public @interface HimStyle {}
