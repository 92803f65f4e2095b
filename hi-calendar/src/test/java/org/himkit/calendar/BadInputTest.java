package org.himkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Set;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.himkit.renewal.KeyDate;
import org.himkit.renewal.KeyDateKind;
import org.himkit.renewal.RenewalAssessment;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private static final CalendarKey KEY = CalendarKey.of("k");

  @Test
  void negativeOffsetsAreRejectedWithTheRuleAndTheValue() {
    assertThatThrownBy(() -> RenewalCalendar.builder().reminders(Period.ofDays(30), Period.ofDays(-7)))
        .isInstanceOfSatisfying(HimValidationException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_VALUE);
          assertThat(e.attribute()).hasValue("reminders");
        })
        .hasMessage("invalid reminders of renewal calendar: must not be negative: an offset counts days before "
            + "the date (was P-7D)");
  }

  @Test
  void offsetsInMonthsOrYearsAreRejected() {
    assertThatThrownBy(() -> RenewalCalendar.builder().reminders(Period.ofMonths(1)))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("whole days").hasMessageContaining("P1M");
    assertThatThrownBy(() -> RenewalCalendar.builder().reminders(List.of(Period.of(1, 0, 3))))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("P1Y3D");
  }

  @Test
  void theSameOffsetTwiceIsRejectedEvenWhenSpelledInWeeks() {
    assertThatThrownBy(() -> RenewalCalendar.builder().reminders(Period.ofDays(7), Period.ofDays(30),
        Period.ofWeeks(1)))
        .isInstanceOfSatisfying(HimValidationException.class,
            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_ENTRY))
        .hasMessageContaining("must not give the same offset twice [P7D, P30D, P7D]").hasMessageEndingWith("(was P7D)");
  }

  @Test
  void aRejectedSettingLeavesTheBuilderAsItWas() {
    RenewalCalendar.Builder builder = RenewalCalendar.builder().reminders(Period.ofDays(14));
    assertThatThrownBy(() -> builder.reminders(Period.ofDays(1), Period.ofDays(-1)))
        .isInstanceOf(HimValidationException.class);
    assertThat(builder.build().reminders()).containsExactly(Period.ofDays(14));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreRejectedByName() {
    RenewalCalendar.Builder b = RenewalCalendar.builder();
    assertThatThrownBy(() -> b.reminders((Period[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("offsets");
    assertThatThrownBy(() -> b.reminders((List<Period>) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("offsets");
    assertThatThrownBy(() -> b.reminders(Arrays.asList(Period.ofDays(1), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("offsets contains null");
    assertThatThrownBy(() -> b.kinds(null)).isInstanceOf(NullPointerException.class).hasMessage("kinds");
    assertThatThrownBy(() -> b.text(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> b.messages(null)).isInstanceOf(NullPointerException.class).hasMessage("bundle");
    assertThatThrownBy(() -> CalendarKey.of(null)).isInstanceOf(NullPointerException.class).hasMessage("key");

    RenewalCalendar c = RenewalCalendar.ofDefaults();
    List<RenewalAssessment> a = Holders.rhitOpen();
    LocalDate d = Holders.AS_OF;
    assertThatThrownBy(() -> c.events(null, KEY, d)).hasMessage("assessments");
    assertThatThrownBy(() -> c.events(a, null, d)).hasMessage("key");
    assertThatThrownBy(() -> c.events(a, KEY, null)).hasMessage("asOf");
    assertThatThrownBy(() -> c.events(Arrays.asList(a.get(0), null), KEY, d))
        .isInstanceOf(NullPointerException.class).hasMessage("assessments contains null");
    assertThatThrownBy(() -> c.toCalendar(a, KEY, d, null)).hasMessage("stamp");
    assertThatThrownBy(() -> c.write(a, KEY, d, Ics.STAMP, (Appendable) null)).hasMessage("out");
    assertThatThrownBy(() -> c.write(a, KEY, d, Ics.STAMP, (ByteArrayOutputStream) null)).hasMessage("out");
  }

  @Test
  void noKindIsRejected() {
    assertThatThrownBy(() -> RenewalCalendar.builder().kinds(Set.of()))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must name at least one kind of key date");
  }

  @Test
  void aBlankKeyIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> CalendarKey.of("  \t"))
        .isInstanceOf(HimValidationException.class)
        .hasMessage("invalid key of calendar key: must not be blank (was a blank text of 3 characters)");
  }

  @Test
  void aBundleWithoutEveryTemplateIsRejectedNamingWhatIsMissing() {
    ListResourceBundle partial = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"summary", "{0}"}};
      }
    };
    assertThat(RenewalCalendar.missingKeys(partial)).contains("description.cycle", "reminder")
        .doesNotContain("summary");
    assertThatThrownBy(() -> RenewalCalendar.builder().messages(partial))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lack 8 message keys")
        .hasMessageContaining("description.met");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void anEventMustHaveAnIdAndADateOfItsAssessment() {
    RenewalAssessment a = Holders.rhitOpen().get(0);
    KeyDate own = a.keyDates().get(0);
    assertThatThrownBy(() -> new KeyDateEvent(" ", a, own, List.of()))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("invalid uid");
    KeyDate foreign = KeyDate.of(KeyDateKind.CYCLE_END, LocalDate.of(2001, 1, 1));
    assertThatThrownBy(() -> new KeyDateEvent("x", a, foreign, List.of()))
        .isInstanceOf(HimValidationException.class).hasMessageContaining("must be one of the assessment's key dates");
    assertThatThrownBy(() -> new KeyDateEvent("x", a, own, Arrays.asList((Period) null)))
        .isInstanceOf(NullPointerException.class);
  }
}
