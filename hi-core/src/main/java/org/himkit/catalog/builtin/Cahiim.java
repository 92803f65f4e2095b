package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.LaterSources.*;
import static org.himkit.catalog.builtin.Sources.*;

import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.himkit.AccreditationStandard;
import org.himkit.Availability;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.ProgramFocus;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;

/**
 * DATA: CAHIIM, the accreditor of HIM and health informatics education, and the program types of the
 * seed page (the associate and bachelor's degrees) and of CAHIIM's scope (master's degrees, the
 * post-baccalaureate HIM certificate, which CAHIIM calls a "CAHIIM Accredited Certificate of the Degree
 * Program" and AHIMA's older RHIA page a program "approved by the CAHIIM"), with the standards dates
 * of CAHIIM's older accreditation manual. CAHIIM's founding year is a known omission: its own older
 * history page and a mirror of its newer one disagree.
 */
final class Cahiim {
  private Cahiim() {}

  /** CAHIIM's id; its organization is {@link Agencies#cahiim()}. */
  static final OrganizationId CAHIIM = Agencies.CAHIIM;

  static final ProgramTypeId HIM_ASSOCIATE = ProgramTypeId.of("him-associate");
  static final ProgramTypeId HIM_BACCALAUREATE = ProgramTypeId.of("him-baccalaureate");
  static final ProgramTypeId HIM_MASTERS = ProgramTypeId.of("him-masters");
  static final ProgramTypeId HI_MASTERS = ProgramTypeId.of("hi-masters");
  static final ProgramTypeId HIM_POST_BACC_CERTIFICATE = ProgramTypeId.of("him-post-baccalaureate-certificate");

  private static AccreditationStandard standard(String name, int adopted, Optional<Year> revised, String quote) {
    return new AccreditationStandard(name, Year.of(adopted), revised, List.of(CAHIIM_MANUAL_OLD.quoting(quote)));
  }

  static List<ProgramType> programTypes() {
    ProgramType associate = ProgramType.builder()
        .id(HIM_ASSOCIATE)
        .name("Associate degree in health information management")
        .level(DegreeLevel.ASSOCIATE)
        .field(ProgramField.HEALTH_INFORMATION_MANAGEMENT)
        .typicalLength(Period.ofYears(2))
        .focus(ProgramFocus.TECHNICAL)
        .addDeliveryModes(DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE)
        .eveningPrograms(Availability.AVAILABLE)
        .addStructure("General overview of the profession")
        .accreditor(CAHIIM)
        .addPreparesFor(Ahima.RHIT)
        .addCitations(SEED, CAHIIM_ABOUT)
        .build();
    ProgramType bachelor = ProgramType.builder()
        .id(HIM_BACCALAUREATE)
        .name("Bachelor's degree in health information management")
        .level(DegreeLevel.BACCALAUREATE)
        .field(ProgramField.HEALTH_INFORMATION_MANAGEMENT)
        .typicalLength(Period.ofYears(4))
        .focus(ProgramFocus.MANAGEMENT)
        .addDeliveryModes(DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE)
        .eveningPrograms(Availability.NOT_STATED)
        .addStructure("Two years of general education courses", "Professional coursework begins in the junior year")
        .accreditor(CAHIIM)
        .addAccreditationStandards(standard("HIM Baccalaureate Degree Program", 2005, Optional.of(Year.of(2012)),
            "HIM Baccalaureate Degree Program (adopted 2005; revised 2012)"))
        .addPreparesFor(Ahima.RHIA)
        .addProgressionProgram(ProgressionProgram.builder().fromCredential(Ahima.RHIT).toCredential(Ahima.RHIA)
            .availability(Availability.AVAILABLE)
            .note("Some RHIT to RHIA programs are available. Progression is not an automatic upgrade: the RHIT "
                + "holder meets an RHIA eligibility route; once granted, RHIA replaces RHIT.")
            .addCitations(SEED, RHIT_TO_RHIA, AHIMA_RECERTIFICATION_FAQ).build())
        .addCitations(SEED, CAHIIM_ABOUT)
        .build();
    ProgramType himMasters = ProgramType.builder()
        .id(HIM_MASTERS)
        .name("Master's degree in health information management")
        .level(DegreeLevel.MASTERS)
        .field(ProgramField.HEALTH_INFORMATION_MANAGEMENT)
        .eveningPrograms(Availability.NOT_STATED)
        .accreditor(CAHIIM)
        .addAccreditationStandards(standard("HIM Masters Degree Program", 2008, Optional.empty(),
            "HIM Masters Degree Program (adopted 2008)"))
        .addPreparesFor(Ahima.RHIA)
        .addCitations(CAHIIM_ABOUT, RHIA_ELIGIBILITY)
        .build();
    ProgramType hiMasters = ProgramType.builder()
        .id(HI_MASTERS)
        .name("Master's degree in health informatics")
        .level(DegreeLevel.MASTERS)
        .field(ProgramField.HEALTH_INFORMATICS)
        .eveningPrograms(Availability.NOT_STATED)
        .accreditor(CAHIIM)
        .addAccreditationStandards(standard("Health Informatics (HI) Masters Degree Program", 2010, Optional.empty(),
            "Health Informatics (HI) Masters Degree Program (adopted 2010)"))
        .addCitation(CAHIIM_ABOUT)
        .build();
    ProgramType certificate = ProgramType.builder()
        .id(HIM_POST_BACC_CERTIFICATE)
        .name("Post-baccalaureate HIM \"Certificate of Degree\"")
        .level(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE)
        .field(ProgramField.HEALTH_INFORMATION_MANAGEMENT)
        .eveningPrograms(Availability.NOT_STATED)
        .accreditor(CAHIIM)
        .addPreparesFor(Ahima.RHIA)
        // CAHIIM's own page calls it accredited; AHIMA's older RHIA page wrote "approved by the CAHIIM".
        .addCitations(CAHIIM_CERTIFICATE_OF_DEGREE, RHIA_ELIGIBILITY, RHIA_PROVISO_MIRROR.quoting("(Post-Baccalaureate) "
            + "program approved by the CAHIIM"))
        .build();
    return List.of(associate, bachelor, himMasters, hiMasters, certificate);
  }
}
