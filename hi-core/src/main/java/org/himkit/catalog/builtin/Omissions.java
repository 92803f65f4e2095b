package org.himkit.catalog.builtin;

import java.util.List;
import org.himkit.catalog.KnownOmission;

/**
 * DATA: the facts the built-in catalog deliberately leaves out because the sources could not confirm
 * them (the fact sheet's UNCONFIRMED items), and the choices made where a source leaves a rule open.
 */
final class Omissions {
  private Omissions() {}

  private static KnownOmission o(String subject, String reason) {
    return new KnownOmission(subject, reason);
  }

  static List<KnownOmission> omissions() {
    return List.of(
        o("CHTS family (CHTS-CP, -PW, -IM, -IS, -TS, -TR) and CPHI",
            "Listed on AHIMA's recertification page of about 2019-2020 (20 and 30 CEUs) but absent from AHIMA's 2021 "
                + "lists; whether and when they were retired is not confirmed."),
        o("CHIE", "No source lists an AHIMA credential by this name."),
        o("RRL (Registered Record Librarian, 1933)",
            "Named by a state component association as the first credential; its relation to RRA and RHIA is not sourced."),
        o("CCS-P, CHDA and CDIP exam eligibility",
            "Only content-farm pages were found; the CCHIIM Candidate Guide that states them could not be read."),
        o("CDIP renamed \"Certified Documentation Integrity Practitioner\"",
            "AHIMA sources through 2021 say \"Improvement\"; no AHIMA page with \"Integrity\" was found."),
        o("AHIMA recertification cycle for several credentials or for early testers",
            "AHIMA says only that such cycles are \"impacted\" and to check the CEU Center."),
        o("Whether an AHIMA cycle ends on the anniversary, at month-end or on December 31",
            "Not confirmed for the current policy; the catalog records only that the first cycle begins on the day the "
                + "exam was passed."),
        o("AHIMA 2024-01-01 recertification policy update",
            "AHIMA announced it for cycles beginning in 2024, but its itemised changes are not confirmed."),
        o("AHIMA first-cycle proration and carryover",
            "Not stated by AHIMA; AHIMA says CEUs must be earned within the recertification cycle."),
        o("Mandatory ethics CEU and a CHPS privacy or security CEU minimum",
            "No AHIMA text requires them; content-farm claims of annual ethics training are rejected."),
        o("AHIMA reinstatement after revocation", "Not confirmed."),
        o("AHIMA member recertification fee", "AHIMA says members pay reduced fees but gives no amount."),
        o("AAPC's older CEU table (36/48/60/72/80) and its effective dates",
            "The older page is confirmed, but the dates of the change are not, so it cannot be effective-dated."),
        o("CIRCC, CPMA, CPCO, CDEO and CPPM",
            "AAPC's CEU rules name them, but their full names are not confirmed by the sources."),
        o("NCRA ODS (formerly CTR) eligibility paths A1, A2 and B", "NCRA names the paths; their details were not retrieved."),
        o("Specific RHIT-to-RHIA programs and an RHIT \"alternative pathway\" to RHIA",
            "None was found in the sources; the alternative pathway comes from one secondary site."),
        o("CAHIIM founding and CHEA recognition dates", "Only secondary sources give them."),
        o("Typical program length from an accrediting source",
            "The two-year and four-year lengths come from the seed page, not from CAHIIM."),
        o("BLS 2023 and 2024 medians for 29-2072 and 29-9021 ($50,250 and others)",
            "Found only on secondary sites, not confirmed on bls.gov."),
        o("BLS 2024 figures for 11-9111 ($117,960, 23 % for 2024-34, 616,200 jobs)", "Not confirmed on bls.gov."),
        o("29-2072 outlook 7 % for 2024-34", "Found only on secondary sites."),
        o("O*NET sample titles for 29-9021.00", "The O*NET OnLine page could not be retrieved."),
        o("Other O*NET HIM-adjacent occupations (15-1211.01 Health Informatics Specialists, 15-2051.02 Clinical Data "
            + "Managers)", "Known only from secondary, O*NET-derived lists."),
        o("Health data analyst role",
            "The CHDA credential exists, but a job-title mapping for it is not confirmed."),
        o("ACDIS (CCDS) and AMIA credentials", "Not researched beyond passing mentions."),
        o("CPB and CRC exam eligibility and apprentice designations",
            "AAPC says proof of education or experience isn't necessary to sit for its exams, but whether passing the "
                + "CPB or CRC exam without experience earns an apprentice designation is not confirmed; the catalog "
                + "records no eligibility for them."),
        o("Eligibility of the retired PCS, CHP and CHS exams", "AHIMA no longer offers these exams."),
        o("Official transcripts for RHIT and RHIA",
            "AHIMA approves RHIT and RHIA exams only once official transcripts are received; eligibility checks count "
                + "a completed or final-term program and do not model the transcript step."),
        o("Early testing for the post-baccalaureate HIM certificate (choice)",
            "AHIMA lets students in CAHIIM-accredited HIM programs test early; the catalog counts the CAHIIM-approved "
                + "post-baccalaureate certificate among them, as it counts toward RHIA."),
        o("An RHIA holder and requirements to hold RHIT (choice)",
            "The sources say RHIA replaces RHIT for maintenance; eligibility checks count a holder of a credential "
                + "as holding every credential it supersedes (RHIA for RHIT, CPC for CPC-A, COC for COC-A)."),
        o("CPC and COC without the apprentice designation (choice)",
            "AAPC says passing without the experience requirement earns CPC-A or COC-A and that experience before and "
                + "after certification counts; the catalog takes a candidate who already has the two years' "
                + "equivalent experience to earn CPC or COC directly, and records that experience as CPC's and COC's "
                + "eligibility."),
        o("CHPS degrees in any field (choice)",
            "AHIMA's CHPS table names an associate, baccalaureate or master's degree without a field; the catalog "
                + "accepts a degree in any field, and a higher degree for a lower row."),
        o("AAPC's older apprentice rule (two letters of recommendation)",
            "Superseded by the current experience routes; its dates are not confirmed, so it is not modelled."),
        o("Admission to post-baccalaureate and graduate programs (choice)",
            "The sources give no admission rules; the pathway planner takes a post-baccalaureate certificate or a "
                + "graduate degree to follow a baccalaureate degree."),
        o("How long exams, trainings, a high-school diploma and most programs take",
            "No source gives it; pathway steps for them have an unknown duration. Only the seed's two-year associate "
                + "and four-year bachelor's HIM degrees have a known length."));
  }
}
