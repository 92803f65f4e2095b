package org.himkit.portal;

import java.util.List;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.DeliveryMode;
import org.himkit.Location;
import org.himkit.OrganizationId;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramTypeId;
import org.himkit.SourceType;

/**
 * FICTIONAL program offerings for the program finder: made-up institutions (every name says "Sample" or
 * "Example"), so that the finder has something to filter. The built-in catalog holds no offerings; a real portal
 * loads its own.
 */
public final class SampleOfferings {
  private SampleOfferings() {}

  /** The citation of every sample offering: it says they are fictional. */
  public static final Citation FICTIONAL = Citation.of("HIM Kit portal demo",
      "Fictional sample program offerings (not real institutions)",
      "https://example.org/himkit/fictional-sample-offerings", SourceType.SECONDARY);

  /**
   * Returns the fictional offerings.
   *
   * @return the offerings
   */
  public static List<ProgramOffering> all() {
    return List.of(
        offering("lakeside-him-aas", "Lakeside Sample College", "him-associate", "IL", AccreditationStatus.ACCREDITED,
            Availability.AVAILABLE, DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE),
        offering("prairie-him-aas", "Prairie Example Community College", "him-associate", "IL",
            AccreditationStatus.ACCREDITED, Availability.NOT_AVAILABLE, DeliveryMode.CLASSROOM),
        offering("riverbend-him-aas", "Riverbend Example Institute", "him-associate", "IL",
            AccreditationStatus.CANDIDACY, Availability.AVAILABLE, DeliveryMode.CLASSROOM),
        offering("harbor-him-aas", "Harbor Sample Technical College", "him-associate", "WI",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.DISTANCE),
        offering("mesa-him-aas", "Mesa Example College", "him-associate", "AZ", AccreditationStatus.NOT_ACCREDITED,
            Availability.AVAILABLE, DeliveryMode.CLASSROOM),
        offering("elmwood-him-bs", "Elmwood Example University", "him-baccalaureate", "IL",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE),
        offering("northgate-him-bs", "Northgate Sample University", "him-baccalaureate", "WI",
            AccreditationStatus.ACCREDITED, Availability.NOT_STATED, DeliveryMode.DISTANCE),
        offering("summit-hi-ms", "Summit Sample University", "hi-masters", "CO", AccreditationStatus.ACCREDITED,
            Availability.NOT_STATED, DeliveryMode.DISTANCE),
        offering("bayview-him-ms", "Bayview Example University", "him-masters", "AZ", AccreditationStatus.ACCREDITED,
            Availability.AVAILABLE, DeliveryMode.CLASSROOM),
        offering("cedar-him-cert", "Cedar Example College", "him-post-baccalaureate-certificate", "CO",
            AccreditationStatus.ACCREDITED, Availability.AVAILABLE, DeliveryMode.DISTANCE));
  }

  private static ProgramOffering offering(String id, String institution, String type, String state,
      AccreditationStatus status, Availability evening, DeliveryMode... modes) {
    ProgramOffering.Builder b = ProgramOffering.builder();
    b.id(ProgramOfferingId.of(id)).institution(institution).name("Sample program (fictional)")
        .programType(ProgramTypeId.of(type)).location(Location.of("US", state)).addDeliveryModes(modes)
        .eveningPrograms(evening).accreditationStatus(status).addCitations(FICTIONAL);
    if (status != AccreditationStatus.NOT_ACCREDITED) {
      b.accreditor(OrganizationId.of("CAHIIM"));
    }
    return b.build();
  }
}
