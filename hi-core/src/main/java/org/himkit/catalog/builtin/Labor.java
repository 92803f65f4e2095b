package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.LaterSources.*;
import static org.himkit.catalog.builtin.Sources.*;

import java.math.BigDecimal;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.CodeScheme;
import org.himkit.DegreeLevel;
import org.himkit.EmploymentFigure;
import org.himkit.EntryEducation;
import org.himkit.EntryExperience;
import org.himkit.IndustryEmployment;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.OrganizationId;
import org.himkit.OutlookFigure;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;

/**
 * DATA: the U.S. Bureau of Labor Statistics, O*NET, and the occupations 29-2072, 29-9021, 11-9111 and
 * the 2010 SOC occupation 29-2071, with each wage, employment, outlook and education figure kept with
 * its reference period and edition. Figures are never paired across editions.
 */
final class Labor {
  private Labor() {}

  /** The ids of BLS and O*NET, whose organizations are {@link Agencies#labor()}. */
  static final OrganizationId BLS = Agencies.BLS;
  static final OrganizationId ONET = Agencies.ONET;

  static final OccupationId MEDICAL_RECORDS_SPECIALISTS = OccupationId.of("29-2072");
  static final OccupationId HIT_AND_REGISTRARS = OccupationId.of("29-9021");
  static final OccupationId HEALTH_SERVICES_MANAGERS = OccupationId.of("11-9111");
  static final OccupationId LEGACY_MRHIT = OccupationId.of("29-2071");

  private static final String OOH_2020 = "OOH, 2020 data";

  /**
   * The scope of the 2020-data OOH figures kept on 29-2072: the edition's profile is broader than
   * 29-2072 alone.
   */
  static final String OOH_2020_SCOPE = "the OOH profile \"Medical Records and Health Information Specialists\" "
      + "(2020 data), broader than 29-2072: its types include cancer registrars (29-9021); which BLS grouping its "
      + "figures cover is not confirmed";

  /**
   * The seed page's median salary, kept on 29-2072 and stated by the profession
   * ({@code Profession.medianSalary()}): built on each call (two equal values), not kept in a constant, so that the
   * organizations of this class, which the built-in catalog's first call builds, do not build it (start-up).
   */
  static WageStatistic seedMedian() {
    return WageStatistic.builder().measure(WageMeasure.MEDIAN_ANNUAL)
        .amount(new BigDecimal("48780"))
        .verification(Verification.NOT_CONFIRMED_AT_SOURCE)
        .note("The seed page's figure: \"According to the Bureau of Labor and Statistics, the median salary for health "
            + "information technicians is approximately $48,780 per year.\" The page gives no reference period, and "
            + "the figure could not be found on bls.gov; it is most likely the May 2023 median of the 2024-25 "
            + "Occupational Outlook Handbook, which is unconfirmed. The only other page found with it "
            + "(americandreamjobs.org) is weak corroboration: it also gives \"Education Bachelor's degree\" and "
            + "\"Training Time 4-5 years\".")
        .addCitations(SEED, MEDIAN_48780_SECONDARY).build();
  }

  private static WageStatistic.Builder wageBuilder(WageMeasure measure, String amount, YearMonth month, String edition,
      Citation citation) {
    WageStatistic.Builder b = WageStatistic.builder();
    b.measure(measure).amount(new BigDecimal(amount)).referenceMonth(month)
        .edition(edition).verification(Verification.CONFIRMED_AT_SOURCE).addCitation(citation);
    return b;
  }

  private static WageStatistic wage(WageMeasure measure, String amount, YearMonth month, String edition,
      Citation citation) {
    return wageBuilder(measure, amount, month, edition, citation).build();
  }

  private static EmploymentFigure.Builder jobsBuilder(int year, long jobs, String edition, Citation citation) {
    EmploymentFigure.Builder b = EmploymentFigure.builder();
    b.year(Year.of(year)).jobs(jobs).edition(edition)
        .verification(Verification.CONFIRMED_AT_SOURCE).addCitation(citation);
    return b;
  }

  private static EmploymentFigure jobs(int year, long jobs, String edition, Citation citation) {
    return jobsBuilder(year, jobs, edition, citation).build();
  }

  private static EntryEducation education(String text, DegreeLevel level, String edition, Citation citation) {
    return EntryEducation.builder().text(text).level(level).edition(edition).addCitation(citation).build();
  }

