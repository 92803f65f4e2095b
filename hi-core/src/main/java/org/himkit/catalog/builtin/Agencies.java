package org.himkit.catalog.builtin;

import static org.himkit.catalog.builtin.Sources.*;

import java.util.List;
import java.util.Optional;
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
    return MAKE.organization(CAHIIM,
        "Commission on Accreditation for Health Informatics and Information Management Education", "CAHIIM",
        List.of(OrganizationKind.ACCREDITOR),
        List.of(MAKE.formerName("AHIMA Council on Accreditation", Optional.empty(), Optional.empty(), Optional.empty(),
            List.of(CAHIIM_HISTORY_OLD.quoting("The Council on Accreditation became CAHIIM")))),
        Optional.empty(),
        Optional.of("Accredits associate and baccalaureate degree programs in health information management, and "
            + "master's degree programs in health informatics and health information management, in the United "
            + "States and Puerto Rico; recognized by the Council for Higher Education Accreditation (CHEA). Formerly "
            + "AHIMA's Council on Accreditation; in March 2005 all accredited HIM programs were transferred to it. Its "
            + "accredited programs must publish their graduation and employment rates and at least one more student "
            + "outcome."),
        List.of(CAHIIM_ABOUT, CAHIIM_HISTORY_OLD.quoting("In March 2005 all currently accredited HIM programs "
            + "were transferred to the CAHIIM accreditation organization."), CAHIIM_WEBSITE_REQUIREMENTS),
        List.of());
  }

  static List<Organization> labor() {
    return List.of(
        MAKE.organization(BLS, "U.S. Bureau of Labor Statistics", "BLS", List.of(OrganizationKind.STATISTICS_AGENCY),
            List.of(), Optional.empty(),
            Optional.of("Publishes the Occupational Outlook Handbook (OOH), Occupational Employment and Wage "
                + "Statistics (OEWS), Employment Projections and the Standard Occupational Classification (SOC)."),
            List.of(BLS_OOH_29_9021, BLS_OEWS_29_9021, BLS_EP_29_9098, BLS_SOC_RESPONSES, SEED), List.of()),
        MAKE.organization(ONET, "O*NET", "O*NET", List.of(OrganizationKind.OCCUPATION_TAXONOMY), List.of(),
            Optional.empty(),
            Optional.of("Publishes the O*NET-SOC occupation taxonomy and O*NET OnLine, with sample job titles."),
            List.of(ONET_29_2072), List.of()));
  }
}
