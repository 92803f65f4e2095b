package org.himkit.catalog;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.Citation;
import org.himkit.Code;
import org.himkit.CodeScheme;
import org.himkit.Credential;
import org.himkit.CredentialDomain;
import org.himkit.CredentialId;
import org.himkit.CredentialKind;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.ExperienceDomain;
import org.himkit.Location;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OrganizationKind;
import org.himkit.PatientContact;
import org.himkit.ProgramField;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.RoleLevel;
import org.himkit.SourceType;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.policy.Ceus;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.RenewalPolicy;
import org.quicktheories.core.Gen;

/**
 * Random valid catalogs for property tests and measurements: organizations, credentials with random
 * eligibility trees and effective-dated renewal policies, occupations with wage figures (some without
 * a reference month, some in another currency), work settings, roles, program types and any number
 * of program offerings. The same seed always gives the same catalog.
 */
final class CatalogGenerator {
  private CatalogGenerator() {}

  static final Citation CITATION = Citation.of("HIM Kit tests", "Generated test data", "https://example.org/test",
      SourceType.SECONDARY);
  static final List<String> INSTITUTIONS = List.of("Lakeside College", "lakeview University", "Lake Forest Institute",
      "North Valley Community College", "Northern State", "St. Mary's College", "Saint Louis School",
      "\u00c5lesund H\u00f8gskole", "Example Tech", "EXAMPLE Academy");
  static final List<String> COUNTRIES = List.of("US", "CA", "PR");
  static final List<String> REGIONS = List.of("IL", "il", "NY", "ON", "Qc", "TX");

  /** Returns catalogs of up to 40 credentials and roles and up to {@code maxOfferings} offerings. */
  static Gen<HimCatalog> catalogs(int maxOfferings) {
    return longs().all().zip(integers().between(0, maxOfferings), CatalogGenerator::catalog);
  }

