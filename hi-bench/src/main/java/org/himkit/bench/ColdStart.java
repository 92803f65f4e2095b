package org.himkit.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.himkit.CredentialId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.renewal.CeActivity;
import org.himkit.renewal.CredentialHolding;

/**
 * One cold start, run as a process of its own by {@link ColdStartRunner}: the built-in catalog's first
 * call and a first renewal answer (an RHIT holder with two activities), then one line of figures:
 * {@code builtInMicros firstAnswerMicros heapUsedBytes allocatedBytes loadedClasses cpuMicros builtInCpuMicros
 * firstAnswerCpuMicros status}, where
 * the heap is measured after the answer (no collection forced), the allocation is the main thread's up to
 * the answer and the CPU time the whole process's up to the answer; the last two CPU times are the main thread's
 * (from {@code main}, -1 where Linux's {@code /proc/thread-self/schedstat} is missing). The time from the JVM's start is
 * measured by the runner. With the argument {@code empty} it neither loads the catalog nor answers: what
 * the JVM alone costs.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Runs the cold start.
   *
   * @param args  {@code empty} to measure the JVM alone, else nothing
   */
  public static void main(String[] args) {
    boolean empty = args.length > 0 && args[0].equals("empty");
    long c0 = threadCpuNanos();
    long t0 = System.nanoTime();
    @org.jspecify.annotations.Nullable HimCatalog catalog = empty ? null : HimCatalog.builtIn(); // "empty": what the JVM alone costs
    long t1 = System.nanoTime();
    long c1 = threadCpuNanos();
    Object status = catalog == null ? "none" : firstAnswer(catalog);
    long t2 = System.nanoTime();
    long c2 = threadCpuNanos();
    // the process's CPU time (every thread: JIT, GC, class loading) from launch to the answer, read by hand: through
    // ProcessHandle it spun lambdas and started a thread pool before the line below, some 10 ms of the launch figure
    long cpu = processCpuNanos();
    // the runner takes the time from its launch of this process to this line
    System.out.println("answered");
    System.out.flush();
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    long allocated = allocatedBytes();
    int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    System.out.printf(Locale.ROOT, "%d %d %d %d %d %d %d %d %s%n", (t1 - t0) / 1_000, (t2 - t0) / 1_000, heap, allocated,
        classes, cpu / 1_000, c0 < 0 ? -1 : (c1 - c0) / 1_000, c0 < 0 ? -1 : (c2 - c0) / 1_000, status);
  }

  /**
   * The CPU time of the calling thread so far, from Linux's {@code /proc/thread-self/schedstat} (its first field,
   * in nanoseconds), read with classes the JVM has loaded at start already: {@code java.lang.management} would load
   * some 100 classes and spin lambdas before the measured call. On a loaded machine this is what the call itself
   * costs, whatever the time it spent waiting for a core.
   *
   * @return the nanoseconds, or -1 where the file does not exist
   */
  static long threadCpuNanos() {
    byte[] b = new byte[64];
    int n;
    try (java.io.FileInputStream in = new java.io.FileInputStream("/proc/thread-self/schedstat")) {
      n = in.read(b);
    } catch (java.io.IOException e) {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n && b[i] >= '0' && b[i] <= '9'; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return n > 0 ? v : -1;
  }

  /**
   * The CPU time of every thread of this process so far, from Linux's {@code /proc/self/stat} (its 14th and 15th
   * fields, user and system time in clock ticks of 10 ms, as {@link ProcessHandle.Info#totalCpuDuration()} reads
   * them), read without {@code ProcessHandle}, whose lambdas and thread pool were part of the measured start.
   *
   * @return the nanoseconds, or -1 where the file does not exist
   */
  static long processCpuNanos() {
    byte[] b = new byte[1024];
    int n;
    try (java.io.FileInputStream in = new java.io.FileInputStream("/proc/self/stat")) {
      n = in.read(b);
    } catch (java.io.IOException e) {
      return -1;
    }
    int i = n - 1;
    while (i >= 0 && b[i] != ')') { // the command's name, in parentheses, may hold spaces
      i--;
    }
    if (i < 0) {
      return -1;
    }
    long ticks = 0;
    int field = 2; // the name was the 2nd field
    long value = 0;
    for (i = i + 1; i < n; i++) {
      if (b[i] == ' ') {
        if (field == 14 || field == 15) {
          ticks += value;
        }
        field++;
        value = 0;
      } else if (b[i] >= '0' && b[i] <= '9') {
        value = value * 10 + (b[i] - '0');
      }
    }
    return field > 15 ? ticks * 10_000_000L : -1;
  }

  /**
   * A first renewal answer: the status of an RHIT earned on 2024-03-01 with two activities, on 2026-01-01.
   *
   * @param catalog  the catalog
   * @return the status
   */
  static Object firstAnswer(HimCatalog catalog) {
    LocalDate earned = LocalDate.of(2024, 3, 1);
    List<CredentialHolding> holdings = List.of(CredentialHolding.of(CredentialId.of("RHIT"), earned));
    List<CeActivity> activities = List.of(
        CeActivity.builder().id("a1").title("Coding update").completed(earned.plusMonths(3)).ceus(Ceus.of(5))
            .category(CeCategory.HIIM_DOMAIN).provider("Example webinars").build(),
        CeActivity.builder().id("a2").title("Privacy law").completed(earned.plusMonths(9)).minutes(120)
            .category(CeCategory.HIIM_DOMAIN).provider("AHIMA").build());
    return new LibraryRenewal(catalog).assess(holdings, activities, LocalDate.of(2026, 1, 1)).assessments().get(0)
        .status();
  }

  private static long allocatedBytes() {
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads instanceof com.sun.management.ThreadMXBean sun) {
      return sun.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }
}
