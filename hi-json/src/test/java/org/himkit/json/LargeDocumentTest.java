package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.DeliveryMode;
import org.himkit.Location;
import org.himkit.OrganizationId;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramOutcome;
import org.himkit.ProgramTypeId;
import org.himkit.SourceType;
import org.himkit.catalog.HimCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonGenerator;

/**
 * A catalog document of 50 MB, generated here (the built-in catalog and some 26,000 fictional program
 * offerings, each with its own landing page and outcomes), read entry by entry (issue 12: "a 50 MB file
 * (bounded memory and time)").
 *
 * <p>Nothing here is timed: a bound on the clock breaks when the machine is loaded (the read once took 5.6
 * times Jackson's tree parse at a load of 11). The test bounds what the machine's load does not change, each
 * against a yardstick measured in the same run:
 * <ul>
 *   <li>the work, as the bytes the reading thread allocates (counted by the JVM): less than three times what
 *       Jackson allocates reading the same file into a tree (about twice today), and, per byte of document, no
 *       more than 1.25 times what a document a quarter the size costs, so the cost grows in proportion to the
 *       size (a step that copied what was read so far for each entry would grow with its square);</li>
 *   <li>the memory live halfway through the file (after a full collection, from inside the stream): under half
 *       of what Jackson's half-read tree holds at the same point, so the document is never held as a tree;</li>
 *   <li>the memory kept after the read: the catalog, less than three times the file's size.</li>
 * </ul>
 * A slow step that allocates nothing (a scan where a lookup belongs) is not seen here, and no benchmark in
 * hi-bench times the read yet.
 */
class LargeDocumentTest {
  private static final long SIZE = 50L * 1024 * 1024;
  private static final List<String> TYPES = List.of("him-associate", "him-baccalaureate", "hi-masters");
  private static final List<String> STATES = List.of("IL", "WI", "CO", "TX", "NY", "CA", "OH", "FL");
  private static final List<Availability> AVAILABILITY = List.of(Availability.AVAILABLE, Availability.NOT_AVAILABLE,
      Availability.NOT_STATED);

  /**
   * The JVM's thread bean and its count of the bytes the current thread has allocated, reached by reflection
   * (the module does not read {@code java.management}; reflection reads every module).
   */
  private static final Object THREADS;
  private static final Method ALLOCATED;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final HimJson json = HimJson.create();

  @TempDir
  Path dir;

  @Test
  void aFiftyMegabyteCatalogReadsEntryByEntryWithWorkInProportionToItsSize() throws IOException {
    Path small = dir.resolve("small-catalog.json");
    int smallOfferings = write(small, SIZE / 4);
    Path large = dir.resolve("large-catalog.json");
    int offerings = write(large, SIZE);
    long smallSize = Files.size(small);
    long size = Files.size(large);
    assertThat(size).isGreaterThanOrEqualTo(SIZE);

    // the yardstick: Jackson reading the same file into a tree, the bytes it allocates and the memory its
    // half-read tree holds halfway through the file
    long base = usedAfterGc();
    long[] treeMidway = new long[1];
    long tree = allocatedBy(() -> {
      try (InputStream in = new Sampling(Files.newInputStream(large), size / 2,
          () -> treeMidway[0] = usedAfterGc() - base)) {
        assertThat(json.mapper().readTree(in).get("programOfferings").size()).isEqualTo(offerings);
      }
    });

    assertThat(read(small).programOfferings().count()).isEqualTo(smallOfferings);
    long smallAllocated = allocatedBy(() -> read(small));

    long before = usedAfterGc();
    long[] midway = new long[1];
    HimCatalog[] catalog = new HimCatalog[1];
    long allocated = allocatedBy(() -> {
      try (InputStream in = new Sampling(Files.newInputStream(large), size / 2,
          () -> midway[0] = usedAfterGc() - before)) {
        catalog[0] = json.readCatalog(in);
      }
    });
    long kept = usedAfterGc() - before;

    assertThat(catalog[0].programOfferings().count()).isEqualTo(offerings);
    assertThat(catalog[0].programOfferings().preparingFor(CredentialId.of("RHIT")).inRegion("US", "IL").count())
        .isPositive();
    System.out.printf("hi-json: read a %.1f MB catalog document (%d offerings) allocating %.1f MB (Jackson's tree: "
        + "%.1f MB; a %.1f MB document: %.1f MB); live halfway %.1f MB (Jackson's tree: %.1f MB), kept %.1f MB%n",
        mb(size), offerings, mb(allocated), mb(tree), mb(smallSize), mb(smallAllocated), mb(midway[0]),
        mb(treeMidway[0]), mb(kept));
    assertThat(allocated).as("bytes allocated reading the document, against %d for Jackson's tree of it", tree)
        .isLessThan(3 * tree);
    assertThat((double) allocated / size).as("bytes allocated per byte read, against %d per %d bytes of the smaller "
        + "document", smallAllocated, smallSize).isLessThan(1.25 * smallAllocated / smallSize);
    assertThat(midway[0]).as("memory live halfway through the read, in bytes, against %d for Jackson's tree "
        + "halfway", treeMidway[0]).isLessThan(treeMidway[0] / 2);
    assertThat(kept).as("memory kept, in bytes, against the file's size").isLessThan(3 * size);
  }