  static <T> T pick(SplittableRandom r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  static <T> T pick(SplittableRandom r, T[] items) {
    return items[r.nextInt(items.length)];
  }

  static <T> List<T> some(SplittableRandom r, List<T> items, int max) {
    List<T> out = new ArrayList<>();
    int n = items.isEmpty() ? 0 : r.nextInt(Math.min(max, items.size()) + 1);
    for (int i = 0; i < n; i++) {
      T t = pick(r, items);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  static HimCatalog catalog(long seed, int offerings) {
    SplittableRandom r = new SplittableRandom(seed);
    HimCatalog.Builder b = HimCatalog.builder();
    List<OrganizationId> orgs = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(4); i++) {
      OrganizationId id = OrganizationId.of("ORG" + i);
      orgs.add(id);
      b.addOrganization(Organization.builder().id(id).name("Organization " + i).abbreviation("ORG" + i)
          .addKinds(OrganizationKind.CERTIFYING_BODY, OrganizationKind.ACCREDITOR).addCitation(CITATION).build());
    }
    List<CredentialId> credentialIds = new ArrayList<>();
    int credentials = 1 + r.nextInt(40);
    for (int i = 0; i < credentials; i++) {
      credentialIds.add(CredentialId.of("C" + i));
    }
    List<RenewalPolicyId> policyIds = List.of(RenewalPolicyId.of("P0"), RenewalPolicyId.of("P1"),
        RenewalPolicyId.of("P2"));
    // every version of a policy has one issuer and names only that issuer's credentials; a credential
    // refers only to a policy of its issuer that some version of lists it
    List<OrganizationId> policyIssuers = new ArrayList<>();
    for (int i = 0; i < policyIds.size(); i++) {
      policyIssuers.add(pick(r, orgs));
    }
    Map<RenewalPolicyId, List<CredentialId>> kept = new LinkedHashMap<>();
    Map<OrganizationId, List<CredentialId>> byIssuer = new LinkedHashMap<>();
    for (CredentialId id : credentialIds) {
      OrganizationId issuer = pick(r, orgs);
      byIssuer.computeIfAbsent(issuer, k -> new ArrayList<>()).add(id);
      Credential.Builder c = Credential.builder().id(id).fullName(pick(r, List.of("Certified ", "registered ", "Zeta "))
              + "Credential " + r.nextInt(100) + "." + id.value())
          .kind(pick(r, CredentialKind.values())).issuer(issuer).status(pick(r, CredentialStatus.values()))
          .addDomain(pick(r, CredentialDomain.values())).addCitation(CITATION);
      if (r.nextInt(4) > 0) {
        c.eligibility(requirement(r, 3, credentialIds, orgs));
      }
      List<RenewalPolicyId> ofIssuer = new ArrayList<>();
      for (int i = 0; i < policyIds.size(); i++) {
        if (policyIssuers.get(i).equals(issuer)) {
          ofIssuer.add(policyIds.get(i));
        }
      }
      if (!ofIssuer.isEmpty() && r.nextInt(5) > 0) {
        RenewalPolicyId policy = pick(r, ofIssuer);
        c.renewalPolicy(policy);
        kept.computeIfAbsent(policy, k -> new ArrayList<>()).add(id);
      }
      b.addCredential(c.build());
    }
    for (int i = 0; i < policyIds.size(); i++) {
      RenewalPolicyId id = policyIds.get(i);
      List<CredentialId> issuerCredentials = byIssuer.getOrDefault(policyIssuers.get(i), List.of());
      if (!issuerCredentials.isEmpty()) {
        policies(r, id, policyIssuers.get(i), issuerCredentials, kept.getOrDefault(id, List.of()))
            .forEach(b::addRenewalPolicy);
      }
    }
    List<OccupationId> occupationIds = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(6); i++) {
      OccupationId id = OccupationId.of("29-" + (2000 + i));
      occupationIds.add(id);
      b.addOccupation(occupation(r, id));
    }
    List<WorkSettingId> settingIds = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(8); i++) {
      WorkSettingId id = WorkSettingId.of("setting-" + i);
      settingIds.add(id);
      b.addWorkSetting(WorkSetting.builder().id(id).name(pick(r, List.of("Hospitals ", "law offices ", "Clinics "))
          + i).addCitation(CITATION).build());
    }
    for (int i = 0; i < 1 + r.nextInt(30); i++) {
      Role.Builder role = Role.builder().id(RoleId.of("role-" + i))
          .title(pick(r, List.of("Coder ", "analyst ", "Manager ", "registrar ")) + r.nextInt(50))
          .level(pick(r, RoleLevel.values())).summary("A generated role.").patientContact(pick(r, PatientContact.values()))
          .addAllCredentials(some(r, credentialIds, 4)).addAllWorkSettings(some(r, settingIds, 4))
          .addAllOccupations(some(r, occupationIds, 2)).addCitation(CITATION);
      if (r.nextInt(4) > 0) {
        role.typicalEntry(requirement(r, 3, credentialIds, orgs));
      }
      if (i > 0 && r.nextBoolean()) {
        role.specializationOf(RoleId.of("role-" + r.nextInt(i)));
      }
      b.addRole(role.build());
    }
    List<ProgramTypeId> typeIds = new ArrayList<>();
    for (int i = 0; i < 1 + r.nextInt(8); i++) {
      ProgramTypeId id = ProgramTypeId.of("type-" + i);
      typeIds.add(id);
      b.addProgramType(ProgramType.builder().id(id).name(pick(r, List.of("Associate ", "bachelor ", "Master "))
              + "program " + i).level(pick(r, DegreeLevel.values())).field(pick(r, ProgramField.values()))
          .addAllDeliveryModes(some(r, List.of(DeliveryMode.values()), 2))
          .eveningPrograms(pick(r, Availability.values())).addAllPreparesFor(some(r, credentialIds, 3))
          .addCitation(CITATION).build());
    }
    for (int i = 0; i < offerings; i++) {
      b.addProgramOffering(offering(r, i, typeIds, orgs));
    }
    return b.build();
  }

  static ProgramOffering offering(SplittableRandom r, int i, List<ProgramTypeId> typeIds, List<OrganizationId> orgs) {
    AccreditationStatus status = pick(r, AccreditationStatus.values());
    Location.Builder location = Location.builder().country(pick(r, COUNTRIES));
    if (r.nextInt(5) > 0) {
      location.region(pick(r, REGIONS));
    }
    ProgramOffering.Builder o = ProgramOffering.builder().id(ProgramOfferingId.of("offering-" + i))
        .institution(pick(r, INSTITUTIONS) + " " + r.nextInt(1000)).name("Program " + i)
        .programType(pick(r, typeIds)).location(location.build())
        .addAllDeliveryModes(some(r, List.of(DeliveryMode.values()), 2)).eveningPrograms(pick(r, Availability.values()))
        .accreditationStatus(status).addCitation(CITATION);
    if (status != AccreditationStatus.NOT_ACCREDITED && r.nextBoolean()) {
      o.accreditor(pick(r, orgs));
    }
    return o.build();
  }

