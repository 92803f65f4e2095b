package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.primary;
import static org.himkit.catalog.builtin.Sources.secondary;
import static org.himkit.catalog.builtin.Sources.version;

import org.himkit.Citation;

/**
 * DATA: the sources that only the parts of the built-in catalog built on first use cite (occupations, roles, work
 * settings, program types, known omissions), with the same standing and versions as in {@link Sources}, where they
 * were until the built-in catalog's first call stopped building them (start-up: about a quarter of the citations,
 * each built and checked when {@code Sources} is initialized).
 */
final class LaterSources {
  private LaterSources() {}

  static final Citation AHIMA_CONTACT_OLD = version(primary("AHIMA", "Contact",
      "http://www.ahima.org/certification/contact"), "older page");

  static final Citation RHIA_PROVISO_MIRROR = version(secondary("AHIMA (mirror of the old ahima.org page)",
      "Registered Health Information Administrator (RHIA)", "http://www.saswell-cn.com/certification/RHIA?tabid=proviso"),
      "about 2017-2019");

  static final Citation AAPC_CEU_HELP_OLD = version(primary("AAPC", "CEU information: members",
      "http://www.aapc.com/medical-coding-education/help/"), "older page (36/48/60/72/80 table)");

  static final Citation NCRA_CTR_FAQ_OLD = version(primary("NCRA", "Membership and certification FAQ",
      "http://www.ncra-usa.org/Membership/Frequently-Asked-Questions/Membership-Certification"), "CTR era");

  static final Citation CTR_EXAM_ELIGIBILITY_OLD = version(primary("NCRA Council on Certification",
      "CTR exam eligibility", "http://www.ctrexam.org/eligibility/index.htm"), "CTR era (undated)")
      .quoting("Successful completion of 160 hours of work practicum in a CTR-staffed Cancer Registry (may be part of "
          + "a NCRA-approved program curriculum).");

  static final Citation NCRA_WHERE_REGISTRARS_WORK = primary("NCRA", "What do cancer registrars do?",
      "https://www.ncra-usa.org/About/Become-a-Cancer-Registrar/What-Do-Cancer-Registrars-Do")
      .quoting("Most registrars work for hospitals or central cancer registries. (State registries are referred to as "
          + "central registries.) A few work for federal agencies such as the Centers for Disease Control & "
          + "Prevention\u2019s (CDC) National Program of Cancer Registries or the National Cancer Institute\u2019s (NCI) "
          + "Surveillance, Epidemiology, and End Results (SEER) Program.");

  static final Citation CAHIIM_MANUAL_OLD = version(primary("CAHIIM", "Accreditation manual",
      "http://cahiim.org/Accreditation_Manual.html"), "old page (lists a 2012 revision)");

  static final Citation CAHIIM_CERTIFICATE_OF_DEGREE = primary("CAHIIM", "Substantive changes",
      "https://www.cahiim.org/programs/substantive-changes")
      .quoting("What is a CAHIIM Accredited Certificate of the Degree Program?");

  static final Citation BLS_OOH_11_9111 = version(primary("U.S. Bureau of Labor Statistics",
      "Occupational Outlook Handbook: Medical and Health Services Managers",
      "https://www.bls.gov/OOH/management/medical-and-health-services-managers.htm"), "2023 data");

  static final Citation BLS_OOH_11_9111_2022 = version(primary("U.S. Bureau of Labor Statistics",
      "Occupational Outlook Handbook: Medical and Health Services Managers",
      "https://www.bls.gov/ooh/Management/Medical-and-health-services-managers.htm"), "2022 data");

  static final Citation BLS_OOH_MRS_2020 = version(primary("U.S. Bureau of Labor Statistics",
      "Occupational Outlook Handbook: Medical Records and Health Information Specialists",
      "https://www.bls.gov/ooh/Healthcare/Medical-records-and-health-information-technicians.htm"), "2020 data");

  static final Citation CANCER_REGISTRARS_2020_PROFILE = version(secondary("Dewey Color System (copy of BLS OOH text)",
      "Medical records and health information technicians",
      "https://deweycolorsystem.com/cci/medical-records-and-health-information-technicians/"),
      "the profile \"Medical Records and Health Information Specialists\", about 2020 data")
      .quoting("The following are examples of types of medical records and health information specialists: Cancer "
          + "registrars review patients\u2019 records and pathology reports");

