package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.himkit.Citation;
import org.himkit.CredentialId;
import org.himkit.HimValidationException;
import org.himkit.OrganizationId;
import org.himkit.RenewalPolicyId;
import org.himkit.SourceType;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.policy.CredentialContentRule;
import org.himkit.policy.CycleAnchor;
import org.himkit.policy.RenewalPolicy;
import org.junit.jupiter.api.Test;

/**
 * AAPC's credential-specific minimums within the total (data audit M5): "If CPMA, 16 must be related to
 * auditing", "If CPCO, 16 must be related to compliance", "If CPPM®, 16 must be related to practice
 * management", assessed for holders of five and six AAPC credentials (52 CEUs for five or more).
 */
class AapcSpecialtyMinimumTest {
  private static final LocalDate EARNED = d(2022, 1, 10);
  private static final LocalDate AS_OF = d(2023, 12, 1);
  private static final CredentialId CPMA = CredentialId.of("CPMA");
  private static final CredentialId CPCO = CredentialId.of("CPCO");

  private static List<CredentialHolding> holding(String... ids) {
    List<CredentialHolding> out = new ArrayList<>();
    for (String id : ids) {
      out.add(held(id, EARNED));
    }
    return out;
  }

  private static CeActivity general(String id, int ceus) {
    return base(id, d(2022, 6, 1)).ceus(Ceus.of(ceus)).category(CeCategory.HIIM_DOMAIN).addApprovedBy(AAPC).build();
  }

  private static CeActivity specific(String id, int ceus, CredentialId... credentials) {
    return base(id, d(2023, 2, 1)).ceus(Ceus.of(ceus)).category(CeCategory.OTHER_RELEVANT).addApprovedBy(AAPC)
        .addSpecificTo(credentials).build();
  }

  private static RenewalAssessment assess(List<CredentialHolding> holdings, CeActivity... activities) {
    List<RenewalAssessment> all = Fixtures.assess(holdings, List.of(activities), AS_OF);
    assertThat(all).extracting(RenewalAssessment::issuer).containsExactly(AAPC);
    return all.get(0);
  }

  private static RequirementProgress minimumOf(RenewalAssessment a, CredentialId credential) {
    return a.requirements().stream().filter(r -> r.credentialContentRule().map(c -> c.credential().equals(credential))
        .orElse(false)).collect(com.google.common.collect.MoreCollectors.onlyElement());
  }

