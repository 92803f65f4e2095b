package org.himkit.catalog.builtin;

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
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
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

  static final OrganizationId BLS = OrganizationId.of("BLS");
  static final OrganizationId ONET = OrganizationId.of("ONET");

  static final OccupationId MEDICAL_RECORDS_SPECIALISTS = OccupationId.of("29-2072");
  static final OccupationId HIT_AND_REGISTRARS = OccupationId.of("29-9021");
  static final OccupationId HEALTH_SERVICES_MANAGERS = OccupationId.of("11-9111");
  static final OccupationId LEGACY_MRHIT = OccupationId.of("29-2071");

  private static final String OOH_2020 = "OOH, 2020 data";

  static List<Organization> organizations() {
    return List.of(
        Organization.builder().id(BLS).name("U.S. Bureau of Labor Statistics").abbreviation("BLS")
            .addKind(OrganizationKind.STATISTICS_AGENCY)
            .description("Publishes the Occupational Outlook Handbook (OOH), Occupational Employment and Wage "
                + "Statistics (OEWS), Employment Projections and the Standard Occupational Classification (SOC).")
            .addCitations(BLS_OOH_29_9021, BLS_OEWS_29_9021, BLS_EP_29_9098, BLS_SOC_RESPONSES, SEED).build(),
        Organization.builder().id(ONET).name("O*NET").abbreviation("O*NET")
            .addKind(OrganizationKind.OCCUPATION_TAXONOMY)
            .description("Publishes the O*NET-SOC occupation taxonomy and O*NET OnLine, with sample job titles.")
            .addCitation(ONET_29_2072).build());
  }

  private static WageStatistic wage(WageMeasure measure, String amount, YearMonth month, String edition,
      Citation citation) {
    return WageStatistic.builder().measure(measure).amount(new BigDecimal(amount)).referenceMonth(month)
        .edition(edition).verification(Verification.CONFIRMED_AT_SOURCE).addCitation(citation).build();
  }

  private static EmploymentFigure jobs(int year, long jobs, String edition, Citation citation) {
    return EmploymentFigure.builder().year(Year.of(year)).jobs(jobs).edition(edition)
        .verification(Verification.CONFIRMED_AT_SOURCE).addCitation(citation).build();
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
        .definitionNote("Includes medical coders.")
        .addSampleTitles("Coder", "Health Information Clerk", "Health Information Specialist",
            "Health Information Technician", "Medical Records Clerk", "Medical Records Coordinator",
            "Medical Records Technician", "Registered Health Information Technician (RHIT)")
        .addWage(WageStatistic.builder().measure(WageMeasure.MEDIAN_ANNUAL).amount(new BigDecimal("48780"))
            .verification(Verification.NOT_CONFIRMED_AT_SOURCE)
            .note("The seed page's figure: \"According to the Bureau of Labor and Statistics, the median salary for "
                + "health information technicians is approximately $48,780 per year.\" The page gives no reference "
                + "period, and the figure could not be found on bls.gov; it is most likely the May 2023 median of "
                + "the 2024-25 Occupational Outlook Handbook, which is unconfirmed.")
            .addCitations(SEED, MEDIAN_48780_SECONDARY).build())
        .addWages(wage(WageMeasure.MEDIAN_ANNUAL, "44090", may(2020), OOH_2020, BLS_OOH_MRS_2020),
            wage(WageMeasure.MEDIAN_HOURLY, "21.20", may(2020), OOH_2020, BLS_OOH_MRS_2020))
        .addEmployment(jobs(2019, 341_600, OOH_2020, BLS_OOH_MRS_2020))
        .addOutlook(outlook(8, 2019, 2029, OOH_2020, BLS_OOH_MRS_2020).descriptor("Much faster than average").build())
        .addOutlook(outlook(9, 2023, 2033, "as cited by AAPC", AAPC_OUTLOOK)
            .verification(Verification.SECONDARY_ONLY).build())
        .addEntryEducation(EntryEducation.builder().text("Postsecondary nondegree award")
            .level(DegreeLevel.POSTSECONDARY_CERTIFICATE).edition(OOH_2020).addCitation(BLS_OOH_MRS_2020).build())
        .addCitations(ONET_29_2072, BLS_OOH_MRS_2020, SEED)
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
            wage(WageMeasure.MEAN_ANNUAL, "61410", may(2021), "OEWS May 2021", BLS_OEWS_29_9021))
        .addEmployment(jobs(2022, 37_900, "OOH, 2022 data", BLS_OOH_29_9021),
            jobs(2021, 37_900, "OEWS May 2021", BLS_OEWS_29_9021))
        .addOutlook(outlook(16, 2022, 2032, "OOH, 2022 data", BLS_OOH_29_9021).descriptor("Much faster than average")
            .employmentChange(6_200L).annualOpenings(3_100L).build())
        .addEntryEducation(EntryEducation.builder().text("Associate's degree").level(DegreeLevel.ASSOCIATE)
            .edition("OOH, 2022 data").addCitation(BLS_OOH_29_9021).build())
        .addCitations(BLS_OOH_29_9021, BLS_OEWS_29_9021, BLS_EP_29_9098, ONET_29_9021_SECONDARY)
        .build();
    Occupation managers = Occupation.builder()
        .id(HEALTH_SERVICES_MANAGERS)
        .title("Medical and Health Services Managers")
        .addCode(new Code(CodeScheme.SOC, "2018", "11-9111", "Medical and Health Services Managers"))
        .addCode(new Code(CodeScheme.ONET_SOC, "O*NET OnLine, 2021 snapshot", "11-9111.00", "Medical and Health Services Managers"))
        .addSampleTitles("Medical Records Manager", "Clinical Director", "Practice Administrator")
        .addWages(wage(WageMeasure.MEDIAN_ANNUAL, "110680", may(2023), "OOH, 2023 data", BLS_OOH_11_9111),
            wage(WageMeasure.MEDIAN_HOURLY, "53.21", may(2023), "OOH, 2023 data", BLS_OOH_11_9111),
            wage(WageMeasure.MEDIAN_ANNUAL, "104830", may(2022), "OOH, 2022 data", BLS_OOH_11_9111_2022))
        .addEmployment(jobs(2023, 562_700, "OOH, 2023 data", BLS_OOH_11_9111),
            jobs(2022, 509_500, "OOH, 2022 data", BLS_OOH_11_9111_2022))
        .addOutlook(outlook(29, 2023, 2033, "OOH, 2023 data", BLS_OOH_11_9111).employmentChange(160_600L)
                .annualOpenings(61_400L).build(),
            outlook(28, 2022, 2032, "OOH, 2022 data", BLS_OOH_11_9111_2022).build())
        .addEntryEducation(EntryEducation.builder().text("Bachelor's degree").level(DegreeLevel.BACCALAUREATE)
            .edition("OOH, 2023 data").addCitation(BLS_OOH_11_9111).build())
        .addCitations(BLS_OOH_11_9111, ONET_11_9111)
        .build();
    Occupation legacy = Occupation.builder()
        .id(LEGACY_MRHIT)
        .title("Medical Records and Health Information Technicians")
        .addCode(new Code(CodeScheme.SOC, "2010", "29-2071", "Medical Records and Health Information Technicians"))
        .addCode(new Code(CodeScheme.ONET_SOC, "2010 SOC based", "29-2071.00", "Medical Records and Health Information Technicians"))
        .definitionNote("A 2010 SOC occupation; the 2018 SOC split it into 29-2072 and 29-9021 (the exact crosswalk "
            + "wording is not confirmed).")
        .addWages(wage(WageMeasure.MEDIAN_ANNUAL, "40350", may(2018), "OOH, 2018 data", BLS_OOH_MRHIT_2018),
            wage(WageMeasure.MEDIAN_ANNUAL, "37110", may(2015), "OOH, 2015 data", BLS_OOH_MRHIT_2015))
        .addEmployment(jobs(2018, 215_500, "OOH, 2018 data", BLS_OOH_MRHIT_2018))
        .addOutlook(outlook(11, 2018, 2028, "OOH, 2018 data", BLS_OOH_MRHIT_2018).build(),
            outlook(15, 2014, 2024, "OOH, 2015 data", BLS_OOH_MRHIT_2015).build())
        .addCitations(ONET_29_2071, BLS_OOH_MRHIT_2018, BLS_SOC_RESPONSES, HIMSS_SOC)
        .build();
    return List.of(specialists, technologists, managers, legacy);
  }
}
