package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.FormerName;
import org.himkit.MemberRate;
import org.himkit.Misnomer;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.Verification;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;

/**
 * DATA: AHIMA, the American Health Information Management Association, and its credentials.
 *
 * <p>Sources: AHIMA's ACEP list (Q3 2021) and certification-mark page for the eight current
 * credentials; AHIMA's recertification page (about 2019-2020) for the three retired ones; AHIMA's
 * history page for the association's former names; the 2000 rename of RRA and ART.
 */
final class Ahima {
  private Ahima() {}

  static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  static final RenewalPolicyId POLICY = RenewalPolicyId.of("AHIMA-RECERTIFICATION");

  static final CredentialId RHIA = CredentialId.of("RHIA");
  static final CredentialId RHIT = CredentialId.of("RHIT");
  static final CredentialId CCA = CredentialId.of("CCA");
  static final CredentialId CCS = CredentialId.of("CCS");
  static final CredentialId CCS_P = CredentialId.of("CCS-P");
  static final CredentialId CHPS = CredentialId.of("CHPS");
  static final CredentialId CHDA = CredentialId.of("CHDA");
  static final CredentialId CDIP = CredentialId.of("CDIP");
  static final CredentialId PCS = CredentialId.of("PCS");
  static final CredentialId CHP = CredentialId.of("CHP");
  static final CredentialId CHS = CredentialId.of("CHS");

  static Organization organization() {
    return MAKE.organization(AHIMA, "American Health Information Management Association", "AHIMA",
        List.of(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY),
        List.of(former("Association of Record Librarians of North America", "ARLNA", 1928, 1938),
            former("American Association of Medical Record Librarians", "AAMRL", 1938, 1970),
            former("American Medical Record Association", "AMRA", 1970, 1991)),
        Optional.empty(),
        Optional.of("The profession's association; its Commission on Certification for Health Informatics and "
            + "Information Management (CCHIIM) certifies the RHIA, RHIT, CCA, CCS, CCS-P, CHPS, CHDA and CDIP "
            + "credentials. Established in 1928 by the American College of Surgeons as ARLNA; named AHIMA since 1991. "
            + "Its approved continuing education programs reach more than 101,000 health information professionals. "
            + "Since April 1, 2018 its certificates are virtual, and a certificate's valid-through date is updated "
            + "with each completed recertification cycle."),
        List.of(SEED, AHIMA_HISTORY, AHIMA_ACEP.quoting("Approved programs are provided to more than 101,000 "
            + "health information professionals."), AHIMA_CONTACT_FAQ.quoting("Effective April 1, 2018, virtual "
            + "certificates have replaced hard copy certificates for newly credentialed individuals."),
            AHIMA_CONTACT_FAQ.quoting("The certificate valid-through date is automatically updated with the successful "
            + "completion of each recertification cycle.")),
        fees());
  }