  @Test
  void aFiftyMegabyteStringStopsAtTheStringLimit() {
    byte[] text = new byte[(int) SIZE];
    byte[] head = "{\"formatVersion\": 1, \"catalogVersion\": \"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(head, 0, text, 0, head.length);
    java.util.Arrays.fill(text, head.length, text.length - 2, (byte) 'x');
    text[text.length - 2] = '"';
    text[text.length - 1] = '}';
    HimJsonException e = org.assertj.core.api.Assertions.catchThrowableOfType(HimJsonException.class,
        () -> json.readCatalog(new java.io.ByteArrayInputStream(text)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(JsonProblem.Kind.LIMIT);
      assertThat(p.path()).isEqualTo("$.catalogVersion");
      assertThat(p.message()).contains("String value length").contains(String.valueOf(HimJson.MAX_STRING_LENGTH));
    });
  }

  private HimCatalog read(Path file) {
    return json.readCatalog(file);
  }

  /** The bytes the current thread allocates running a task (counted by the JVM, whatever the machine's load). */
  private static long allocatedBy(Task task) throws IOException {
    long before = allocated();
    task.run();
    return allocated() - before;
  }

  private static long allocated() {
    try {
      long bytes = (Long) ALLOCATED.invoke(THREADS);
      assertThat(bytes).as("the JVM counts the bytes each thread allocates").isNotNegative();
      return bytes;
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("the thread bean cannot be read", e);
    }
  }

  /** A piece of the test that may fail to read or write a file. */
  @FunctionalInterface
  private interface Task {
    void run() throws IOException;
  }

  private static double mb(long bytes) {
    return bytes / 1048576.0;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Writes a document of at least a size, returning the number of offerings written. */
  private int write(Path file, long size) throws IOException {
    HimCatalog builtIn = HimCatalog.builtIn();
    int n = 0;
    try (Counting out = new Counting(Files.newOutputStream(file));
        JsonGenerator g = json.mapper().writer().withDefaultPrettyPrinter().createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberProperty("formatVersion", HimJson.FORMAT_VERSION);
      g.writeStringProperty("catalogVersion", builtIn.version().orElseThrow().toString());
      W.opt(g, "profession", builtIn.profession(), Vocab.PROFESSION);
      W.list(g, "organizations", builtIn.organizations(), Vocab.ORGANIZATION);
      W.list(g, "credentials", builtIn.credentials().list(), Vocab.CREDENTIAL);
      W.list(g, "programTypes", builtIn.programTypes().list(), Vocab.PROGRAM_TYPE);
      g.writeArrayPropertyStart("programOfferings");
      while (true) {
        g.flush();
        if (out.count >= size) {
          break;
        }
        Vocab.PROGRAM_OFFERING.write(offering(n++), g);
      }
      g.writeEndArray();
      W.list(g, "roles", builtIn.roles().list(), Vocab.ROLE);
      W.list(g, "workSettings", builtIn.workSettings().list(), Vocab.WORK_SETTING);
      W.list(g, "occupations", builtIn.occupations().list(), Vocab.OCCUPATION);
      W.list(g, "renewalPolicies", builtIn.renewalPolicies(), Policies.RENEWAL_POLICY);
      W.list(g, "knownOmissions", builtIn.knownOmissions(), Vocab.KNOWN_OMISSION);
      g.writeEndObject();
    }
    return n;
  }

  private static ProgramOffering offering(int i) {
    Citation page = Citation.builder().publisher("Fictional Sample College " + i)
        .title("Health information management program " + i + " (fictional, generated for a test)")
        .url(URI.create("https://college-" + i + ".example.org/him/program")).sourceType(SourceType.PRIMARY).build();
    LocalDate listed = LocalDate.of(2025, 1 + i % 12, 1 + i % 28);
    return ProgramOffering.builder().id(ProgramOfferingId.of("offering-" + i))
        .institution("Fictional Sample College " + i).name("Health Information Technology, A.A.S. " + i)
        .programType(ProgramTypeId.of(TYPES.get(i % TYPES.size())))
        .location(Location.builder().country("US").region(STATES.get(i % STATES.size())).city("Springfield " + i)
            .build())
        .addDeliveryModes(DeliveryMode.CLASSROOM).addDeliveryModes(i % 2 == 0 ? DeliveryMode.DISTANCE : DeliveryMode.CLASSROOM)
        .eveningPrograms(AVAILABILITY.get(i % AVAILABILITY.size())).accreditationStatus(AccreditationStatus.ACCREDITED)
        .accreditor(OrganizationId.of("CAHIIM")).accreditedSince(LocalDate.of(2010 + i % 15, 6, 1))
        .addOutcomes(new ProgramOutcome(ProgramOutcome.Kind.GRADUATION_RATE, BigDecimal.valueOf(700 + i % 300, 1), listed,
            Optional.empty(), List.of(page)))
        .addOutcomes(new ProgramOutcome(ProgramOutcome.Kind.EMPLOYMENT_RATE, BigDecimal.valueOf(800 + i % 200, 1), listed,
            Optional.empty(), List.of(page)))
        .addOutcomes(new ProgramOutcome(ProgramOutcome.Kind.CERTIFICATION_EXAM_PASS_RATE,
            BigDecimal.valueOf(600 + i % 400, 1), listed, Optional.of(CredentialId.of("RHIT")), List.of(page)))
        .addCitations(page).build();
  }

  /** Runs a task once, when the bytes read from a stream first reach a count. */
  private static final class Sampling extends FilterInputStream {
    private final long at;
    private final Runnable task;
    private long count;
    private boolean done;

    Sampling(InputStream in, long at, Runnable task) {
      super(in);
      this.at = at;
      this.task = task;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      counted(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      counted(Math.max(n, 0));
      return n;
    }

    private void counted(int n) {
      count += n;
      if (!done && count >= at) {
        done = true;
        task.run();
      }
    }
  }

  /** Counts the bytes written. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