  static Requirement requirement(SplittableRandom r, int depth, List<CredentialId> credentials,
      List<OrganizationId> orgs) {
    int choice = r.nextInt(depth > 0 ? 10 : 7);
    return switch (choice) {
      case 0 -> Requirement.degree(pick(r, DegreeLevel.values()));
      case 1 -> Requirement.completedProgram(pick(r, DegreeLevel.values()), pick(r, ProgramField.values()),
          pick(r, orgs));
      case 2 -> Requirement.finalTermOf(pick(r, DegreeLevel.values()), pick(r, ProgramField.values()), pick(r, orgs));
      case 3 -> Requirement.highSchoolDiploma();
      case 4 -> Requirement.holdsCredential(pick(r, credentials));
      case 5 -> r.nextBoolean() ? Requirement.experienceYears(pick(r, ExperienceDomain.values()), 1 + r.nextInt(3))
          : Requirement.completedTraining("training", "a generated training");
      case 6 -> Requirement.foreignReciprocity(pick(r, orgs));
      default -> {
        Requirement[] parts = new Requirement[1 + r.nextInt(3)];
        for (int i = 0; i < parts.length; i++) {
          parts[i] = requirement(r, depth - 1, credentials, orgs);
        }
        yield choice == 7 ? Requirement.allOf(parts) : choice == 8 ? Requirement.anyOf(parts)
            : Requirement.atLeast(1 + r.nextInt(parts.length), parts);
      }
    };
  }

  static List<RenewalPolicy> policies(SplittableRandom r, RenewalPolicyId id, OrganizationId issuer,
      List<CredentialId> credentials, List<CredentialId> kept) {
    int versions = 1 + r.nextInt(3);
    List<LocalDate> cuts = new ArrayList<>();
    LocalDate day = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(400));
    for (int i = 0; i < versions + 1; i++) {
      cuts.add(day);
      day = day.plusDays(1 + r.nextInt(3000));
    }
    List<RenewalPolicy> out = new ArrayList<>();
    for (int v = 0; v < versions; v++) {
      Map<CredentialId, Ceus> ceus = new LinkedHashMap<>();
      for (CredentialId c : some(r, credentials, 12)) {
        ceus.put(c, Ceus.ofHundredths(100L * r.nextInt(60) + (r.nextInt(4) == 0 ? 50 : 0)));
      }
      ceus.putIfAbsent(pick(r, credentials), Ceus.of(20));
      if (v == versions - 1) {
        kept.forEach(c -> ceus.putIfAbsent(c, Ceus.of(10)));
      }
      RenewalPolicy.Builder p = RenewalPolicy.builder().id(id).name(id + " version " + v).issuer(issuer)
          .cycleLength(pick(r, List.of(Period.ofYears(2), Period.ofMonths(24), Period.ofYears(3), Period.ofYears(1))))
          .cycleAnchor(pick(r, CycleAnchor.values())).putAllRequiredCeus(ceus).addCitation(CITATION);
      if (v > 0 || r.nextBoolean()) {
        p.effectiveFrom(cuts.get(v));
      }
      // a gap between versions now and then
      LocalDate end = cuts.get(v + 1).minusDays(r.nextInt(5) == 0 ? 30 : 1);
      if (v < versions - 1 || r.nextBoolean()) {
        p.effectiveTo(end.isBefore(cuts.get(v)) ? cuts.get(v) : end);
      }
      out.add(p.build());
    }
    return out;
  }

  static Occupation occupation(SplittableRandom r, OccupationId id) {
    Occupation.Builder o = Occupation.builder().id(id).title(pick(r, List.of("Medical ", "health ", "Records "))
            + id.value())
        .addCode(new Code(CodeScheme.SOC, "2018", id.value(), "Occupation " + id.value()))
        .addCode(new Code(CodeScheme.ONET_SOC, "test", id.value() + ".00", "Occupation " + id.value()))
        .addCitation(CITATION);
    for (int i = 0; i < r.nextInt(4); i++) {
      WageStatistic.Builder w = WageStatistic.builder().measure(pick(r, WageMeasure.values()))
          .amount(BigDecimal.valueOf(30_000 + 1_000L * r.nextInt(60))).verification(Verification.CONFIRMED_AT_SOURCE)
          .addCitation(CITATION);
      if (r.nextInt(4) > 0) {
        w.referenceMonth(YearMonth.of(2015 + r.nextInt(10), 5));
      }
      if (r.nextInt(8) == 0) {
        w.currency(Currency.getInstance("EUR"));
      }
      o.addWage(w.build());
    }
    return o.build();
  }
}
