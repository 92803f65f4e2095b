package org.himkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
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
 * offerings, each with its own landing page and outcomes): it reads in time of the order of Jackson's
 * own parse of the file into a tree (measured in the same run, so that the bound holds on a busy
 * machine too), and the memory it keeps is the catalog, not the document.
 */
class LargeDocumentTest {
  private static final long SIZE = 50L * 1024 * 1024;
  private static final List<String> TYPES = List.of("him-associate", "him-baccalaureate", "hi-masters");
  private static final List<String> STATES = List.of("IL", "WI", "CO", "TX", "NY", "CA", "OH", "FL");
  private static final List<Availability> AVAILABILITY = List.of(Availability.AVAILABLE, Availability.NOT_AVAILABLE,
      Availability.NOT_STATED);

  private final HimJson json = HimJson.create();

  @TempDir
  Path dir;

  @Test
  void aFiftyMegabyteCatalogReadsInBoundedTimeAndMemory() throws IOException {
    Path file = dir.resolve("large-catalog.json");
    int offerings = write(file);
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(SIZE);

    // the yardstick: Jackson reading the same file into a tree, in this JVM on this machine now
    long start = System.nanoTime();
    assertThat(json.mapper().readTree(file).get("programOfferings").size()).isEqualTo(offerings);
    long treeMillis = (System.nanoTime() - start) / 1_000_000;

    long before = usedAfterGc();
    start = System.nanoTime();
    HimCatalog catalog = json.readCatalog(file);
    long millis = (System.nanoTime() - start) / 1_000_000;
    long kept = usedAfterGc() - before;

    assertThat(catalog.programOfferings().count()).isEqualTo(offerings);
    assertThat(catalog.programOfferings().preparingFor(CredentialId.of("RHIT")).inRegion("US", "IL").count())
        .isPositive();
    System.out.printf("hi-json: read a %.1f MB catalog document (%d offerings) in %d ms (Jackson's tree alone: %d ms),"
        + " keeping %.1f MB%n", Files.size(file) / 1048576.0, offerings, millis, treeMillis, kept / 1048576.0);
    assertThat(millis).as("read time in ms, against %d ms for Jackson's tree of the file", treeMillis)
        .isLessThan(5 * treeMillis + 1000);
    assertThat(kept).as("memory kept, in bytes, against the file's size").isLessThan(3 * Files.size(file));
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

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 2; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Writes the document, returning the number of offerings written. */
  private int write(Path file) throws IOException {
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
        if (out.count >= SIZE) {
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
