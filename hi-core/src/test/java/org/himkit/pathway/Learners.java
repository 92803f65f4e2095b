package org.himkit.pathway;

import java.time.LocalDate;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.DegreeLevel;
import org.himkit.ExperienceDomain;
import org.himkit.OrganizationId;
import org.himkit.ProgramField;
import org.himkit.Requirement;
import org.himkit.catalog.HimCatalog;

/** Shared fixtures of the pathway tests. */
final class Learners {
  private Learners() {}

  static final HimCatalog CATALOG = HimCatalog.builtIn();
  static final Eligibility ELIGIBILITY = Eligibility.of(CATALOG);
  static final PathwayPlanner PLANNER = PathwayPlanner.of(CATALOG);
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  static final LocalDate EARNED = LocalDate.of(2022, 6, 1);

  static final OrganizationId CAHIIM = OrganizationId.of("CAHIIM");
  static final OrganizationId AHIMA = OrganizationId.of("AHIMA");
  static final ProgramField HIM = ProgramField.HEALTH_INFORMATION_MANAGEMENT;

  static final CredentialId RHIT = CredentialId.of("RHIT");
  static final CredentialId RHIA = CredentialId.of("RHIA");
  static final CredentialId CCA = CredentialId.of("CCA");
  static final CredentialId CCS = CredentialId.of("CCS");
  static final CredentialId CCS_P = CredentialId.of("CCS-P");
  static final CredentialId CHPS = CredentialId.of("CHPS");
  static final CredentialId CPC = CredentialId.of("CPC");
  static final CredentialId CPC_A = CredentialId.of("CPC-A");
  static final CredentialId COC = CredentialId.of("COC");
  static final CredentialId COC_A = CredentialId.of("COC-A");
  static final CredentialId CPB = CredentialId.of("CPB");

  static LearnerProfile.Builder learner() {
    return LearnerProfile.builder();
  }

  static LearnerProfile.Builder highSchoolGraduate() {
    return learner().highSchoolDiploma(true);
  }

  static LearnerProfile.Builder withCahiim(LearnerProfile.Builder b, DegreeLevel level) {
    return b.addEducation(Education.completed(level, HIM, CAHIIM));
  }

  static LearnerProfile.Builder holding(LearnerProfile.Builder b, CredentialId... ids) {
    for (CredentialId id : ids) {
      b.putCredential(id, EARNED);
    }
    return b;
  }

  static LearnerProfile.Builder coding(LearnerProfile.Builder b, int months) {
    return b.putExperience(ExperienceDomain.CODING, months);
  }

  static LearnerProfile.Builder privacy(LearnerProfile.Builder b, int months) {
    return b.putExperience(ExperienceDomain.HEALTHCARE_PRIVACY_SECURITY, months);
  }

  static EligibilityResult check(LearnerProfile p, CredentialId id) {
    return ELIGIBILITY.check(p, id, AS_OF);
  }

  static EligibilityStatus status(LearnerProfile.Builder b, CredentialId id) {
    return check(b.build(), id).status();
  }

  /** The unmet leaves of a NOT_ELIGIBLE result, depth first. */
  static List<Unmet.Condition> conditions(EligibilityResult r) {
    return r.unmet().orElseThrow().conditions().toList();
  }

  /** The unmet leaf about a requirement, failing if there is none. */
  static Unmet.Condition conditionAbout(EligibilityResult r, Requirement leaf) {
    return conditions(r).stream().filter(c -> c.leaf().equals(leaf)).findFirst()
        .orElseThrow(() -> new AssertionError("no unmet condition about " + leaf + " in " + r.unmet()));
  }

  /** The target of holding a credential of the catalog. */
  static Target holdsTarget(CredentialId id) {
    return Target.holds(CATALOG.getCredential(id));
  }

  /** The target of eligibility for a credential of the catalog. */
  static Target eligibleTarget(CredentialId id) {
    return Target.eligibleFor(CATALOG.getCredential(id));
  }

  /** The target of a role of the catalog. */
  static Target roleTarget(String id) {
    return Target.enters(CATALOG.getRole(org.himkit.RoleId.of(id)));
  }

  /** The step of passing a credential's own exam. */
  static Step.EarnCredential passExam(CredentialId id) {
    return Step.EarnCredential.passExam(CATALOG.getCredential(id));
  }

  /** A completed-program leaf of the catalog's HIM programs accredited by CAHIIM. */
  static Requirement.CompletedProgram cahiimProgram(DegreeLevel level) {
    return Requirement.completedProgram(level, HIM, CAHIIM);
  }
}
