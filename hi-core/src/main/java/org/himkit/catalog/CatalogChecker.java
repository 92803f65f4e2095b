package org.himkit.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.himkit.Credential;
import org.himkit.CredentialId;
import org.himkit.Fee;
import org.himkit.Occupation;
import org.himkit.OccupationId;
import org.himkit.Organization;
import org.himkit.OrganizationId;
import org.himkit.Profession;
import org.himkit.ProgramOffering;
import org.himkit.ProgramOfferingId;
import org.himkit.ProgramOutcome;
import org.himkit.ProgramType;
import org.himkit.ProgramTypeId;
import org.himkit.ProgressionProgram;
import org.himkit.RenewalPolicyId;
import org.himkit.Requirement;
import org.himkit.Role;
import org.himkit.RoleId;
import org.himkit.WorkSetting;
import org.himkit.WorkSettingId;
import org.himkit.policy.RenewalPolicy;
import org.jspecify.annotations.Nullable;

/** Checks a catalog as a whole: every reference resolves and no two policy versions overlap. */
final class CatalogChecker {
  private final Set<OrganizationId> organizations;
  private final Map<CredentialId, Credential> credentials;
  private final Map<ProgramTypeId, ProgramType> programTypes;
  private final Map<ProgramOfferingId, ProgramOffering> programOfferings;
  private final Map<RoleId, Role> roles;
  private final Map<WorkSettingId, WorkSetting> workSettings;
  private final Map<OccupationId, Occupation> occupations;
  private final List<RenewalPolicy> policies;
  private final @Nullable Profession profession;
  private final List<String> problems;

  CatalogChecker(Set<OrganizationId> organizations, Map<CredentialId, Credential> credentials,
      Map<ProgramTypeId, ProgramType> programTypes, Map<ProgramOfferingId, ProgramOffering> programOfferings,
      Map<RoleId, Role> roles, Map<WorkSettingId, WorkSetting> workSettings, Map<OccupationId, Occupation> occupations,
      List<RenewalPolicy> policies, @Nullable Profession profession, List<String> problems) {
    this.organizations = organizations;
    this.credentials = credentials;
    this.programTypes = programTypes;
    this.programOfferings = programOfferings;
    this.roles = roles;
    this.workSettings = workSettings;
    this.occupations = occupations;
    this.policies = policies;
    this.profession = profession;
    this.problems = problems;
  }

  /**
   * Checks the references of the facts attached to entries: the fees an organization charges name its
   * own credentials, a program outcome's exam is a credential of the catalog, and the profession's
   * stated median salary is one of the wages of the occupation it names.
   */
  static void checkAttachedFacts(Map<OrganizationId, Organization> organizations, Map<CredentialId, Credential> credentials,
      Map<OccupationId, Occupation> occupations, Map<ProgramOfferingId, ProgramOffering> offerings,
      @Nullable Profession profession, List<String> problems) {
    for (Organization o : organizations.values()) {
      for (Fee f : o.fees()) {
        for (CredentialId id : f.credentials()) {
          Credential c = credentials.get(id);
          if (c == null) {
            problems.add("organization " + o.id() + " fee \"" + f.description() + "\" refers to credential " + id
                + ", which the catalog does not hold");
          } else if (!c.issuer().equals(o.id())) {
            problems.add("organization " + o.id() + " fee \"" + f.description() + "\" names credential " + id
                + " of " + c.issuer());
          }
        }
      }
    }
    for (ProgramOffering o : offerings.values()) {
      for (ProgramOutcome out : o.outcomes()) {
        out.exam().filter(id -> !credentials.containsKey(id)).ifPresent(id -> problems.add("program offering "
            + o.id() + " outcome " + out.kind() + " refers to credential " + id + ", which the catalog does not hold"));
      }
    }
    if (profession != null) {
      profession.salaryOccupation().ifPresent(id -> {
        Occupation occupation = occupations.get(id);
        if (occupation == null) {
          problems.add("profession salaryOccupation refers to occupation " + id + ", which the catalog does not hold");
        } else if (!profession.medianSalary().map(occupation.wages()::contains).orElse(false)) {
          problems.add("profession medianSalary is not among the wages of occupation " + id);
        }
      });
    }
  }

