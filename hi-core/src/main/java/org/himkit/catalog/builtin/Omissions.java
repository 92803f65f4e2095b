package org.himkit.catalog.builtin;

import java.util.List;
import java.util.Set;
import org.himkit.CredentialId;
import org.himkit.KnownOmissionId;
import org.himkit.OrganizationId;
import org.himkit.catalog.KnownOmission;
import org.himkit.catalog.OmissionKind;
import org.himkit.catalog.OmissionTopic;

/**
 * DATA: the facts the built-in catalog deliberately leaves out because the sources could not confirm
 * them (the fact sheet's UNCONFIRMED items), and the choices made where a source leaves a rule open.
 */
final class Omissions {
  private Omissions() {}

  private static KnownOmission fact(String id, OmissionTopic topic, Set<CredentialId> credentials,
      Set<OrganizationId> organizations, String subject, String reason) {
    return new KnownOmission(KnownOmissionId.of(id), topic, OmissionKind.UNCONFIRMED, subject, reason, credentials,
        organizations);
  }

  private static KnownOmission choice(String id, OmissionTopic topic, Set<CredentialId> credentials,
      Set<OrganizationId> organizations, String subject, String reason) {
    return new KnownOmission(KnownOmissionId.of(id), topic, OmissionKind.LIBRARY_CHOICE, subject, reason, credentials,
        organizations);
  }

