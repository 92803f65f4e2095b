/**
 * HIM Kit's benchmarks (JMH) and their workloads: renewal side by side with what users would write
 * instead ({@link org.himkit.bench.alt}), catalog cold start, queries, eligibility and planning. Run them
 * with {@link org.himkit.bench.BenchMain}; {@code BENCHMARKS.md} at the repository root has the command and
 * the results.
 */
@NullMarked
package org.himkit.bench;

import org.jspecify.annotations.NullMarked;
