package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.himkit.AccreditationStatus;
import org.himkit.AccreditationStandard;
import org.himkit.Availability;
import org.himkit.CatalogException;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialCount;
import org.himkit.CredentialId;
import org.himkit.Requirement;
import org.himkit.Exam;
import org.himkit.ExamPassRate;
import org.himkit.ExamPeriod;
import org.himkit.Fee;
import org.himkit.FeeBasis;
import org.himkit.FeeKind;
import org.himkit.HimValidationException;
import org.himkit.KnownOmissionId;
import org.himkit.Location;
import org.himkit.MemberRate;
import org.himkit.policy.Ceus;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramOutcome;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.SourceType;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;
import org.himkit.WorkSettingId;
import org.junit.jupiter.api.Test;

/**
 * The facts the December 2026 data audit found missing but sourceable (its section 5, M3 to M16), as the
 * built-in catalog now holds them, and the value types that carry them.
 */
class DataAdditionsTest {
  private static final HimCatalog HI = HimCatalog.builtIn();
  private static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  private static final OrganizationId AAPC = OrganizationId.of("AAPC");
  private static final OrganizationId NCRA = OrganizationId.of("NCRA");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static Credential credential(String id) {
    return HI.getCredential(CredentialId.of(id));
  }

  private static boolean quotes(List<Citation> citations, String words) {
    return citations.stream().anyMatch(c -> c.quote().map(q -> q.contains(words)).orElse(false));
  }

  // --- M3: fees