  void check() {
    if (profession != null) {
      ref(organizations, profession.professionalOrganization(), "profession", "professionalOrganization");
    }
    Set<RenewalPolicyId> policyIds = policies.stream().map(RenewalPolicy::id).collect(Collectors.toSet());
    for (Credential c : credentials.values()) {
      String e = "credential " + c.id();
      ref(organizations, c.issuer(), e, "issuer");
      c.renewalPolicy().ifPresent(p -> ref(policyIds, p, e, "renewalPolicy"));
      refs(credentials.keySet(), c.supersedes(), e, "supersedes");
      c.eligibility().ifPresent(r -> requirement(r, e + " eligibility"));
    }
    for (ProgramType p : programTypes.values()) {
      String e = "program type " + p.id();
      p.accreditor().ifPresent(a -> ref(organizations, a, e, "accreditor"));
      refs(credentials.keySet(), p.preparesFor(), e, "preparesFor");
      for (ProgressionProgram pp : p.progressionPrograms()) {
        ref(credentials.keySet(), pp.fromCredential(), e, "progressionPrograms.fromCredential");
        ref(credentials.keySet(), pp.toCredential(), e, "progressionPrograms.toCredential");
      }
    }
    for (ProgramOffering o : programOfferings.values()) {
      String e = "program offering " + o.id();
      ref(programTypes.keySet(), o.programType(), e, "programType");
      o.accreditor().ifPresent(a -> ref(organizations, a, e, "accreditor"));
    }
    for (Role r : roles.values()) {
      String e = "role " + r.id();
      refs(credentials.keySet(), r.credentials(), e, "credentials");
      refs(workSettings.keySet(), r.workSettings(), e, "workSettings");
      refs(occupations.keySet(), r.occupations(), e, "occupations");
      r.specializationOf().ifPresent(s -> ref(roles.keySet(), s, e, "specializationOf"));
      r.typicalEntry().ifPresent(t -> requirement(t, e + " typicalEntry"));
    }
    for (RenewalPolicy p : policies) {
      String e = "renewal policy " + p.id() + " (" + p.name() + ")";
      ref(organizations, p.issuer(), e, "issuer");
      refs(credentials.keySet(), p.requiredCeus().keySet(), e, "requiredCeus");
      for (CredentialId id : p.requiredCeus().keySet()) {
        Credential c = credentials.get(id);
        if (c != null && !c.issuer().equals(p.issuer())) {
          problems.add(e + " is issued by " + p.issuer() + " but names credential " + id + " of " + c.issuer());
        }
      }
    }
    for (Credential c : credentials.values()) {
      c.renewalPolicy().filter(policyIds::contains).ifPresent(id -> {
        boolean listed = policies.stream().anyMatch(p -> p.id().equals(id) && p.requiredCeus().containsKey(c.id()));
        if (!listed) {
          problems.add("credential " + c.id() + " refers to renewal policy " + id
              + ", but no version of it gives the CEUs required for " + c.id());
        }
      });
    }
    policies.stream().collect(Collectors.groupingBy(RenewalPolicy::id)).forEach((id, versions) -> {
      Set<OrganizationId> issuers = versions.stream().map(RenewalPolicy::issuer).collect(Collectors.toSet());
      if (issuers.size() > 1) {
        problems.add("renewal policy " + id + " has versions issued by different organizations: "
            + issuers.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
      }
    });
    checkPolicyRanges();
  }

  private void requirement(Requirement r, String entity) {
    References references = new References(entity);
    r.leaves().forEach(leaf -> leaf.accept(references).ifPresent(problems::add));
  }

  /** The problem with the one reference a leaf makes, if it refers to an entry the catalog lacks. */
  private final class References implements Requirement.LeafVisitor<Optional<String>> {
    private final String entity;

    References(String entity) {
      this.entity = entity;
    }

    private <K> Optional<String> ref(Collection<K> known, Optional<K> id, String attribute) {
      return id.filter(k -> !known.contains(k)).map(k -> entity + " refers to an unknown " + attribute + " " + k);
    }

    @Override
    public Optional<String> visitHoldsCredential(Requirement.HoldsCredential leaf) {
      return ref(credentials.keySet(), Optional.of(leaf.credential()), "credential");
    }

    @Override
    public Optional<String> visitCompletedProgram(Requirement.CompletedProgram leaf) {
      return ref(organizations, leaf.accreditor(), "accreditor");
    }

    @Override
    public Optional<String> visitFinalTermEnrollment(Requirement.FinalTermEnrollment leaf) {
      return ref(organizations, leaf.accreditor(), "accreditor");
    }

    @Override
    public Optional<String> visitForeignReciprocity(Requirement.ForeignReciprocity leaf) {
      return ref(organizations, Optional.of(leaf.agreementWith()), "agreementWith");
    }

    @Override
    public Optional<String> visitHoldsCredentialInDomain(Requirement.HoldsCredentialInDomain leaf) {
      return ref(organizations, Optional.of(leaf.otherThan()), "otherThan");
    }

    @Override
    public Optional<String> visitExperience(Requirement.Experience leaf) {
      return Optional.empty();
    }

    @Override
    public Optional<String> visitHighSchoolDiploma(Requirement.HighSchoolDiploma leaf) {
      return Optional.empty();
    }

    @Override
    public Optional<String> visitCompletedTraining(Requirement.CompletedTraining leaf) {
      return Optional.empty();
    }

    @Override
    public Optional<String> visitDegreeOrCollegeCredits(Requirement.DegreeOrCollegeCredits leaf) {
      return Optional.empty();
    }

    @Override
    public Optional<String> visitCompletedCoursework(Requirement.CompletedCoursework leaf) {
      return Optional.empty();
    }

    @Override
    public Optional<String> visitExperienceHours(Requirement.ExperienceHours leaf) {
      return Optional.empty();
    }

    @Override
    public Optional<String> visitNoPrerequisite(Requirement.NoPrerequisite leaf) {
      return Optional.empty();
    }
  }

  private void checkPolicyRanges() {
    Map<RenewalPolicyId, List<RenewalPolicy>> byId = policies.stream()
        .collect(Collectors.groupingBy(RenewalPolicy::id));
    for (List<RenewalPolicy> versions : byId.values()) {
      for (int i = 0; i < versions.size(); i++) {
        for (int j = i + 1; j < versions.size(); j++) {
          RenewalPolicy a = versions.get(i);
          RenewalPolicy b = versions.get(j);
          LocalDate aFrom = a.effectiveFrom().orElse(LocalDate.MIN);
          LocalDate aTo = a.effectiveTo().orElse(LocalDate.MAX);
          LocalDate bFrom = b.effectiveFrom().orElse(LocalDate.MIN);
          LocalDate bTo = b.effectiveTo().orElse(LocalDate.MAX);
          if (!aFrom.isAfter(bTo) && !bFrom.isAfter(aTo)) {
            problems.add("renewal policy " + a.id() + " has overlapping versions \"" + a.name() + "\" and \""
                + b.name() + "\"");
          }
        }
      }
    }
  }

  private <K> void ref(Collection<K> known, K id, String entity, String attribute) {
    if (!known.contains(id)) {
      problems.add(entity + " refers to an unknown " + attribute + " " + id);
    }
  }

  private <K> void refs(Collection<K> known, Collection<K> ids, String entity, String attribute) {
    for (K id : ids) {
      ref(known, id, entity, attribute);
    }
  }
}
