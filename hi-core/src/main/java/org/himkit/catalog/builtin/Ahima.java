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
    return Organization.builder()
        .id(AHIMA)
        .name("American Health Information Management Association")
        .abbreviation("AHIMA")
        .addKinds(OrganizationKind.PROFESSIONAL_ASSOCIATION, OrganizationKind.CERTIFYING_BODY)
        .addFormerName(former("Association of Record Librarians of North America", "ARLNA", 1928, 1938))
        .addFormerName(former("American Association of Medical Record Librarians", "AAMRL", 1938, 1970))
        .addFormerName(former("American Medical Record Association", "AMRA", 1970, 1991))
        .description("The profession's association; its Commission on Certification for Health Informatics and "
            + "Information Management (CCHIIM) certifies the RHIA, RHIT, CCA, CCS, CCS-P, CHPS, CHDA and CDIP "
            + "credentials. Established in 1928 by the American College of Surgeons as ARLNA; named AHIMA since 1991. "
            + "Its approved continuing education programs reach more than 101,000 health information professionals. "
            + "Since April 1, 2018 its certificates are virtual, and a certificate's valid-through date is updated "
            + "with each completed recertification cycle.")
        .addCitations(SEED, AHIMA_HISTORY, AHIMA_ACEP.quoting("Approved programs are provided to more than 101,000 "
            + "health information professionals."), AHIMA_CONTACT_FAQ.quoting("Effective April 1, 2018, virtual "
            + "certificates have replaced hard copy certificates for newly credentialed individuals."),
            AHIMA_CONTACT_FAQ.quoting("The certificate valid-through date is automatically updated with the successful "
            + "completion of each recertification cycle."))
        .addAllFees(fees())
        .build();
  }

  /** AHIMA's fees: recertification (non-members), extensions, and the exam policies' fees. */
  private static List<Fee> fees() {
    Citation recertificationFee = AHIMA_RECERTIFICATION_FAQ.quoting("If you hold one credential, the recertification "
        + "fee is $218. If you hold more than one credential, the first recertification fee is $218 and each "
        + "additional certification is $50.");
    Citation nonMembers = AHIMA_RECERTIFICATION_FAQ.quoting("Credential holders who are not AHIMA members pay the above "
        + "fees on a biennial basis.");
    return List.of(
        fee(FeeKind.RECERTIFICATION, "recertification fee, one credential or the first of several", "218",
            MemberRate.NON_MEMBER, FeeBasis.PER_PAYMENT).every(Period.ofYears(2))
            .addCitations(recertificationFee, nonMembers).build(),
        fee(FeeKind.RECERTIFICATION, "recertification fee, each additional certification", "50",
            MemberRate.NON_MEMBER, FeeBasis.PER_ADDITIONAL_CREDENTIAL).every(Period.ofYears(2))
            .addCitations(recertificationFee, nonMembers).build(),
        fee(FeeKind.RECERTIFICATION_EXTENSION, "recertification extension", "50", MemberRate.EVERYONE,
            FeeBasis.PER_CREDENTIAL).effectiveFrom(LocalDate.of(2021, 1, 1))
            .addCitations(AHIMA_UPDATES.quoting("Recertification extensions will incur a $50 fee per credential, payable "
                + "electronically via the CEU Center."), AHIMA_UPDATES.quoting("January 1, 2021.")).build(),
        fee(FeeKind.EXAM_ELIGIBILITY_EXTENSION, "exam eligibility extension, in 30-day increments for up to 90 days",
            "50", MemberRate.EVERYONE, FeeBasis.PER_INCREMENT).increment(Period.ofDays(30))
            .addCitation(AHIMA_EXAM_ELIGIBILITY_PERIOD.quoting("You can apply for extensions in 30-day increments for up "
                + "to 90 days. The cost for each 30-day increment is $50.")).build(),
        fee(FeeKind.EXAM_RESCHEDULING, "cancelling or rescheduling between 14 days and 24 hours before the exam date "
            + "(charged by Pearson VUE)", "30", MemberRate.EVERYONE, FeeBasis.PER_PAYMENT)
            // the primary page has the rule as a table row; the mirror has it as a sentence
            .addCitations(AHIMA_POLICIES.quoting("Between 14 days 24 hours prior to exam date"),
                AHIMA_POLICIES_MIRROR.quoting("Any candidate who cancels or reschedules his or her appointment between "
                    + "14 days and 24 hours prior to the exam date will be charged a fee of $30 by Pearson VUE."))
            .build(),
        fee(FeeKind.EXAM_REFUND_PROCESSING, "processing a refund request", "75", MemberRate.EVERYONE,
            FeeBasis.PER_PAYMENT)
            .addCitation(AHIMA_POLICIES.quoting("There is a $75 processing fee for all refund requests.")).build());
  }

  private static Fee.Builder fee(FeeKind kind, String description, String amount, MemberRate rate, FeeBasis basis) {
    Fee.Builder b = Fee.builder();
    b.kind(kind).description(description).amount(new BigDecimal(amount)).rate(rate).basis(basis)
        .verification(Verification.CONFIRMED_AT_SOURCE);
    return b;
  }

  private static FormerName former(String name, String abbreviation, int from, int until) {
    return FormerName.builder().name(name).abbreviation(abbreviation).fromYear(Year.of(from))
        .untilYear(Year.of(until)).addCitation(AHIMA_HISTORY).build();
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
    return Exam.builder().description("national certification exam").national(true)
        .addPeriods(ELIGIBILITY_WINDOW, RETEST_90).addCitations(sources).build();
  }

  /** An AHIMA exam the sources do not call national, with the eligibility window and the retest wait. */
  private static Exam.Builder exam(CredentialId id, ExamPeriod retest) {
    Exam.Builder b = Exam.builder();
    b.description(id + " certification exam").national(false).addPeriods(ELIGIBILITY_WINDOW, retest)
        .addCitations(AHIMA_EXAM_ELIGIBILITY_PERIOD, AHIMA_FAQ_MIRROR);
    return b;
  }

  private static Credential.Builder credential(CredentialId id, String fullName, CredentialDomain domain) {
    Credential.Builder b = new Credential.Builder();
    b.id(id).fullName(fullName).kind(CredentialKind.CERTIFICATION).issuer(AHIMA).status(CredentialStatus.ACTIVE)
        .addDomain(domain).renewalPolicy(POLICY).addCitations(AHIMA_ACEP, AHIMA_CERTIFICATION_MARK);
    return b;
  }

  static List<Credential> credentials() {
    Credential rhia = credential(RHIA, "Registered Health Information Administrator",
        CredentialDomain.HEALTH_INFORMATION_MANAGEMENT)
        .description("AHIMA's baccalaureate-level health information management credential, earned after "
            + "successfully passing the national exam.")
        .exam(nationalExam(SEED))
        .addFormerName(FormerName.builder().name("Registered Record Administrator").abbreviation("RRA")
            .untilYear(Year.of(2000)).addCitations(RENAME_2000, WIKIPEDIA_RHIA).build())
        .addMisnomer(Misnomer.builder().text("RHIM")
            .note("The seed page names the health information manager's credential \"Registered Health Information "
                + "Management (RHIM)\"; AHIMA has no credential of that name. The baccalaureate-level HIM credential "
                + "is RHIA, Registered Health Information Administrator, as the same page says under Bachelor's Degree.")
            .addCitations(SEED, AHIMA_ACEP, AHIMA_CERTIFICATION_MARK).build())
        .addSupersede(RHIT)
        .addCitations(SEED, AHIMA_RECERTIFICATION_FAQ)
        .eligibility(Eligibilities.RHIA).addAllCitations(Eligibilities.RHIA_SOURCES)
        .build();
    Credential rhit = credential(RHIT, "Registered Health Information Technician",
        CredentialDomain.HEALTH_INFORMATION_MANAGEMENT)
        .description("AHIMA's associate-level health information management credential, earned after successfully "
            + "passing the national exam.")
        .exam(nationalExam(SEED, AHIMA_RHIT_PAGE))
        .addFormerName(FormerName.builder().name("Accredited Record Technician").abbreviation("ART")
            .untilYear(Year.of(2000)).addCitation(RENAME_2000).build())
        .addCitations(SEED, AHIMA_RHIT_PAGE)
        .eligibility(Eligibilities.RHIT).addAllCitations(Eligibilities.RHIT_SOURCES)
        .build();
    Credential cca = credential(CCA, "Certified Coding Associate", CredentialDomain.CODING)
        .exam(exam(CCA, RETEST_30).build())
        .eligibility(Eligibilities.CCA).addAllCitations(Eligibilities.CCA_SOURCES).build();
    Credential ccs = credential(CCS, "Certified Coding Specialist", CredentialDomain.CODING)
        .exam(exam(CCS, RETEST_30).build())
        .addCitation(ARMY_COOL_CCS)
        .eligibility(Eligibilities.CCS).addAllCitations(Eligibilities.CCS_SOURCES).build();
    Credential ccsP = credential(CCS_P, "Certified Coding Specialist\u2014Physician-based", CredentialDomain.CODING)
        .exam(exam(CCS_P, RETEST_90).build())
        .build();
    Credential chps = credential(CHPS, "Certified in Healthcare Privacy and Security",
        CredentialDomain.PRIVACY_AND_SECURITY)
        .description("Attests to competence in designing, implementing, and administering privacy and security "
            + "protection programs.")
        .exam(exam(CHPS, RETEST_90)
            .duration(Duration.ofMinutes(210)).minimumItems(140).maximumItems(160)
            .addPassRates(chpsPassRate(2020, 57, 53), chpsPassRate(2019, 76, 58), chpsPassRate(2018, 110, 66))
            .addCitation(AHIMA_CHPS_PAGE.quoting("Candidates have 3.5 hours to complete the exam. The total number of "
                + "questions on the exam range between 140 and 160 total items.")).build())
        .addCount(new CredentialCount(CredentialCount.Kind.CURRENT_HOLDERS, 639, false,
            Optional.of(LocalDate.of(2019, 12, 31)), Optional.empty(),
            List.of(AHIMA_CHPS_PAGE.quoting("As of 12/31/19, there were 639 certified CHPS professionals."))))
        .addCitation(AHIMA_CHPS_PAGE)
        .eligibility(Eligibilities.CHPS).addAllCitations(Eligibilities.CHPS_SOURCES).build();
    Credential chda = credential(CHDA, "Certified Health Data Analyst", CredentialDomain.DATA_ANALYTICS)
        .exam(exam(CHDA, RETEST_90).build()).build();
    Credential cdip = credential(CDIP, "Certified Documentation Improvement Practitioner",
        CredentialDomain.DOCUMENTATION_IMPROVEMENT)
        .exam(exam(CDIP, RETEST_90).build()).build();
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
    return Credential.builder().id(id).fullName(fullName).kind(CredentialKind.CERTIFICATION).issuer(AHIMA)
        .status(CredentialStatus.RETIRED).addDomain(domain).renewalPolicy(POLICY)
        .description("AHIMA no longer offers this certification exam.")
        .addCitation(AHIMA_RECERTIFICATION_2019.quoting("* AHIMA no longer offers these certification exams"))
        .build();
  }
}
