package org.himkit.catalog.builtin;

import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.himkit.Citation;
import org.himkit.SourceType;
import org.himkit.internal.ValueFactories;

/**
 * DATA: the sources the built-in catalog cites, one constant per page. Their standing (primary or
 * secondary) and the version read follow the project's fact sheet (compiled 2026-11 from stored
 * copies of the pages); the NCRA pages, NCI's SEER page and Army COOL's CPC page were read later in
 * stored copies, and are primary only where the issuing body publishes them. The pages added for the
 * data audit of December 2026 (catalog 2026.2) were read in stored copies in December 2026; a page's
 * {@code version} says which version of it was read where the page shows it. A mirror of an issuer's
 * page on another host counts as secondary. Every citation has an address, or an {@code addressNote}
 * saying why not.
 */
final class Sources {
  private Sources() {}

  /**
   * Makes the values of the first call (citations, organizations, credentials and their parts) from every attribute,
   * without their builders, which the first call loaded only for these (start-up).
   */
  static final ValueFactories MAKE = ValueFactories.get();

  /** The currency of every fee in the catalog (a fee's default). */
  static final Currency USD = Currency.getInstance("USD");

  static Citation primary(String publisher, String title, String url) {
    return cited(publisher, title, url, SourceType.PRIMARY);
  }

  static Citation secondary(String publisher, String title, String url) {
    return cited(publisher, title, url, SourceType.SECONDARY);
  }

  private static Citation cited(String publisher, String title, String url, SourceType sourceType) {
    return MAKE.citation(publisher, title, Optional.of(URI.create(url)), Optional.empty(), sourceType, Optional.empty(),
        Optional.empty());
  }

  static Citation version(Citation c, String version) {
    return MAKE.citation(c.publisher(), c.title(), c.url(), c.addressNote(), c.sourceType(), Optional.of(version),
        c.quote());
  }

  /**
   * Returns the citations of two lists, the first's then the second's.
   *
   * @param first  the first citations
   * @param then  the citations after them
   * @return the citations, in that order
   */
  static List<Citation> concat(List<Citation> first, List<Citation> then) {
    List<Citation> all = new ArrayList<>(first.size() + then.size());
    all.addAll(first);
    all.addAll(then);
    return all;
  }

  /** The seed page. */
  static final Citation SEED = MAKE.citation("Career page (publisher not named)",
      "What Health Information Management Technicians Do", Optional.empty(),
      Optional.of("The project received the page as a stored text file without its address; the page does not "
          + "name its publisher."), SourceType.SEED_PAGE, Optional.empty(), Optional.empty());

  // AHIMA ---------------------------------------------------------------------------------------