  @Test
  void m3NcraChargesAnAnnualMaintenanceFeeByMembership() {
    List<Fee> fees = HI.getOrganization(NCRA).fees(FeeKind.RECERTIFICATION, TODAY);
    assertThat(fees).extracting(Fee::rate, f -> f.amount().toPlainString(), f -> f.currency().getCurrencyCode())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MemberRate.MEMBER, "35", "USD"),
            org.assertj.core.groups.Tuple.tuple(MemberRate.NON_MEMBER, "145", "USD"));
    assertThat(fees).allSatisfy(f -> {
      assertThat(f.every()).contains(Period.ofYears(1));
      assertThat(f.credentials()).containsExactly(CredentialId.of("ODS"));
      assertThat(f.verification()).isEqualTo(Verification.CONFIRMED_AT_SOURCE);
      assertThat(quotes(f.citations(), "The fee for NCRA members is $35; the non-member fee is $145.")).isTrue();
    });
  }

  @Test
  void m3AhimaRecertificationAndExtensionFees() {
    Organization ahima = HI.getOrganization(AHIMA);
    assertThat(ahima.fees(FeeKind.RECERTIFICATION, TODAY))
        .extracting(f -> f.amount().toPlainString(), Fee::basis, Fee::rate, Fee::every)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("218", FeeBasis.PER_PAYMENT, MemberRate.NON_MEMBER,
                Optional.of(Period.ofYears(2))),
            org.assertj.core.groups.Tuple.tuple("50", FeeBasis.PER_ADDITIONAL_CREDENTIAL, MemberRate.NON_MEMBER,
                Optional.of(Period.ofYears(2))));
    // the $50 recertification extension came with the 2021 changes
    Fee extension = ahima.fees(FeeKind.RECERTIFICATION_EXTENSION, TODAY).get(0);
    assertThat(extension.basis()).isEqualTo(FeeBasis.PER_CREDENTIAL);
    assertThat(extension.effectiveFrom()).contains(LocalDate.of(2021, 1, 1));
    assertThat(ahima.fees(FeeKind.RECERTIFICATION_EXTENSION, LocalDate.of(2020, 12, 31))).isEmpty();
    Fee examExtension = ahima.fees(FeeKind.EXAM_ELIGIBILITY_EXTENSION, TODAY).get(0);
    assertThat(examExtension.increment()).contains(Period.ofDays(30));
    assertThat(examExtension.amount()).isEqualByComparingTo("50");
    assertThat(ahima.fees(FeeKind.EXAM_RESCHEDULING, TODAY)).singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("30"));
    assertThat(ahima.fees(FeeKind.EXAM_REFUND_PROCESSING, TODAY)).singleElement()
        .satisfies(f -> assertThat(f.amount()).isEqualByComparingTo("75"));
    assertThat(HI.getOrganization(AAPC).fees(FeeKind.RECERTIFICATION_EXTENSION, TODAY)).singleElement()
        .satisfies(f -> assertThat(quotes(f.citations(), "$50 fee for CEU extensions")).isTrue());
    // every fee's source quotes its amount
    for (Organization o : HI.organizations()) {
      assertThat(o.fees()).allSatisfy(f -> assertThat(quotes(f.citations(), "$" + f.amount().toPlainString()))
          .as(o.id() + " " + f.description()).isTrue());
    }
    assertThat(HI.getKnownOmission(KnownOmissionId.of("ahima-member-fee")).kind()).isEqualTo(OmissionKind.UNCONFIRMED);
  }

  @Test
  void m3AFeeIsValidated() {
    Citation source = Citation.of("X", "Fees", "https://example.org/fees", SourceType.PRIMARY);
    Fee.Builder b = Fee.builder();
    b.kind(FeeKind.EXAM_ELIGIBILITY_EXTENSION).description("extension").amount(new BigDecimal("50"))
        .rate(MemberRate.EVERYONE).basis(FeeBasis.PER_INCREMENT).verification(Verification.CONFIRMED_AT_SOURCE)
        .addCitation(source);
    assertThatThrownBy(b::build).isInstanceOf(HimValidationException.class)
        .hasMessageContaining("must be given exactly when the basis is PER_INCREMENT");
    Fee ok = b.increment(Period.ofDays(30)).build();
    assertThat(ok.appliesOn(LocalDate.MIN)).isTrue();
    assertThatThrownBy(() -> Fee.builder().from(ok).amount(BigDecimal.ZERO).build())
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be positive");
    // a fee may not name another issuer's credential
    HimCatalog.Builder custom = HI.toBuilder();
    Organization aapc = HI.getOrganization(AAPC);
    custom.addOrganization(Organization.builder().from(aapc).id(OrganizationId.of("AAPC2"))
        .fees(List.of(Fee.builder().from(ok).addCredential(CredentialId.of("RHIA")).build())).build());
    assertThatThrownBy(custom::build).isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
        .anyMatch(p -> p.contains("names credential RHIA of AHIMA")));
  }

  // --- M5: AAPC credentials with a credential-specific minimum, with confirmed full names

  @Test
  void m5CpmaCpcoCppmCirccAndCdeoHaveTheirFullNamesAndRenewUnderAapcWithTheirQuotedMinimums() {
    List<String> ids = List.of("CPMA", "CPCO", "CPPM", "CIRCC", "CDEO");
    assertThat(ids).extracting(id -> credential(id).fullName()).containsExactly(
        "Certified Professional Medical Auditor", "Certified Professional Compliance Officer",
        "Certified Physician Practice Manager", "Certified Interventional Radiology Cardiovascular Coder",
        "Certified Documentation Expert Outpatient");
    for (String id : ids) {
      Credential c = credential(id);
      assertThat(c.issuer()).isEqualTo(AAPC);
      // the full name is quoted from an AAPC page
      assertThat(c.citations()).anyMatch(x -> x.sourceType() == SourceType.PRIMARY
          && x.url().map(u -> u.getHost().equals("www.aapc.com")).orElse(false)
          && x.quote().map(q -> q.contains(c.fullName())).orElse(false));
      assertThat(c.renewalPolicy()).contains(org.himkit.RenewalPolicyId.of("AAPC-CEU"));
      org.himkit.policy.RenewalPolicy aapc = HI.renewalPolicyVersions(c.renewalPolicy().orElseThrow()).get(0);
      assertThat(aapc.requiredCeus(c.id())).contains(Ceus.of(36));
      org.himkit.policy.CredentialContentRule minimum = aapc.credentialContentRules().stream()
          .filter(r -> r.credential().equals(c.id())).collect(com.google.common.collect.MoreCollectors.onlyElement());
      assertThat(minimum.minimum()).isEqualTo(Ceus.of(16));
      assertThat(minimum.citation().sourceType()).isEqualTo(SourceType.PRIMARY);
      // verbatim, CIRCC's footnote asterisk included
      assertThat(minimum.citation().quote().orElseThrow()).startsWith("If " + id).endsWith(
          "16 must be related to " + minimum.subject() + ("CIRCC".equals(id) ? "*" : ""));
      // counting one CEU toward two of these minimums is the library's choice, documented
      assertThat(HI.knownOmissionsAbout(c.id(), OmissionTopic.RENEWAL)).extracting(KnownOmission::id)
          .contains(KnownOmissionId.of("aapc-shared-credential-minimums"));
    }
    assertThat(credential("CIRCC").domains()).containsExactly(org.himkit.CredentialDomain.CODING);
    assertThat(credential("CDEO").domains()).containsExactly(org.himkit.CredentialDomain.DOCUMENTATION_IMPROVEMENT);
    // CIRCC's three vendors are not modelled
    assertThat(HI.knownOmissionsAbout(CredentialId.of("CIRCC"), OmissionTopic.RENEWAL))
        .filteredOn(o -> o.kind() == OmissionKind.NOT_MODELLED).extracting(KnownOmission::reason)
        .anyMatch(r -> r.contains("ZHealth Publishing, MedLearn Publishing, and Medical Asset Management"));
    assertThat(HI.resolveCredential("CPC-P")).isEmpty();
  }

  // --- M6: CAHIIM history and standards

  @Test
  void m6CahiimsFormerNameAndStandards() {
    Organization cahiim = HI.getOrganization(OrganizationId.of("CAHIIM"));
    assertThat(cahiim.formerNames()).singleElement().satisfies(f -> {
      assertThat(f.name()).isEqualTo("AHIMA Council on Accreditation");
      assertThat(f.untilYear()).isEmpty();
    });
    ProgramType bachelor = HI.getProgramType(ProgramTypeId.of("him-baccalaureate"));
    assertThat(bachelor.accreditationStandards()).singleElement().satisfies(s -> {
      assertThat(s.adopted()).isEqualTo(Year.of(2005));
      assertThat(s.revised()).contains(Year.of(2012));
    });
    assertThat(HI.getProgramType(ProgramTypeId.of("hi-masters")).accreditationStandards())
        .extracting(AccreditationStandard::adopted).containsExactly(Year.of(2010));
    assertThat(HI.getProgramType(ProgramTypeId.of("him-associate")).accreditationStandards()).isEmpty();
  }

  // --- M7: program outcomes a portal fills in

  @Test
  void m7ProgramOfferingsCarryDatedOutcomes() {
    ProgramOutcome graduation2024 = ProgramOutcome.of(ProgramOutcome.Kind.GRADUATION_RATE, "78.5",
        LocalDate.of(2024, 8, 1));
    ProgramOutcome graduation2025 = ProgramOutcome.of(ProgramOutcome.Kind.GRADUATION_RATE, "81",
        LocalDate.of(2025, 8, 1));
    ProgramOutcome passRate = new ProgramOutcome(ProgramOutcome.Kind.CERTIFICATION_EXAM_PASS_RATE,
        new BigDecimal("90"), LocalDate.of(2025, 8, 1), Optional.of(CredentialId.of("RHIT")), List.of());
    ProgramOffering offering = ProgramOffering.builder().id(ProgramOfferingId.of("sample-college-him-aas"))
        .institution("Sample College").name("HIM AAS").programType(ProgramTypeId.of("him-associate"))
        .location(Location.of("US", "IL")).eveningPrograms(Availability.NOT_STATED)
        .accreditationStatus(AccreditationStatus.ACCREDITED).accreditor(OrganizationId.of("CAHIIM"))
        .addOutcomes(graduation2024, graduation2025, passRate)
        .addCitation(Citation.of("Sample College", "HIM AAS", "https://example.edu/him", SourceType.PRIMARY)).build();
    assertThat(offering.latestOutcome(ProgramOutcome.Kind.GRADUATION_RATE)).contains(graduation2025);
    assertThat(offering.latestOutcome(ProgramOutcome.Kind.EMPLOYMENT_RATE)).isEmpty();
    assertThat(HI.toBuilder().addProgramOffering(offering).build().findProgramOffering(offering.id())).isPresent();
    assertThatThrownBy(() -> ProgramOutcome.of(ProgramOutcome.Kind.EMPLOYMENT_RATE, "101", LocalDate.of(2025, 1, 1)))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be from 0 to 100");
    assertThatThrownBy(() -> ProgramOutcome.of(ProgramOutcome.Kind.EMPLOYMENT_RATE, "most", LocalDate.of(2025, 1, 1)))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be a decimal number");
    assertThatThrownBy(() -> new ProgramOutcome(ProgramOutcome.Kind.GRADUATION_RATE, BigDecimal.TEN,
        LocalDate.of(2025, 1, 1), Optional.of(CredentialId.of("RHIT")), List.of()))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("certification exam pass rate");
    ProgramOffering unknownExam = ProgramOffering.builder().from(offering).outcomes(List.of(new ProgramOutcome(
        ProgramOutcome.Kind.CERTIFICATION_EXAM_PASS_RATE, BigDecimal.TEN, LocalDate.of(2025, 1, 1),
        Optional.of(CredentialId.of("NOPE")), List.of()))).build();
    assertThatThrownBy(() -> HI.toBuilder().addProgramOffering(unknownExam).build())
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.contains("refers to credential NOPE")));
  }

  // --- M8: the exam eligibility window and retest waits, dated

  @Test
  void m8ExamWindowAndRetestWaitsHaveTheirEffectiveDates() {
    Exam rhia = credential("RHIA").exam().orElseThrow();
    ExamPeriod window = rhia.period(ExamPeriod.Kind.ELIGIBILITY_WINDOW, TODAY).orElseThrow();
    assertThat(window.days()).isEqualTo(120);
    assertThat(window.verification()).isEqualTo(Verification.CONFIRMED_AT_SOURCE);
    assertThat(rhia.period(ExamPeriod.Kind.RETEST_WAIT, LocalDate.of(2020, 7, 13)).orElseThrow().days()).isEqualTo(90);
    assertThat(rhia.period(ExamPeriod.Kind.RETEST_WAIT, LocalDate.of(2020, 7, 12))).isEmpty();
    Exam cca = credential("CCA").exam().orElseThrow();
    ExamPeriod wait = cca.period(ExamPeriod.Kind.RETEST_WAIT, LocalDate.of(2023, 9, 11)).orElseThrow();
    assertThat(wait.days()).isEqualTo(30);
    assertThat(wait.verification()).isEqualTo(Verification.SECONDARY_ONLY);
    assertThat(cca.period(ExamPeriod.Kind.RETEST_WAIT, LocalDate.of(2023, 9, 10))).isEmpty();
    assertThat(cca.national()).isFalse();
    for (String id : List.of("RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CHPS", "CHDA", "CDIP")) {
      assertThat(credential(id).exam().orElseThrow().period(ExamPeriod.Kind.ELIGIBILITY_WINDOW, TODAY)).as(id)
          .isPresent();
    }
    assertThat(HI.knownOmissionsAbout(CredentialId.of("RHIA"), OmissionTopic.FEES_AND_EXAMS))
        .extracting(KnownOmission::id).contains(KnownOmissionId.of("ahima-retest-waits"));
  }

  @Test
  void m8AnExamPeriodIsValidated() {
    Citation source = Citation.of("X", "Exam", "https://example.org/exam", SourceType.PRIMARY);
    assertThatThrownBy(() -> ExamPeriod.undated(ExamPeriod.Kind.RETEST_WAIT, 0, Verification.CONFIRMED_AT_SOURCE,
        source)).isInstanceOf(HimValidationException.class).hasMessageContaining("must be positive");
    ExamPeriod a = ExamPeriod.from(ExamPeriod.Kind.RETEST_WAIT, 30, LocalDate.of(2023, 1, 1),
        Verification.CONFIRMED_AT_SOURCE, source);
    ExamPeriod b = ExamPeriod.from(ExamPeriod.Kind.RETEST_WAIT, 60, LocalDate.of(2023, 1, 1),
        Verification.CONFIRMED_AT_SOURCE, source);
    assertThatThrownBy(() -> Exam.builder().description("exam").national(false).addPeriods(a, b).addCitation(source)
        .build()).isInstanceOf(HimValidationException.class).hasMessageContaining("starting on the same day");
  }

  // --- M9: CHPS counts and pass rates

  @Test
  void m9ChpsHoldersAndFirstTimePassRates() {
    Credential chps = credential("CHPS");
    assertThat(chps.counts()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CredentialCount.Kind.CURRENT_HOLDERS);
      assertThat(c.count()).isEqualTo(639);
      assertThat(c.moreThan()).isFalse();
      assertThat(c.asOf()).contains(LocalDate.of(2019, 12, 31));
    });
    assertThat(chps.exam().orElseThrow().passRates())
        .extracting(r -> r.year().getValue(), ExamPassRate::firstTimeTesters, ExamPassRate::passPercent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(2020, 57, 53),
            org.assertj.core.groups.Tuple.tuple(2019, 76, 58), org.assertj.core.groups.Tuple.tuple(2018, 110, 66));
    assertThat(chps.exam().orElseThrow().passRates())
        .allMatch(r -> r.scope().equals(Optional.of("U.S. and Canada results only")));
  }

  // --- M11: ODS designation variants and counts

  @Test
  void m11OdsVariantsResolveAndItsCountsAreLowerBounds() {
    assertThat(HI.resolveCredential("ODS-C").orElseThrow().credential().id()).isEqualTo(CredentialId.of("ODS"));
    assertThat(HI.resolveCredential("ODS-Certified").orElseThrow().credential().id()).isEqualTo(CredentialId.of("ODS"));
    Credential ods = credential("ODS");
    assertThat(ods.counts()).extracting(CredentialCount::kind, CredentialCount::count, CredentialCount::moreThan)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CredentialCount.Kind.EVER_EARNED, 9_000L, true),
            org.assertj.core.groups.Tuple.tuple(CredentialCount.Kind.CURRENT_HOLDERS, 5_700L, true));
    assertThat(ods.description().orElseThrow()).contains("Standard 5.1");
  }

  // --- M12: cancer registrar work settings from SEER

  @Test
  void m12CancerRegistrarsWorkInTheSettingsSeerLists() {
    Role registrar = HI.getRole(RoleId.of("cancer-registrar"));
    assertThat(registrar.workSettings()).containsExactly(WorkSettingId.HOSPITAL,
        WorkSettingId.of("central-cancer-registry"), WorkSettingId.of("standard-setting-organization"),
        WorkSettingId.of("government-agency"), WorkSettingId.of("software-vendor"),
        WorkSettingId.of("pharmaceutical-company"), WorkSettingId.INSURANCE_COMPANY, WorkSettingId.of("staffing-firm"));
    assertThat(HI.getWorkSetting(WorkSettingId.of("central-cancer-registry")).citations())
        .anyMatch(c -> c.sourceType() == SourceType.PRIMARY);
  }

  // --- M13, M14: more figures and titles from editions already cited

  @Test
  void m13MoreBlsFiguresEachWithItsReferencePeriod() {
    Occupation managers = HI.getOccupation(OccupationId.of("11-9111"));
    assertThat(wage(managers, WageMeasure.MEDIAN_HOURLY, 2022)).isEqualByComparingTo("50.40");
    assertThat(managers.outlook()).filteredOn(f -> f.fromYear().getValue() == 2022).singleElement().satisfies(f -> {
      assertThat(f.employmentChange()).contains(144_700L);
      assertThat(f.annualOpenings()).contains(54_700L);
    });
    assertThat(managers.entryExperience()).extracting(e -> e.text() + " / " + e.edition())
        .containsExactly("Less than 5 years / OOH, 2023 data", "Less than 5 years / OOH, 2022 data");
    Occupation registrars = HI.getOccupation(OccupationId.of("29-9021"));
    assertThat(wage(registrars, WageMeasure.MEAN_HOURLY, 2021)).isEqualByComparingTo("29.53");
    assertThat(wage(registrars, WageMeasure.PERCENTILE_10_ANNUAL, 2021)).isEqualByComparingTo("29680");
    assertThat(wage(registrars, WageMeasure.PERCENTILE_90_ANNUAL, 2021)).isEqualByComparingTo("98490");
    assertThat(registrars.topIndustries()).first().satisfies(i -> {
      assertThat(i.industry()).isEqualTo("General Medical and Surgical Hospitals");
      assertThat(i.jobs()).isEqualTo(16_900);
      assertThat(i.referenceMonth()).isEqualTo(YearMonth.of(2021, 5));
    });
    Occupation legacy = HI.getOccupation(OccupationId.of("29-2071"));
    assertThat(wage(legacy, WageMeasure.MEDIAN_HOURLY, 2018)).isEqualByComparingTo("19.40");
    assertThat(wage(legacy, WageMeasure.MEDIAN_ANNUAL, 2010)).isEqualByComparingTo("32350");
    assertThat(wage(legacy, WageMeasure.MEDIAN_ANNUAL, 2011)).isEqualByComparingTo("33310");
    assertThat(legacy.outlook()).extracting(f -> f.fromYear().getValue() + ":" + f.percentChange())
        .containsExactly("2018:11", "2014:15", "2010:21");
    // figures of one edition never borrow another edition's period
    assertThat(legacy.wages()).allSatisfy(w -> assertThat(w.edition().orElseThrow())
        .contains(String.valueOf(w.referenceMonth().orElseThrow().getYear())));
  }

  private static BigDecimal wage(Occupation o, WageMeasure measure, int year) {
    return o.wages().stream().filter(w -> w.measure() == measure
            && w.referenceMonth().map(m -> m.getYear() == year).orElse(false))
        .map(WageStatistic::amount).findFirst().orElseThrow();
  }

  @Test
  void m14OnetSampleTitles() {
    assertThat(HI.getOccupation(OccupationId.of("29-2071")).sampleTitles())
        .contains("Medical Records Analyst", "Medical Records Director");
    assertThat(HI.getOccupation(OccupationId.of("11-9111")).sampleTitles())
        .contains("Health Information Management Director (HIM Director)", "Health Information Manager (HIM Manager)");
  }

  // --- M15, M16

  @Test
  void m15AhimasProgramReachAndVirtualCertificates() {
    Organization ahima = HI.getOrganization(AHIMA);
    assertThat(ahima.description().orElseThrow()).contains("more than 101,000", "April 1, 2018");
    assertThat(quotes(ahima.citations(), "Approved programs are provided to more than 101,000 health information "
        + "professionals.")).isTrue();
    assertThat(quotes(ahima.citations(), "Effective April 1, 2018, virtual certificates")).isTrue();
  }

  @Test
  void m16TheOlderAapcTableIsDatedAsFarAsTheSourcesAllow() {
    KnownOmission older = HI.getKnownOmission(KnownOmissionId.of("aapc-older-ceu-table"));
    assertThat(older.reason()).contains("Effective October 1, 2012", "August 2015");
  }

  // --- the model-wave items stay omissions, with reasons that are still true

  @Test
  void itemsForTheModelWaveAreNotModelledOmissions() {
    for (String id : List.of("aapc-circc-vendors", "ce-audits-and-deadlines", "ncra-maintenance-options")) {
      assertThat(HI.getKnownOmission(KnownOmissionId.of(id)).kind()).as(id).isEqualTo(OmissionKind.NOT_MODELLED);
    }
    // what is unconfirmed is which credentials are AAPC's "specialty" ones, not the rule
    KnownOmission specialty = HI.getKnownOmission(KnownOmissionId.of("aapc-specialty-renewal"));
    assertThat(specialty.kind()).isEqualTo(OmissionKind.UNCONFIRMED);
    assertThat(specialty.reason()).contains("8 must be specialty specific for each specialty earned",
        "no AAPC page found says which credentials are");
  }

  // --- M10: AHIMA's named CE activities before and after 2021, each quoted

  @Test
  void m10AhimaNamesItsQualifyingActivitiesPerVersion() {
    List<org.himkit.policy.RenewalPolicy> ahima = HI.renewalPolicyVersions(org.himkit.RenewalPolicyId.of(
        "AHIMA-RECERTIFICATION"));
    org.himkit.policy.RenewalPolicy before2021 = ahima.get(0);
    org.himkit.policy.RenewalPolicy from2021 = ahima.get(1);
    org.himkit.policy.RenewalPolicy from2025 = ahima.get(2);
    assertThat(before2021.qualifyingActivities()).hasSize(10)
        .extracting(org.himkit.policy.QualifyingActivity::name)
        .contains("Item writing", "Visiting AHIMA exhibits at a national or state meeting",
            "Exceptional events recognized by CCHIIM");
    assertThat(from2021.qualifyingActivities()).hasSize(7)
        .extracting(org.himkit.policy.QualifyingActivity::name)
        .contains("Participating in AHIMA exam item writing", "Facilitating for an AHIMA Engage Community")
        .doesNotContain("Visiting AHIMA exhibits at a national or state meeting",
            "Exceptional events recognized by CCHIIM");
    for (org.himkit.policy.RenewalPolicy v : List.of(before2021, from2021)) {
      assertThat(v.qualifyingActivities()).allSatisfy(a -> {
        assertThat(a.category()).isEqualTo(org.himkit.policy.CeCategory.OTHER_RELEVANT);
        assertThat(a.citation().quote()).contains(a.name());
      });
    }
    assertThat(before2021.qualifyingActivities().get(0).citation().sourceType()).isEqualTo(SourceType.SECONDARY);
    assertThat(from2021.qualifyingActivities().get(0).citation().sourceType()).isEqualTo(SourceType.PRIMARY);
    assertThat(from2021.qualifyingActivities().get(0).citation().url().orElseThrow().toString())
        .isEqualTo("https://ahima.app/certification-careers/recertify/");
    assertThat(from2025.qualifyingActivities()).isEmpty();
    KnownOmission rest = HI.getKnownOmission(KnownOmissionId.of("ahima-ce-categories"));
    assertThat(rest.kind()).isEqualTo(OmissionKind.UNCONFIRMED);
    assertThat(rest.reason()).contains("eighth item", "2025 version names none");
  }

  // --- M2: the ODS routes A1, A2 and B, modelled; their omissions retired or rewritten

  @Test
  void m2OdsHasItsThreeRoutesAndTheOmissionsThatNoLongerHoldAreGone() {
    Requirement ods = credential("ODS").eligibility().orElseThrow();
    assertThat(ods.children()).hasSize(3);
    assertThat(ods.children()).extracting(r -> r.prose().orElseThrow().substring(0, 8))
        .containsExactly("route A1", "route A2", "route B:");
    for (String gone : List.of("ods-eligibility-paths", "role-typical-entries")) {
      assertThat(HI.findKnownOmission(KnownOmissionId.of(gone))).as(gone).isEmpty();
    }
    assertThat(HI.getKnownOmission(KnownOmissionId.of("ctr-practicum-routes")).reason())
        .contains("160 hours", "cannot be dated", "current year\u2019s");
    assertThat(HI.getKnownOmission(KnownOmissionId.of("cdi-privacy-typical-entry")).kind())
        .isEqualTo(OmissionKind.UNCONFIRMED);
    List<String> quotes = credential("ODS").citations().stream().flatMap(c -> c.quote().stream()).toList();
    assertThat(quotes).contains("Experience: 1,950 hours (equal to one year full-time) experience in the cancer "
        + "registry field.", "Education: Successful completion of an NCRA-Accredited Associate Degree Program.");
    assertThat(credential("ODS").citations()).filteredOn(c -> c.quote().isPresent())
        .allSatisfy(c -> assertThat(c.url()).hasValueSatisfying(u -> assertThat(u.toString()).startsWith("https://www.ncra-usa.org/")));
  }
}
