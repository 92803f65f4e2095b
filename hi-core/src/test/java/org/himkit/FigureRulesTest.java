package org.himkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The edges of the rules of the figure records (pass rates, credential counts, industry employment,
 * program outcomes) and of a requirement's prose and counts: the last value a rule accepts is accepted,
 * the first it rejects is rejected with the attribute named.
 */
class FigureRulesTest {
  private static final List<Citation> SOURCES = List.of(Fixtures.SOURCE);

  private static void rejects(ThrowingCallable build, String... attributes) {
    assertThatThrownBy(build).isInstanceOfSatisfying(HimValidationException.class,
        e -> assertThat(e.problems()).map(p -> p.attribute().orElse("?")).containsExactly(attributes));
  }

  @Test
  void anExamPassRateHasTestersAndAPercentFrom0To100() {
    Year y = Year.of(2023);
    assertThat(new ExamPassRate(y, 1, 0, Optional.empty(), SOURCES).passPercent()).isZero();
    assertThat(new ExamPassRate(y, 1, 100, Optional.of("first-time testers"), SOURCES).passPercent()).isEqualTo(100);
    rejects(() -> new ExamPassRate(y, 0, 50, Optional.empty(), SOURCES), "firstTimeTesters");
    rejects(() -> new ExamPassRate(y, 1, -1, Optional.empty(), SOURCES), "passPercent");
    rejects(() -> new ExamPassRate(y, 1, 101, Optional.empty(), SOURCES), "passPercent");
    rejects(() -> new ExamPassRate(y, 0, 101, Optional.of(" "), List.of()), "firstTimeTesters", "passPercent",
        "scope", "citations");
  }

  @Test
  void aCredentialCountIsPositive() {
    CredentialCount.Kind kind = CredentialCount.Kind.CURRENT_HOLDERS;
    assertThat(new CredentialCount(kind, 1, true, Optional.empty(), Optional.empty(), SOURCES).count()).isEqualTo(1);
    rejects(() -> new CredentialCount(kind, 0, true, Optional.empty(), Optional.empty(), SOURCES), "count");
    rejects(() -> new CredentialCount(kind, 0, false, Optional.empty(), Optional.of("\u00a0"), List.of()), "count",
        "scope", "citations");
  }

  @Test
  void industryEmploymentHasJobsAndNamedTexts() {
    YearMonth may = YearMonth.of(2023, 5);
    assertThat(new IndustryEmployment("Hospitals", 1, may, "2023", SOURCES).jobs()).isEqualTo(1);
    rejects(() -> new IndustryEmployment("Hospitals", 0, may, "2023", SOURCES), "jobs");
    rejects(() -> new IndustryEmployment(" ", 0, may, " ", List.of()), "industry", "edition", "jobs", "citations");
  }

  @Test
  void aProgramOutcomeIsAPercentFrom0To100AndNamesAnExamOnlyForAPassRate() {
    LocalDate asOf = LocalDate.of(2024, 1, 1);
    ProgramOutcome.Kind graduation = ProgramOutcome.Kind.GRADUATION_RATE;
    assertThat(new ProgramOutcome(graduation, BigDecimal.ZERO, asOf, Optional.empty(), SOURCES).percent())
        .isEqualByComparingTo("0");
    assertThat(new ProgramOutcome(graduation, new BigDecimal("100"), asOf, Optional.empty(), SOURCES).percent())
        .isEqualByComparingTo("100");
    rejects(() -> new ProgramOutcome(graduation, new BigDecimal("-0.01"), asOf, Optional.empty(), SOURCES), "percent");
    rejects(() -> new ProgramOutcome(graduation, new BigDecimal("100.01"), asOf, Optional.empty(), SOURCES), "percent");
    rejects(() -> new ProgramOutcome(graduation, BigDecimal.ONE, asOf, Optional.of(CredentialId.RHIA), SOURCES),
        "exam");
    assertThat(new ProgramOutcome(ProgramOutcome.Kind.CERTIFICATION_EXAM_PASS_RATE, BigDecimal.ONE, asOf,
        Optional.of(CredentialId.RHIA), SOURCES).exam()).contains(CredentialId.RHIA);
  }

  @Test
  void aRequirementsProseIsNotBlankAndAtMost4096Characters() {
    Optional<String> blank = Optional.of(" ");
    Optional<String> longest = Optional.of(Strings.repeat("p", 4096));
    Requirement hs = Requirement.highSchoolDiploma();
    assertThat(new Requirement.AllOf(List.of(hs), longest).prose()).isEqualTo(longest);
    rejects(() -> new Requirement.AllOf(List.of(hs), Optional.of(longest.get() + "p")), "prose");
    rejects(() -> new Requirement.AllOf(List.of(hs), blank), "prose");
    rejects(() -> new Requirement.AnyOf(List.of(hs), blank), "prose");
    rejects(() -> new Requirement.AnyOf(List.of(), Optional.empty()), "parts");
    rejects(() -> new Requirement.HighSchoolDiploma(blank), "prose");
    rejects(() -> new Requirement.NoPrerequisite(blank), "prose");
    assertThat(new Requirement.AllOf(List.of(hs, hs), Optional.empty()).children()).hasSize(2);
  }

  @Test
  void atLeastCountsFromOneToItsNumberOfParts() {
    Requirement.HighSchoolDiploma hs = Requirement.highSchoolDiploma();
    Requirement.HoldsCredential rhit = Requirement.holdsCredential(CredentialId.RHIT);
    assertThat(new Requirement.AtLeast(1, List.of(hs, rhit), Optional.empty()).count()).isEqualTo(1);
    Requirement.AtLeast both = new Requirement.AtLeast(2, List.of(hs, rhit), Optional.empty());
    assertThat(both.children()).containsExactly(hs, rhit);
    assertThat(both.leaves().toList()).containsExactly(hs, rhit);
    rejects(() -> new Requirement.AtLeast(0, List.of(hs, rhit), Optional.empty()), "count");
    rejects(() -> new Requirement.AtLeast(3, List.of(hs, rhit), Optional.empty()), "count");
  }

  @Test
  void onlyTheCredentialLeavesAreMetByHoldingACredential() {
    Credential rhia = org.himkit.catalog.HimCatalog.builtIn().getCredential(CredentialId.RHIA);
    assertThat(Requirement.holdsCredential(CredentialId.RHIA).isMetByHolding(rhia)).isTrue();
    assertThat(Requirement.holdsCredential(CredentialId.RHIT).isMetByHolding(rhia)).isFalse();
    OrganizationId ahima = OrganizationId.AHIMA;
    List<Requirement.Leaf> others = List.of(
        Requirement.completedProgram(DegreeLevel.BACCALAUREATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT, ahima),
        Requirement.finalTermOf(DegreeLevel.BACCALAUREATE, ProgramField.HEALTH_INFORMATION_MANAGEMENT, ahima),
        Requirement.experienceYears(ExperienceDomain.CODING, 1), Requirement.highSchoolDiploma(),
        Requirement.foreignReciprocity(ahima), Requirement.completedTraining("T1", "Training"),
        Requirement.degreeOrCollegeCredits(DegreeLevel.ASSOCIATE, 30),
        Requirement.completedCoursework("C1", "Anatomy", 3), Requirement.experienceHours(ExperienceDomain.CODING, 100),
        Requirement.noPrerequisite());
    for (Requirement.Leaf leaf : others) {
      assertThat(leaf.isMetByHolding(rhia)).as("%s", leaf).isFalse();
    }
  }
}