  static final Citation AHIMA_ACEP = version(primary("AHIMA",
      "Approved Continuing Education Program (ACEP): credentials for which providers may request CEU approval",
      "http://cms-test.ahima.org/certification-careers/certifications-overview/for-employers/continuing-education-provider-program-q3-2021/"),
      "Q3 2021");
  static final Citation AHIMA_CERTIFICATION_MARK = primary("AHIMA", "How do I properly use the certification mark?",
      "https://answers.ahima.org/a/2021910-how-do-i-properly-use-the-certification-mark")
      .quoting("Individuals who have met the certification requirements are authorized to use RHIA, RHIT, CCA, CCS, "
          + "CCS-P, CHDA, CHPS, or CDIP as applicable, following their name.");
  static final Citation AHIMA_RECERTIFICATION_2019 = version(primary("AHIMA", "Recertification",
      "https://www.ahima.org/certification/Recertification"), "about 2019-2020 (no longer mailing stickers from 2019)");
  /** The page of about 2019-2020: the coding self-review footnote, which settles PCS and the CEUs counting within the total. */
  static final Citation AHIMA_SELF_REVIEW_FOOTNOTE = AHIMA_RECERTIFICATION_2019.quoting("** Each mandatory annual "
      + "coding self-review is worth five (5) CEUs toward the total CEU requirement of a coding credential.");
  static final Citation AHIMA_RECERTIFICATION_2025 = version(primary("AHIMA", "Recertification",
      "https://www.ahima.org/certification/Recertification"), "2025");
  static final Citation AHIMA_RECERTIFY_MY2 = version(primary("AHIMA", "Recertify",
      "https://my2.ahima.org/certification-careers/recertify"), "2025");
  static final Citation AHIMA_RECERTIFICATION_ASPX = primary("AHIMA", "Recertification",
      "https://ahima.org/certification/recertification.aspx");
  static final Citation AHIMA_RECERTIFICATION_FAQ = version(primary("AHIMA", "FAQs: Recertification",
      "http://cms-test.ahima.org/contact-us-faqs/faqs-recertification/"), "after 2021");
  static final Citation AHIMA_UPDATES = primary("AHIMA", "Certification updates and announcements",
      "https://ahima.org/certification-careers/certifications-overview-old/updates-announcements/");
  static final Citation AHIMA_RECERTIFY_APP = version(primary("AHIMA", "Recertify",
      "https://ahima.app/certification-careers/recertify/"), "after 2021");
  static final Citation AHIMA_OLD_RECERTIFICATION_MIRROR = secondary("AHIMA (mirror of the old ahima.org page)",
      "Recertification", "http://www.saswell-cn.com/certification/Recertification")
      .quoting("(A 3-month grace period is added to the 2-year cycle.)");
  static final Citation AHIMA_HISTORY = primary("AHIMA", "History",
      "https://conference-test.ahima.org/who-we-are/about-us/history");
  static final Citation AHIMA_RHIT_PAGE = primary("AHIMA", "Registered Health Information Technician (RHIT)",
      "https://cms-qa.ahima.org/certification-careers/certification-exams/rhit");
  static final Citation AHIMA_CCA_PAGE = primary("AHIMA", "Certified Coding Associate (CCA)",
      "https://www.ahima.org/certification/cca.aspx")
      .quoting("Coding professionals who hold the CCA credential have demonstrated coding competency across all "
          + "settings, including hospitals and physician practices.");
  static final Citation AHIMA_CHPS_PAGE = primary("AHIMA", "Certified in Healthcare Privacy and Security (CHPS)",
      "https://cms-test.ahima.org/certification-careers/certification-exams/chps/");
  static final Citation AHIMA_CONTACT_FAQ = primary("AHIMA", "Contact us: FAQs",
      "https://ahima.org/certification-careers/apply/contact-us-faqs/");
  static final Citation AHIMA_EXAM_ELIGIBILITY_PERIOD = primary("AHIMA",
      "What is the exam eligibility period and extension request deadline?",
      "https://answers.ahima.org/a/2021896-what-is-the-exam-eligibility-period-and-extension-request-deadline");
  static final Citation AHIMA_FAQ_MIRROR = version(secondary("AHIMA (mirror of the AHIMA FAQ)", "Frequently Asked Questions",
      "http://healthcom.info/index-68.html"), "after 2023-09-11");
  static final Citation AHIMA_POLICIES = primary("AHIMA", "Policies and appeals",
      "https://conference-test.ahima.org/certification-careers/apply/policies-appeals");
  static final Citation AHIMA_POLICIES_MIRROR = secondary("AHIMA (mirror of the AHIMA policies page)", "Policies",
      "http://healthcom.info/index-83.html");
  static final Citation AHIMA_CCS_PAGE_2020 = version(primary("AHIMA (ahima.org served from its load-balancer host)",
      "Certified Coding Specialist (CCS)", "http://ahimaorg-558299850.us-east-1.elb.amazonaws.com/certification/CCS"),
      "2020 (announces the CCS beta exam of July 1, 2020)");
  static final Citation RHIA_ELIGIBILITY = version(secondary("Open Exam Prep", "RHIA eligibility: HIM-only eligibility routes",
      "https://open-exam-prep.com/study-guides/rhia/orientation-rhia-eligibility-application-fees-format-scoring-and-retakes/him-only-eligibility-routes"),
      "2026");
  static final Citation RHIA_ELIGIBILITY_OLD = secondary("Medical Coding Pro (copy of AHIMA text)",
      "Registered Health Information Administrator (RHIA)",
      "https://medicalcodingpro.com/registered-health-information-administrator-rhia/");
  static final Citation RHIT_ELIGIBILITY = secondary("HIMdegree.org", "RHIT certification",
      "https://www.himdegree.org/certification/rhit/");
  static final Citation RHIT_ELIGIBILITY_2 = secondary("Test Prep Review", "RHIT exam", "https://www.testprepreview.com/rhit.htm");
  static final Citation CCA_ELIGIBILITY = secondary("Open Exam Prep", "CCA eligibility and recommended preparation",
      "https://open-exam-prep.com/study-guides/cca/orientation-eligibility-and-exam-strategy/eligibility-and-recommended-preparation");
  static final Citation CCS_ELIGIBILITY = version(primary("AHIMA", "Certified Coding Specialist (CCS)",
      "http://www.ahima.org/certification/CCS"), "ICD-9 era")
      .quoting("Candidates must meet one of the following eligibility requirements");
  static final Citation CCS_ELIGIBILITY_STUDY = version(secondary("Study.com",
      "Certified Coding Specialist exam and licensing information",
      "https://study.com/articles/Certified_Coding_Specialist_Exam_and_Licensing_Information.html"), "2020-01-22");
  static final Citation ARMY_COOL_CCS = primary("U.S. Army Credentialing Opportunities On-Line (COOL)",
      "Certified Coding Specialist (CCS)", "https://www.cool.army.mil/search/CERT_CCS899.htm");
  static final Citation RENAME_2000 = secondary("Elite Learning (ADVANCE for Health Information Professionals)",
      "Vision 2006 Update", "https://www.elitelearning.com/resource-center/health-information-professionals/vision-2006-update/")
      .quoting("As of Jan. 1, 2000, registered record administrators (RRAs) are now registered health information "
          + "administrators (RHIAs) and accredited record technicians (ARTs) are now registered health information "
          + "technicians (RHITs).");
  static final Citation WIKIPEDIA_RHIA = secondary("Wikipedia", "Registered health information administrator",
      "https://en.wikipedia.org/wiki/Registered_health_information_administrator");
  static final Citation CONTACT_HOURS = secondary("South Carolina HIMA (quoting the AHIMA Recertification Guide, 2014)",
      "Credential maintenance", "https://schimaevents.wixsite.com/southcarolinahima/credentialmaintenance");
  static final Citation RHIT_TO_RHIA = secondary("Open Exam Prep", "RHIA, RHIT, CHDA, CHPS, CCS career map",
      "https://open-exam-prep.com/study-guides/rhia/12-final-rhia-review-domain-integration-exam-week-and-career-next-steps/12-05-rhia-rhit-chda-chps-ccs-career-map");

