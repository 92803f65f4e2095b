package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.util.List;
import org.himkit.Citation;
import org.himkit.CredentialDomain;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;

/**
 * DATA: who may sit for which exam, as requirement trees, each with the sources it comes from (the
 * fact sheet's §1.3, §4 and §6.1 and the addendum's §9d).
 *
 * <p>Only RHIT, RHIA, CCA, CCS, CHPS and AAPC's CPC and COC (with their apprentice designations
 * CPC-A and COC-A) have eligibility data; every other credential has none and its eligibility is
 * unknown (see {@link Omissions}).
 *
 * <p>Choices made where the sources leave a rule open, each also listed in {@link Omissions}:
 * early testing counts for every CAHIIM HIM program that leads to RHIT or RHIA, the
 * post-baccalaureate certificate included; AAPC's CPC and COC carry as eligibility the two years'
 * equivalent experience that removes the apprentice designation, while CPC-A and COC-A carry the
 * exam's own eligibility, open to anyone; the CHPS table's "associate degree", "baccalaureate
 * degree" and "master's degree or higher" rows accept a degree in any field.
 */
final class Eligibilities {
  private Eligibilities() {}

  private static final OrganizationId CAHIIM = Cahiim.CAHIIM;
  private static final ProgramField HIM = ProgramField.HEALTH_INFORMATION_MANAGEMENT;

  private static final String EARLY_TESTING = " (early testing: in the last term of study, or course work finished; "
      + "the credential may be used only once all requirements are verified)";

  private static Requirement cahiimProgram(DegreeLevel level) {
    return Requirement.completedProgram(level, HIM, CAHIIM);
  }

  private static Requirement earlyTesting(DegreeLevel level, String program) {
    return Requirement.finalTermOf(level, HIM, CAHIIM).withProse("enrollment in the final term of " + program
        + " in health information management from a program accredited by CAHIIM" + EARLY_TESTING);
  }

  private static final Citation EARLY_TESTING_SOURCE = AHIMA_RHIT_PAGE.quoting("currently enrolled and in their last "
      + "term of study");
  private static final Citation EARLY_TESTERS_MAY_NOT_USE = AHIMA_CERTIFICATION_MARK.quoting("Early testing "
      + "candidates are not authorized to use their credential until all requirements have been met and verified "
      + "through AHIMA.");

  // RHIT and RHIA --------------------------------------------------------------------------------

  /** RHIT: a CAHIIM-accredited associate HIM program (or its final term), or foreign reciprocity. */
  static final Requirement RHIT = Requirement.anyOf(
      cahiimProgram(DegreeLevel.ASSOCIATE),
      earlyTesting(DegreeLevel.ASSOCIATE, "an associate degree"),
      Requirement.foreignReciprocity(Ahima.AHIMA));

  /** The sources of {@link #RHIT}. */
  static final List<Citation> RHIT_SOURCES = List.of(RHIT_ELIGIBILITY, RHIT_ELIGIBILITY_2, EARLY_TESTING_SOURCE,
      EARLY_TESTERS_MAY_NOT_USE);

  /**
   * RHIA: a CAHIIM-accredited baccalaureate or master's HIM program, the CAHIIM-approved
   * post-baccalaureate HIM certificate (or the final term of one of them), or foreign reciprocity.
   * Holding RHIT is not a route in the current route list (Open Exam Prep, 2026): RHIT to RHIA "is
   * not an automatic upgrade". An older AHIMA RHIA page (a mirror, about 2017-2019) listed an RHIT
   * Proviso route whose conditions and dates are not confirmed; it is the known omission
   * {@code rhit-proviso-route}, not part of this tree.
   */
  static final Requirement RHIA = Requirement.anyOf(
      cahiimProgram(DegreeLevel.BACCALAUREATE),
      cahiimProgram(DegreeLevel.MASTERS),
      cahiimProgram(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE),
      earlyTesting(DegreeLevel.BACCALAUREATE, "a baccalaureate degree"),
      earlyTesting(DegreeLevel.MASTERS, "a master's degree"),
      earlyTesting(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE, "a post-baccalaureate certificate"),
      Requirement.foreignReciprocity(Ahima.AHIMA));

  /** The sources of {@link #RHIA}; the route list is dated by {@link Sources#RHIA_ELIGIBILITY}'s version (2026). */
  static final List<Citation> RHIA_SOURCES = List.of(RHIA_ELIGIBILITY, RHIA_ELIGIBILITY_OLD, EARLY_TESTING_SOURCE,
      EARLY_TESTERS_MAY_NOT_USE, RHIT_TO_RHIA.quoting("is not an automatic upgrade"));

  // CCA and CCS ----------------------------------------------------------------------------------

  /** CCA: a high-school diploma (coding experience or training is recommended, not required). */
  static final Requirement CCA = Requirement.highSchoolDiploma().withProse("a high-school diploma");

  /** The sources of {@link #CCA}. */
  static final List<Citation> CCA_SOURCES = List.of(CCA_ELIGIBILITY);

  /** The training the CCS education route names. */
  static final Requirement CCS_CODING_TRAINING = Requirement.completedTraining("ccs-coding-training",
      "a coding training program covering anatomy and physiology, pathophysiology, pharmacology, medical "
          + "terminology, reimbursement methodology, and intermediate or advanced ICD diagnostic and procedural and "
          + "CPT coding");