  private static EntryExperience experience(String text, String edition, Citation citation) {
    return new EntryExperience(text, edition, List.of(citation));
  }

  private static IndustryEmployment industry(String industry, long jobs, YearMonth month, String edition,
      Citation citation) {
    return new IndustryEmployment(industry, jobs, month, edition, List.of(citation));
  }

  private static OutlookFigure.Builder outlook(int percent, int from, int to, String edition, Citation citation) {
    OutlookFigure.Builder b = OutlookFigure.builder();
    b.percentChange(percent).fromYear(Year.of(from)).toYear(Year.of(to)).edition(edition)
        .verification(Verification.CONFIRMED_AT_SOURCE).addCitation(citation);
    return b;
  }

  private static YearMonth may(int year) {
    return YearMonth.of(year, Month.MAY);
  }

  static List<Occupation> occupations() {
    Occupation specialists = Occupation.builder()
        .id(MEDICAL_RECORDS_SPECIALISTS)
        .title("Medical Records Specialists")
        .addCode(new Code(CodeScheme.SOC, "2018", "29-2072", "Medical Records Specialists"))
        .addCode(new Code(CodeScheme.ONET_SOC, "O*NET OnLine, updated 2025", "29-2072.00", "Medical Records Specialists"))
        .definitionNote("Includes medical coders. The 2020-data Occupational Outlook Handbook figures kept here "
            + "($44,090, 341,600 jobs, 8 % for 2019-29, \"Postsecondary nondegree award\") are those of the profile "
            + "\"Medical Records and Health Information Specialists\", which is broader than 29-2072 alone: its types "
            + "include cancer registrars (29-9021), and which BLS grouping the figures cover is not confirmed. Each "
            + "such figure says so in its scope.")
        .addSampleTitles("Coder", "Health Information Clerk", "Health Information Specialist",
            "Health Information Technician", "Medical Records Clerk", "Medical Records Coordinator",
            "Medical Records Technician", "Registered Health Information Technician (RHIT)")
        .addWage(seedMedian())
        .addWages(wageBuilder(WageMeasure.MEDIAN_ANNUAL, "44090", may(2020), OOH_2020, BLS_OOH_MRS_2020)
                .scope(OOH_2020_SCOPE).build(),
            wageBuilder(WageMeasure.MEDIAN_HOURLY, "21.20", may(2020), OOH_2020, BLS_OOH_MRS_2020)
                .scope(OOH_2020_SCOPE).build())
        .addEmployment(jobsBuilder(2019, 341_600, OOH_2020, BLS_OOH_MRS_2020).scope(OOH_2020_SCOPE).build())
        .addOutlook(outlook(8, 2019, 2029, OOH_2020, BLS_OOH_MRS_2020).descriptor("Much faster than average")
            .scope(OOH_2020_SCOPE).build())
        .addOutlook(outlook(9, 2023, 2033, "as cited by AAPC", AAPC_OUTLOOK)
            .verification(Verification.SECONDARY_ONLY).build())
        .addEntryEducation(EntryEducation.builder().text("Postsecondary nondegree award")
            .level(DegreeLevel.POSTSECONDARY_CERTIFICATE).edition(OOH_2020).scope(OOH_2020_SCOPE)
            .addCitation(BLS_OOH_MRS_2020).build())
        .addCitations(ONET_29_2072, BLS_OOH_MRS_2020, SEED, CANCER_REGISTRARS_2020_PROFILE)
        .build();
    Occupation technologists = Occupation.builder()
        .id(HIT_AND_REGISTRARS)
        .title("Health Information Technologists and Medical Registrars")
        .addCode(new Code(CodeScheme.SOC, "2018", "29-9021", "Health Information Technologists and Medical Registrars"))
        .addCode(new Code(CodeScheme.ONET_SOC, "secondary sources only", "29-9021.00",
            "Health Information Technologists and Medical Registrars"))
        .addCode(new Code(CodeScheme.BLS_EP, "2020-30", "29-9098", "Health information technologists, medical "
            + "registrars, surgical assistants, and healthcare practitioners and technical workers, all other"))
        .definitionNote("Excludes \"Medical Records Specialists\" (29-2072). In the BLS Employment Projections "
            + "2020-30 matrix it is not projected alone but within 29-9098.")
        .addWages(wage(WageMeasure.MEDIAN_ANNUAL, "58250", may(2022), "OOH, 2022 data", BLS_OOH_29_9021),
            wage(WageMeasure.MEDIAN_HOURLY, "28.01", may(2022), "OOH, 2022 data", BLS_OOH_29_9021),
            wage(WageMeasure.MEDIAN_ANNUAL, "55560", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.MEDIAN_HOURLY, "26.71", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.MEAN_ANNUAL, "61410", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.MEAN_HOURLY, "29.53", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.PERCENTILE_10_ANNUAL, "29680", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.PERCENTILE_25_ANNUAL, "37500", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.PERCENTILE_75_ANNUAL, "76960", may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            wage(WageMeasure.PERCENTILE_90_ANNUAL, "98490", may(2021), "OEWS May 2021", BLS_OEWS_29_9021))
        .addEmployment(jobs(2022, 37_900, "OOH, 2022 data", BLS_OOH_29_9021),
            jobs(2021, 37_900, "OEWS May 2021", BLS_OEWS_29_9021))
        .addOutlook(outlook(16, 2022, 2032, "OOH, 2022 data", BLS_OOH_29_9021).descriptor("Much faster than average")
            .employmentChange(6_200L).annualOpenings(3_100L).build())
        .addEntryEducation(EntryEducation.builder().text("Associate's degree").level(DegreeLevel.ASSOCIATE)
            .edition("OOH, 2022 data").addCitation(BLS_OOH_29_9021).build())
        .addEntryExperience(experience("None", "OOH, 2022 data", BLS_OOH_29_9021))
        .addTopIndustries(
            industry("General Medical and Surgical Hospitals", 16_900, may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            industry("Offices of Physicians", 4_200, may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            industry("Management of Companies and Enterprises", 2_740, may(2021), "OEWS May 2021", BLS_OEWS_29_9021),
            industry("Outpatient Care Centers", 1_380, may(2021), "OEWS May 2021", BLS_OEWS_29_9021))
        .addCitations(BLS_OOH_29_9021, BLS_OEWS_29_9021, BLS_EP_29_9098, ONET_29_9021_SECONDARY)
        .build();
    Occupation managers = Occupation.builder()
        .id(HEALTH_SERVICES_MANAGERS)
        .title("Medical and Health Services Managers")
        .addCode(new Code(CodeScheme.SOC, "2018", "11-9111", "Medical and Health Services Managers"))
        .addCode(new Code(CodeScheme.ONET_SOC, "O*NET OnLine, 2021 snapshot", "11-9111.00", "Medical and Health Services Managers"))
        .addSampleTitles("Medical Records Manager", "Clinical Director", "Practice Administrator",
            "Health Information Management Director (HIM Director)", "Health Information Manager (HIM Manager)")
        .addWages(wage(WageMeasure.MEDIAN_ANNUAL, "110680", may(2023), "OOH, 2023 data", BLS_OOH_11_9111),
            wage(WageMeasure.MEDIAN_HOURLY, "53.21", may(2023), "OOH, 2023 data", BLS_OOH_11_9111),
            wage(WageMeasure.MEDIAN_ANNUAL, "104830", may(2022), "OOH, 2022 data", BLS_OOH_11_9111_2022),
            wage(WageMeasure.MEDIAN_HOURLY, "50.40", may(2022), "OOH, 2022 data", BLS_OOH_11_9111_2022))
        .addEmployment(jobs(2023, 562_700, "OOH, 2023 data", BLS_OOH_11_9111),
            jobs(2022, 509_500, "OOH, 2022 data", BLS_OOH_11_9111_2022))
        .addOutlook(outlook(29, 2023, 2033, "OOH, 2023 data", BLS_OOH_11_9111).employmentChange(160_600L)
                .annualOpenings(61_400L).build(),
            outlook(28, 2022, 2032, "OOH, 2022 data", BLS_OOH_11_9111_2022).employmentChange(144_700L)
                .annualOpenings(54_700L).build())
        .addEntryEducation(EntryEducation.builder().text("Bachelor's degree").level(DegreeLevel.BACCALAUREATE)
            .edition("OOH, 2023 data").addCitation(BLS_OOH_11_9111).build())
        .addEntryExperience(experience("Less than 5 years", "OOH, 2023 data", BLS_OOH_11_9111),
            experience("Less than 5 years", "OOH, 2022 data", BLS_OOH_11_9111_2022))
        .addCitations(BLS_OOH_11_9111, ONET_11_9111, ONET_11_9111_CURRENT)
        .build();
    Occupation legacy = Occupation.builder()
        .id(LEGACY_MRHIT)
        .title("Medical Records and Health Information Technicians")
        .addCode(new Code(CodeScheme.SOC, "2010", "29-2071", "Medical Records and Health Information Technicians"))
        .addCode(new Code(CodeScheme.ONET_SOC, "2010 SOC based", "29-2071.00", "Medical Records and Health Information Technicians"))
        .addSampleTitles("Coder", "Health Information Clerk", "Health Information Specialist",
            "Health Information Technician (Health Information Tech)", "Medical Records Analyst", "Medical Records Clerk",
            "Medical Records Coordinator", "Medical Records Director", "Medical Records Technician (Medical Records Tech)",
            "Registered Health Information Technician (RHIT)")
        .definitionNote("A 2010 SOC occupation; the 2018 SOC split it into 29-2072 and 29-9021 (the exact crosswalk "
            + "wording is not confirmed).")
        .addWages(wage(WageMeasure.MEDIAN_ANNUAL, "40350", may(2018), "OOH, 2018 data", BLS_OOH_MRHIT_2018),
            wage(WageMeasure.MEDIAN_HOURLY, "19.40", may(2018), "OOH, 2018 data", BLS_OOH_MRHIT_2018),
            wage(WageMeasure.MEDIAN_ANNUAL, "37110", may(2015), "OOH, 2015 data", BLS_OOH_MRHIT_2015),
            wage(WageMeasure.MEDIAN_ANNUAL, "33310", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.MEDIAN_HOURLY, "16.01", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.MEAN_ANNUAL, "35920", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.MEAN_HOURLY, "17.27", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.PERCENTILE_10_ANNUAL, "21680", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.PERCENTILE_25_ANNUAL, "26280", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.PERCENTILE_75_ANNUAL, "43410", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.PERCENTILE_90_ANNUAL, "55170", may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            wage(WageMeasure.MEDIAN_ANNUAL, "32350", may(2010), "OOH, 2010 data", BLS_OOH_MRHIT_2010),
            wage(WageMeasure.MEDIAN_HOURLY, "15.55", may(2010), "OOH, 2010 data", BLS_OOH_MRHIT_2010))
        .addEmployment(jobs(2018, 215_500, "OOH, 2018 data", BLS_OOH_MRHIT_2018),
            jobs(2011, 180_280, "OEWS May 2011", BLS_OEWS_29_2071_2011),
            jobs(2010, 179_500, "OOH, 2010 data", BLS_OOH_MRHIT_2010))
        .addOutlook(outlook(11, 2018, 2028, "OOH, 2018 data", BLS_OOH_MRHIT_2018).employmentChange(23_100L).build(),
            outlook(15, 2014, 2024, "OOH, 2015 data", BLS_OOH_MRHIT_2015).build(),
            outlook(21, 2010, 2020, "OOH, 2010 data", BLS_OOH_MRHIT_2010).descriptor("Faster than average")
                .employmentChange(37_700L).build())
        .addEntryEducation(education("Postsecondary nondegree award", DegreeLevel.POSTSECONDARY_CERTIFICATE,
                "OOH, 2018 data", BLS_OOH_MRHIT_2018),
            education("Postsecondary non-degree award", DegreeLevel.POSTSECONDARY_CERTIFICATE, "OOH, 2010 data",
                BLS_OOH_MRHIT_2010))
        .addEntryExperience(experience("None", "OOH, 2018 data", BLS_OOH_MRHIT_2018),
            experience("None", "OOH, 2010 data", BLS_OOH_MRHIT_2010))
        .addTopIndustries(
            industry("General Medical and Surgical Hospitals", 67_340, may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            industry("Offices of Physicians", 40_970, may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            industry("Nursing Care Facilities", 13_050, may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            industry("Outpatient Care Centers", 7_110, may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011),
            industry("Home Health Care Services", 5_790, may(2011), "OEWS May 2011", BLS_OEWS_29_2071_2011))
        .addCitations(ONET_29_2071, BLS_OOH_MRHIT_2018, BLS_SOC_RESPONSES, HIMSS_SOC, BLS_OOH_MRHIT_2010,
            BLS_OEWS_29_2071_2011)
        .build();
    return List.of(specialists, technologists, managers, legacy);
  }
}
