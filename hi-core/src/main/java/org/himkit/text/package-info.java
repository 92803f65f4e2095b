/**
 * Words for HIM Kit's answers: the one renderer that turns typed results into sentences.
 *
 * <p>Every answer of the library (a renewal assessment, an eligibility result, a pathway plan) is a
 * typed value that a program can use as it is. {@link org.himkit.text.HimText} turns those values into
 * sentences, only when asked, from messages held in a resource bundle, so that an application can show
 * them in another language without touching the logic. English ships with the library.
 */
@NullMarked
package org.himkit.text;

import org.jspecify.annotations.NullMarked;