  // AAPC ----------------------------------------------------------------------------------------

  static final Citation AAPC_CEU_HELP = primary("AAPC", "Medical coding education: help",
      "https://www.aapc.com/medical-coding-education/help/");
  static final Citation AAPC_CEU_FAQ = primary("AAPC", "Medical coding education: FAQ",
      "https://www.aapc.com/medical-coding-education/faq.aspx");
  static final Citation AAPC_CEU_POLICIES = primary("AAPC", "CEU policies", "https://www.aapc.com/about-us/ceu-policies");
  static final Citation AAPC_CERTIFICATION_FAQ = version(primary("AAPC", "Exam certification FAQ",
      "https://www.aapc.com/certification/faq.aspx"), "ICD-9 era");
  static final Citation AAPC_MAINTAIN = primary("AAPC", "Maintain your certification",
      "https://www.aapc.com/certifications/maintain-your-certification");
  static final Citation AAPC_MEMBERSHIP_FAQ = version(primary("AAPC", "AAPC membership FAQ",
      "https://www.aapc.com/membership/faq.aspx"), "older page");
  static final Citation AAPC_CIRCC = primary("AAPC",
      "Certified Interventional Radiology Cardiovascular Coder (CIRCC\u00ae) - Certification Exam",
      "https://www.aapc.com/certification/circc/")
      .quoting("the AAPC offers the CIRCC\u00ae (Certified Interventional Radiology Cardiovascular Coder) credential.");
  static final Citation AAPC_CDEO = primary("AAPC", "Certified Documentation Expert Outpatient (CDEO\u00ae)",
      "https://www.aapc.com/certification/cdeo/")
      .quoting("Certified Documentation Expert Outpatient (CDEO\u00ae)");
  static final Citation AAPC_APPRENTICESHIP = primary("AAPC", "Complete your CPC apprenticeship",
      "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship")
      .quoting("When you pass the CPC or COC exam, you receive your CPC-A or COC-A credential");
  static final Citation AAPC_APPRENTICE_OLD = version(primary("AAPC", "Apprentice status",
      "https://www.aapc.com/certification/apprentice_status.aspx"), "older page");
  static final Citation AAPC_APPRENTICE_OPTION_2 = secondary("Copy of AAPC text", "Removing the apprentice designation",
      "http://home-codify.com/index-864.html");
  static final Citation AAPC_COC = primary("AAPC", "Certified Outpatient Coder (COC)", "https://www.aapc.com/certifications/coc");
  static final Citation COC_FORMERLY_CPC_H = AAPC_CERTIFICATION_FAQ.quoting("COC (formerly CPC-H\u00ae)");
  static final Citation AAPC_CPB = version(primary("AAPC", "Medical billing certification",
      "http://www.aapc.com/certification/medical-billing-certification.aspx"), "older page")
      .quoting("Certified Professional Biller (CPB™)");
  static final Citation CRC_NAME = version(secondary("Coding Clarified", "AAPC CRC exam tips",
      "https://codingclarified.com/aapc-crc-exam-tips/"), "2024-07-15")
      .quoting("AAPC Certified Risk Adjustment Coder (CRC) exam");
  static final Citation ARMY_COOL_CPC = primary("U.S. Army Credentialing Opportunities On-Line (COOL)",
      "Certified Professional Coder (CPC)", "https://www.cool.army.mil/search/CERT_CPC567.htm")
      .quoting("Credential: Certified Professional Coder (CPC) ... Credentialing Agency: American Academy of "
          + "Professional Coders (AAPC)");

