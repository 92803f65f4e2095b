package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.himkit.Citation;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.CredentialStatus;
import org.himkit.EmploymentFigure;
import org.himkit.EntryEducation;
import org.himkit.FormerName;
import org.himkit.JobTitle;
import org.himkit.Misnomer;
import org.himkit.Occupation;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.OutlookFigure;
import org.himkit.ProgramType;
import org.himkit.ProgressionProgram;
import org.himkit.RenewalPolicyId;
import org.himkit.Role;
import org.himkit.SourceType;
import org.himkit.UnknownEntryException;
import org.himkit.WageStatistic;
import org.himkit.WorkSetting;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/** Integrity of the real built-in catalog, collected into one readable failure. */
class BuiltInCatalogTest {
  private final HimCatalog hi = HimCatalog.builtIn();

  @Test
  void isSharedAndVersioned() {
    assertThat(HimCatalog.builtIn()).isSameAs(hi);
    // one source of truth: the build's himkit.catalog.version, passed to the tests by surefire
    assertThat(hi.version()).contains(CatalogVersion.parse(System.getProperty("himkit.catalog.version")));
    // the builder re-checks the whole catalog: rebuilding it from its entries gives an equal catalog
    assertThat(hi.toBuilder().build()).isEqualTo(hi).isNotSameAs(hi);
  }

  @Test
  void everyEntryAndEveryFigureIsSourced() {
    List<String> problems = new ArrayList<>();
    Consumer<Object[]> check = pair -> {
      @SuppressWarnings("unchecked")
      List<Citation> citations = (List<Citation>) pair[1];
      if (citations.isEmpty()) {
        problems.add(pair[0] + " has no citation");
      }
    };
    hi.profession().ifPresent(p -> check.accept(new Object[] {"profession", p.citations()}));
    for (Organization o : hi.organizations()) {
      check.accept(new Object[] {o.id(), o.citations()});
      o.formerNames().forEach(f -> check.accept(new Object[] {o.id() + " " + f.name(), f.citations()}));
    }
    for (Credential c : hi.credentials().list()) {
      check.accept(new Object[] {c.id(), c.citations()});
      c.formerNames().forEach(f -> check.accept(new Object[] {c.id() + " " + f.name(), f.citations()}));
      c.misnomers().forEach(m -> check.accept(new Object[] {c.id() + " " + m.text(), m.citations()}));
      c.exam().ifPresent(e -> check.accept(new Object[] {c.id() + " exam", e.citations()}));
    }
    for (ProgramType p : hi.programTypes().list()) {
      check.accept(new Object[] {p.id(), p.citations()});
      p.progressionPrograms().forEach(pp -> check.accept(new Object[] {p.id() + " progression", pp.citations()}));
    }
    for (Role r : hi.roles().list()) {
      check.accept(new Object[] {r.id(), r.citations()});
      r.jobTitles().forEach(t -> check.accept(new Object[] {r.id() + " " + t.title(), t.citations()}));
    }
    hi.workSettings().list().forEach(s -> check.accept(new Object[] {s.id(), s.citations()}));
    for (Occupation o : hi.occupations().list()) {
      check.accept(new Object[] {o.id(), o.citations()});
      o.wages().forEach(w -> check.accept(new Object[] {o.id() + " wage " + w.amount(), w.citations()}));
      o.employment().forEach(e -> check.accept(new Object[] {o.id() + " jobs " + e.year(), e.citations()}));
      o.outlook().forEach(f -> check.accept(new Object[] {o.id() + " outlook " + f.fromYear(), f.citations()}));
      o.entryEducation().forEach(e -> check.accept(new Object[] {o.id() + " education", e.citations()}));
    }
    hi.renewalPolicies().forEach(p -> check.accept(new Object[] {p.name(), p.citations()}));
    assertThat(problems).as("entries without a source").isEmpty();
  }

