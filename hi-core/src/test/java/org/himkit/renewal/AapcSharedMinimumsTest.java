package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.himkit.renewal.Fixtures.AAPC;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.omission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.himkit.CredentialId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.himkit.policy.RenewalChoice;
import org.junit.jupiter.api.Test;

/**
 * CIRCC's and CDEO's minimums (data audit M5: "If CIRCC, 16 must be related to interventional radiology or
 * cardiovascular coding", "If CDEO, 16 must be related to documentation"), and the note an assessment
 * carries when one activity counts toward two credentials' minimums, a library choice.
 */
class AapcSharedMinimumsTest {
  private static final LocalDate EARNED = d(2022, 1, 10);
  private static final LocalDate AS_OF = d(2023, 12, 1);
  private static final CredentialId CPMA = CredentialId.of("CPMA");
  private static final CredentialId CPCO = CredentialId.of("CPCO");
  private static final CredentialId CPC = CredentialId.of("CPC");
  private static final CredentialId CIRCC = CredentialId.of("CIRCC");
  private static final CredentialId CDEO = CredentialId.of("CDEO");

  private static List<CredentialHolding> holding(String... ids) {
    List<CredentialHolding> out = new ArrayList<>();
    for (String id : ids) {
      out.add(held(id, EARNED));
    }
    return out;
  }

  private static CeActivity activity(String id, LocalDate day, int ceus, CredentialId... specificTo) {
    return base(id, day).ceus(Ceus.of(ceus)).category(CeCategory.OTHER_RELEVANT).addApprovedBy(AAPC)
        .addSpecificTo(specificTo).build();
  }

  private static RenewalAssessment assess(List<CredentialHolding> holdings, CeActivity... activities) {
    return Fixtures.assess(holdings, List.of(activities), AS_OF).get(0);
  }

  private static List<Note> shared(RenewalAssessment a) {
    return a.notes().stream().filter(n -> n.kind() == NoteKind.CREDENTIAL_MINIMUMS_SHARED).toList();
  }

  @Test
  void anActivityCountedTowardTwoMinimumsIsNotedWithTheLibrarysChoice() {
    RenewalAssessment a = assess(holding("CPC", "CPMA", "CPCO"), activity("g", d(2022, 6, 1), 28),
        activity("both", d(2023, 2, 1), 16, CPCO, CPMA));
    assertThat(a.requirementsMet()).isTrue();
    assertThat(shared(a)).singleElement().satisfies(n -> {
      // in the order of the policy's rules, not of the activity's marks
      assertThat(n.credentials()).containsExactly(CPMA, CPCO);
      assertThat(n.choice()).contains(omission("aapc-shared-credential-minimums"));
    });
    assertThat(Fixtures.CATALOG.renewalPolicyVersions(org.himkit.RenewalPolicyId.of("AAPC-CEU")).get(0)
        .choice(RenewalChoice.CREDENTIAL_MINIMUMS_SHARED)).contains(omission("aapc-shared-credential-minimums"));
  }

  @Test
  void noNoteWhenNoCountedActivityServesTwoMinimums() {
    // each activity serves one minimum
    assertThat(shared(assess(holding("CPMA", "CPCO"), activity("g", d(2022, 6, 1), 8),
        activity("audit", d(2023, 2, 1), 16, CPMA), activity("comply", d(2023, 2, 1), 16, CPCO)))).isEmpty();
    // marked for two credentials, of which only one has a minimum
    assertThat(shared(assess(holding("CPC", "CPMA", "CPCO"), activity("g", d(2022, 6, 1), 24),
        activity("two", d(2023, 2, 1), 16, CPMA, CPC)))).isEmpty();
    // marked for both, but outside the cycle: not counted
    assertThat(shared(assess(holding("CPMA", "CPCO"), activity("g", d(2022, 6, 1), 8),
        activity("early", d(2021, 6, 1), 16, CPMA, CPCO)))).isEmpty();
    // one minimum only: nothing to share
    assertThat(shared(assess(holding("CPC", "CPMA"), activity("both", d(2023, 2, 1), 40, CPMA, CPCO)))).isEmpty();
  }

  @Test
  void circcAndCdeoRenewUnderAapcWithTheirSixteenCeuMinimums() {
    RenewalAssessment a = assess(holding("CIRCC", "CDEO"), activity("g", d(2022, 6, 1), 10),
        activity("ir", d(2023, 2, 1), 16, CIRCC), activity("doc", d(2023, 3, 1), 10, CDEO));
    assertThat(a.required()).isEqualTo(Ceus.of(40));
    assertThat(a.earned()).isEqualTo(Ceus.of(36));
    assertThat(a.requirements()).filteredOn(r -> r.kind() == RequirementKind.CREDENTIAL_CONTENT_RULE)
        .extracting(r -> r.credentialContentRule().orElseThrow().credential(),
            r -> r.credentialContentRule().orElseThrow().subject(), RequirementProgress::required,
            RequirementProgress::earned)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CIRCC, "interventional radiology or cardiovascular coding",
                Ceus.of(16), Ceus.of(16)),
            org.assertj.core.groups.Tuple.tuple(CDEO, "documentation", Ceus.of(16), Ceus.of(10)));
    assertThat(a.shortfalls()).extracting(Shortfall::kind, Shortfall::missing).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RequirementKind.TOTAL, Ceus.of(4)),
        org.assertj.core.groups.Tuple.tuple(RequirementKind.CREDENTIAL_CONTENT_RULE, Ceus.of(6)));
  }
}