  /** CCS: the five routes, by credential, education, experience, CCA plus a year, another coding credential plus a year. */
  static final Requirement CCS = Requirement.anyOf(
      Requirement.holdsCredential(Ahima.RHIA),
      Requirement.holdsCredential(Ahima.RHIT),
      Requirement.holdsCredential(Ahima.CCS_P),
      CCS_CODING_TRAINING,
      Requirement.experienceYears(ExperienceDomain.CODING, 2),
      Requirement.allOf(Requirement.holdsCredential(Ahima.CCA), Requirement.experienceYears(ExperienceDomain.CODING, 1)),
      Requirement.allOf(
          Requirement.holdsCredentialInDomain(CredentialDomain.CODING, Ahima.AHIMA)
              .withProse("another certifying organization's coding credential (one not issued by AHIMA)"),
          Requirement.experienceYears(ExperienceDomain.CODING, 1)));

  /** The sources of {@link #CCS}. */
  static final List<Citation> CCS_SOURCES = List.of(CCS_ELIGIBILITY, CCS_ELIGIBILITY_STUDY);

  // CHPS -----------------------------------------------------------------------------------------

  private static Requirement privacyYears(int years) {
    return Requirement.experienceYears(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, years);
  }

  /** CHPS: the education-or-credential by experience table; all experience in healthcare privacy or security management. */
  static final Requirement CHPS = Requirement.anyOf(
      Requirement.allOf(Requirement.highSchoolDiploma(), privacyYears(6)),
      Requirement.allOf(Requirement.degree(DegreeLevel.ASSOCIATE), privacyYears(4)),
      Requirement.allOf(Requirement.anyOf(Requirement.holdsCredential(Ahima.CCA), Requirement.holdsCredential(Ahima.CCS),
          Requirement.holdsCredential(Ahima.CCS_P), Requirement.holdsCredential(Ahima.RHIT)), privacyYears(4)),
      Requirement.allOf(Requirement.degree(DegreeLevel.BACCALAUREATE), privacyYears(2)),
      Requirement.allOf(Requirement.holdsCredential(Ahima.RHIA), privacyYears(2)),
      Requirement.allOf(Requirement.degree(DegreeLevel.MASTERS)
          .withProse("a master's degree or higher (for example JD, MD, PhD)"), privacyYears(1)));

  /** The sources of {@link #CHPS}. */
  static final List<Citation> CHPS_SOURCES = List.of(AHIMA_CHPS_PAGE.quoting("Baccalaureate degree and a minimum of "
      + "two (2) years of experience in healthcare privacy or security management; or"));

  // AAPC -----------------------------------------------------------------------------------------

  private static final Requirement COURSE_80_HOURS = Requirement.completedTraining("aapc-coding-course-80h",
      "an 80-contact-hour medical coding preparation course");
  private static final Requirement PRACTICODE = Requirement.completedTraining("aapc-practicode",
      "AAPC's Practicode");

  private static Requirement apprenticeRemoval(String full) {
    return Requirement.anyOf(
            Requirement.experienceYears(ExperienceDomain.CODING, 2)
                .withProse("2 years of on-the-job coding experience, verified by the employer on letterhead "
                    + "(experience before and after the exam counts)"),
            Requirement.allOf(Requirement.experienceYears(ExperienceDomain.CODING, 1),
                Requirement.anyOf(COURSE_80_HOURS, PRACTICODE)),
            Requirement.allOf(COURSE_80_HOURS, PRACTICODE))
        .withProse("two years' equivalent experience, which earns the full " + full + ": anyone may sit for the "
            + full + " exam, and passing it without this experience earns " + full + "-A until the experience is shown");
  }

  private static Requirement openExam(String full) {
    return Requirement.noPrerequisite().withProse("no prerequisite: proof of education or experience isn't necessary "
        + "to sit for AAPC exams; passing the " + full + " exam without the experience requirement earns " + full + "-A");
  }

  /** CPC: the experience that removes the apprentice designation (or earns CPC directly at the exam). */
  static final Requirement CPC = apprenticeRemoval("CPC");
  /** COC: the experience that removes the apprentice designation (or earns COC directly at the exam). */
  static final Requirement COC = apprenticeRemoval("COC");
  /** CPC-A: the CPC exam, open to anyone. */
  static final Requirement CPC_A = openExam("CPC");
  /** COC-A: the COC exam, open to anyone. */
  static final Requirement COC_A = openExam("COC");

  /** The sources of the AAPC trees. */
  static final List<Citation> AAPC_SOURCES = List.of(
      AAPC_APPRENTICESHIP.quoting("You remain an apprentice until you fulfill a 2-year experience requirement"),
      AAPC_APPRENTICE_OLD.quoting("Proof of 80 contact hours of a medical coding preparation course may be combined "
          + "with completion of CPC-A Practicode. This fulfills the two years experience required to graduate to CPC."),
      AAPC_APPRENTICE_OPTION_2.quoting("1-year employment verification AND completion of 80-hour coding preparation "
          + "course or completion of AAPC's Practicode"));
}