  static final Citation BLS_OOH_MRHIT_2018 = version(primary("U.S. Bureau of Labor Statistics (archived)",
      "Occupational Outlook Handbook: Medical Records and Health Information Technicians",
      "https://webarchive.library.unt.edu/web/20201218060825/https://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm"),
      "2018 data");

  static final Citation BLS_OOH_MRHIT_2010 = version(primary("U.S. Bureau of Labor Statistics (archived)",
      "Occupational Outlook Handbook: Medical Records and Health Information Technicians",
      "https://cybercemetery.unt.edu/archive/oilspill/20121017121941/http://www.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm"),
      "2010 data");

  static final Citation BLS_OEWS_29_2071_2011 = version(primary("U.S. Bureau of Labor Statistics (archived)",
      "Occupational Employment and Wages, May 2011: 29-2071 Medical Records and Health Information Technicians",
      "https://webarchive.library.unt.edu/web/20120921132839/http:/www.bls.gov/oes/current/oes292071.htm"), "May 2011");

  static final Citation BLS_OOH_MRHIT_2015 = version(primary("U.S. Bureau of Labor Statistics",
      "Occupational Outlook Handbook: Medical Records and Health Information Technicians",
      "http://stats.bls.gov/ooh/healthcare/medical-records-and-health-information-technicians.htm"), "2015 data");

  static final Citation MEDIAN_48780_SECONDARY = secondary("American Dream Jobs", "Medical records specialists",
      "https://www.americandreamjobs.org/careers/medical-records-specialists")
      .quoting("Median Annual Pay $48,780, Range: $35,080 - $77,810");

  static final Citation AAPC_OUTLOOK = secondary("AAPC (citing BLS)", "Projected outlook",
      "https://aapc.com/resources/projected-outlook")
      .quoting("The BLS projects job growth for medical records specialists to grow 9 percent from 2023-33.");

  static final Citation ONET_29_2071 = version(primary("O*NET OnLine", "29-2071.00 Medical Records and Health Information Technicians",
      "http://www.onetonline.org/link/summary/29-2071.00"), "2010 SOC era");

  static final Citation ONET_11_9111 = version(primary("O*NET OnLine (archived)", "11-9111.00 Medical and Health Services Managers",
      "https://webarchive.library.unt.edu/web/20210428005148/http://www.onetonline.org/link/summary/11-9111.00"),
      "snapshot 2021-04-28");

  static final Citation ONET_11_9111_CURRENT = primary("O*NET OnLine", "11-9111.00 Medical and Health Services Managers",
      "https://www.onetonline.org/link/result/11-9111.00")
      .quoting("Sample of reported job titles: Cancer Center Director, Clinical Director, Health Information Management "
          + "Director (HIM Director), Health Information Manager (HIM Manager), Healthcare System Director, Medical "
          + "Records Director, Medical Records Manager, Mental Health Program Manager, Nurse Manager, Nursing Director");

  static final Citation ONET_29_9021_SECONDARY = secondary("JobZoneRisk", "Health Information Technologist",
      "https://jobzonerisk.com/roles/health-information-technologist")
      .quoting("Health Information Technologist and Medical Registrar (BLS SOC 29-9021.00)");

  static final Citation RHIA_11_9111_BLOG = version(secondary("Healthcare IT Guide",
      "Update for Standard Occupational Classification", "https://healthcareitguide.blogspot.com/2016/10/update-for-standard-occupational.html"),
      "2016-10");

  static final Citation HIMSS_SOC = secondary("HIMSS", "HIMSS joins healthcare organizations' recommendations for 2018 SOC revisions",
      "https://www.himss.org/news/himss-joins-healthcare-organizations-recommendations-2018-soc-revisions");

  static final Citation CANCER_REGISTRARS_29_9021 = secondary("Explore Health Careers WV (copy of BLS OOH text)",
      "Health Information Technologists and Medical Registrars",
      "https://explorehealthcareerswv.com/career/health-information-technologists-and-medical-registrars")
      .quoting("For example, cancer registrars collect and analyze information for facility, regional, and national "
          + "databases of cancer patients.");

  static final Citation CFR_PRIVACY_OFFICIAL = version(primary("U.S. Government Printing Office (Code of Federal "
      + "Regulations, archived)", "45 CFR 164.530 Administrative requirements",
      "https://webarchive.library.unt.edu/eot2008/20090113182030/http://edocket.access.gpo.gov/cfr_2007/octqtr/45cfr164.530.htm"),
      "revised as of October 1, 2007")
      .quoting("A covered entity must designate a privacy official who is responsible for the development and "
          + "implementation of the policies and procedures of the entity.");
}
