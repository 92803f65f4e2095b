package org.himkit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.himkit.CredentialId;
import org.himkit.ErrorCode;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The forms of ids and catalog versions, read by hand for start-up, accept exactly what the regular
 * expressions they replaced accepted: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}} and {@code (\d{4})\.(\d{1,3})}.
 */
class FormsWithoutRegexTest {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern VERSION = Pattern.compile("(\\d{4})\\.(\\d{1,3})");
  /** Characters on both sides of every boundary of the two forms, and a non-ASCII digit and letter. */
  private static final String ALPHABET = "aZ09._-/ :@`[{\u0660\u00e9";

  private static Gen<String> texts(int maxLength) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, maxLength)
        .map(FormsWithoutRegexTest::text);
  }

  private static String text(List<Integer> indexes) {
    StringBuilder s = new StringBuilder();
    for (int i : indexes) {
      s.append(ALPHABET.charAt(i));
    }
    return s.toString();
  }

  private static boolean acceptedAsId(String text) {
    try {
      return CredentialId.of(text).value().equals(text);
    } catch (HimValidationException e) {
      assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_ID);
      return false;
    }
  }

  @Test
  void idsAreAcceptedExactlyWhenTheFormMatches() {
    qt().withExamples(3000).forAll(texts(8)).checkAssert(t -> assertThat(acceptedAsId(t)).as(t)
        .isEqualTo(ID.matcher(t).matches()));
    String longest = "a".repeat(64);
    assertThat(acceptedAsId(longest)).isTrue();
    assertThat(acceptedAsId(longest + "b")).isFalse();
    assertThat(acceptedAsId("")).isFalse();
  }

  @Test
  void versionsParseExactlyWhenTheFormMatches() {
    Gen<String> versions = lists().of(integers().between(0, 11)).ofSizeBetween(0, 10)
        .map(digits -> {
          StringBuilder s = new StringBuilder();
          for (int d : digits) {
            s.append(d == 10 ? '.' : d == 11 ? 'x' : (char) ('0' + d));
          }
          return s.toString();
        });
    qt().withExamples(3000).forAll(versions).checkAssert(t -> {
      if (VERSION.matcher(t).matches() && Integer.parseInt(t.substring(0, 4)) >= 2000
          && Integer.parseInt(t.substring(5)) >= 1) {
        assertThat(CatalogVersion.parse(t).toString()).isEqualTo(
            Integer.parseInt(t.substring(0, 4)) + "." + Integer.parseInt(t.substring(5)));
      } else {
        assertThatThrownBy(() -> CatalogVersion.parse(t)).as(t).isInstanceOf(HimValidationException.class);
      }
    });
    assertThat(CatalogVersion.parse("2026.1")).isEqualTo(CatalogVersion.of(2026, 1));
    assertThatThrownBy(() -> CatalogVersion.parse("2026.\u0661")).isInstanceOf(HimValidationException.class);
  }
}