  @Test
  void idsAndNamesAreUniqueAndEveryReferenceResolves() {
    // The builder checks this on every build; here the checks are repeated independently on the data.
    List<String> problems = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Credential c : hi.credentials().list()) {
      for (String n : c.names()) {
        String key = n.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
        if (!keys.add(key) && hi.resolveCredential(n).map(m -> !m.credential().equals(c)).orElse(true)) {
          problems.add("name " + n + " of " + c.id() + " is not unique");
        }
      }
      if (hi.findOrganization(c.issuer()).isEmpty()) {
        problems.add(c.id() + " issuer " + c.issuer());
      }
      c.renewalPolicy().ifPresent(p -> {
        if (hi.renewalPolicyVersions(p).isEmpty()) {
          problems.add(c.id() + " policy " + p);
        }
      });
    }
    for (Role r : hi.roles().list()) {
      r.credentials().forEach(id -> {
        if (hi.findCredential(id).isEmpty()) {
          problems.add(r.id() + " credential " + id);
        }
      });
      r.workSettings().forEach(id -> {
        if (hi.findWorkSetting(id).isEmpty()) {
          problems.add(r.id() + " setting " + id);
        }
      });
      r.occupations().forEach(id -> {
        if (hi.findOccupation(id).isEmpty()) {
          problems.add(r.id() + " occupation " + id);
        }
      });
    }
    for (RenewalPolicy p : hi.renewalPolicies()) {
      p.requiredCeus().keySet().forEach(id -> {
        if (hi.findCredential(id).isEmpty()) {
          problems.add(p.name() + " credential " + id);
        }
      });
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void policyVersionsDoNotOverlapAndCoverEveryDayForAhima() {
    List<RenewalPolicy> ahima = hi.renewalPolicyVersions(RenewalPolicyId.of("AHIMA-RECERTIFICATION"));
    assertThat(ahima).extracting(RenewalPolicy::name).containsExactly("AHIMA recertification, before 2021",
        "AHIMA recertification, 2021", "AHIMA recertification, 2025");
    for (int i = 0; i + 1 < ahima.size(); i++) {
      assertThat(ahima.get(i).effectiveTo().orElseThrow().plusDays(1))
          .isEqualTo(ahima.get(i + 1).effectiveFrom().orElseThrow());
    }
  }

  @Test
  void includesEveryCurrentAhimaCredentialAndTheRetiredOnes() {
    OrganizationId ahima = OrganizationId.of("AHIMA");
    assertThat(hi.credentials().list()).filteredOn(c -> c.issuer().equals(ahima) && c.status() == CredentialStatus.ACTIVE)
        .extracting(c -> c.id().value())
        .containsExactly("RHIA", "RHIT", "CCA", "CCS", "CCS-P", "CHPS", "CHDA", "CDIP");
    assertThat(hi.credentials().list()).filteredOn(c -> c.status() == CredentialStatus.RETIRED)
        .extracting(c -> c.id().value() + " " + c.fullName())
        .containsExactly("PCS Physician Coding Specialist", "CHP Certified in Healthcare Privacy",
            "CHS Certified in Healthcare Security");
    assertThat(hi.getCredential(CredentialId.of("CCS-P")).fullName())
        .isEqualTo("Certified Coding Specialist\u2014Physician-based");
    assertThat(hi.getCredential(CredentialId.of("CDIP")).fullName())
        .isEqualTo("Certified Documentation Improvement Practitioner");
  }

  @Test
  void formerNamesAndMisnomersResolve() {
    CredentialMatch rra = hi.resolveCredential("RRA").orElseThrow();
    assertThat(rra.credential().id()).isEqualTo(CredentialId.of("RHIA"));
    assertThat(rra.kind()).isEqualTo(CredentialMatch.Kind.FORMER_NAME);
    assertThat(rra.note()).contains("former name of RHIA, renamed in 2000");
    assertThat(hi.resolveCredential("Registered Record Administrator").orElseThrow().credential().id().value())
        .isEqualTo("RHIA");
    assertThat(hi.resolveCredential("art").orElseThrow().credential().id().value()).isEqualTo("RHIT");
    CredentialMatch ctr = hi.resolveCredential("CTR").orElseThrow();
    assertThat(ctr.credential().fullName()).isEqualTo("Oncology Data Specialist");
    assertThat(ctr.note()).contains("former name of ODS, renamed in 2024");
    assertThat(hi.resolveCredential("ccs p").orElseThrow().credential().id().value()).isEqualTo("CCS-P");
    assertThat(hi.resolveCredential("CPC-H").orElseThrow().credential().id().value()).isEqualTo("COC");
    assertThatThrownBy(() -> hi.getCredential(CredentialId.of("CTR")))
        .isInstanceOf(UnknownEntryException.class)
        .hasMessageStartingWith("unknown credential id: CTR (did you mean ODS");
  }

  @Test
  void associationFormerNamesCarryTheirYears() {
    Organization ahima = hi.getOrganization(OrganizationId.of("AHIMA"));
    assertThat(ahima.formerNames()).extracting(f -> f.abbreviation().orElseThrow() + " "
            + f.fromYear().orElseThrow() + "-" + f.untilYear().orElseThrow())
        .containsExactly("ARLNA 1928-1938", "AAMRL 1938-1970", "AMRA 1970-1991");
    assertThat(ahima.formerNames()).flatExtracting(FormerName::citations)
        .allMatch(c -> c.sourceType() == SourceType.PRIMARY);
  }

  @Test
  void figuresKeepTheirEditionAndPeriod() {
    List<String> problems = new ArrayList<>();
    for (Occupation o : hi.occupations().list()) {
      for (WageStatistic w : o.wages()) {
        if (w.referenceMonth().isEmpty() && w.note().isEmpty()) {
          problems.add(o.id() + " wage " + w.amount() + " has neither a reference month nor a note saying why");
        }
        if (w.referenceMonth().isPresent() && w.edition().isEmpty()) {
          problems.add(o.id() + " wage " + w.amount() + " has no edition");
        }
      }
      for (OutlookFigure f : o.outlook()) {
        if (f.edition().isEmpty()) {
          problems.add(o.id() + " outlook " + f.fromYear() + " has no edition");
        }
      }
      for (EmploymentFigure e : o.employment()) {
        if (e.edition().isEmpty()) {
          problems.add(o.id() + " employment " + e.year() + " has no edition");
        }
      }
      for (EntryEducation e : o.entryEducation()) {
        if (e.edition().isEmpty()) {
          problems.add(o.id() + " education has no edition");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void knownOmissionsListTheUnconfirmedFacts() {
    assertThat(hi.knownOmissions()).extracting(KnownOmission::subject)
        .anyMatch(s -> s.contains("CHDA"))
        .anyMatch(s -> s.contains("several credentials"))
        .anyMatch(s -> s.contains("2024-01-01"))
        .anyMatch(s -> s.contains("CIRCC"));
    assertThat(hi.knownOmissions()).extracting(KnownOmission::subject).doesNotHaveDuplicates();
    // nothing unconfirmed is in the catalog: no credential called CHIE or CHTS, no 2024 BLS median
    assertThat(hi.resolveCredential("CHIE")).isEmpty();
    assertThat(hi.resolveCredential("CHTS-CP")).isEmpty();
    assertThat(hi.occupations().list()).flatExtracting(Occupation::wages)
        .noneMatch(w -> w.referenceMonth().map(m -> m.getYear() == 2024).orElse(false));
  }

  @Test
  void jobTitlesAndSettingsAreWellFormed() {
    assertThat(hi.workSettings().list()).extracting(WorkSetting::name).doesNotHaveDuplicates();
    assertThat(hi.roles().list()).flatExtracting(Role::jobTitles).extracting(JobTitle::title).doesNotHaveDuplicates();
    assertThat(hi.programTypes().list()).flatExtracting(ProgramType::progressionPrograms)
        .extracting(ProgressionProgram::fromCredential, ProgressionProgram::toCredential)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CredentialId.of("RHIT"), CredentialId.of("RHIA")));
    assertThat(hi.credentials().list()).flatExtracting(Credential::misnomers).extracting(Misnomer::text).containsExactly("RHIM");
    assertThat(hi.renewalPolicies()).allSatisfy(p -> assertThat(p.requiredCeus().values()).allMatch(c -> !c.isZero()
        && c.isAtLeast(Ceus.of(1))));
  }
}