  static List<KnownOmission> omissions() {
    return List.of(
        fact("chts-cphi", OmissionTopic.CREDENTIALS, Set.of(), Set.of(Ahima.AHIMA),
            "CHTS family (CHTS-CP, -PW, -IM, -IS, -TS, -TR) and CPHI",
            "Listed on AHIMA's recertification page of about 2019-2020 (20 and 30 CEUs) but absent from AHIMA's 2021 "
                + "lists; whether and when they were retired is not confirmed."),
        fact("chie", OmissionTopic.CREDENTIALS, Set.of(), Set.of(Ahima.AHIMA),
            "CHIE", "No source lists an AHIMA credential by this name."),
        fact("rrl", OmissionTopic.CREDENTIALS, Set.of(), Set.of(Ahima.AHIMA),
            "RRL (Registered Record Librarian, 1933)",
            "Named by a state component association as the first credential; its relation to RRA and RHIA is not sourced."),
        fact("ccs-p-chda-cdip-eligibility", OmissionTopic.ELIGIBILITY, Set.of(Ahima.CCS_P, Ahima.CHDA, Ahima.CDIP), Set.of(Ahima.AHIMA),
            "CCS-P, CHDA and CDIP exam eligibility",
            "Only content-farm pages were found; the CCHIIM Candidate Guide that states them could not be read."),
        fact("cdip-integrity-name", OmissionTopic.CREDENTIALS, Set.of(Ahima.CDIP), Set.of(Ahima.AHIMA),
            "CDIP renamed \"Certified Documentation Integrity Practitioner\"",
            "AHIMA sources through 2021 say \"Improvement\"; no AHIMA page with \"Integrity\" was found."),
        fact("ahima-cycle-several-or-early", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA recertification cycle for several credentials or for early testers",
            "AHIMA says only that such cycles are \"impacted\" and to check the CEU Center."),
        fact("ahima-cycle-end-unconfirmed", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "Whether an AHIMA cycle ends on the anniversary, at month-end or on December 31",
            "Not confirmed for the current policy; the catalog records only that the first cycle begins on the day the "
                + "exam was passed."),
        fact("ahima-2024-policy-update", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA 2024-01-01 recertification policy update",
            "AHIMA announced it for cycles beginning in 2024, but its itemised changes are not confirmed."),
        choice("ahima-proration-carryover", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA first-cycle proration and carryover",
            "Not stated by AHIMA; AHIMA says CEUs must be earned within the recertification cycle. The catalog records "
                + "no AHIMA carryover rule; the renewal evaluator counts every CEU only in the cycle it was earned in "
                + "and prorates nothing (library choice)."),
        fact("ahima-ethics-ceu", OmissionTopic.RENEWAL, Set.of(Ahima.CHPS), Set.of(Ahima.AHIMA),
            "Mandatory ethics CEU and a CHPS privacy or security CEU minimum",
            "No AHIMA text requires them; content-farm claims of annual ethics training are rejected."),
        fact("ahima-reinstatement", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA reinstatement after revocation", "Not confirmed."),
        fact("ahima-member-fee", OmissionTopic.FEES_AND_EXAMS, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA member recertification fee", "AHIMA says members pay reduced fees but gives no amount."),
        fact("aapc-older-ceu-table", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC's older CEU table (36/48/60/72/80) and its effective dates",
            "The older page is confirmed, but the dates of the change are not, so it cannot be effective-dated."),
        fact("aapc-specialty-names", OmissionTopic.CREDENTIALS, Set.of(), Set.of(Aapc.AAPC),
            "CIRCC, CPMA, CPCO, CDEO and CPPM",
            "AAPC's CEU rules name them, but their full names are not confirmed by the sources."),
        fact("ods-eligibility-paths", OmissionTopic.ELIGIBILITY, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "NCRA ODS (formerly CTR) eligibility paths A1, A2 and B", "NCRA names the paths; their details were not retrieved."),
        fact("rhit-to-rhia-programs", OmissionTopic.PROGRAMS, Set.of(Ahima.RHIT, Ahima.RHIA), Set.of(Ahima.AHIMA),
            "Specific RHIT-to-RHIA programs and an RHIT \"alternative pathway\" to RHIA",
            "None was found in the sources; the alternative pathway comes from one secondary site."),
        fact("cahiim-dates", OmissionTopic.ORGANIZATIONS, Set.of(), Set.of(Cahiim.CAHIIM),
            "CAHIIM founding and CHEA recognition dates", "Only secondary sources give them."),
        fact("program-length-source", OmissionTopic.PROGRAMS, Set.of(), Set.of(Cahiim.CAHIIM),
            "Typical program length from an accrediting source",
            "The two-year and four-year lengths come from the seed page, not from CAHIIM."),
        fact("bls-2023-2024-medians", OmissionTopic.LABOR_FIGURES, Set.of(), Set.of(Labor.BLS),
            "BLS 2023 and 2024 medians for 29-2072 and 29-9021 ($50,250 and others)",
            "Found only on secondary sites, not confirmed on bls.gov. The seed page's $48,780, probably the May 2023 "
                + "median of 29-2072, is kept because the seed page states it, without a reference month and marked "
                + "NOT_CONFIRMED_AT_SOURCE."),
        fact("bls-2024-11-9111", OmissionTopic.LABOR_FIGURES, Set.of(), Set.of(Labor.BLS),
            "BLS 2024 figures for 11-9111 ($117,960, 23 % for 2024-34, 616,200 jobs)", "Not confirmed on bls.gov."),
        fact("bls-29-2072-outlook-2024", OmissionTopic.LABOR_FIGURES, Set.of(), Set.of(Labor.BLS),
            "29-2072 outlook 7 % for 2024-34", "Found only on secondary sites."),
        fact("onet-29-9021-titles", OmissionTopic.ROLES, Set.of(), Set.of(Labor.ONET),
            "O*NET sample titles for 29-9021.00", "The O*NET OnLine page could not be retrieved."),
        fact("onet-adjacent-occupations", OmissionTopic.ROLES, Set.of(), Set.of(Labor.ONET),
            "Other O*NET HIM-adjacent occupations (15-1211.01 Health Informatics Specialists, 15-2051.02 Clinical Data "
            + "Managers)", "Known only from secondary, O*NET-derived lists."),
        fact("health-data-analyst-role", OmissionTopic.ROLES, Set.of(Ahima.CHDA), Set.of(),
            "Health data analyst role",
            "The CHDA credential exists, but a job-title mapping for it is not confirmed."),
        fact("acdis-amia", OmissionTopic.CREDENTIALS, Set.of(), Set.of(),
            "ACDIS (CCDS) and AMIA credentials", "Not researched beyond passing mentions."),
        // Choices the renewal evaluator makes where a source leaves a rule open (org.himkit.renewal).
        choice("ahima-cycle-several-credentials", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA cycle dates for several credentials (library choice)",
            "The renewal evaluator starts the first cycle on the day the earliest AHIMA credential held was earned; "
                + "a credential earned later joins the requirement from the first cycle beginning on or after the day "
                + "it was earned. A holding's explicit cycle start (the dates in the CEU Center) overrides this."),
        choice("ahima-cycle-end", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA cycle end (library choice)",
            "A cycle ends the day before the anniversary of its start two years later (2023-03-15 to 2025-03-14); a "
                + "cycle that begins on February 29 ends on February 27 two years later and the next begins on "
                + "February 28."),
        choice("ahima-rules-after-2020", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA rules carried forward after 2020",
            "The multi-credential rule (10 more CEUs per additional credential, at most 50) is quoted from the page "
                + "of about 2019-2020 and the contact-time rule from the 2014 Recertification Guide; no later source "
                + "restates or changes them, so the 2021 and 2025 versions keep them."),
        choice("ahima-contact-time-45", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA contact time: a part-hour of 45 minutes or more (library choice)",
            "The source says a part-hour shorter than 45 minutes does not count as a full hour; the library counts a "
                + "part-hour of 45 minutes or more as a full hour (one CEU)."),
        choice("ahima-self-review-several", OmissionTopic.RENEWAL, Set.of(Ahima.CCA, Ahima.CCS, Ahima.CCS_P), Set.of(Ahima.AHIMA),
            "AHIMA coding self-reviews for several coding credentials (library choice)",
            "Before 2021, one self-review is required in each year of a cycle, however many of CCA, CCS and CCS-P "
                + "are held; the source does not say whether each credential needs its own."),
        choice("ahima-after-grace", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA status after an unmet grace period, before 2021 (library choice)",
            "The sources name no status after the 3-month grace period; the evaluator reports EXPIRED. CEUs "
                + "completed during the grace period of an unmet cycle count toward that cycle, in date order, only "
                + "until its requirements are met; the rest count toward the next cycle."),
        choice("aapc-cycle-anchor", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC cycle anchor and first-cycle proration (library choice)",
            "AAPC aligns the cycle to the membership renewal date and prorates the first submission, without a "
                + "sourced rule; the evaluator starts the first two-year cycle on the day the earliest AAPC "
                + "credential was earned and requires the full amount. A holding's explicit cycle start overrides "
                + "the anchor, and its explicit first-cycle requirement the amount."),
        choice("aapc-renewal-month", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC CEUs earned in the renewal month (library choice)",
            "AAPC lets them count toward either the current or the next period; the evaluator counts each in the "
                + "cycle it is dated in."),
        choice("aapc-ncra-contact-time", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC, Ncra.NCRA),
            "AAPC and NCRA contact-time conversion",
            "Not stated; activities given only in minutes earn nothing toward AAPC or NCRA and are reported so."),
        choice("aapc-ncra-after-unmet", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC, Ncra.NCRA),
            "AAPC and NCRA status after an unmet cycle",
            "The sources name an extension fee (AAPC) but no status; the evaluator reports EXPIRED."),
        choice("ncra-first-cycle", OmissionTopic.RENEWAL, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "NCRA first cycle (library choice)",
            "The sources say only that the two-year cycle ends on December 31; the evaluator starts the first cycle "
                + "on the day ODS (CTR) was earned and ends it on December 31 of the following year, requiring the "
                + "full 20 CE hours. A holding's explicit cycle start overrides it."),
        fact("cpb-crc-eligibility", OmissionTopic.ELIGIBILITY, Set.of(Aapc.CPB, Aapc.CRC), Set.of(Aapc.AAPC),
            "CPB and CRC exam eligibility and apprentice designations",
            "AAPC says proof of education or experience isn't necessary to sit for its exams, but whether passing the "
                + "CPB or CRC exam without experience earns an apprentice designation is not confirmed; the catalog "
                + "records no eligibility for them."),
        fact("retired-exams", OmissionTopic.ELIGIBILITY, Set.of(Ahima.PCS, Ahima.CHP, Ahima.CHS), Set.of(Ahima.AHIMA),
            "Eligibility of the retired PCS, CHP and CHS exams", "AHIMA no longer offers these exams."),
        choice("rhit-rhia-transcripts", OmissionTopic.ELIGIBILITY, Set.of(Ahima.RHIT, Ahima.RHIA), Set.of(Ahima.AHIMA),
            "Official transcripts for RHIT and RHIA",
            "AHIMA approves RHIT and RHIA exams only once official transcripts are received; eligibility checks count "
                + "a completed or final-term program and do not model the transcript step."),
        choice("post-bacc-early-testing", OmissionTopic.ELIGIBILITY, Set.of(Ahima.RHIA), Set.of(Ahima.AHIMA),
            "Early testing for the post-baccalaureate HIM certificate (choice)",
            "AHIMA lets students in CAHIIM-accredited HIM programs test early; the catalog counts the CAHIIM-approved "
                + "post-baccalaureate certificate among them, as it counts toward RHIA."),
        choice("superseded-counts-as-held", OmissionTopic.ELIGIBILITY, Set.of(Ahima.RHIT, Ahima.RHIA, Aapc.CPC, Aapc.CPC_A, Aapc.COC, Aapc.COC_A), Set.of(),
            "An RHIA holder and requirements to hold RHIT (choice)",
            "The sources say RHIA replaces RHIT for maintenance; eligibility checks count a holder of a credential "
                + "as holding every credential it supersedes (RHIA for RHIT, CPC for CPC-A, COC for COC-A)."),
        choice("cpc-coc-without-apprentice", OmissionTopic.ELIGIBILITY, Set.of(Aapc.CPC, Aapc.COC, Aapc.CPC_A, Aapc.COC_A), Set.of(Aapc.AAPC),
            "CPC and COC without the apprentice designation (choice)",
            "AAPC says passing without the experience requirement earns CPC-A or COC-A and that experience before and "
                + "after certification counts; the catalog takes a candidate who already has the two years' "
                + "equivalent experience to earn CPC or COC directly, and records that experience as CPC's and COC's "
                + "eligibility."),
        choice("chps-degree-any-field", OmissionTopic.ELIGIBILITY, Set.of(Ahima.CHPS), Set.of(Ahima.AHIMA),
            "CHPS degrees in any field (choice)",
            "AHIMA's CHPS table names an associate, baccalaureate or master's degree without a field; the catalog "
                + "accepts a degree in any field, and a higher degree for a lower row."),
        fact("aapc-older-apprentice-rule", OmissionTopic.ELIGIBILITY, Set.of(Aapc.CPC_A, Aapc.COC_A), Set.of(Aapc.AAPC),
            "AAPC's older apprentice rule (two letters of recommendation)",
            "Superseded by the current experience routes; its dates are not confirmed, so it is not modelled."),
        choice("graduate-admission", OmissionTopic.PROGRAMS, Set.of(), Set.of(),
            "Admission to post-baccalaureate and graduate programs (choice)",
            "The sources give no admission rules; the pathway planner takes a post-baccalaureate certificate or a "
                + "graduate degree to follow a baccalaureate degree."),
        choice("step-durations", OmissionTopic.PROGRAMS, Set.of(), Set.of(),
            "How long exams, trainings, a high-school diploma and most programs take",
            "No source gives it; pathway steps for them have an unknown duration. Only the seed's two-year associate "
                + "and four-year bachelor's HIM degrees have a known length."),
        choice("ahima-self-review-2021", OmissionTopic.RENEWAL, Set.of(Ahima.CCA, Ahima.CCS, Ahima.CCS_P), Set.of(Ahima.AHIMA),
            "AHIMA coding self-review in a cycle spanning 2021-01-01 (library choice)",
            "AHIMA discontinued the self-review effective January 1, 2021, without saying how it ends within a "
                + "cycle that began earlier; the evaluator requires it in a cycle year beginning on or before "
                + "2020-12-31 and not in a later one, and applies to a cycle that ended unmet the lapse rule in "
                + "force on the day after it ended (no grace period for a cycle ending on or after 2020-12-31)."),
        choice("ahima-grace-split", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA CEUs completed in a grace period (library choice)",
            "The sources do not say how they split between the unmet cycle and the next; the evaluator credits them "
                + "to the unmet cycle in date order only until every requirement of that cycle is met, and the rest "
                + "count toward the next cycle."),
        choice("retired-maintenance", OmissionTopic.RENEWAL, Set.of(Ahima.PCS, Ahima.CHP, Ahima.CHS), Set.of(Ahima.AHIMA),
            "Maintenance of the retired PCS, CHP and CHS after 2020",
            "AHIMA's page of about 2019-2020 lists them (20, 30 and 30 CEUs); the 2021 and later sources do not, and "
                + "do not say how they are maintained. The evaluator leaves them out of the requirement of a cycle "
                + "beginning in 2021 or later, with a note; a holder of none but them cannot be assessed for such a "
                + "cycle."),
        choice("explicit-cycle-start", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "The days before an explicit cycle start (library choice)",
            "When a holding's explicit cycle start (AAPC's membership-aligned cycle) is later than the day earned, "
                + "the evaluator makes the days from the day earned to the day before it a first, short cycle that "
                + "requires the holding's first-cycle requirement if given and otherwise nothing: AAPC prorates the "
                + "first submission without a sourced formula."),
        choice("ahima-issuer-source-provider", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "Which activities count as from AHIMA sources for the 40 % rule (library choice)",
            "AHIMA names \"AHIMA resources (including HCPro products, services, and family of brands) and/or the "
                + "Component Associations\" without a list of providers. Unless the caller marks an activity "
                + "otherwise, the evaluator counts one whose provider is AHIMA (by its id or name) or HCPro as "
                + "from AHIMA sources, and no other; a component association counts only when the caller marks "
                + "it, since the sources list none."));
  }
}
