package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.LaterSources.*;
import static org.himkit.catalog.builtin.Sources.*;

import java.util.List;
import org.himkit.DegreeLevel;
import org.himkit.JobTitle;
import org.himkit.PatientContact;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.WorkSettingId;

/**
 * DATA: the roles of the profession: the seed's two levels (health information technician and
 * health information manager) and the specializations the sources name (medical coder, cancer
 * registrar, clinical documentation improvement specialist, privacy official).
 *
 * <p>Typical entries: the technician's and the manager's from the seed page; the medical coder's is
 * one of the coding credentials the sources name for coders (AHIMA's CCA, CCS and CCS-P, AAPC's CPC and
 * COC); the cancer registrar's is the education of NCRA's ODS routes A1 and A2. The CDI specialist and
 * the privacy official have none: no source says how people usually enter them (the known omission
 * {@code cdi-privacy-typical-entry}). The privacy role keeps
 * its id {@code privacy-officer}; its title follows the HIPAA Privacy Rule's "privacy official", as the
 * job title "privacy officer" is found only in secondary sources.
 */
final class Roles {
  private Roles() {}

  static final RoleId TECHNICIAN = RoleId.of("health-information-technician");
  static final RoleId MANAGER = RoleId.of("health-information-manager");
  static final RoleId CODER = RoleId.of("medical-coder");
  static final RoleId CANCER_REGISTRAR = RoleId.of("cancer-registrar");
  static final RoleId CDI_SPECIALIST = RoleId.of("cdi-specialist");
  static final RoleId PRIVACY_OFFICER = RoleId.of("privacy-officer");