  /** AHIMA's fees: recertification (non-members), extensions, and the exam policies' fees. */
  private static List<Fee> fees() {
    Citation recertificationFee = AHIMA_RECERTIFICATION_FAQ.quoting("If you hold one credential, the recertification "
        + "fee is $218. If you hold more than one credential, the first recertification fee is $218 and each "
        + "additional certification is $50.");
    Citation nonMembers = AHIMA_RECERTIFICATION_FAQ.quoting("Credential holders who are not AHIMA members pay the above "
        + "fees on a biennial basis.");
    Optional<Period> none = Optional.empty();
    Optional<Period> biennial = Optional.of(Period.ofYears(2));
    return List.of(
        fee(FeeKind.RECERTIFICATION, "recertification fee, one credential or the first of several", "218",
            MemberRate.NON_MEMBER, FeeBasis.PER_PAYMENT, none, biennial, Optional.empty(),
            List.of(recertificationFee, nonMembers)),
        fee(FeeKind.RECERTIFICATION, "recertification fee, each additional certification", "50",
            MemberRate.NON_MEMBER, FeeBasis.PER_ADDITIONAL_CREDENTIAL, none, biennial, Optional.empty(),
            List.of(recertificationFee, nonMembers)),
        fee(FeeKind.RECERTIFICATION_EXTENSION, "recertification extension", "50", MemberRate.EVERYONE,
            FeeBasis.PER_CREDENTIAL, none, none, Optional.of(LocalDate.of(2021, 1, 1)),
            List.of(AHIMA_UPDATES.quoting("Recertification extensions will incur a $50 fee per credential, payable "
                + "electronically via the CEU Center."), AHIMA_UPDATES.quoting("January 1, 2021."))),
        fee(FeeKind.EXAM_ELIGIBILITY_EXTENSION, "exam eligibility extension, in 30-day increments for up to 90 days",
            "50", MemberRate.EVERYONE, FeeBasis.PER_INCREMENT, Optional.of(Period.ofDays(30)), none, Optional.empty(),
            List.of(AHIMA_EXAM_ELIGIBILITY_PERIOD.quoting("You can apply for extensions in 30-day increments for up "
                + "to 90 days. The cost for each 30-day increment is $50."))),
        fee(FeeKind.EXAM_RESCHEDULING, "cancelling or rescheduling between 14 days and 24 hours before the exam date "
            + "(charged by Pearson VUE)", "30", MemberRate.EVERYONE, FeeBasis.PER_PAYMENT, none, none, Optional.empty(),
            // the primary page has the rule as a table row; the mirror has it as a sentence
            List.of(AHIMA_POLICIES.quoting("Between 14 days 24 hours prior to exam date"),
                AHIMA_POLICIES_MIRROR.quoting("Any candidate who cancels or reschedules his or her appointment between "
                    + "14 days and 24 hours prior to the exam date will be charged a fee of $30 by Pearson VUE."))),
        fee(FeeKind.EXAM_REFUND_PROCESSING, "processing a refund request", "75", MemberRate.EVERYONE,
            FeeBasis.PER_PAYMENT, none, none, Optional.empty(),
            List.of(AHIMA_POLICIES.quoting("There is a $75 processing fee for all refund requests."))));
  }

  /** An AHIMA fee in US dollars, confirmed at the source, for every credential, without an end date. */
  private static Fee fee(FeeKind kind, String description, String amount, MemberRate rate, FeeBasis basis,
      Optional<Period> increment, Optional<Period> every, Optional<LocalDate> effectiveFrom, List<Citation> citations) {
    return MAKE.fee(kind, description, new BigDecimal(amount), USD, rate, basis, increment, every, List.of(),
        effectiveFrom, Optional.empty(), Verification.CONFIRMED_AT_SOURCE, citations);
  }

  private static FormerName former(String name, String abbreviation, int from, int until) {
    return MAKE.formerName(name, Optional.of(abbreviation), Optional.of(Year.of(from)), Optional.of(Year.of(until)),
        List.of(AHIMA_HISTORY));
  }

  /** The eligibility window of every AHIMA exam: 120 calendar days from the application's approval. */
  private static final ExamPeriod ELIGIBILITY_WINDOW = ExamPeriod.undated(ExamPeriod.Kind.ELIGIBILITY_WINDOW, 120,
      Verification.CONFIRMED_AT_SOURCE, AHIMA_EXAM_ELIGIBILITY_PERIOD.quoting("The exam eligibility period is 120 "
          + "calendar days from the application approval date."));

  /** The retest wait of the CCA and CCS exams from 2023-09-11 (AHIMA's FAQ, read on a mirror). */
  private static final ExamPeriod RETEST_30 = ExamPeriod.from(ExamPeriod.Kind.RETEST_WAIT, 30,
      LocalDate.of(2023, 9, 11), Verification.SECONDARY_ONLY, AHIMA_FAQ_MIRROR.quoting("Effective September 11th, "
          + "2023, the retest waiting period for the CCA and CCS AHIMA certifications is 30 days."));

  /** The retest wait of every other AHIMA exam from 2020-07-13 (AHIMA's FAQ, read on a mirror). */
  private static final ExamPeriod RETEST_90 = ExamPeriod.from(ExamPeriod.Kind.RETEST_WAIT, 90,
      LocalDate.of(2020, 7, 13), Verification.SECONDARY_ONLY, AHIMA_FAQ_MIRROR.quoting("As of July 13th, 2020, the "
          + "retesting waiting periods for all other AHIMA certifications exams is 90 days."));