  // NCRA ----------------------------------------------------------------------------------------

  static final Citation NCRA_MAINTENANCE = version(primary("NCRA", "CTR maintenance",
      "https://www.ncra-usa.org/Certification/CTR-Maintenance"), "CTR-era page");
  static final Citation NCRA_PATHS = primary("NCRA", "Paths to the profession",
      "https://www.ncra-usa.org/About/Paths-to-the-Profession")
      .quoting("Most hospitals and central cancer registries require their cancer registrars to have the CTR credential.");
  static final Citation NCRA_ABOUT = primary("NCRA", "What is NCRA?", "https://www.ncra-usa.org/About/What-is-NCRA")
      .quoting("In 2024, NCRA and its Council on Certification updated the name of its credential CTR, Certified Tumor "
          + "Registrar, to ODS, Oncology Data Specialist.");
  static final Citation NCRA_CERTIFICATION_HISTORY = primary("NCRA", "Council on Certification history",
      "https://www.ncra-usa.org/Certification-About");
  static final Citation SEER_REGISTRARS_PAGE = secondary("National Cancer Institute, SEER Program",
      "How to become a cancer registrar", "https://seer.cancer.gov/registrars/howto.html");
  static final Citation SEER_REGISTRARS = SEER_REGISTRARS_PAGE
      .quoting("As of January 1, 2024 the CTR credential has been renamed ODS for Oncology Data Specialist.");
  static final Citation NCRA_ODS_MAINTENANCE = version(primary("NCRA", "ODS credential maintenance",
      "https://www.ncra-usa.org/ODS-Credential/Current-ODS"), "ODS era (2024 or later)");
  static final Citation NCRA_ODS_POTENTIAL = version(primary("NCRA", "Oncology Data Specialist (ODS) credential",
      "https://www.ncra-usa.org/ODS-Credential/Potential-ODS"), "ODS era (2024 or later)");
  static final Citation NCRA_ODS_TOOLKIT = primary("NCRA", "ODS toolkit: accredited education programs",
      "https://www.ncra-usa.org/ODS-Credential/ODSToolkit/Accredited-Education-Program");
  static final Citation NCRA_CTR_MAINTENANCE_OPTIONS = version(primary("NCRA", "CTR maintenance options",
      "http://www.ncra-usa.org/Certification/CTR-Maintenance/CTR-Maintenance-Options"), "CTR era");
  static final Citation NCRA_ODS_ELIGIBILITY = version(primary("NCRA", "ODS exam eligibility requirements",
      "https://www.ncra-usa.org/ODS-Credential/Potential-ODS/Eligibility"), "ODS era (2024 or later)");
  static final Citation NCRA_ODS_EXAM_FAQ = version(primary("NCRA", "ODS exam FAQ",
      "https://www.ncra-usa.org/ODS-Credential/Certification-Exam/Exam-FAQ"), "ODS era (2024 or later)");
  static final Citation NCRA_STUDENT_FAQ = version(primary("NCRA", "ICA Program: student FAQs",
      "https://www.ncra-usa.org/Education/Student-FAQs"), "CTR era (160-hour clinical practicum)")
      .quoting("The clinical practicum is the final requirement of all NCRA-accredited programs.");

