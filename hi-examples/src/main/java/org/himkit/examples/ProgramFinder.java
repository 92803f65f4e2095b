package org.himkit.examples;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.Location;
import org.himkit.OrganizationId;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.SourceType;
import org.himkit.WorkSettingId;
import org.himkit.catalog.HimCatalog;
import org.himkit.policy.Ceus;

/**
 * Answers five questions an education portal asks, one query each: four over the built-in catalog,
 * and a program finder over a custom catalog of sample program offerings.
 *
 * <p>The sample offerings are FICTIONAL: made-up institutions added to show how a portal loads its
 * own programs with {@link HimCatalog#builder()}. The built-in catalog holds no offerings.
 */
public final class ProgramFinder {
  private ProgramFinder() {}

  /** The citation of the sample offerings: it says they are fictional. */
  static final Citation FICTIONAL = Citation.of("HIM Kit examples",
      "Fictional sample program offerings for the program finder example (not real institutions)",
      "https://example.org/himkit/fictional-sample-offerings", SourceType.SECONDARY);

  /**
   * Returns the built-in catalog with a few fictional program offerings added, as a portal would add
   * its own.
   *
   * @return the catalog with sample offerings
   */
  public static HimCatalog sampleCatalog() {
    return HimCatalog.builtIn().toBuilder()
        .addProgramOffering(offering("lakeside-him-aas", "Lakeside Sample College", "him-associate", "IL",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE))
        .addProgramOffering(offering("prairie-him-aas", "Prairie Example Community College", "him-associate", "IL",
            AccreditationStatus.ACCREDITED, Availability.NOT_AVAILABLE, DeliveryMode.CLASSROOM))
        .addProgramOffering(offering("riverbend-him-aas", "Riverbend Example Institute", "him-associate", "IL",
            AccreditationStatus.CANDIDACY, Availability.AVAILABLE, DeliveryMode.CLASSROOM))
        .addProgramOffering(offering("cedar-him-aas", "Cedar Example College", "him-associate", "IL",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.CLASSROOM))
        .addProgramOffering(offering("harbor-him-aas", "Harbor Sample Technical College", "him-associate", "WI",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.DISTANCE))
        .addProgramOffering(offering("elmwood-him-bs", "Elmwood Example University", "him-baccalaureate", "IL",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE))
        .addProgramOffering(offering("summit-hi-ms", "Summit Sample University", "hi-masters", "CO",
            AccreditationStatus.ACCREDITED, Availability.NOT_STATED, DeliveryMode.DISTANCE))
        .build();
  }

  private static ProgramOffering offering(String id, String institution, String type, String state,
      AccreditationStatus status, Availability evening, DeliveryMode... modes) {
    ProgramOffering.Builder b = ProgramOffering.builder();
    b.id(ProgramOfferingId.of(id)).institution(institution).name("Sample program (" + type + ")")
        .programType(ProgramTypeId.of(type)).location(Location.of("US", state)).addDeliveryModes(modes)
        .eveningPrograms(evening).accreditationStatus(status).addCitation(FICTIONAL);
    if (status != AccreditationStatus.NOT_ACCREDITED) {
      b.accreditor(OrganizationId.of("CAHIIM"));
    }
    return b.build();
  }

  /**
   * Prints the five questions and their answers.
   *
   * @param hi the built-in catalog
   * @param sample a catalog with program offerings, such as {@link #sampleCatalog()}
   * @param asOf the first day of the renewal cycles asked about
   * @param out where to print
   */
  public static void print(HimCatalog hi, HimCatalog sample, LocalDate asOf, PrintStream out) {
    out.println("== Program finder: five portal questions ==");

    answer(out, "Which roles can I reach with an associate degree?",
        hi.roles().requiringAtMost(DegreeLevel.ASSOCIATE).list(), r -> r.title());

    answer(out, "Which active credentials does AHIMA issue?",
        hi.credentials().issuedBy(OrganizationId.of("AHIMA")).withStatus(CredentialStatus.ACTIVE).list(),
        c -> c.id().value());

    answer(out, "Which credentials renew with 20 CEUs or fewer (cycles beginning " + asOf + ")?",
        hi.credentials().withCycleCeusAtMost(Ceus.of(20), asOf).sortedByCycleCeus(asOf).list(),
        c -> c.id().value());

    NumberFormat usd = NumberFormat.getCurrencyInstance(Locale.US);
    answer(out, "Which roles work in hospitals, best paid first (latest BLS median)?",
        hi.roles().inSetting(WorkSettingId.HOSPITAL).sortedByMedianWage().list(),
        r -> r.title() + hi.occupations().where(o -> r.occupations().contains(o.id()))
            .sortedByMedianWage().first().flatMap(o -> o.latestMedianAnnualWage())
            .map(w -> " " + usd.format(w.amount()) + w.referenceMonth().map(m -> " (" + m + ")").orElse(""))
            .orElse(""));

    answer(out, "Which accredited Illinois programs with evening classes prepare for the RHIT? [fictional sample data]",
        sample.programOfferings().preparingFor(CredentialId.of("RHIT")).inRegion("US", "IL")
            .withAccreditationStatus(AccreditationStatus.ACCREDITED).withEveningPrograms()
            .sortedByInstitution().list(),
        o -> o.institution());
  }

  private static <T> void answer(PrintStream out, String question, List<T> answer, Function<T, String> show) {
    out.println("Q: " + question);
    out.println("A: " + (answer.isEmpty() ? "none" : answer.stream().map(show).collect(Collectors.joining(", "))));
  }
}