  /**
   * The exam the seed page calls "the national exam" (RHIT and RHIA), with AHIMA's eligibility window and
   * retest wait.
   */
  private static Exam nationalExam(Citation... sources) {
    return MAKE.exam("national certification exam", true, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(ELIGIBILITY_WINDOW, RETEST_90), List.of(), List.of(sources));
  }

  /** An AHIMA exam the sources do not call national, with the eligibility window and the retest wait. */
  private static Exam exam(CredentialId id, ExamPeriod retest) {
    return MAKE.exam(id + " certification exam", false, Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(ELIGIBILITY_WINDOW, retest), List.of(), EXAM_SOURCES);
  }

  /** The sources of every AHIMA exam that the sources do not call national. */
  private static final List<Citation> EXAM_SOURCES = List.of(AHIMA_EXAM_ELIGIBILITY_PERIOD, AHIMA_FAQ_MIRROR);

  /** The sources of every current AHIMA credential, before its own. */
  private static final List<Citation> CREDENTIAL_SOURCES = List.of(AHIMA_ACEP, AHIMA_CERTIFICATION_MARK);

  /** A current AHIMA certification without a description, former names, misnomers, superseded credentials or counts. */
  private static Credential credential(CredentialId id, String fullName, CredentialDomain domain, Exam exam,
      Optional<Requirement> eligibility, List<Citation> citations) {
    return credential(id, fullName, domain, Optional.empty(), exam, List.of(), List.of(), List.of(), eligibility,
        List.of(), citations);
  }

  /** A current AHIMA certification, renewed under AHIMA's policy; its sources follow those of every one. */
  private static Credential credential(CredentialId id, String fullName, CredentialDomain domain,
      Optional<String> description, Exam exam, List<FormerName> formerNames, List<Misnomer> misnomers,
      List<CredentialId> supersedes, Optional<Requirement> eligibility, List<CredentialCount> counts,
      List<Citation> citations) {
    return MAKE.credential(id, fullName, CredentialKind.CERTIFICATION, AHIMA, CredentialStatus.ACTIVE, List.of(domain),
        List.of(), formerNames, misnomers, Optional.of(exam), eligibility, Optional.of(POLICY), supersedes, description,
        counts, concat(CREDENTIAL_SOURCES, citations));
  }

