/**
 * Renewal policies: the issuers' rules for keeping a credential, as effective-dated, cited
 * definitions held in the catalog, and {@link org.himkit.policy.Ceus}, the exact amount of
 * continuing education they are measured in.
 */
@HimStyle
@NullMarked
package org.himkit.policy;

import org.himkit.internal.HimStyle;
import org.jspecify.annotations.NullMarked;
