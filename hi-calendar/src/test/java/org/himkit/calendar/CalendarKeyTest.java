package org.himkit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarKeyTest {
  @Test
  void keysAreEqualExactlyWhenTheCallersKeysAre() {
    CalendarKey a = CalendarKey.of("account-17");
    assertThat(a).isEqualTo(CalendarKey.of("account-17")).hasSameHashCodeAs(CalendarKey.of("account-17"))
        .isNotEqualTo(CalendarKey.of("account-18")).isNotEqualTo(CalendarKey.of("Account-17"))
        .isNotEqualTo("account-17");
  }

  @Test
  void onlyTheDigestIsKeptAndShown() {
    CalendarKey a = CalendarKey.of("jane.doe@example.org");
    byte[] digest = a.digest();
    assertThat(digest).hasSize(32);
    digest[0]++;
    assertThat(a.digest()).isNotEqualTo(digest); // a copy each time
    assertThat(a.toString()).matches("CalendarKey\\[sha256:[0-9a-f]{8}\\.\\.\\.\\]").doesNotContain("jane");
  }
}
