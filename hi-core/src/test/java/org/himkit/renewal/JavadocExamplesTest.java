package org.himkit.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.himkit.CredentialId;
import org.himkit.OrganizationId;
import org.himkit.policy.CeCategory;
import org.himkit.policy.Ceus;
import org.junit.jupiter.api.Test;

/**
 * The usage examples of the {@link CeActivity} and {@link CredentialHolding} class descriptions, as they
 * are written there: if one stops compiling or building what it says, this test fails. Keep them alike.
 */
class JavadocExamplesTest {

  @Test
  void ceActivityExample() {
    CeActivity webinar = CeActivity.builder()
        .id("cert-2025-0412").title("ICD-10-CM coding update").provider("AHIMA")
        .completed(LocalDate.of(2025, 4, 12)).ceus(Ceus.parse("1.5"))
        .category(CeCategory.HIIM_DOMAIN).addSourceOf(OrganizationId.AHIMA)
        .build();
    CeActivity course = CeActivity.builder()
        .id("course-7").title("Privacy law").provider("State association")
        .completed(LocalDate.of(2025, 6, 3)).minutes(90)   // the issuer's policy converts minutes
        .category(CeCategory.OTHER_RELEVANT)
        .build();

    assertThat(webinar.ceus()).contains(Ceus.ofHundredths(150));
    assertThat(webinar.minutes()).isEmpty();
    assertThat(webinar.sourceOf()).containsExactly(OrganizationId.AHIMA);
    assertThat(course.minutes()).hasValue(90);
    assertThat(course.ceus()).isEmpty();
    assertThat(course.sourceOf()).isEmpty();
    assertThat(webinar.toString()).doesNotContain("cert-2025-0412", "ICD-10-CM");
  }

  @Test
  void credentialHoldingExample() {
    CredentialHolding rhia = CredentialHolding.of(CredentialId.RHIA, LocalDate.of(2023, 3, 15));
    CredentialHolding cpc = CredentialHolding.builder()
        .credential(CredentialId.CPC).earned(LocalDate.of(2024, 8, 20))
        .cycleStart(LocalDate.of(2024, 9, 1))             // the issuer's renewal month
        .firstCycleRequiredCeus(Ceus.of(20))               // as the issuer prorates it
        .holderReference("member 12345")                   // never shown by toString or messages
        .build();

    assertThat(rhia.credential()).isEqualTo(CredentialId.RHIA);
    assertThat(rhia.earned()).isEqualTo(LocalDate.of(2023, 3, 15));
    assertThat(rhia.cycleStart()).isEmpty();
    assertThat(cpc.cycleStart()).contains(LocalDate.of(2024, 9, 1));
    assertThat(cpc.firstCycleRequiredCeus()).contains(Ceus.of(20));
    assertThat(cpc.holderReference()).contains("member 12345");
    assertThat(cpc.toString()).doesNotContain("12345");
  }
}
