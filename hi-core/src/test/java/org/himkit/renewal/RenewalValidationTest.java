package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.himkit.renewal.Fixtures.EVALUATOR;
import static org.himkit.renewal.Fixtures.base;
import static org.himkit.renewal.Fixtures.d;
import static org.himkit.renewal.Fixtures.held;
import static org.himkit.renewal.Fixtures.hiim;

import java.util.List;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimException;
import org.himkit.HimValidationException;
import org.himkit.UnknownEntryException;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

class RenewalValidationTest {

  private static void code(Runnable r, ErrorCode code, String... parts) {
    assertThatThrownBy(r::run).isInstanceOf(HimValidationException.class)
        .satisfies(e -> assertThat(((HimException) e).errorCode()).isEqualTo(code))
        .message().contains(parts);
  }

  @Test
  void negativeZeroAndAbsurdAmountsAreRejected() {
    code(() -> Ceus.parse("-2"), ErrorCode.INVALID_VALUE, "must be from 0");
    code(() -> base("a", d(2023, 1, 1)).ceus(Ceus.ZERO).category(CeCategory.HIIM_DOMAIN).build(),
        ErrorCode.INVALID_VALUE, "CE activity completed 2023-01-01", "more than 0");
    code(() -> base("a", d(2023, 1, 1)).ceus(Ceus.of(500)).category(CeCategory.HIIM_DOMAIN).build(),
        ErrorCode.INVALID_VALUE, "at most 100", "500");
    code(() -> base("a", d(2023, 1, 1)).minutes(-30).category(CeCategory.HIIM_DOMAIN).build(),
        ErrorCode.INVALID_VALUE, "minutes", "-30");
    code(() -> base("a", d(2023, 1, 1)).minutes(10_000).category(CeCategory.HIIM_DOMAIN).build(),
        ErrorCode.INVALID_VALUE, "minutes", "10000");
    code(() -> base("a", d(2023, 1, 1)).minutes(60).ceus(Ceus.of(1)).category(CeCategory.HIIM_DOMAIN).build(),
        ErrorCode.INVALID_VALUE, "either CEUs or minutes");
    code(() -> base("a", d(2023, 1, 1)).category(CeCategory.HIIM_DOMAIN).build(),
        ErrorCode.INVALID_VALUE, "either CEUs or minutes");
  }

