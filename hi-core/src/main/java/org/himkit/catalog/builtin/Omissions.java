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

  private static KnownOmission notModelled(String id, OmissionTopic topic, Set<CredentialId> credentials,
      Set<OrganizationId> organizations, String subject, String reason) {
    return new KnownOmission(KnownOmissionId.of(id), topic, OmissionKind.NOT_MODELLED, subject, reason, credentials,
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
            "AHIMA member recertification fee",
            "AHIMA says members pay reduced fees but gives no amount; the non-member fees ($218, and $50 for each "
                + "additional certification) are in the catalog."),
        fact("ahima-exam-fees", OmissionTopic.FEES_AND_EXAMS, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA exam fees",
            "Only secondary sources give them (cca101.com: \"AHIMA members pay $199, while non-members are charged "
                + "$299\" for the CCA); no AHIMA page with exam fees was found."),
        fact("ahima-older-exam-extension", OmissionTopic.FEES_AND_EXAMS, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA's older exam eligibility extension",
            "An older AHIMA page (http://www.ahima.org/certification/contact) says \"Candidates may request one 45 "
                + "day extension for $75\" and then \"a second and final extension for $150 (valid for 30 additional "
                + "days)\"; the current rule (30-day increments at $50, up to 90 days) is in the catalog, but when the "
                + "change happened is not confirmed, so the older rule cannot be dated."),
        fact("ahima-retest-waits", OmissionTopic.FEES_AND_EXAMS, Set.of(Ahima.CCA, Ahima.CCS, Ahima.RHIA), Set.of(Ahima.AHIMA),
            "AHIMA retest waits not stated or in conflict",
            "AHIMA's FAQ (read on a mirror, http://healthcom.info/index-68.html) gives 30 days for CCA and CCS from "
                + "2023-09-11 and 90 days for all other AHIMA exams as of 2020-07-13; both are in the catalog, marked "
                + "secondary only. It does not say what CCA and CCS required before 2023-09-11, and a 2026 exam-prep "
                + "site says RHIA candidates wait 30 days, which no AHIMA page found confirms."),
        fact("ncra-older-fee", OmissionTopic.FEES_AND_EXAMS, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "NCRA's older CTR maintenance fee",
            "An older NCRA FAQ of the CTR era (http://www.ncra-usa.org/Membership/Frequently-Asked-Questions/"
                + "Membership-Certification) says \"Non-members are required to pay a CTR maintenance fee on an annual "
                + "basis of $105.00/year. The NCRA member-rate CTR Maintenance fee is $25.00/year.\" When the fee "
                + "changed to the current $35 and $145 is not confirmed, so the older amounts cannot be dated."),
        notModelled("ce-audits-and-deadlines", OmissionTopic.RENEWAL, Set.of(Ncra.ODS), Set.of(Aapc.AAPC, Ncra.NCRA),
            "CE audit rates",
            "NCRA audits 10 percent of CE Summary Forms (https://www.ncra-usa.org/ODS-Credential/Current-ODS); AAPC "
                + "randomly verifies 25 percent of CEU submissions (https://www.aapc.com/about-us/ceu-policies). The "
                + "renewal policy model has no place for an audit rate. NCRA's January 31 deadline for CE hours and "
                + "the annual fee, on the same page, is modelled (LapseRule.submissionDeadline)."),
        fact("ahima-hiim-domain-names", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "The names of AHIMA's HIIM domains",
            "AHIMA's Recertification Guide lists the HIIM domains in its Appendix A, but only the guide's first pages "
                + "were found; the catalog names no domain, and a CE tracker marks an activity as within the HIIM "
                + "domains with the one category CeCategory.HIIM_DOMAIN."),
        fact("ahima-ce-categories", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA's named CE activities after 2021 and from 2025",
            "The policy versions carry AHIMA's named activities that qualify for the 20 percent outside the HIIM "
                + "domains: the ten of the page of before 2021 (read on a mirror) and the first seven of "
                + "https://ahima.app/certification-careers/recertify/ for 2021 to 2024. The copy of that page read "
                + "cuts its list off at the eighth item (\"Activities defined by the Certification Guideli\"), so "
                + "the rest of the list after 2021 is not confirmed; the 2024 update \"recognizes a wider range of "
                + "experiences for CEU reporting\" without a list that was found, so the 2025 version names none."),
        fact("cdi-privacy-typical-entry", OmissionTopic.ROLES, Set.of(Ahima.CDIP, Ahima.CHPS), Set.of(),
            "Typical entry of the CDI specialist and privacy official roles",
            "No source found says how people usually enter these roles. For CDI, only a secondary source (Wikipedia) "
                + "calls the RHIA a preferred qualification, and the eligibility of AHIMA's CDIP is itself "
                + "unconfirmed (ccs-p-chda-cdip-eligibility); for the privacy official, the HIPAA Privacy Rule "
                + "(45 CFR 164.530) requires a covered entity to designate one without naming qualifications, and "
                + "AHIMA's CHPS page describes the credential, not who holds the role. Both roles have no typical "
                + "entry, and the pathway planner reports NO_TYPICAL_ENTRY for them."),
        fact("cahiim-program-count", OmissionTopic.PROGRAMS, Set.of(), Set.of(Cahiim.CAHIIM),
            "Number of CAHIIM-accredited programs", "No source giving it was found."),
        fact("bls-state-figures", OmissionTopic.LABOR_FIGURES, Set.of(), Set.of(Labor.BLS),
            "State-level wages and employment",
            "Only secondary restatements of OEWS state data were found; BLS's own state pages for 29-2072 and "
                + "29-9021 were not found."),
        fact("ahima-exam-content", OmissionTopic.FEES_AND_EXAMS, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA exam content outlines, domains and formats (other than CHPS)",
            "Only secondary exam-prep sites give them; AHIMA's FAQ says only that each certification has a Content "
                + "Outline."),
        fact("aapc-older-ceu-table", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC's older CEU table (36/48/60/72/80) and its effective dates",
            "The older page (http://www.aapc.com/medical-coding-education/help/) is confirmed, but not the date of "
                + "the change: both the old table and the current one (36/40/44/48/52) carry the note \"Effective "
                + "October 1, 2012, pre-approved Specialty CEUs can be applied\", and a copy dated by its archive "
                + "timestamp to about August 2015 already shows the current table, so the change falls between late "
                + "2012 and about August 2015. Without an exact date the older table cannot be effective-dated."),
        fact("cpc-p", OmissionTopic.CREDENTIALS, Set.of(), Set.of(Aapc.AAPC),
            "CPC-P (Certified Professional Coder-Payer)",
            "AAPC's older exam FAQ (ICD-9 era, https://www.aapc.com/certification/faq.aspx) names it, but AAPC's "
                + "current CEU rules do not, so whether AAPC still offers it is not confirmed."),
        fact("cpc-h-name", OmissionTopic.CREDENTIALS, Set.of(Aapc.COC), Set.of(Aapc.AAPC),
            "CPC-H's full name and the date COC replaced it",
            "AAPC's exam FAQ says \"COC (formerly CPC-H\u00ae)\" without expanding CPC-H or dating the change; only "
                + "content-farm pages expand it, and they disagree. The catalog keeps the former name as AAPC writes "
                + "it, without a full name or years."),
        fact("crc-name-secondary", OmissionTopic.CREDENTIALS, Set.of(Aapc.CRC), Set.of(Aapc.AAPC),
            "CRC's full name at AAPC",
            "\"Certified Risk Adjustment Coder\" is confirmed only by secondary sources (codingclarified.com, "
                + "2024-07-15, and others); no aapc.com page giving it was found. The catalog keeps the name and cites "
                + "the secondary source."),
        fact("ctr-practicum-routes", OmissionTopic.ELIGIBILITY, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "The older CTR routes with a 160-hour practicum",
            "NCRA's older CTR exam site (http://www.ctrexam.org/eligibility/index.htm) gave Route A as \"Successful "
                + "completion of 160 hours of work practicum in a CTR-staffed Cancer Registry (may be part of a "
                + "NCRA-approved program curriculum).\" with an NCRA-accredited associate degree program, or an "
                + "NCRA-accredited certificate program plus an associate degree or 60 college-level credits; NCRA's "
                + "practicum FAQ (http://www.cancerregistryeducation.org/practicum-faqs) says \"Starting in 2022, "
                + "the practicum is based on five core competencies\". Neither page says when the 160-hour practicum "
                + "stopped counting for eligibility, so the older routes cannot be dated; the ODS tree follows NCRA's "
                + "current page (https://www.ncra-usa.org/ODS-Credential/Potential-ODS/Eligibility), as candidates "
                + "\"must meet the current year\u2019s eligibility requirements\"."),
        choice("ods-experience-hours-or-months", OmissionTopic.ELIGIBILITY, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "ODS route B experience in hours or in months (library choice)",
            "NCRA counts route B's experience as \"1,950 hours (equal to one year full-time) experience in the cancer "
                + "registry field\". The catalog reads it as met by 1,950 hours or by 12 months of full-time "
                + "experience recorded in the learner's profile; hours and months are not added together, as NCRA "
                + "gives no rate for part-time work."),
        choice("ods-practicum-and-coursework", OmissionTopic.ELIGIBILITY, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "ODS practicum, coursework grades and college credits (library choice)",
            "NCRA's page names the practicum apart from the program (\"AND Experience: Successful completion of the "
                + "NCRA-Accredited Formal Education Program\u2019s practicum activities and competency "
                + "assessments.\"), so the ODS tree keeps it as its own leaf, the training \"ncra-practicum\" a "
                + "learner records; a completed NCRA-accredited program is not taken to imply it. The anatomy and "
                + "physiology coursework (code \"human-anatomy-physiology\") counts the credit hours a learner "
                + "records as passed with a grade of C or better, and the 60 college credits are those a learner "
                + "records, certificate coursework included; the checks do not see transcripts, grades or NCRA's "
                + "individual eligibility reviews."),
        fact("rhit-to-rhia-programs", OmissionTopic.PROGRAMS, Set.of(Ahima.RHIT, Ahima.RHIA), Set.of(Ahima.AHIMA),
            "Specific RHIT-to-RHIA programs and an RHIT \"alternative pathway\" to RHIA",
            "No list of RHIT-to-RHIA programs was found; the seed page says only that some are available. The "
                + "\"alternative pathway\" a secondary site mentions is probably the older RHIT Proviso route "
                + "(rhit-proviso-route), whose conditions and dates are not confirmed."),
        fact("rhit-proviso-route", OmissionTopic.ELIGIBILITY, Set.of(Ahima.RHIT, Ahima.RHIA), Set.of(Ahima.AHIMA),
            "The RHIT Proviso route to RHIA (about 2017-2019)",
            "A mirror of the older ahima.org RHIA page (http://www.saswell-cn.com/certification/RHIA?tabid=proviso, "
                + "about 2017-2019) lists \"OR - Hold the RHIT certification and meet the Proviso conditions approved "
                + "by the 2017 Commission on Certi\u2026\"; its conditions, start and end dates and whether it is still "
                + "in force were not found (only the title of a document, \"Optional Pathways to RHIA "
                + "Certification\"). The RHIA tree follows the current route list (2026), in which holding RHIT is not "
                + "a route."),
        fact("cahiim-dates", OmissionTopic.ORGANIZATIONS, Set.of(), Set.of(Cahiim.CAHIIM),
            "CAHIIM founding and CHEA recognition dates",
            "CAHIIM's own older history page (http://cahiim.org/about%20us/history.html) says the Council on "
                + "Accreditation became CAHIIM, withdrew from CAAHEP in 2005 and took over all accredited HIM programs "
                + "in March 2005 (in the catalog); a mirror of CAHIIM's newer history page says \"creating CAHIIM in "
                + "2006\", so the founding year conflicts. The CHEA recognition date (2012) is given only by secondary "
                + "sources."),
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
        choice("ahima-rules-after-2020", OmissionTopic.RENEWAL, Set.of(Ahima.CHPS, Ahima.CHDA, Ahima.CDIP),
            Set.of(Ahima.AHIMA),
            "AHIMA rules carried forward after 2020",
            "The multi-credential rule (10 more CEUs per additional credential, at most 50; itself an inference from "
                + "AHIMA's worked examples) is quoted from the page of about 2019-2020 and the contact-time rule from "
                + "the 2014 Recertification Guide; no later source restates or changes them, so the 2021 and 2025 "
                + "versions keep them. The same holds for the single-credential CEUs of CHPS, CHDA and CDIP (30): from "
                + "2021 only the coding credentials' 20 CEUs are restated (AHIMA's recertification FAQ), and RHIA's 30 "
                + "and RHIT's 20 also rest on the seed page."),
        choice("ahima-80-percent-per-credential", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA's 80 % HIIM rule: per credential, checked on the combined requirement (library choice)",
            "AHIMA states the rule per credential: its checklist says \"at least 80% of required CEUs for each "
                + "credential must be related to one of AHIMA\u2019s specified HIIM domains\" (the page of about "
                + "2019-2020 and the post-2021 FAQ), and a CEU \"may not be duplicated or used for more than one "
                + "credential\". The catalog therefore reads the rule per credential, on each credential's share of the "
                + "cycle's requirement (RHIA with CHDA: 30 + 10 = 40, of which 24 + 8 = 32 in the HIIM domains). The "
                + "evaluator checks 80 % of the combined requirement instead, which gives the same answer whenever the "
                + "holder's CEUs may be assigned to any credential held, as every AHIMA share (20, 30, 10) is a "
                + "multiple of 5 CEUs; the sources do not say how the CEU Center assigns CEUs to credentials."),
        choice("ahima-contact-time-45", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA contact time: a part-hour of 45 minutes or more (library choice)",
            "The source says a part-hour shorter than 45 minutes does not count as a full hour; the library counts a "
                + "part-hour of 45 minutes or more as a full hour (one CEU)."),
        choice("ahima-self-review-several", OmissionTopic.RENEWAL, Set.of(Ahima.CCA, Ahima.CCS, Ahima.CCS_P, Ahima.PCS),
            Set.of(Ahima.AHIMA),
            "AHIMA coding self-reviews for several coding credentials (library choice)",
            "Before 2021, one self-review is required in each year of a cycle, however many of CCA, CCS, CCS-P and "
                + "PCS are held; the source does not say whether each credential needs its own."),
        choice("ahima-after-grace", OmissionTopic.RENEWAL, Set.of(), Set.of(Ahima.AHIMA),
            "AHIMA status after an unmet grace period, before 2021 (library choice)",
            "The sources name no status after the 3-month grace period; the evaluator reports EXPIRED. CEUs "
                + "completed during the grace period of an unmet cycle count toward that cycle, in date order, only "
                + "until its requirements are met; the rest count toward the next cycle."),
        choice("aapc-cycle-anchor", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC cycle anchor and first-cycle proration (library choice)",
            "AAPC states the anchor: CEUs are due every two years on the membership expiration date, in odd years for "
                + "a renewal month of January, March, May, July, September or November and in even years for February, "
                + "April, June, August, October or December (https://www.aapc.com/certifications/maintain-your-"
                + "certification: \"If your membership is due in January, March, May, July, September, or November, "
                + "two years of CEUs are due on your membership expiration date in 2023.\"; AAPC's blog \"CEUs: 2008 "
                + "and Beyond\"), and it prorates a newly certified member's first submission without a stated formula. "
                + "The evaluator applies the anchor when a holding gives the membership due date "
                + "(CredentialHolding.membershipDue): each cycle ends on the due date of a year of the month's parity "
                + "(February 28 for February 29 in other years), and the days from the day earned to the first such "
                + "date form a short first cycle that requires the holding's first-cycle requirement if given and "
                + "otherwise nothing. Without a due date, which the sources do not derive from the day earned, it "
                + "starts the first two-year cycle on the day the earliest AAPC credential was earned and requires the "
                + "full amount. A holding's explicit cycle start overrides both."),
        choice("aapc-renewal-month", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC CEUs earned in the renewal month (library choice)",
            "AAPC lets them count toward either the current or the next period; the evaluator counts each in the "
                + "cycle it is dated in."),
        choice("aapc-ncra-contact-time", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC, Ncra.NCRA),
            "AAPC and NCRA contact-time conversion",
            "Not stated; activities given only in minutes earn nothing toward AAPC or NCRA and are reported so."),
        choice("aapc-ncra-after-unmet", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC, Ncra.NCRA),
            "AAPC and NCRA status after an unmet cycle",
            "AAPC's membership FAQ (https://www.aapc.com/membership/faq.aspx) says \"If membership "
                + "payment/arrangements are not made or CEUs are not submitted within 90 days of your renewal date, your "
                + "credential will be revoked.\" The evaluator applies it: an AAPC credential whose cycle ended unmet "
                + "is revoked from the 91st day after the cycle's last day (the renewal date read as that day); AAPC "
                + "names no status for the 90 days before, which the evaluator reports as EXPIRED. NCRA's ODS "
                + "maintenance page (https://www.ncra-usa.org/ODS-Credential/Current-ODS) says \"The deadline to "
                + "submit required CE hours and pay the annual ODS certification maintenance fee is January 31. ODS "
                + "credential holders are out of compliance when requirements are not met by the January 31 "
                + "deadline.\" The evaluator applies the deadline (LapseRule.submissionDeadline: one month after the "
                + "cycle's December 31): an ODS whose cycle ended unmet is IN_GRACE through January 31, though CE "
                + "hours completed after December 31 do not count toward the cycle, and from February 1 is reported "
                + "EXPIRED, because \"out of compliance\" is not a status the sources define further (NCRA's FAQ, "
                + "https://www.ncra-usa.org/Membership/Frequently-Asked-Questions/Membership-Certification, says of "
                + "delinquent fees only \"The consequence of delinquent fees is your credential may be revoked!\")."),
        choice("ncra-exam-retake-count", OmissionTopic.RENEWAL, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "From when NCRA's \"three or more years\" without a submission are counted (library choice)",
            "NCRA's CTR maintenance options page (http://www.ncra-usa.org/Certification/CTR-Maintenance/"
                + "CTR-Maintenance-Options, CTR era) says \"Individuals who have not submitted CTR maintenance fees "
                + "and/or CE hours (via a CE Summary Form) for three or more years must retake the CTR Exam.\" The "
                + "evaluator cannot see submissions, only activities; it counts the three years "
                + "(LapseRule.examRetakeAfter) from the day after the January 31 deadline of the first cycle that "
                + "ended unmet, so that the exam must be retaken from February 1 three years later (key date "
                + "EXAM_RETAKE_FROM, note EXAM_RETAKE_REQUIRED). A holder whose last submission was earlier (the "
                + "annual fee is due every January 31) may reach the three years sooner; the credential is renamed "
                + "ODS and the page names the CTR exam, which the evaluator reads as the ODS exam."),
        notModelled("ncra-maintenance-options", OmissionTopic.RENEWAL, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "NCRA's extension, medical disability release and retirement",
            "NCRA's CTR maintenance options page (http://www.ncra-usa.org/Certification/CTR-Maintenance/"
                + "CTR-Maintenance-Options, as the December 2026 data audit read it; not re-read since) offers an "
                + "extension that lets deficient hours of one cycle be earned in the next two-year cycle, a medical "
                + "disability release and retirement. The renewal policy model has no extension, release or retired "
                + "status, so the evaluator does not apply them."),
        choice("ncra-first-cycle", OmissionTopic.RENEWAL, Set.of(Ncra.ODS), Set.of(Ncra.NCRA),
            "NCRA first cycle (library choice)",
            "The sources say only that the two-year cycle ends on December 31; the evaluator starts the first cycle "
                + "on the day ODS (CTR) was earned and ends it on December 31 of the following year, requiring the "
                + "full 20 CE hours. A holding's explicit cycle start overrides it."),
        fact("cpb-crc-eligibility", OmissionTopic.ELIGIBILITY,
            Set.of(Aapc.CPB, Aapc.CRC, Aapc.CPMA, Aapc.CPCO, Aapc.CPPM, Aapc.CIRCC, Aapc.CDEO), Set.of(Aapc.AAPC),
            "CPB, CRC, CPMA, CPCO, CPPM, CIRCC and CDEO exam eligibility and apprentice designations",
            "AAPC says proof of education or experience isn't necessary to sit for its exams, but whether passing the "
                + "CPB or CRC exam without experience earns an apprentice designation, and what the specialty exams "
                + "(CPMA, CPCO, CPPM) require, is not confirmed; the catalog records no eligibility for them."),
        fact("aapc-specialty-renewal", OmissionTopic.RENEWAL, Set.of(), Set.of(Aapc.AAPC),
            "AAPC's 8 specialty-specific CEUs for each specialty earned",
            "AAPC's CEU rules (https://www.aapc.com/medical-coding-education/help/) also say \"8 must be specialty "
                + "specific for each specialty earned\", but no AAPC page found says which credentials are "
                + "\"specialty\" ones: the help page names none, and its note (\"Events must be specifically "
                + "pre-approved for CIRCC, CPMA, CPCO, CDEO, CPPM, and all specialty credentials\") lists CIRCC, "
                + "CPMA, CPCO, CDEO and CPPM apart from them. Whether CPC, COC, CPB or CRC count is not stated, and "
                + "the catalog holds no other AAPC credential, so the rule is in no policy. CPMA's, CPCO's, CPPM's, "
                + "CIRCC's and CDEO's 16 CEUs are in the AAPC policy."),
        notModelled("aapc-circc-vendors", OmissionTopic.RENEWAL, Set.of(Aapc.CIRCC), Set.of(Aapc.AAPC),
            "The three vendors of CIRCC's specific CEUs",
            "AAPC's CEU rules (https://www.aapc.com/medical-coding-education/help/) add to CIRCC's minimum: \"We "
                + "have contracted with only three companies that may provide training that will qualify for the 8 "
                + "specific CEUs required each year (or 16 CEUs per renewal period) to maintain the CIRCC credential. "
                + "These companies are ZHealth Publishing, MedLearn Publishing, and Medical Asset Management.\" A "
                + "credential content rule has no provider restriction, and the evaluator reads \"16 CEUs per "
                + "renewal period\", not 8 in each year: an activity the caller marks specific to CIRCC "
                + "(CeActivity.specificTo) is taken to come from one of the three."),
        choice("aapc-shared-credential-minimums", OmissionTopic.RENEWAL, Set.of(Aapc.CPMA, Aapc.CPCO, Aapc.CPPM,
                Aapc.CIRCC, Aapc.CDEO), Set.of(Aapc.AAPC),
            "One AAPC CEU toward two credentials' minimums (library choice)",
            "AAPC's CEU rules (https://www.aapc.com/medical-coding-education/help/) give each of CPMA, CPCO, CPPM, "
                + "CIRCC and CDEO a minimum of 16 CEUs on its subject, within the total, and do not say whether one "
                + "CEU may count toward the minimums of two credentials held together. The evaluator counts an "
                + "activity toward the minimum of every credential the caller marks it specific to, always within "
                + "the one total, and says so in the assessment (note CREDENTIAL_MINIMUMS_SHARED)."),
        fact("aapc-apprentice-renewal", OmissionTopic.RENEWAL, Set.of(Aapc.CPC_A, Aapc.COC_A), Set.of(Aapc.AAPC),
            "Whether CPC-A and COC-A holders must earn CEUs",
            "No AAPC text found says either way; the catalog records no renewal policy for the apprentice "
                + "designations, and the evaluator does not assess them."),
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
                + "cycle. A credential earned after the start of a cycle in which only they are held starts its own "
                + "cycles on the day it was earned, as if held alone."),
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