  // CAHIIM --------------------------------------------------------------------------------------

  static final Citation CAHIIM_ABOUT = primary("CAHIIM", "About CAHIIM", "https://www.cahiim.org/about/")
      .quoting("CAHIIM, a 501(c)(3) not for profit organization, accredits associate and baccalaureate degree programs "
          + "in health information management, and masters' degree programs in the health informatics and health "
          + "information management professions in the United States and Puerto Rico.");
  static final Citation CAHIIM_HISTORY_OLD = version(primary("CAHIIM", "Accreditation history in health information "
      + "management", "http://cahiim.org/about%20us/history.html"), "old page");
  static final Citation CAHIIM_WEBSITE_REQUIREMENTS = primary("CAHIIM", "Website requirements",
      "https://www.cahiim.org/accreditation/website-requirements")
      .quoting("Program must post program graduation rate AND employment rate, as well as at least one (1) of the "
          + "following:");

  // BLS and O*NET -------------------------------------------------------------------------------

  static final Citation BLS_OOH_29_9021 = version(primary("U.S. Bureau of Labor Statistics",
      "Occupational Outlook Handbook: Health Information Technologists and Medical Registrars",
      "https://stats.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm"), "2022 data");
  static final Citation BLS_OEWS_29_9021 = version(primary("U.S. Bureau of Labor Statistics",
      "Occupational Employment and Wages, May 2021: 29-9021 Health Information Technologists and Medical Registrars",
      "https://www.bls.gov/oes/2021/may/oes299021.htm"), "May 2021");
  static final Citation BLS_EP_29_9098 = version(primary("U.S. Bureau of Labor Statistics",
      "Employment Projections national matrix: 29-9098",
      "https://data.bls.gov/projections/nationalMatrix?queryParams=29-9098&ioType=o"), "2020-30 projections");
  static final Citation BLS_SOC_RESPONSES = primary("U.S. Bureau of Labor Statistics",
      "2018 SOC: responses to comments (July 2016)", "https://stats.bls.gov/soc/2018/soc_responses_July_2016.htm");
  static final Citation ONET_29_2072 = version(primary("O*NET OnLine", "29-2072.00 Medical Records Specialists",
      "https://onetonline.org/find/match/2/29-2072.00"), "Updated 2025");

  // Other public sources ---------------------------------------------------------------------------

}