  @Test
  void fiveCredentialsNeedFiftyTwoCeusAndSixteenOnAuditingForCpma() {
    List<CredentialHolding> five = holding("CPC", "COC", "CPB", "CRC", "CPMA");
    RenewalAssessment short6 = assess(five, general("g", 40), specific("audit", 10, CPMA));
    assertThat(short6.credentials()).hasSize(5);
    assertThat(short6.required()).isEqualTo(Ceus.of(52));
    assertThat(short6.earned()).isEqualTo(Ceus.of(50));
    assertThat(short6.requirements()).extracting(RequirementProgress::kind)
        .containsExactly(RequirementKind.TOTAL, RequirementKind.CREDENTIAL_CONTENT_RULE);
    RequirementProgress cpma = minimumOf(short6, CPMA);
    assertThat(cpma.required()).isEqualTo(Ceus.of(16));
    assertThat(cpma.earned()).isEqualTo(Ceus.of(10));
    assertThat(cpma.credentialContentRule().orElseThrow().subject()).isEqualTo("auditing");
    assertThat(short6.shortfalls()).extracting(Shortfall::kind, Shortfall::missing).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RequirementKind.TOTAL, Ceus.of(2)),
        org.assertj.core.groups.Tuple.tuple(RequirementKind.CREDENTIAL_CONTENT_RULE, Ceus.of(6)));
    assertThat(short6.requirementsMet()).isFalse();

    // the total alone is not enough: 60 CEUs with 10 on auditing still fall short of the minimum
    RenewalAssessment onlyTotal = assess(five, general("g", 50), specific("audit", 10, CPMA));
    assertThat(onlyTotal.earned()).isEqualTo(Ceus.of(60));
    assertThat(onlyTotal.shortfalls()).extracting(Shortfall::kind)
        .containsExactly(RequirementKind.CREDENTIAL_CONTENT_RULE);

    // the specific CEUs count within the total, not on top of it
    RenewalAssessment met = assess(five, general("g", 36), specific("audit", 16, CPMA));
    assertThat(met.earned()).isEqualTo(Ceus.of(52));
    assertThat(met.requirementsMet()).isTrue();
    assertThat(met.shortfalls()).isEmpty();
  }

  @Test
  void sixCredentialsNeedFiftyTwoCeusAndEachMinimum() {
    List<CredentialHolding> six = holding("CPC", "COC", "CPB", "CRC", "CPMA", "CPCO");
    RenewalAssessment a = assess(six, general("g", 30), specific("audit", 16, CPMA), specific("comply", 8, CPCO));
    assertThat(a.credentials()).hasSize(6);
    assertThat(a.required()).isEqualTo(Ceus.of(52));
    assertThat(a.earned()).isEqualTo(Ceus.of(54));
    assertThat(minimumOf(a, CPMA).met()).isTrue();
    assertThat(minimumOf(a, CPCO).earned()).isEqualTo(Ceus.of(8));
    assertThat(a.shortfalls()).extracting(Shortfall::kind, Shortfall::missing)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RequirementKind.CREDENTIAL_CONTENT_RULE, Ceus.of(8)));
    assertThat(a.shortfalls().get(0).requirement().credentialContentRule().orElseThrow().credential()).isEqualTo(CPCO);
  }

  @Test
  void anActivityMarkedForTwoCredentialsCountsTowardBothMinimumsAndOnceTowardTheTotal() {
    List<CredentialHolding> six = holding("CPC", "COC", "CPB", "CRC", "CPMA", "CPCO");
    RenewalAssessment a = assess(six, general("g", 36), specific("both", 16, CPMA, CPCO));
    assertThat(a.earned()).isEqualTo(Ceus.of(52));
    assertThat(minimumOf(a, CPMA).earned()).isEqualTo(Ceus.of(16));
    assertThat(minimumOf(a, CPCO).earned()).isEqualTo(Ceus.of(16));
    assertThat(a.requirementsMet()).isTrue();
  }

  @Test
  void theMinimumAppliesOnlyToHoldersOfItsCredential() {
    RenewalAssessment cpcOnly = assess(holding("CPC"), general("g", 36));
    assertThat(cpcOnly.requirements()).extracting(RequirementProgress::kind).containsExactly(RequirementKind.TOTAL);
    assertThat(cpcOnly.requirementsMet()).isTrue();
    // an activity marked for a credential not held counts toward the total only
    RenewalAssessment marked = assess(holding("CPC"), general("g", 30), specific("audit", 6, CPMA));
    assertThat(marked.earned()).isEqualTo(Ceus.of(36));
    assertThat(marked.requirementsMet()).isTrue();
    // CPPM alone: 36 CEUs, 16 on practice management
    RenewalAssessment cppm = assess(holding("CPPM"), general("g", 36));
    assertThat(cppm.required()).isEqualTo(Ceus.of(36));
    assertThat(minimumOf(cppm, CredentialId.of("CPPM")).required()).isEqualTo(Ceus.of(16));
    assertThat(cppm.requirementsMet()).isFalse();
  }

  @Test
  void anUnapprovedSpecificActivityCountsNowhere() {
    CeActivity unapproved = base("u", d(2023, 2, 1)).ceus(Ceus.of(16)).category(CeCategory.OTHER_RELEVANT)
        .addSpecificTo(CPMA).build();
    RenewalAssessment a = assess(holding("CPMA"), general("g", 36), unapproved);
    assertThat(minimumOf(a, CPMA).earned()).isEqualTo(Ceus.ZERO);
    assertThat(a.earned()).isEqualTo(Ceus.of(36));
  }

  @Test
  void theRuleAndThePolicyRejectBadInput() {
    Citation c = Citation.of("p", "t", "https://example.org", SourceType.PRIMARY);
    assertThatThrownBy(() -> new CredentialContentRule(CPMA, Ceus.ZERO, "auditing", c))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("minimum").hasMessageContaining("CPMA");
    assertThatThrownBy(() -> new CredentialContentRule(CPMA, Ceus.of(16), " ", c))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("subject");
    RenewalPolicy.Builder policy = RenewalPolicy.builder().id(RenewalPolicyId.of("X")).name("X")
        .issuer(OrganizationId.of("X")).cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.MEMBERSHIP_RENEWAL_DATE)
        .putAllRequiredCeus(Map.of(CredentialId.of("CPC"), Ceus.of(36))).addCitations(c);
    assertThatThrownBy(() -> policy.addCredentialContentRules(new CredentialContentRule(CPMA, Ceus.of(16), "auditing",
        c)).build()).isInstanceOf(HimValidationException.class).hasMessageContaining("credentialContentRules")
        .hasMessageContaining("CPMA");
    RenewalPolicy.Builder tooMuch = RenewalPolicy.builder().id(RenewalPolicyId.of("X")).name("X")
        .issuer(OrganizationId.of("X")).cycleLength(Period.ofYears(2)).cycleAnchor(CycleAnchor.MEMBERSHIP_RENEWAL_DATE)
        .putAllRequiredCeus(Map.of(CPMA, Ceus.of(10))).addCitations(c)
        .addCredentialContentRules(new CredentialContentRule(CPMA, Ceus.of(16), "auditing", c));
    assertThatThrownBy(tooMuch::build).isInstanceOf(HimValidationException.class).hasMessageContaining("16");
  }
}