  static List<Credential> credentials() {
    Credential rhia = credential(RHIA, "Registered Health Information Administrator",
        CredentialDomain.HEALTH_INFORMATION_MANAGEMENT,
        Optional.of("AHIMA's baccalaureate-level health information management credential, earned after "
            + "successfully passing the national exam."),
        nationalExam(SEED),
        List.of(MAKE.formerName("Registered Record Administrator", Optional.of("RRA"), Optional.empty(),
            Optional.of(Year.of(2000)), List.of(RENAME_2000, WIKIPEDIA_RHIA))),
        List.of(MAKE.misnomer("RHIM",
            "The seed page names the health information manager's credential \"Registered Health Information "
                + "Management (RHIM)\"; AHIMA has no credential of that name. The baccalaureate-level HIM credential "
                + "is RHIA, Registered Health Information Administrator, as the same page says under Bachelor's Degree.",
            List.of(SEED, AHIMA_ACEP, AHIMA_CERTIFICATION_MARK))),
        List.of(RHIT),
        Optional.of(Eligibilities.RHIA),
        List.of(),
        concat(List.of(SEED, AHIMA_RECERTIFICATION_FAQ), Eligibilities.RHIA_SOURCES));
    Credential rhit = credential(RHIT, "Registered Health Information Technician",
        CredentialDomain.HEALTH_INFORMATION_MANAGEMENT,
        Optional.of("AHIMA's associate-level health information management credential, earned after successfully "
            + "passing the national exam."),
        nationalExam(SEED, AHIMA_RHIT_PAGE),
        List.of(MAKE.formerName("Accredited Record Technician", Optional.of("ART"), Optional.empty(),
            Optional.of(Year.of(2000)), List.of(RENAME_2000))),
        List.of(),
        List.of(),
        Optional.of(Eligibilities.RHIT),
        List.of(),
        concat(List.of(SEED, AHIMA_RHIT_PAGE), Eligibilities.RHIT_SOURCES));
    Credential cca = credential(CCA, "Certified Coding Associate", CredentialDomain.CODING, exam(CCA, RETEST_30),
        Optional.of(Eligibilities.CCA), Eligibilities.CCA_SOURCES);
    Credential ccs = credential(CCS, "Certified Coding Specialist", CredentialDomain.CODING, exam(CCS, RETEST_30),
        Optional.of(Eligibilities.CCS), concat(List.of(ARMY_COOL_CCS), Eligibilities.CCS_SOURCES));
    Credential ccsP = credential(CCS_P, "Certified Coding Specialist\u2014Physician-based", CredentialDomain.CODING,
        exam(CCS_P, RETEST_90), Optional.empty(), List.of());
    Credential chps = credential(CHPS, "Certified in Healthcare Privacy and Security",
        CredentialDomain.PRIVACY_AND_SECURITY,
        Optional.of("Attests to competence in designing, implementing, and administering privacy and security "
            + "protection programs."),
        MAKE.exam(CHPS + " certification exam", false, Optional.of(Duration.ofMinutes(210)), Optional.of(140),
            Optional.of(160), List.of(ELIGIBILITY_WINDOW, RETEST_90),
            List.of(chpsPassRate(2020, 57, 53), chpsPassRate(2019, 76, 58), chpsPassRate(2018, 110, 66)),
            concat(EXAM_SOURCES, List.of(AHIMA_CHPS_PAGE.quoting("Candidates have 3.5 hours to complete the exam. The "
                + "total number of questions on the exam range between 140 and 160 total items.")))),
        List.of(),
        List.of(),
        List.of(),
        Optional.of(Eligibilities.CHPS),
        List.of(new CredentialCount(CredentialCount.Kind.CURRENT_HOLDERS, 639, false,
            Optional.of(LocalDate.of(2019, 12, 31)), Optional.empty(),
            List.of(AHIMA_CHPS_PAGE.quoting("As of 12/31/19, there were 639 certified CHPS professionals.")))),
        concat(List.of(AHIMA_CHPS_PAGE), Eligibilities.CHPS_SOURCES));
    Credential chda = credential(CHDA, "Certified Health Data Analyst", CredentialDomain.DATA_ANALYTICS,
        exam(CHDA, RETEST_90), Optional.empty(), List.of());
    Credential cdip = credential(CDIP, "Certified Documentation Improvement Practitioner",
        CredentialDomain.DOCUMENTATION_IMPROVEMENT, exam(CDIP, RETEST_90), Optional.empty(), List.of());
    return List.of(rhia, rhit, cca, ccs, ccsP, chps, chda, cdip,
        retired(PCS, "Physician Coding Specialist", CredentialDomain.CODING),
        retired(CHP, "Certified in Healthcare Privacy", CredentialDomain.PRIVACY_AND_SECURITY),
        retired(CHS, "Certified in Healthcare Security", CredentialDomain.PRIVACY_AND_SECURITY));
  }

  private static ExamPassRate chpsPassRate(int year, int testers, int percent) {
    return new ExamPassRate(Year.of(year), testers, percent, Optional.of("U.S. and Canada results only"),
        List.of(AHIMA_CHPS_PAGE.quoting(year + "* CHPS " + testers + " " + percent + "%"),
            AHIMA_CHPS_PAGE.quoting("*U.S. and Canada results only")));
  }

  private static Credential retired(CredentialId id, String fullName, CredentialDomain domain) {
    return MAKE.credential(id, fullName, CredentialKind.CERTIFICATION, AHIMA, CredentialStatus.RETIRED,
        List.of(domain), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.of(POLICY),
        List.of(), Optional.of("AHIMA no longer offers this certification exam."), List.of(),
        List.of(AHIMA_RECERTIFICATION_2019.quoting("* AHIMA no longer offers these certification exams")));
  }
}
