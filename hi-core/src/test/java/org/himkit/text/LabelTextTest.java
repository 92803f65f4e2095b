package org.himkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.himkit.AccreditationStatus;
import org.himkit.Availability;
import org.himkit.CredentialStatus;
import org.himkit.DegreeLevel;
import org.himkit.DeliveryMode;
import org.himkit.PatientContact;
import org.himkit.ProgramFocus;
import org.himkit.RoleLevel;
import org.himkit.Verification;
import org.himkit.WageMeasure;
import org.himkit.pathway.EducationStatus;
import org.junit.jupiter.api.Test;

/** Golden tests of the labels of catalog data: the words a page shows instead of an enum's name. */
class LabelTextTest {
  private final HimText en = HimText.english();

  @Test
  void programLabels() {
    assertThat(en.describe(DeliveryMode.CLASSROOM)).isEqualTo("classroom");
    assertThat(en.describe(DeliveryMode.DISTANCE)).isEqualTo("distance learning");
    assertThat(en.deliveryModes(List.of(DeliveryMode.CLASSROOM, DeliveryMode.DISTANCE)))
        .isEqualTo("classroom, distance learning");
    assertThat(en.deliveryModes(Set.of())).isEmpty();
    assertThat(en.describe(Availability.AVAILABLE)).isEqualTo("available");
    assertThat(en.describe(Availability.NOT_AVAILABLE)).isEqualTo("not available");
    assertThat(en.describe(Availability.NOT_STATED)).isEqualTo("not stated by the sources");
    assertThat(en.describe(AccreditationStatus.CANDIDACY)).isEqualTo("in candidacy for accreditation");
    assertThat(en.describe(AccreditationStatus.NOT_ACCREDITED)).isEqualTo("not accredited");
    assertThat(en.describe(ProgramFocus.TECHNICAL)).isEqualTo("technical focus");
    assertThat(en.describe(DegreeLevel.MASTERS)).isEqualTo("master's degree");
    assertThat(en.describe(DegreeLevel.POST_BACCALAUREATE_CERTIFICATE)).isEqualTo("post-baccalaureate certificate");
    assertThat(en.describe(EducationStatus.FINAL_TERM)).isEqualTo("in its final term");
    assertThat(en.describe(EducationStatus.COURSEWORK_FINISHED)).isEqualTo("coursework finished, not yet graduated");
  }

  @Test
  void roleAndCredentialLabels() {
    assertThat(en.describe(RoleLevel.TECHNICIAN)).isEqualTo("technician level");
    assertThat(en.describe(RoleLevel.MANAGER)).isEqualTo("management level");
    assertThat(en.describe(RoleLevel.SPECIALIST)).isEqualTo("specialization");
    assertThat(en.describe(PatientContact.DIRECT)).isEqualTo("works directly with patients");
    assertThat(en.describe(PatientContact.NOT_GENERALLY_DIRECT))
        .isEqualTo("does not generally work directly with patients");
    assertThat(en.describe(PatientContact.NOT_STATED)).isEqualTo("the sources do not say");
    assertThat(en.describe(CredentialStatus.RETIRED)).isEqualTo("retired: the exam is no longer offered");
  }

  @Test
  void figureLabels() {
    assertThat(en.describe(WageMeasure.MEDIAN_ANNUAL)).isEqualTo("median annual wage");
    assertThat(en.describe(WageMeasure.PERCENTILE_90_ANNUAL)).isEqualTo("90th percentile annual wage");
    assertThat(en.describe(Verification.CONFIRMED_AT_SOURCE)).isEqualTo("confirmed at the source");
    assertThat(en.describe(Verification.SECONDARY_ONLY)).isEqualTo("read only in a secondary source");
    assertThat(en.describe(Verification.NOT_CONFIRMED_AT_SOURCE))
        .isEqualTo("not confirmed at the original publisher");
  }

  @Test
  void everyLabelIsWordsNotTheConstantsName() {
    List<String> wrong = new ArrayList<>();
    for (Class<? extends Enum<?>> kind : List.of(DeliveryMode.class, Availability.class, AccreditationStatus.class,
        ProgramFocus.class, RoleLevel.class, PatientContact.class, CredentialStatus.class, WageMeasure.class,
        Verification.class, EducationStatus.class, DegreeLevel.class)) {
      List<String> seen = new ArrayList<>();
      for (Enum<?> constant : kind.getEnumConstants()) {
        String words = en.format(HimText.key(constant));
        if (words.isBlank() || words.contains("_") || words.equals(constant.name()) || seen.contains(words)) {
          wrong.add(HimText.key(constant) + "=" + words);
        }
        seen.add(words);
      }
    }
    assertThat(wrong).isEmpty();
  }
}
