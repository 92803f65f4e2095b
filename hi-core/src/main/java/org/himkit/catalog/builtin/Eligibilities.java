package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.util.List;
import org.himkit.Citation;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;

/**
 * DATA: who may sit for which exam, as requirement trees, each with the sources it comes from (the
 * fact sheet's §1.3, §4 and §6.1, the addendum's §9d, and NCRA's ODS eligibility page).
 *
 * <p>Only RHIT, RHIA, CCA, CCS, CHPS, AAPC's CPC and COC (with their apprentice designations CPC-A
 * and COC-A) and NCRA's ODS have eligibility data; every other credential has none and its
 * eligibility is unknown (see {@link Omissions}).
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

  private static final OrganizationId CAHIIM = Agencies.CAHIIM;
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

  // ODS ------------------------------------------------------------------------------------------

  private static final OrganizationId NCRA = Ncra.NCRA;

  /**
   * The practicum of NCRA's routes A1 and A2, as a named training the learner records under the code
   * {@code "ncra-practicum"}.
   */
  static final Requirement NCRA_PRACTICUM = Requirement.completedTraining("ncra-practicum",
      "the practicum activities and competency assessments of an NCRA-accredited formal education program");

  /** "an Associate’s degree or the equivalent (60 college credits)", in any field (routes A2 and B). */
  static final Requirement ASSOCIATE_OR_60_CREDITS = Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 60)
      .withProse("an associate degree in any field or the equivalent (60 college credits)");

  /** Route A1: an NCRA-accredited associate degree program and its practicum. */
  static final Requirement ODS_ROUTE_A1 = Requirement.allOf(
          Requirement.completedProgram(DegreeLevel.ASSOCIATE, NCRA)
              .withProse("an NCRA-accredited associate degree program"),
          NCRA_PRACTICUM)
      .withProse("route A1: an NCRA-accredited associate degree program, with its practicum activities and "
          + "competency assessments");

  /** Route A2: an associate degree or 60 college credits, an NCRA-accredited certificate program and its practicum. */
  static final Requirement ODS_ROUTE_A2 = Requirement.allOf(
          ASSOCIATE_OR_60_CREDITS,
          Requirement.completedProgram(DegreeLevel.POSTSECONDARY_CERTIFICATE, NCRA)
              .withProse("an NCRA-accredited certificate program"),
          NCRA_PRACTICUM)
      .withProse("route A2: an associate degree or the equivalent (60 college credits) and an NCRA-accredited "
          + "certificate program, with its practicum activities and competency assessments");

  /**
   * Route B: an associate degree or 60 college credits, two semesters of anatomy and physiology, and
   * 1,950 hours (one year full-time) in the cancer registry field.
   */
  static final Requirement ODS_ROUTE_B = Requirement.allOf(
          ASSOCIATE_OR_60_CREDITS,
          Requirement.completedCoursework("human-anatomy-physiology", "Human Anatomy and Human Physiology", 6)
              .withProse("two semesters (six total credit hours) in Human Anatomy and Human Physiology, with a grade "
                  + "of C or better"),
          Requirement.experienceHours(ExperienceDomain.CANCER_REGISTRY, 1_950, 12)
              .withProse("1,950 hours (equal to one year full-time) of experience in the cancer registry field"))
      .withProse("route B: an associate degree or the equivalent (60 college credits) including two semesters of "
          + "Human Anatomy and Human Physiology, and 1,950 hours (one year full-time) of experience in the cancer "
          + "registry field");

  /**
   * ODS: NCRA's current routes A1, A2 and B. The older CTR routes with a 160-hour practicum are not
   * dated by the sources and are the known omission {@code ctr-practicum-routes}; candidates "must meet
   * the current year’s eligibility requirements".
   */
  static final Requirement ODS = Requirement.anyOf(ODS_ROUTE_A1, ODS_ROUTE_A2, ODS_ROUTE_B);

  /** The sources of {@link #ODS}, one quote per condition. */
  static final List<Citation> ODS_SOURCES = List.of(
      NCRA_ODS_ELIGIBILITY.quoting("Candidates must meet education and experience requirements to be eligible to take "
          + "the ODS exam."),
      NCRA_ODS_ELIGIBILITY.quoting("Education: Successful completion of an NCRA-Accredited Associate Degree Program."),
      NCRA_ODS_ELIGIBILITY.quoting("Experience: Successful completion of the NCRA-Accredited Formal Education "
          + "Program\u2019s practicum activities and competency assessments."),
      NCRA_ODS_ELIGIBILITY.quoting("Education: Successful completion of an Associate\u2019s degree or the equivalent "
          + "(60 college credits) PLUS successful completion of an NCRA-Accredited Certificate Program"),
      NCRA_ODS_ELIGIBILITY.quoting("Education: Successful completion of any Associate\u2019s degree or the equivalent "
          + "(60 college credits). The coursework must include two semesters (six total credit hours) in Human Anatomy "
          + "and Human Physiology. (Grade of C or better is required)."),
      NCRA_ODS_ELIGIBILITY.quoting("Experience: 1,950 hours (equal to one year full-time) experience in the cancer "
          + "registry field."),
      NCRA_ODS_ELIGIBILITY.quoting("the Council on Certification defines the cancer registry field as the collection, "
          + "management, and analysis of cancer incidence data"),
      NCRA_ODS_EXAM_FAQ.quoting("An Associate's Degree or the equivalent (60 college-level credits) in any discipline "
          + "is the education minimum."),
      NCRA_ODS_EXAM_FAQ.quoting("Completed coursework at NCRA-accredited Certificate Programs count towards the 60 "
          + "college-level credits education requirement for ODS Exam eligibility."),
      NCRA_ODS_EXAM_FAQ.quoting("all candidates registering for the ODS Exam must meet the current year\u2019s "
          + "eligibility requirements."));

  // Typical entries of roles --------------------------------------------------------------------

  /**
   * The cancer registrar's typical entry: the education of ODS routes A1 and A2, an NCRA-accredited
   * associate degree program or an associate degree (or 60 college credits) with an NCRA-accredited
   * certificate program, each with its practicum.
   */
  static final Requirement REGISTRAR_ENTRY = Requirement.anyOf(ODS_ROUTE_A1, ODS_ROUTE_A2)
      .withProse("usually an NCRA-accredited associate degree program, or an associate degree or the equivalent (60 "
          + "college credits) with an NCRA-accredited certificate program, each with its practicum (the education of "
          + "ODS routes A1 and A2)");

  /** The sources of {@link #REGISTRAR_ENTRY}. */
  static final List<Citation> REGISTRAR_ENTRY_SOURCES = List.of(
      NCRA_ODS_ELIGIBILITY.quoting("Education: Successful completion of an NCRA-Accredited Associate Degree Program."),
      NCRA_ODS_ELIGIBILITY.quoting("Education: Successful completion of an Associate\u2019s degree or the equivalent "
          + "(60 college credits) PLUS successful completion of an NCRA-Accredited Certificate Program"),
      NCRA_ODS_EXAM_FAQ.quoting("Those who do not yet have the education minimum should pursue the NCRA-Accredited "
          + "Associate Degree Program path."),
      NCRA_STUDENT_FAQ);

  /** The credentials of the coder's typical entry, each one a coding credential the sources name for coders. */
  private static final List<CredentialId> CODER_CREDENTIALS = List.of(Ahima.CCA, Ahima.CCS, Ahima.CCS_P, Aapc.CPC,
      Aapc.COC);

  /** The medical coder's typical entry: one of AHIMA's or AAPC's coding credentials. */
  static final Requirement CODER_ENTRY = Requirement.anyOf(holdsEach(CODER_CREDENTIALS))
      .withProse("usually a coding credential: AHIMA's CCA, CCS or CCS-P, or AAPC's CPC or COC");

  /** One "holds the credential" requirement per credential, in order (a loop, not a stream: start-up). */
  private static Requirement[] holdsEach(List<CredentialId> credentials) {
    Requirement[] each = new Requirement[credentials.size()];
    for (int i = 0; i < each.length; i++) {
      each[i] = Requirement.holdsCredential(credentials.get(i));
    }
    return each;
  }

  /**
   * The sources of {@link #CODER_ENTRY}: AHIMA's CCA and CCS pages, Army COOL's CPC page and AAPC's COC
   * page say each is held by coders; CCS-P is one of AHIMA's coding credentials, those that carried
   * the annual coding self-review "toward the total CEU requirement of a coding credential".
   */
  static final List<Citation> CODER_ENTRY_SOURCES = List.of(AHIMA_CCA_PAGE,
      AHIMA_SELF_REVIEW_FOOTNOTE,
      AHIMA_RECERTIFICATION_FAQ.quoting("Effective January 1, 2021, AHIMA and the Commission on Certification (CCHIIM) "
          + "discontinued the mandatory annual self-review requirement for CCA\u00ae, CCS\u00ae, and CCS-P\u00ae."),
      AHIMA_CCS_PAGE_2020.quoting("CCSs are skilled in classifying medical data from patient records, often in a "
          + "hospital setting but also in other healthcare settings."),
      ARMY_COOL_CPC.quoting("AAPC's Certified Professional Coder (CPC) credential is designed for medical coders "
          + "who work in physician office settings."),
      AAPC_COC.quoting("Coders who earn their COC credential go on to report outpatient services in a variety of "
          + "settings, such as:"));
}