  @Test
  void datesBefore1900OrAfterTheAssessmentDateAreRejected() {
    code(() -> hiim("old", d(1899, 12, 31), "1"), ErrorCode.INVALID_DATE, "CE activity completed 1899-12-31",
        "before 1900");
    code(() -> held("RHIA", d(1899, 12, 31)), ErrorCode.INVALID_DATE, "credential holding RHIA");
    code(() -> EVALUATOR.assess(List.of(held("RHIA", d(2023, 7, 2))), List.of(), d(2023, 7, 1)),
        ErrorCode.INVALID_DATE, "credential holding RHIA", "earned");
    code(() -> CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2023, 1, 1))
        .cycleStart(d(2022, 1, 1)).build(), ErrorCode.INVALID_DATE, "cycleStart");
  }

  @Test
  void theSameActivityOrCredentialTwiceIsRejected() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2023, 1, 1)));
    code(() -> EVALUATOR.assess(rhia, List.of(hiim("x", d(2023, 2, 1), "1"), hiim("x", d(2023, 3, 1), "2")),
        d(2023, 7, 1)), ErrorCode.DUPLICATE_ENTRY, "CE activity completed 2023-03-01", "unique",
        "completed 2023-02-01 has the same id");
    CeActivity a = hiim("x", d(2023, 2, 1), "1");
    CeActivity sameUnderAnotherId = CeActivity.builder().from(a).id("y").build();
    code(() -> EVALUATOR.assess(rhia, List.of(a, sameUnderAnotherId), d(2023, 7, 1)), ErrorCode.DUPLICATE_ENTRY,
        "CE activity completed 2023-02-01", "given once");
    code(() -> EVALUATOR.assess(List.of(held("RHIA", d(2023, 1, 1)), held("RHIA", d(2023, 2, 1))), List.of(),
        d(2023, 7, 1)), ErrorCode.DUPLICATE_ENTRY, "held once");
    code(() -> EVALUATOR.assess(List.of(held("ODS", d(2023, 1, 1)), held("CTR", d(2023, 2, 1))), List.of(),
        d(2023, 7, 1)), ErrorCode.DUPLICATE_ENTRY, "held once");
  }

  @Test
  void theSameActivityGivenInCeusAndInMinutesIsADuplicate() {
    List<CredentialHolding> rhia = List.of(held("RHIA", d(2023, 1, 1)));
    CeActivity inCeus = CeActivity.builder().id("w1").title("Coding Update Webinar").provider("Provider Q")
        .completed(d(2023, 3, 1)).ceus(Ceus.of(5)).category(CeCategory.HIIM_DOMAIN).build();
    CeActivity inMinutes = CeActivity.builder().id("w2").title("  coding update webinar ").provider("provider q")
        .completed(d(2023, 3, 1)).minutes(300).category(CeCategory.HIIM_DOMAIN).build();
    code(() -> EVALUATOR.assess(rhia, List.of(inCeus, inMinutes), d(2023, 7, 1)), ErrorCode.DUPLICATE_ENTRY,
        "CE activity completed 2023-03-01", "given once");
    // The same title and provider on another day is another activity, and both count.
    CeActivity nextDay = CeActivity.builder().from(inMinutes).id("w3").completed(d(2023, 3, 2)).build();
    RenewalAssessment a = EVALUATOR.assess(rhia, List.of(inCeus, nextDay), d(2023, 7, 1)).assessments().get(0);
    assertThat(a.earned()).isEqualTo(Ceus.of(10));
  }

  @Test
  void anUnknownCredentialIsAnError() {
    assertThatThrownBy(() -> EVALUATOR.assess(List.of(held("RHIX", d(2023, 1, 1))), List.of(), d(2023, 7, 1)))
        .isInstanceOf(UnknownEntryException.class);
    // "RHIM" is a misnomer of RHIA, not a credential anyone holds.
    assertThatThrownBy(() -> EVALUATOR.assess(List.of(held("RHIM", d(2023, 1, 1))), List.of(), d(2023, 7, 1)))
        .isInstanceOf(UnknownEntryException.class);
  }

  @Test
  void explicitCycleStartsMustAgreeAndMayLieAhead() {
    CredentialHolding rhia = CredentialHolding.builder().credential(CredentialId.of("RHIA")).earned(d(2020, 1, 1))
        .cycleStart(d(2020, 1, 1)).build();
    CredentialHolding ccs = CredentialHolding.builder().credential(CredentialId.of("CCS")).earned(d(2020, 1, 1))
        .cycleStart(d(2020, 6, 1)).build();
    code(() -> EVALUATOR.assess(List.of(rhia, ccs), List.of(), d(2021, 1, 1)), ErrorCode.INVALID_VALUE,
        "must agree");
    // A cycle start after the assessment date is not an error: the days before it are a first, short cycle.
    RenewalAssessment ahead = EVALUATOR.assess(List.of(ccs), List.of(), d(2020, 5, 1)).assessments().get(0);
    assertThat(ahead.cycle().toString()).isEqualTo("2020-01-01 to 2020-05-31");
    assertThat(ahead.required()).isEqualTo(Ceus.ZERO);
  }

  @Test
  void noHoldingsGiveNoAssessments() {
    RenewalResult none = EVALUATOR.assess(List.of(), List.of(hiim("a", d(2023, 2, 1), "1")), d(2023, 7, 1));
    assertThat(none.assessments()).isEmpty();
    assertThat(none.notAssessed()).isEmpty();
  }
}