  static List<Role> roles() {
    Role technician = Role.builder()
        .id(TECHNICIAN)
        .title("Health information technician")
        .abbreviation("HIT")
        .level(RoleLevel.TECHNICIAN)
        .summary("Health information technicians work in healthcare, however, they do not generally work directly "
            + "with patients.")
        .addResponsibilities(
            "Assembles patient health information including medical history, symptoms, examination results, "
                + "diagnostic tests, treatment methods, and all other healthcare provider services.",
            "Organizes and manages health information data by ensuring its quality, accuracy, accessibility, and "
                + "security.",
            "May work as a medical coder who specializes in coding patient information for reimbursement purposes.",
            "Communicates with physicians and other healthcare professionals to clarify diagnoses or to obtain "
                + "additional information.")
        .patientContact(PatientContact.NOT_GENERALLY_DIRECT)
        .typicalEntry(Requirement.allOf(Requirement.degree(DegreeLevel.ASSOCIATE),
                Requirement.holdsCredential(Ahima.RHIT))
            .withProse("usually an associate degree with the Registered Health Information Technician (RHIT) "
                + "credential"))
        .addCredential(Ahima.RHIT)
        .addAllWorkSettings(Settings.SEED_SETTINGS)
        .addOccupation(Labor.MEDICAL_RECORDS_SPECIALISTS)
        .addJobTitles(JobTitle.of("Health Information Technician", ONET_29_2072),
            JobTitle.of("Medical Records Technician", ONET_29_2072),
            JobTitle.of("Registered Health Information Technician (RHIT)", ONET_29_2072))
        .addCitations(SEED, AHIMA_RHIT_PAGE, ONET_29_2072)
        .build();
    Role manager = Role.builder()
        .id(MANAGER)
        .title("Health information manager")
        .abbreviation("HIM")
        .level(RoleLevel.MANAGER)
        .summary("Health information managers function in management positions, responsible for ensuring the "
            + "availability, accuracy, and protection of the clinical information that is needed to deliver "
            + "healthcare services and to make appropriate healthcare related decisions.")
        .addResponsibilities(
            "Ensures the availability, accuracy, and protection of the clinical information that is needed to "
                + "deliver healthcare services and to make appropriate healthcare related decisions.",
            "Designs, implements, and maintains health information technology systems.")
        .patientContact(PatientContact.NOT_STATED)
        .typicalEntry(Requirement.allOf(Requirement.degree(DegreeLevel.BACCALAUREATE),
                Requirement.holdsCredential(Ahima.RHIA))
            .withProse("a baccalaureate degree with the Registered Health Information Administrator (RHIA) credential "
                + "(the seed page calls it \"RHIM\")"))
        .addCredential(Ahima.RHIA)
        .addAllWorkSettings(Settings.SEED_SETTINGS)
        .addOccupation(Labor.HEALTH_SERVICES_MANAGERS)
        .addJobTitles(JobTitle.of("Medical Records Manager", ONET_11_9111),
            JobTitle.of("Health Information Management Director (HIM Director)", ONET_11_9111_CURRENT),
            JobTitle.of("Health Information Manager (HIM Manager)", ONET_11_9111_CURRENT),
            JobTitle.of("Health Information Services Manager", HIMSS_SOC),
            JobTitle.of("Clinical Informatics Director", HIMSS_SOC))
        .addCitations(SEED, ONET_11_9111_CURRENT, ONET_11_9111, RHIA_11_9111_BLOG)
        .build();
    Role coder = Role.builder()
        .id(CODER)
        .title("Medical coder")
        .level(RoleLevel.SPECIALIST)
        .specializationOf(TECHNICIAN)
        .summary("Health information technicians who specialize in coding patient information for reimbursement "
            + "purposes.")
        .patientContact(PatientContact.NOT_GENERALLY_DIRECT)
        .addCredentials(Ahima.CCA, Ahima.CCS, Ahima.CCS_P, Aapc.CPC, Aapc.COC)
        .addWorkSettings(WorkSettingId.HOSPITAL, WorkSettingId.PHYSICIAN_OFFICE)
        .addOccupation(Labor.MEDICAL_RECORDS_SPECIALISTS)
        .addJobTitle(JobTitle.of("Coder", ONET_29_2072))
        .typicalEntry(Eligibilities.CODER_ENTRY)
        .addCitations(SEED, ONET_29_2072, AHIMA_ACEP, AAPC_COC)
        .addAllCitations(Eligibilities.CODER_ENTRY_SOURCES)
        .build();
    Role registrar = Role.builder()
        .id(CANCER_REGISTRAR)
        .title("Cancer registrar")
        .level(RoleLevel.SPECIALIST)
        .specializationOf(TECHNICIAN)
        .summary("Cancer registry professionals; most hospitals and central cancer registries require their cancer "
            + "registrars to hold NCRA's credential (CTR, named ODS since 2024). AHIMA names cancer registrar as an "
            + "additional RHIT role.")
        .patientContact(PatientContact.NOT_STATED)
        .typicalEntry(Eligibilities.REGISTRAR_ENTRY)
        .addCredential(Ncra.ODS)
        .addAllWorkSettings(Settings.REGISTRAR_SETTINGS)
        .addOccupation(Labor.HIT_AND_REGISTRARS)
        .addJobTitles(JobTitle.of("Cancer registrar", NCRA_PATHS), JobTitle.of("Tumor registrar", NCRA_MAINTENANCE))
        .addCitations(NCRA_PATHS, AHIMA_RHIT_PAGE, CANCER_REGISTRARS_29_9021, NCRA_ABOUT, Settings.SEER_SETTINGS,
            NCRA_WHERE_REGISTRARS_WORK)
        .addAllCitations(Eligibilities.REGISTRAR_ENTRY_SOURCES)
        .build();
    Role cdi = Role.builder()
        .id(CDI_SPECIALIST)
        .title("Clinical documentation improvement specialist")
        .abbreviation("CDI")
        .level(RoleLevel.SPECIALIST)
        .summary("Clinical documentation improvement professionals; the RHIA is a preferred qualification for the "
            + "position, and AHIMA's CDIP credential attests to the specialty.")
        .patientContact(PatientContact.NOT_STATED)
        .addCredentials(Ahima.CDIP, Ahima.RHIA)
        .addJobTitle(JobTitle.of("Clinical documentation improvement professional", WIKIPEDIA_RHIA))
        .addCitations(WIKIPEDIA_RHIA, AHIMA_ACEP)
        .build();
    Role privacy = Role.builder()
        .id(PRIVACY_OFFICER)
        .title("Privacy official")
        .level(RoleLevel.SPECIALIST)
        .summary("Designs, implements, and administers privacy and security protection programs, the scope of "
            + "AHIMA's CHPS credential. The HIPAA Privacy Rule requires every covered entity to designate a privacy "
            + "official responsible for developing and implementing its privacy policies and procedures; the job "
            + "title \"privacy officer\" is found only in secondary sources.")
        .patientContact(PatientContact.NOT_STATED)
        .addCredential(Ahima.CHPS)
        .addJobTitle(JobTitle.of("Privacy official", CFR_PRIVACY_OFFICIAL))
        .addCitations(AHIMA_CHPS_PAGE, CFR_PRIVACY_OFFICIAL)
        .build();
    return List.of(technician, manager, coder, registrar, cdi, privacy);
  }
}
