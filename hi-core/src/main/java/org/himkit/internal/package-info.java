/** Implementation helpers of HIM Kit. Not exported: nothing here is part of the public API. */
@NullMarked
package org.himkit.internal;

import org.jspecify.annotations.NullMarked;
