package org.himkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import org.himkit.HimValidationException;
import org.junit.jupiter.api.Test;

/**
 * The text helpers: the two comparable forms of a text (the lookup key of an abbreviation and the key of
 * a caller's name), control characters, and the edges of the length limits and of a message's quotes.
 */
class TextTest {

  @Test
  void aLookupKeyKeepsOnlyLettersAndDigitsInUpperCase() {
    assertThat(Text.key("ccs-p")).isEqualTo("CCSP");
    assertThat(Text.key(" CCS P ")).isEqualTo("CCSP");
    assertThat(Text.key("-.")).isEmpty();
  }

  @Test
  void aNameKeyFoldsCaseAndSpacesButKeepsPunctuationAndWordBreaks() {
    assertThat(Text.nameKey(" A\u00a0 b\u2003C ")).isEqualTo("a b c");
    // the invisible spaces that make a text blank separate words in a key too
    assertThat(Text.nameKey("Coding\u200BUpdate\uFEFF")).isEqualTo("coding update");
    assertThat(Text.nameKey("Coding\tUpdate\n")).isEqualTo("coding update");
    assertThat(Text.nameKey("Update 2.1")).isNotEqualTo(Text.nameKey("Update 21"));
    assertThat(Text.nameKey("ICD-10")).isEqualTo("icd-10");
    assertThat(Text.nameKey(" \u00a0")).isEmpty();
  }

  @Test
  void aNameKeyComposesAccentsWhateverTheInputForm() {
    String composed = "R\u00e9sum\u00e9";
    String decomposed = "Re\u0301sume\u0301";
    assertThat(Text.nameKey(decomposed)).isEqualTo(Text.nameKey(composed)).isEqualTo("r\u00e9sum\u00e9");
    // below U+0300 nothing composes: only the case and the spaces change
    assertThat(Text.nameKey("Caf\u00c9  Bar")).isEqualTo("caf\u00e9 bar");
  }

  @Test
  void aNameAlreadyInKeyFormIsReturnedAsItIs() {
    String plain = "coding update 2024";
    assertThat(Text.nameKey(plain)).isSameAs(plain);
    for (String notPlain : new String[] {"Coding update", "coding  update", " coding", "coding ", "coding\tupdate",
        "caf\u00e9"}) {
      assertThat(Text.nameKey(notPlain)).as(notPlain).isNotSameAs(notPlain);
    }
    assertThat(Text.nameKey("")).isEmpty();
  }

  @Test
  void controlCharactersAreTheIsoControlsOnly() {
    assertThat(Text.hasControl("a\u0000")).isTrue();
    assertThat(Text.hasControl("a\u007f")).isTrue();
    assertThat(Text.hasControl("\u009f")).isTrue();
    assertThat(Text.hasControl("a\u00a0b\u200b")).isFalse();
    assertThat(Text.hasControl("")).isFalse();
  }

  @Test
  void aMessageShowsAValueWholeUpToItsLimitAndCutsItAfter() {
    String shown = Strings.repeat("s", Text.MAX_SHOWN_LENGTH);
    assertThat(Text.bounded(shown)).isEqualTo(shown);
    assertThat(Text.bounded(shown + "s")).isEqualTo(Strings.repeat("s", Text.MAX_QUOTED_LENGTH) + "... (101 characters)");
    String quoted = Strings.repeat("q", Text.MAX_QUOTED_LENGTH);
    assertThat(Text.quoted(quoted)).isEqualTo('"' + quoted + '"');
    assertThat(Text.quoted(quoted + "q")).isEqualTo('"' + quoted + "... (65 characters)\"");
    assertThat(Text.quoted("a\u0007b")).isEqualTo("\"a\\u0007b\"");
  }

  @Test
  void aTextAndACodeAreAcceptedUpToTheirLimits() {
    String text = Strings.repeat("t", Text.MAX_TEXT_LENGTH);
    String code = Strings.repeat("c", Text.MAX_CODE_LENGTH);
    Problems.of("entity").text(text, "name").code(code, "code").check();
    Checks.notBlank(text, "entity", "name");
    assertThatThrownBy(() -> Problems.of("entity").text(text + "t", "name").check())
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.attribute()).contains("name"));
    assertThatThrownBy(() -> Problems.of("entity").code(code + "c", "code").check())
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.attribute()).contains("code"));
    assertThatThrownBy(() -> Checks.notBlank(text + "t", "entity", "name"))
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.rule()).hasValueSatisfying(
            r -> assertThat(r).contains("at most 4096")));
    assertThatThrownBy(() -> Checks.notBlank("\u200b", "entity", "name"))
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.rule()).contains("must not be blank"));
    assertThatThrownBy(() -> Checks.noneBlank(java.util.List.of("a", " "), "entity", "names"))
        .isInstanceOfSatisfying(HimValidationException.class, e -> assertThat(e.attribute()).contains("names"));
    Checks.noneBlank(java.util.List.of("a", "b"), "entity", "names");
  }
}
