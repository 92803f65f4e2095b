/**
 * A small career portal built on HIM Kit's Spring Boot starter: the career explorer, the program finder, the
 * eligibility advisor and the CE tracker, and a JSON API behind the same answers. Every page is driven by the
 * public API of HIM Kit only; the answers' words come from {@link org.himkit.text.HimText}.
 */
@NullMarked
package org.himkit.portal;

import org.jspecify.annotations.NullMarked;
