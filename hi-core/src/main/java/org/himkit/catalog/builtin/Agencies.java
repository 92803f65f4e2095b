package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.util.List;
import org.himkit.FormerName;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;

/**
 * DATA: the organizations of {@link Cahiim} (the accreditor) and {@link Labor} (BLS and O*NET), kept apart from
 * those classes' program types and occupations: the built-in catalog's first call builds every organization but
 * none of those, and loading the two larger classes for three organizations was a few milliseconds of it
 * (start-up). The facts and their sources are those of the two classes' documentation.
 */
final class Agencies {
  private Agencies() {}

  static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");
  static final OrganizationId BLS = OrganizationId.of("BLS");
  static final OrganizationId ONET = OrganizationId.of("ONET");

  static Organization cahiim() {
    return Organization.builder()
        .id(CAHIIM)
        .name("Commission on Accreditation for Health Informatics and Information Management Education")
        .abbreviation("CAHIIM")
        .addKind(OrganizationKind.ACCREDITOR)
        .addFormerName(FormerName.builder().name("AHIMA Council on Accreditation")
            .addCitation(CAHIIM_HISTORY_OLD.quoting("The Council on Accreditation became CAHIIM")).build())
        .description("Accredits associate and baccalaureate degree programs in health information management, and "
            + "master's degree programs in health informatics and health information management, in the United "
            + "States and Puerto Rico; recognized by the Council for Higher Education Accreditation (CHEA). Formerly "
            + "AHIMA's Council on Accreditation; in March 2005 all accredited HIM programs were transferred to it. Its "
            + "accredited programs must publish their graduation and employment rates and at least one more student "
            + "outcome.")
        .addCitations(CAHIIM_ABOUT, CAHIIM_HISTORY_OLD.quoting("In March 2005 all currently accredited HIM programs "
            + "were transferred to the CAHIIM accreditation organization."), CAHIIM_WEBSITE_REQUIREMENTS)
        .build();
  }

  static List<Organization> labor() {
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
}
